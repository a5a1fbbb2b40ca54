/* cmd_audit.c - 'redflag audit CLIENT': the renewal audit of one client as
 * one self-contained HTML file, written atomically (a temporary file in the
 * same directory, renamed over the target), so that a failure never leaves
 * half a page behind. Devices and pipes are written to, not replaced. */
#include "config.h"
#include "audit/audit_data.h"
#include "audit/audit_html.h"
#include "audit/audit_letter.h"
#include "cli/cli.h"
#include "cli/output_open.h"
#include "base/out_file.h"
#include "base/util.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

/* The page to a file (see base/out_file.h): written whole or not at all,
 * never over the database, never through a symbolic link. Returns an
 * rf_exit_t; prints why. */
static int
write_page (const char *path, const char *db_path, const char *text)
{
    char **protect = rf_store_files (db_path);
    GError *err = NULL;
    rf_out_file_t *f = rf_out_file_open (path, (const char *const *) protect, &err);
    int rc = RF_EXIT_OK;
    g_strfreev (protect);
    if (!f) {
        rc = g_error_matches (err, RF_OUT_FILE_ERROR, RF_OUT_FILE_ERR_PROTECTED) ? RF_EXIT_USAGE : RF_EXIT_FAILURE;
    } else {
        fputs (text, rf_out_file_stream (f));
        if (!rf_out_file_commit (f, &err))
            rc = RF_EXIT_FAILURE;
    }
    if (err)
        rf_error ("audit: %s", err->message);
    g_clear_error (&err);
    return rc;
}

/* A reader that stops early (| head) is not an error. */
static gboolean
write_stdout (const char *text)
{
    if ((fputs (text, stdout) < 0 || fflush (stdout) != 0) && errno != EPIPE) {
        rf_error ("cannot write to standard output: %s", g_strerror (errno));
        return FALSE;
    }
    return TRUE;
}

/* The client's goodwill gesture from the configuration: --config, else
 * the file the last analysis used when it is still there. */
static char *
goodwill (rf_store_t *st, const rf_common_opts_t *common, const char *key, int *rc)
{
    rf_common_opts_t o = *common;
    char *stored = NULL, *g = NULL;
    rf_config_t *cfg;
    if (!o.config_path) {
        stored = rf_store_meta_get (st, "config_path");
        if (!stored || !*stored || !g_file_test (stored, G_FILE_TEST_IS_REGULAR)) {
            g_free (stored);
            return NULL;
        }
        o.config_path = stored;
    }
    if (!(cfg = rf_cli_load_config (&o))) {
        if (!stored)
            *rc = RF_EXIT_CONFIG;   /* only a file named on the command line is fatal */
        g_free (stored);
        return NULL;
    }
    for (guint i = 0; i < cfg->clients->len; i++) {
        rf_client_t *c = cfg->clients->pdata[i];
        if (!strcmp (c->id, key) && c->goodwill && *c->goodwill)
            g = g_strdup (c->goodwill);
    }
    rf_config_free (cfg);
    g_free (stored);
    return g;
}

static int
render (rf_store_t *st, const rf_common_opts_t *common, const char *client, gint64 since, gint64 until,
        const char *out_path)
{
    GError *err = NULL;
    rf_audit_t *a = NULL;
    rf_letter_t *l = NULL;
    char *html = NULL, *path = NULL;
    gint64 id = 0;
    int rc = RF_EXIT_OK;

    if (!rf_audit_find_client (st, client, &id, &err) || !(a = rf_audit_load (st, id, since, until, &err))) {
        rc = g_error_matches (err, RF_AUDIT_ERROR, RF_AUDIT_ERR_NO_CLIENT)
             || g_error_matches (err, RF_AUDIT_ERROR, RF_AUDIT_ERR_NO_DATA) ? RF_EXIT_NODATA : RF_EXIT_FAILURE;
        rf_error ("audit: %s", err->message);
        g_error_free (err);
        return rc;
    }
    a->goodwill = goodwill (st, common, a->key, &rc);
    if (rc != RF_EXIT_OK)
        goto done;
    l = rf_letter_compose (a);
    html = rf_audit_html (a, l);
    if (out_path && !strcmp (out_path, "-")) {
        rc = write_stdout (html) ? RF_EXIT_OK : RF_EXIT_FAILURE;
        goto done;
    }
    path = out_path ? g_strdup (out_path) : g_strdup_printf ("audit-%s.html", a->key);
    /* A key may hold characters a file name cannot. */
    if (!out_path)
        g_strdelimit (path, "/\\:*?\"<>| ", '_');
    if ((rc = write_page (path, common->db_path, html)) != RF_EXIT_OK)
        goto done;
    rf_info ("audit of %s written to %s", a->name, path);
done:
    g_free (path);
    g_free (html);
    rf_letter_free (l);
    rf_audit_free (a);
    return rc;
}

