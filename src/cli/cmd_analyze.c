/* cmd_analyze.c - 'redflag analyze': recompute everything derived. */
#include "config.h"
#include "cli/cli.h"
#include "pipeline/pipeline.h"
#include "store/store.h"
#include "base/util.h"

int
rf_cmd_analyze (int argc, char **argv)
{
    rf_common_opts_t common = { 0 };
    char *as_of_s = NULL, *user_patterns = NULL, *patterns_dir = NULL, *since_s = NULL, *until_s = NULL;
    GOptionEntry entries[] = {
        { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_s,
          "Reference date for unanswered mail and payment aging (default: now)", "YYYY-MM-DD" },
        { "since", 0, 0, G_OPTION_ARG_STRING, &since_s,
          "First day of the findings window (default: window_days before --as-of)", "YYYY-MM-DD" },
        { "until", 0, 0, G_OPTION_ARG_STRING, &until_s,
          "Last day of the findings window: the same as --as-of", "YYYY-MM-DD" },
        { "patterns", 0, 0, G_OPTION_ARG_FILENAME, &user_patterns,
          "Your own marker patterns, added to the built-in ones (default: [redflag] patterns)",
          "DIR" },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new ("- recompute clients, replies, metrics and findings");
    GOptionEntry *common_entries = rf_cli_common_entries (&common);
    rf_config_t *cfg = NULL;
    rf_store_t *st = NULL;
    rf_scan_opts_t opts = { 0 };
    rf_pipeline_job_t job = { .command = "analyze", .analyze = RF_ANALYZE_ALWAYS };
    GError *err = NULL;
    gint64 as_of = g_get_real_time () / G_USEC_PER_SEC, since = -1;
    int rc = RF_EXIT_OK;

    g_option_context_set_description (ctx,
        "Run this after changing the configuration, or to move the reference date:\n"
        "nothing is read from the mailboxes, everything is derived from the database.\n"
        "Except when the marker patterns changed since the last run (an upgrade, or\n"
        "another --patterns DIR than last time): then the stored messages are read\n"
        "again from their files and scanned for markers first. Pass the same\n"
        "--patterns DIR to scan and analyze, or the hits of your own patterns go.");
    g_option_context_add_main_entries (ctx, entries, NULL);
    g_option_context_add_main_entries (ctx, common_entries, NULL);
    if (!rf_cli_parse (ctx, &argc, &argv, "analyze")) {
        rc = RF_EXIT_USAGE;
        goto done;
    }
    rf_cli_apply_common (&common);
    if (argc > 1) {
        rf_error ("analyze: unexpected argument '%s' (see 'redflag analyze --help')", argv[1]);
        rc = RF_EXIT_USAGE;
        goto done;
    }
    if ((as_of_s && !rf_cli_date ("--as-of", as_of_s, &as_of))
        || (until_s && !rf_cli_date ("--until", until_s, &as_of))
        || (since_s && !rf_cli_date ("--since", since_s, &since))) {
        rc = RF_EXIT_USAGE;
        goto done;
    }
    if (as_of_s && until_s && g_strcmp0 (as_of_s, until_s)) {
        rf_error ("analyze: --until and --as-of name the same day; give one of them");
        rc = RF_EXIT_USAGE;
        goto done;
    }
    if (since >= 0 && since > as_of) {
        rf_error ("analyze: --since %s is after the last day of the window", since_s);
        rc = RF_EXIT_USAGE;
        goto done;
    }
    if (!(cfg = rf_cli_load_config (&common))) {
        rc = RF_EXIT_CONFIG;
        goto done;
    }
    if (!g_file_test (common.db_path, G_FILE_TEST_EXISTS)) {
        rf_error ("%s: no such database; run 'redflag scan' first, or name it with --db", common.db_path);
        rc = RF_EXIT_NODATA;
        goto done;
    }
    if (!(st = rf_cli_open_store (common.db_path, RF_STORE_WRITE, &rc)))
        goto done;
    patterns_dir = rf_data_path ("");
    opts.cfg = cfg;
    opts.now = g_get_real_time () / G_USEC_PER_SEC;
    opts.patterns_dir = patterns_dir;
    opts.user_patterns = user_patterns ? user_patterns : cfg->patterns_dir;
    opts.jobs = (int) g_get_num_processors () + 1;
    job.as_of = as_of;
    job.since = since;
    if (!rf_pipeline_run (st, &opts, &job, NULL, &err)) {
        rf_error ("%s", err->message);
        rc = RF_EXIT_FAILURE;
    }
done:
    g_clear_error (&err);
    rf_store_close (st);
    rf_config_free (cfg);
    g_free (common_entries);
    g_option_context_free (ctx);
    g_free (as_of_s);
    g_free (since_s);
    g_free (until_s);
    g_free (user_patterns);
    g_free (patterns_dir);
    g_free (common.db_path);
    g_free (common.config_path);
    g_strfreev (common.me);
    return rc;
}
