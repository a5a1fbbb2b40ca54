/* output_open.c - see output_open.h. */
#include "config.h"
#include "cli/output_open.h"
#include "pipeline/analyze.h"
#include "base/util.h"

#include <string.h>

/* The stored window's first day and its reference day (g_free), if any. */
static gboolean
stored_window (rf_store_t *st, char **since, char **as_of)
{
    sqlite3_stmt *q = rf_store_prepare (st, "SELECT since, as_of FROM finding_window", NULL);
    gboolean ok = q && sqlite3_step (q) == SQLITE_ROW;
    if (ok) {
        *since = g_strdup ((const char *) sqlite3_column_text (q, 0));
        *as_of = g_strdup ((const char *) sqlite3_column_text (q, 1));
    }
    sqlite3_finalize (q);
    return ok;
}

/* The configuration for another window: --config, else the file the last
 * analysis used (and the --me addresses it was given). */
static rf_config_t *
config_for (const rf_common_opts_t *common, rf_store_t *st)
{
    rf_common_opts_t o = *common;
    char *path = NULL, *me = NULL, **extra = NULL;
    rf_config_t *cfg;
    if (!o.config_path) {
        path = rf_store_meta_get (st, "config_path");
        if (path && *path && !g_file_test (path, G_FILE_TEST_EXISTS)) {
            rf_error ("%s: the configuration of the last analysis is gone; name one with --config", path);
            g_free (path);
            return NULL;
        }
        o.config_path = path && *path ? path : NULL;
    }
    cfg = rf_cli_load_config (&o);
    me = rf_store_meta_get (st, "me");
    if (cfg && me && *me) {
        extra = g_strsplit (me, ",", -1);
        for (char **m = extra; *m; m++)
            rf_config_add_me (cfg, *m);
    }
    g_strfreev (extra);
    g_free (me);
    g_free (path);
    return cfg;
}

int
rf_output_open (const rf_common_opts_t *common, const char *since, const char *until, rf_output_t *out)
{
    GError *err = NULL;
    char *have_since = NULL, *have_as_of = NULL;
    gint64 since_t = -1, until_t = -1, as_of;
    rf_config_t *cfg;
    gboolean same;

    out->scratch = FALSE;
    if ((since && !rf_cli_date ("--since", since, &since_t)) || (until && !rf_cli_date ("--until", until, &until_t)))
        return RF_EXIT_USAGE;
    if (!(out->st = rf_store_open (common->db_path, RF_STORE_READ, &err)))
        return rf_cli_store_error (err);
    if (!since && !until)
        return RF_EXIT_OK;

    /* The stored window may already be the one asked for. */
    if (!stored_window (out->st, &have_since, &have_as_of)) {
        rf_error ("%s: nothing analysed yet; run 'redflag scan' first", common->db_path);
        rf_store_close (out->st);
        out->st = NULL;
        return RF_EXIT_NODATA;
    }
    same = (!until || !strcmp (until, have_as_of)) && (!since || !strcmp (since, have_since));
    if (!until)
        rf_parse_date (have_as_of, &until_t);
    g_free (have_since);
    g_free (have_as_of);
    if (same)
        return RF_EXIT_OK;

    rf_store_close (out->st);
    if (!(out->st = rf_store_open (common->db_path, RF_STORE_WRITE, &err)))
        return rf_cli_store_error (err);
    if (!(cfg = config_for (common, out->st))) {
        rf_output_close (out);
        return RF_EXIT_CONFIG;
    }
    as_of = until_t;
    if (since_t >= 0 && since_t > as_of) {
        rf_error ("--since %s is after --until: the window would be empty", since);
        rf_config_free (cfg);
        rf_output_close (out);
        return RF_EXIT_USAGE;
    }
    /* Analysed in a transaction that rf_output_close rolls back. */
    if (!rf_analyze_window_unstored (out->st, cfg, as_of, since_t, !out->no_evidence, &err)) {
        rf_config_free (cfg);
        rf_output_close (out);
        return rf_cli_store_error (err);
    }
    rf_config_free (cfg);
    out->scratch = TRUE;
    return RF_EXIT_OK;
}

void
rf_output_close (rf_output_t *out)
{
    if (!out->st)
        return;
    if (out->scratch)
        rf_store_rollback (out->st);
    out->scratch = FALSE;
    rf_store_close (out->st);
    out->st = NULL;
}

rf_config_t *
rf_output_config (const rf_common_opts_t *common, rf_store_t *st)
{
    return config_for (common, st);
}
