/* cmd_scan.c - 'redflag scan': read mail (and invoices, statements), then analyze. */
#include "config.h"
#include "cli/cli.h"
#include "pipeline/pipeline.h"
#include "store/store.h"
#include "base/util.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void
print_summary (const rf_scan_counts_t *c)
{
    if (rf_verbosity < 1)
        return;
    fprintf (stderr, "redflag: %" G_GINT64_FORMAT " files: %" G_GINT64_FORMAT " parsed, %" G_GINT64_FORMAT
             " unchanged, %" G_GINT64_FORMAT " renamed, %" G_GINT64_FORMAT " gone, %" G_GINT64_FORMAT
             " skipped; %" G_GINT64_FORMAT " new messages, %" G_GINT64_FORMAT " duplicates\n",
             c->seen, c->parsed, c->unchanged, c->renamed, c->gone, c->skipped, c->new_messages,
             c->duplicates);
}

/* Paths are kept absolute and without "." or "..": a folder scanned as
 * "Maildir" from home and as "/home/me/Maildir" from cron is one folder,
 * and its files can be read again from any directory. */
static char *
absolute_path (const char *path)
{
    /* "" would otherwise stand for the current directory. */
    if (!*path) {
        rf_error ("scan: an empty PATH; name a Maildir, folder or file (see 'redflag scan --help')");
        return NULL;
    }
    return g_canonicalize_filename (path, NULL);
}

/* Each path of a list (owned) made absolute in place. */
static gboolean
make_absolute (char **list, const char *opt)
{
    for (char **p = list; p && *p; p++) {
        char *abs = rf_cli_path_ok ("scan", opt, *p, FALSE) ? absolute_path (*p) : NULL;
        if (!abs)
            return FALSE;
        g_free (*p);
        *p = abs;
    }
    return TRUE;
}

