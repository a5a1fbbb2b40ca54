/* cmd_report.c - 'redflag report': one line per client, in the terminal. */
#include "config.h"
#include "cli.h"
#include "report.h"
#include "store.h"
#include "util.h"

int
rf_cmd_report (int argc, char **argv)
{
    rf_common_opts_t common = { 0 };
    char *since_s = NULL, *until_s = NULL, *client = NULL;
    GOptionEntry entries[] = {
        { "since", 0, 0, G_OPTION_ARG_STRING, &since_s, "Only mail from this date on (default: 180 days before --until)", "YYYY-MM-DD" },
        { "until", 0, 0, G_OPTION_ARG_STRING, &until_s, "Only mail before the end of this date (default: the newest message)", "YYYY-MM-DD" },
        { "client", 0, 0, G_OPTION_ARG_STRING, &client, "Only this client (key or name)", "NAME" },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new ("- print the per-client report");
    GOptionEntry *common_entries = rf_cli_common_entries (&common);
    rf_report_opts_t o = { 0 };
    rf_store_t *st = NULL;
    GError *err = NULL;
    int rc = RF_EXIT_OK;

    g_option_context_set_description (ctx,
        "Reads only the database (run 'redflag scan' first). Colour and width adapt\n"
        "to a terminal; piped output is plain text.");
    g_option_context_add_main_entries (ctx, entries, NULL);
    g_option_context_add_main_entries (ctx, common_entries, NULL);
    if (!rf_cli_parse (ctx, &argc, &argv, "report")) {
        rc = RF_EXIT_USAGE;
        goto done;
    }
    rf_cli_apply_common (&common);
    o.since = o.until = -1;
    if ((since_s && !rf_cli_date ("--since", since_s, &o.since))
        || (until_s && !rf_cli_date ("--until", until_s, &o.until))) {
        rc = RF_EXIT_USAGE;
        goto done;
    }
    if (o.until >= 0)
        o.until += 86400;   /* the whole day */
    o.client = client;
    st = rf_store_open (common.db_path, RF_STORE_READ, &err);
    if (!st) {
        rf_error ("%s", err->message);
        rc = g_error_matches (err, RF_STORE_ERROR, RF_STORE_ERR_MISSING) ? RF_EXIT_NODATA : RF_EXIT_FAILURE;
        goto done;
    }
    rc = rf_report_print (st, &o, &err);
    if (err)
        rf_error ("%s", err->message);
done:
    g_clear_error (&err);
    rf_store_close (st);
    g_free (common_entries);
    g_option_context_free (ctx);
    g_free (since_s);
    g_free (until_s);
    g_free (client);
    g_free (common.db_path);
    g_free (common.config_path);
    g_strfreev (common.me);
    return rc;
}
