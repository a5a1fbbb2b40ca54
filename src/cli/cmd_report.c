/* cmd_report.c - 'redflag report': one line per client, in the terminal. */
#include "config.h"
#include "cli/cli.h"
#include "cli/output_open.h"
#include "report/report.h"
#include "base/util.h"

#include <string.h>

int
rf_cmd_report (int argc, char **argv)
{
    rf_common_opts_t common = { 0 };
    char *since_s = NULL, *until_s = NULL, *client = NULL, *format = NULL;
    gboolean details = FALSE, all_evidence = FALSE, changes = FALSE;
    GOptionEntry entries[] = {
        { "since", 0, 0, G_OPTION_ARG_STRING, &since_s,
          "First day of the window (default: window_days before --until)", "YYYY-MM-DD" },
        { "until", 0, 0, G_OPTION_ARG_STRING, &until_s,
          "Last day of the window, and the reference date for unanswered mail and aging "
          "(default: the --as-of of the last scan or analysis)", "YYYY-MM-DD" },
        { "client", 0, 0, G_OPTION_ARG_STRING, &client,
          "Only this client (key or name), with every finding and its evidence", "NAME" },
        { "details", 0, 0, G_OPTION_ARG_NONE, &details, "Every finding and its evidence, for every client", NULL },
        { "all-evidence", 0, 0, G_OPTION_ARG_NONE, &all_evidence,
          "With --details or --client: every piece of evidence, with its Message-ID (default: the first 5)", NULL },
        { "changes", 0, 0, G_OPTION_ARG_NONE, &changes,
          "Only what moved since the previous analysis day: new or worse findings, verdict changes, new "
          "critical evidence (nothing when nothing moved)", NULL },
        { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
          "text (default) or json (for scripts: every client with its findings; --details adds the evidence)",
          "FORMAT" },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new ("- print the per-client report, worst first");
    GOptionEntry *common_entries = rf_cli_common_entries (&common);
    rf_report_opts_t o = { 0 };
    rf_output_t out = { 0 };
    GError *err = NULL;
    int rc = RF_EXIT_OK;

    g_option_context_set_description (ctx,
        "One row per client: score (0 healthy to 100), recommendation (keep, watch,\n"
        "renegotiate, exit), revenue share, the client's median time to answer us,\n"
        "days late and the three findings that weigh most.\n\n"
        "Reads the findings the last scan or analysis stored. With --since or --until\n"
        "the analysis is run again for that window without changing what is stored\n"
        "(it needs the configuration: --config, else the one the last analysis used).\n"
        "Colour and width adapt to a terminal; piped output is plain text.\n\n"
        "--changes compares the last analysis with the one of the day before it (each\n"
        "analysis keeps its verdicts): after a nightly scan, it prints a few lines for a\n"
        "cron mail, or nothing. Exit 6 when no client has mail or invoices in the window.");
    g_option_context_add_main_entries (ctx, entries, NULL);
    g_option_context_add_main_entries (ctx, common_entries, NULL);
    if (!rf_cli_parse (ctx, &argc, &argv, "report") || !rf_cli_apply_common (&common, "report")) {
        rc = RF_EXIT_USAGE;
        goto done;
    }
    if (argc > 1) {
        rf_error ("report: unexpected argument '%s' (see 'redflag report --help')", argv[1]);
        rc = RF_EXIT_USAGE;
        goto done;
    }
    if (format && strcmp (format, "text") && strcmp (format, "json")) {
        rf_error ("report: --format must be text or json, not '%s'", format);
        rc = RF_EXIT_USAGE;
        goto done;
    }
    if (changes && (since_s || until_s || details || all_evidence || client || format)) {
        rf_error ("report: --changes compares the last two analyses; it takes no other report option");
        rc = RF_EXIT_USAGE;
        goto done;
    }
    o.client = client;
    o.details = details || client;
    o.all_evidence = all_evidence;
    /* The table alone shows no evidence: another window need not gather it. */
    out.no_evidence = !o.details && !changes && !(format && !strcmp (format, "json"));
    if ((rc = rf_output_open (&common, since_s, until_s, &out)) != RF_EXIT_OK)
        goto done;
    if (changes)
        rc = rf_report_changes (out.st, &err);
    else if (format && !strcmp (format, "json"))
        rc = rf_report_json (out.st, &o, &err);
    else
        rc = rf_report_print (out.st, &o, &err);
    if (err)
        rf_error ("%s", err->message);
done:
    g_clear_error (&err);
    rf_output_close (&out);
    g_free (common_entries);
    g_option_context_free (ctx);
    g_free (since_s);
    g_free (until_s);
    g_free (client);
    g_free (format);
    g_free (common.db_path);
    g_free (common.config_path);
    g_strfreev (common.me);
    return rc;
}