int
rf_cmd_scan (int argc, char **argv)
{
    rf_common_opts_t common = { 0 };
    char *as_of_s = NULL, *user_patterns = NULL, **invoices = NULL, **payments = NULL;
    int jobs = 0;
    gboolean no_analyze = FALSE, after_dashes = FALSE, full_check = FALSE;
    GOptionEntry entries[] = {
        { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_s,
          "Reference date for unanswered mail and payment aging (default: today)", "YYYY-MM-DD" },
        { "invoices", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &invoices,
          "A file or folder of invoices (UBL, CII, invoice log); repeatable", "PATH" },
        { "payments", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &payments,
          "A file or folder of bank statements (camt.053, camt.054); repeatable", "PATH" },
        { "patterns", 0, 0, G_OPTION_ARG_FILENAME, &user_patterns,
          "Your own marker patterns, added to the built-in ones (default: [redflag] patterns)",
          "DIR" },
        { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs,
          "Parser processes (default: the number of CPUs plus one)", "N" },
        { "no-analyze", 0, 0, G_OPTION_ARG_NONE, &no_analyze,
          "Only read the inputs; run 'redflag analyze' later", NULL },
        { "full-check", 0, 0, G_OPTION_ARG_NONE, &full_check,
          "List every Maildir folder and read every file again: for mail rewritten in place under"
          " the same name (as slow as a first scan)", NULL },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new ("PATH... - read mailboxes, invoices and statements");
    GOptionEntry *common_entries = rf_cli_common_entries (&common);
    rf_config_t *cfg = NULL;
    rf_store_t *st = NULL;
    GError *err = NULL;
    rf_scan_counts_t counts = { 0 };
    rf_scan_opts_t opts = { 0 };
    rf_pipeline_job_t job = { .command = "scan", .since = -1 };
    GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
    gint64 as_of;
    char *patterns_dir = NULL, *db_abs = NULL;
    int rc = RF_EXIT_OK;

    g_option_context_set_description (ctx,
        "PATH is a Maildir (cur/ and new/, with Maildir++ subfolders such as .Sent),\n"
        "a folder holding Maildirs and mbox files, an mbox file, or an invoice or\n"
        "statement file (recognised by its content). Only new and changed files are\n"
        "read; re-running on unchanged input changes nothing. When the marker patterns\n"
        "changed since the last run (an upgrade, or another --patterns DIR), the stored\n"
        "messages are scanned again for markers. After reading, clients, replies and\n"
        "metrics are recomputed (see 'redflag analyze').\n\n"
        "The database defaults to $REDFLAG_DB, else ./redflag.db. Exit codes: see\n"
        "'redflag --help'.");
    g_option_context_add_main_entries (ctx, entries, NULL);
    g_option_context_add_main_entries (ctx, common_entries, NULL);
    if (!rf_cli_parse (ctx, &argc, &argv, "scan") || !rf_cli_apply_common (&common, "scan")) {
        rc = RF_EXIT_USAGE;
        goto done;
    }
    if (!rf_cli_path_ok ("scan", "--patterns", user_patterns, FALSE) || !make_absolute (invoices, "--invoices")
        || !make_absolute (payments, "--payments")) {
        rc = RF_EXIT_USAGE;
        goto done;
    }
    for (int i = 1; i < argc; i++) {
        char *abs;
        /* After "--", a PATH may start with '-'. */
        if (!strcmp (argv[i], "--") && !after_dashes) {
            after_dashes = TRUE;
            continue;
        }
        abs = after_dashes || rf_cli_path_ok ("scan", NULL, argv[i], FALSE) ? absolute_path (argv[i]) : NULL;
        if (!abs) {
            rc = RF_EXIT_USAGE;
            goto done;
        }
        g_ptr_array_add (paths, abs);
    }
    for (char **p = invoices; p && *p; p++)
        g_ptr_array_add (paths, g_strdup (*p));
    for (char **p = payments; p && *p; p++)
        g_ptr_array_add (paths, g_strdup (*p));
    g_ptr_array_add (paths, NULL);
    if (paths->len == 1) {
        rf_error ("scan: name at least one PATH to read (see 'redflag scan --help')");
        rc = RF_EXIT_USAGE;
        goto done;
    }
    as_of = g_get_real_time () / G_USEC_PER_SEC;
    if (as_of_s && !rf_cli_date ("--as-of", as_of_s, &as_of)) {
        rc = RF_EXIT_USAGE;
        goto done;
    }
    for (char **p = (char **) paths->pdata; *p; p++) {
        if (access (*p, R_OK) != 0) {
            rf_error ("%s: cannot read it: %s", *p, g_strerror (errno));
            rc = RF_EXIT_NOINPUT;
            goto done;
        }
    }
    if (!(cfg = rf_cli_load_config (&common))) {
        rc = RF_EXIT_CONFIG;
        goto done;
    }
    if (!(st = rf_cli_open_store (common.db_path, RF_STORE_WRITE, &rc)))
        goto done;
    patterns_dir = rf_data_path ("");
    db_abs = rf_store_real_path (common.db_path);
    opts.db_path = db_abs;
    opts.cfg = cfg;
    opts.now = g_get_real_time () / G_USEC_PER_SEC;
    opts.patterns_dir = patterns_dir;
    opts.user_patterns = user_patterns ? user_patterns : cfg->patterns_dir;
    /* One more parser than CPUs: the cores stay busy while this process
     * writes (5-10 % faster on 2 CPUs, doc/benchmark.md). */
    opts.jobs = jobs > 0 ? jobs : (int) g_get_num_processors () + 1;
    opts.full_check = full_check;
    opts.invoice_paths = invoices;
    opts.payment_paths = payments;
    job.paths = (char **) paths->pdata;
    job.analyze = no_analyze ? RF_ANALYZE_NONE : RF_ANALYZE_IF_NEEDED;
    job.as_of = as_of;
    if (!rf_pipeline_run (st, &opts, &job, &counts, &err)) {
        rf_error ("%s", err->message);
        rc = g_error_matches (err, G_FILE_ERROR, G_FILE_ERROR_NOENT) ? RF_EXIT_NOINPUT : RF_EXIT_FAILURE;
        goto done;
    }
    print_summary (&counts);
    if (!no_analyze)
        rf_cli_print_reply_summary (st);
done:
    g_clear_error (&err);
    rf_store_close (st);
    rf_config_free (cfg);
    g_ptr_array_unref (paths);
    g_free (patterns_dir);
    g_free (db_abs);
    g_free (common_entries);
    g_option_context_free (ctx);
    g_free (as_of_s);
    g_free (user_patterns);
    g_strfreev (invoices);
    g_strfreev (payments);
    g_free (common.db_path);
    g_free (common.config_path);
    g_strfreev (common.me);
    return rc;
}