int
rf_cmd_audit (int argc, char **argv)
{
    rf_common_opts_t common = { 0 };
    char *since_s = NULL, *until_s = NULL, *out_path = NULL;
    GOptionEntry entries[] = {
        { "out", 'o', 0, G_OPTION_ARG_FILENAME, &out_path,
          "Write the page to FILE (default: audit-CLIENTKEY.html here; '-' for standard output)", "FILE" },
        { "since", 0, 0, G_OPTION_ARG_STRING, &since_s,
          "First day of the window (default: the window of the last analysis)", "YYYY-MM-DD" },
        { "until", 0, 0, G_OPTION_ARG_STRING, &until_s, "Last day of the window, included", "YYYY-MM-DD" },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new ("CLIENT - write the renewal audit of one client as HTML");
    GOptionEntry *common_entries = rf_cli_common_entries (&common);
    rf_output_t db = { 0 };
    gint64 since = -1, until = -1;
    int rc = RF_EXIT_OK;

    g_option_context_set_description (ctx,
        "CLIENT is a client key or name (case does not matter); 'redflag report' lists them.\n"
        "The page is one self-contained HTML file (inline CSS and SVG, no script, no\n"
        "external reference; opens offline): summary, score and recommendation, monthly\n"
        "charts, the findings with their evidence, the invoices, and a draft message to\n"
        "the client in its language (en, fr, es). The client's goodwill gesture (key\n"
        "'goodwill' of its group in --config, else in the configuration of the last\n"
        "analysis) goes into a draft that ends the engagement.\n"
        "Reads only the database (run 'redflag scan' first). Exit 6 when the database or\n"
        "the client does not exist, or the client has no mail and no invoice in the window.");
    g_option_context_add_main_entries (ctx, entries, NULL);
    g_option_context_add_main_entries (ctx, common_entries, NULL);
    if (!rf_cli_parse (ctx, &argc, &argv, "audit") || !rf_cli_apply_common (&common, "audit")
        || !rf_cli_path_ok ("audit", "--out", out_path, TRUE)) {
        rc = RF_EXIT_USAGE;
        goto done;
    }
    if (argc != 2) {
        rf_error ("audit: %s (see 'redflag audit --help')",
                  argc < 2 ? "name the client to audit" : "audit takes one client");
        rc = RF_EXIT_USAGE;
        goto done;
    }
    if ((since_s && !rf_cli_date ("--since", since_s, &since))
        || (until_s && !rf_cli_date ("--until", until_s, &until))) {
        rc = RF_EXIT_USAGE;
        goto done;
    }
    if (until >= 0)
        until += 86400;   /* the whole last day */
    if (since >= 0 && until >= 0 && since >= until) {
        rf_error ("audit: --since must not be after --until");
        rc = RF_EXIT_USAGE;
        goto done;
    }
    rc = rf_output_open (&common, since_s, until_s, &db);
    if (rc != RF_EXIT_OK)
        goto done;
    rc = render (db.st, &common, argv[1], since, until, out_path);
    rf_output_close (&db);
done:
    g_free (common_entries);
    g_option_context_free (ctx);
    g_free (since_s);
    g_free (until_s);
    g_free (out_path);
    g_free (common.db_path);
    g_free (common.config_path);
    g_strfreev (common.me);
    return rc;
}
