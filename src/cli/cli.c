/* cli.c - options shared by commands, data paths. */
#include "config.h"
#include "cli/cli.h"
#include "base/util.h"

#include <stdio.h>

GOptionEntry *
rf_cli_common_entries (rf_common_opts_t *o)
{
    GOptionEntry e[] = {
        { "db", 'd', 0, G_OPTION_ARG_FILENAME, &o->db_path,
          "Database file (default: $REDFLAG_DB, else ./redflag.db)", "FILE" },
        { "config", 'c', 0, G_OPTION_ARG_FILENAME, &o->config_path,
          "Configuration key file (see the README)", "FILE" },
        { "me", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o->me,
          "One of our own addresses (repeatable; adds to the configuration)", "ADDRESS" },
        { "quiet", 'q', 0, G_OPTION_ARG_NONE, &o->quiet, "Print only warnings and errors", NULL },
        { "verbose", 'v', 0, G_OPTION_ARG_NONE, &o->verbose, "Say more about what is done", NULL },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    return g_memdup2 (e, sizeof e);
}

gboolean
rf_cli_parse (GOptionContext *ctx, int *argc, char ***argv, const char *cmd)
{
    GError *err = NULL;
    if (!g_option_context_parse (ctx, argc, argv, &err)) {
        rf_error ("%s: %s (see 'redflag %s --help')", cmd, err->message, cmd);
        g_error_free (err);
        return FALSE;
    }
    return TRUE;
}

void
rf_cli_apply_common (rf_common_opts_t *o)
{
    if (o->quiet)
        rf_verbosity = 0;
    if (o->verbose)
        rf_verbosity = 2;
    if (!o->db_path)
        o->db_path = g_strdup (rf_cli_default_db ());
}

/* REDFLAG_DB names the database when --db does not (cron jobs, shells
 * that always use one); an empty value counts as unset. */
const char *
rf_cli_default_db (void)
{
    const char *env = g_getenv ("REDFLAG_DB");
    return env && *env ? env : "redflag.db";
}

rf_config_t *
rf_cli_load_config (const rf_common_opts_t *o)
{
    GError *err = NULL;
    char *freemail = rf_data_path ("freemail.txt");
    rf_config_t *cfg = rf_config_load (o->config_path, freemail, &err);
    g_free (freemail);
    if (!cfg) {
        /* The check reports every problem of the file, one per line. */
        char **lines = g_strsplit (err->message, "\n", -1);
        for (char **l = lines; *l; l++)
            rf_error ("%s", *l);
        rf_error ("fix the configuration file; every group and key is in doc/configuration.md");
        g_strfreev (lines);
        g_error_free (err);
        return NULL;
    }
    for (char **m = o->me; m && *m; m++)
        rf_config_add_me (cfg, *m);
    return cfg;
}

/* Installed data first; when running from the build tree, the source tree's
 * patterns/ directory. REDFLAG_DATADIR overrides both. */
char *
rf_data_path (const char *name)
{
    const char *env = g_getenv ("REDFLAG_DATADIR");
    char *p;
    if (env)
        return g_build_filename (env, name, NULL);
    p = g_build_filename (RF_PKGDATADIR, name, NULL);
    if (g_file_test (p, G_FILE_TEST_EXISTS))
        return p;
    g_free (p);
    return g_build_filename (RF_SRCDATADIR, name, NULL);
}

gboolean
rf_cli_date (const char *opt, const char *value, gint64 *out)
{
    if (!rf_parse_date (value, out)) {
        rf_error ("%s: expected a date as YYYY-MM-DD, got \"%s\"", opt, value);
        return FALSE;
    }
    return TRUE;
}

int
rf_cli_store_error (GError *err)
{
    int rc = g_error_matches (err, RF_STORE_ERROR, RF_STORE_ERR_MISSING)  ? RF_EXIT_NODATA
             : g_error_matches (err, RF_STORE_ERROR, RF_STORE_ERR_LOCKED) ? RF_EXIT_LOCKED
                                                                          : RF_EXIT_FAILURE;
    rf_error ("%s", err->message);
    g_error_free (err);
    return rc;
}

rf_store_t *
rf_cli_open_store (const char *path, rf_store_mode_t mode, int *rc)
{
    GError *err = NULL;
    rf_store_t *st = rf_store_open (path, mode, &err);
    if (!st)
        *rc = rf_cli_store_error (err);
    return st;
}
