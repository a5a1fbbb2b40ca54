/* cmd_clients.c - 'redflag clients': each client with its addresses and
 * message counts, and everyone we exchanged mail with who is in no
 * client, from what the last analysis stored. */
#include "config.h"
#include "cli/cli.h"
#include "report/report_clients.h"
#include "base/util.h"

int
rf_cmd_clients (int argc, char **argv)
{
    rf_common_opts_t common = { 0 };
    gboolean all = FALSE;
    GOptionEntry entries[] = {
        { "all", 'a', 0, G_OPTION_ARG_NONE, &all,
          "Also list the counterparts in no client that only wrote to us (newsletters, prospects, spam)", NULL },
        { "db", 'd', 0, G_OPTION_ARG_FILENAME, &common.db_path,
          "Database file (default: $REDFLAG_DB, else ./redflag.db)", "FILE" },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new ("- list the clients, and who is in none");
    rf_store_t *st = NULL;
    GError *err = NULL;
    int rc = RF_EXIT_OK;

    g_option_context_set_description (ctx,
        "Every client of the last analysis (configured in [client:KEY] groups, or\n"
        "inferred from the mail without them) with the addresses its mail came from\n"
        "or went to and their message counts; then the counterparts in no client:\n"
        "each domain (or address at a freemail domain) we wrote to, with its\n"
        "addresses. Use it to check a configuration: mail outside every group is\n"
        "in no report. Automatic mail is not counted. A client's counts are its\n"
        "messages; an address's, the messages with that address (one message to\n"
        "two addresses counts once for the client, once for each address).\n\n"
        "Reads only the database: run 'redflag scan' (or 'redflag analyze' after\n"
        "changing the configuration) first. Exit 6 when there is no analysis yet.");
    g_option_context_add_main_entries (ctx, entries, NULL);
    if (!rf_cli_parse (ctx, &argc, &argv, "clients")) {
        rc = RF_EXIT_USAGE;
        goto done;
    }
    rf_cli_apply_common (&common);
    if (argc > 1) {
        rf_error ("clients: unexpected argument '%s' (see 'redflag clients --help')", argv[1]);
        rc = RF_EXIT_USAGE;
        goto done;
    }
    if (!(st = rf_cli_open_store (common.db_path, RF_STORE_READ, &rc)))
        goto done;
    rc = rf_report_clients_print (st, all, &err);
    if (err)
        rf_error ("%s", err->message);
done:
    g_clear_error (&err);
    rf_store_close (st);
    g_option_context_free (ctx);
    g_free (common.db_path);
    return rc;
}
