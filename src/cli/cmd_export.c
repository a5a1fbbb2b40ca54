/* cmd_export.c - 'redflag export TABLE': CSV or TSV for spreadsheets. */
#include "config.h"
#include "cli/cli.h"
#include "base/csv.h"
#include "base/out_file.h"
#include "mail/export_mail.h"
#include "money/export_money.h"
#include "markers/export_markers.h"
#include "findings/export_findings.h"
#include "store/store.h"
#include "base/util.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    gint64 as_of;
    char as_of_day[16];      /* the same, YYYY-MM-DD */
} export_opts_t;

/* How a table depends on the reference date: not at all, as of the
 * analysis that built it, or worked out for any --as-of. A dated table
 * ends each row with an as_of column, unless it carries the date already
 * (findings and scores: window_until). */
typedef enum { UNDATED, AS_ANALYSED, ANY_DATE, AS_ANALYSED_DATED } dated_t;

typedef struct {
    const char *name;
    gboolean (*fn) (rf_store_t *st, rf_csv_t *w, const export_opts_t *o, GError **err);
    const char *summary;
    dated_t dated;
} table_t;

#define SIMPLE(fname, call) \
    static gboolean fname (rf_store_t *st, rf_csv_t *w, const export_opts_t *o, GError **err) \
    { return call (st, w, err); }
SIMPLE (x_messages, rf_export_messages)
SIMPLE (x_replies, rf_export_replies)
SIMPLE (x_monthly, rf_export_monthly)
SIMPLE (x_clients, rf_export_clients)
SIMPLE (x_skipped, rf_export_skipped)
SIMPLE (x_invoices, rf_export_invoices)
SIMPLE (x_markers, rf_export_markers)
SIMPLE (x_findings, rf_export_findings)
SIMPLE (x_evidence, rf_export_evidence)
SIMPLE (x_scores, rf_export_scores)
SIMPLE (x_metrics, rf_export_metrics)
SIMPLE (x_measures, rf_export_measures)

static gboolean
x_aging (rf_store_t *st, rf_csv_t *w, const export_opts_t *o, GError **err)
{
    return rf_export_aging (st, w, o->as_of, err);
}

static const table_t tables[] = {
    { "messages", x_messages, "one row per distinct message: date, sender, client, direction, folder", UNDATED },
    { "replies", x_replies, "one row per answered block: who waited, how long (wall clock and business)", UNDATED },
    { "monthly", x_monthly, "per client and month: counts, latency median/p90, unanswered, after hours", AS_ANALYSED },
    { "clients", x_clients, "the clients, configured or inferred", UNDATED },
    { "skipped", x_skipped, "every input file skipped, with the reason", UNDATED },
    { "invoices", x_invoices, "one row per invoice or credit note: dates, amounts, paid, days late, status",
      AS_ANALYSED },
    { "markers", x_markers, "one row per tone or scope marker in client mail, with the matched text", UNDATED },
    { "aging", x_aging, "open receivables per client and currency by days past due", ANY_DATE },
    { "findings", x_findings, "one row per finding: signal, value, threshold, severity, trend, points",
      AS_ANALYSED_DATED },
    { "evidence", x_evidence, "what each finding rests on, every piece: messages, replies, invoices, totals",
      AS_ANALYSED },
    { "scores", x_scores, "one row per client: score, recommendation, reason, revenue share, lateness",
      AS_ANALYSED_DATED },
    { "metrics", x_metrics, "per client and month: mail, markers and money in one row", AS_ANALYSED },
    { "measures", x_measures, "every signal measured per client, fired or not: value, n of n_of, observations",
      AS_ANALYSED },
};

static const table_t *
find_table (const char *name)
{
    for (size_t i = 0; i < G_N_ELEMENTS (tables); i++)
        if (!strcmp (tables[i].name, name))
            return &tables[i];
    return NULL;
}

/* A writer for table t: the tables that depend on the reference date end
 * each row with it (column as_of). */
static void
writer_init (rf_csv_t *w, FILE *out, rf_csv_format_t fmt, gboolean bom, const table_t *t, const export_opts_t *o)
{
    rf_csv_init (w, out, fmt, bom);
    if (t->dated == AS_ANALYSED || t->dated == ANY_DATE) {
        w->trailer_name = "as_of";
        w->trailer_value = o->as_of_day;
    }
}

/* A table on standard output. A reader that stops early (| head) is not
 * an error: the command ends quietly, as grep does. */
static gboolean
export_stdout (rf_store_t *st, const table_t *t, rf_csv_format_t fmt, gboolean bom, const export_opts_t *o,
               GError **err)
{
    rf_csv_t w;
    writer_init (&w, stdout, fmt, bom, t, o);
    if (!t->fn (st, &w, o, err))
        return FALSE;
    if (fflush (stdout) != 0 && errno != EPIPE) {
        g_set_error (err, G_FILE_ERROR, g_file_error_from_errno (errno), "standard output: write failed: %s",
                     g_strerror (errno));
        return FALSE;
    }
    return TRUE;
}

/* Tables t[i] to files paths[i]: every target is checked and opened before
 * anything is written (never the database, never through a link), and
 * each file replaced only once whole. Returns an rf_exit_t; prints why. */
static int
export_files (rf_store_t *st, const table_t *const *t, char *const *paths, guint n, const char *db_path,
              rf_csv_format_t fmt, gboolean bom, const export_opts_t *o)
{
    char **protect = rf_store_files (db_path);
    rf_out_file_t **files = g_new0 (rf_out_file_t *, n);
    GError *err = NULL;
    int rc = RF_EXIT_OK;
    for (guint i = 0; i < n && rc == RF_EXIT_OK; i++)
        if (!(files[i] = rf_out_file_open (paths[i], (const char *const *) protect, &err)))
            rc = g_error_matches (err, RF_OUT_FILE_ERROR, RF_OUT_FILE_ERR_PROTECTED) ? RF_EXIT_USAGE
                                                                                     : RF_EXIT_FAILURE;
    for (guint i = 0; i < n && rc == RF_EXIT_OK; i++) {
        rf_csv_t w;
        writer_init (&w, rf_out_file_stream (files[i]), fmt, bom, t[i], o);
        if (!t[i]->fn (st, &w, o, &err))
            rc = RF_EXIT_FAILURE;
    }
    for (guint i = 0; i < n; i++) {
        if (rc != RF_EXIT_OK)
            rf_out_file_abort (files[i]);
        else if (!rf_out_file_commit (files[i], &err))
            rc = RF_EXIT_FAILURE;
    }
    if (err)
        rf_error ("%s", err->message);
    g_clear_error (&err);
    g_free (files);
    g_strfreev (protect);
    return rc;
}

/* The reference date: --as-of, else the last analysis's (the findings'
 * window, else the money's), else today. A table worked out by the
 * analysis cannot be had for another date than the analysis's. */
static int
resolve_as_of (rf_store_t *st, const char *as_of_s, const table_t *t, gboolean all, export_opts_t *o)
{
    char *day = rf_store_meta_get (st, "money_as_of");
    sqlite3_stmt *q = rf_store_prepare (st, "SELECT as_of FROM finding_window", NULL);
    int rc = RF_EXIT_OK;
    if (q && sqlite3_step (q) == SQLITE_ROW) {
        g_free (day);
        day = g_strdup ((const char *) sqlite3_column_text (q, 0));
    }
    sqlite3_finalize (q);
    if (!as_of_s && day)
        rf_parse_date (day, &o->as_of);
    rf_format_date (o->as_of, o->as_of_day);
    if (as_of_s && day && strcmp (as_of_s, day) && (all || t->dated == AS_ANALYSED || t->dated == AS_ANALYSED_DATED)) {
        rf_error ("export %s: the database is analysed as of %s; --as-of %s applies to 'aging' only "
                  "(run 'redflag analyze --as-of %s' for the other tables)", all ? "--all" : t->name, day,
                  as_of_s, as_of_s);
        rc = RF_EXIT_USAGE;
    }
    g_free (day);
    return rc;
}

static char *
tables_help (void)
{
    GString *s = g_string_new ("Tables:\n");
    for (size_t i = 0; i < G_N_ELEMENTS (tables); i++)
        g_string_append_printf (s, "  %-10s %s\n", tables[i].name, tables[i].summary);
    g_string_append (s, "\nEvery table is as of the date of the last analysis (scan or analyze --as-of);\n"
                        "the tables that depend on it (monthly, invoices, aging, evidence, metrics,\n"
                        "measures) end each row with that date, column as_of (findings and scores\n"
                        "carry it as window_until). --as-of gives another date to aging only; the\n"
                        "tables the analysis worked out need 'redflag analyze --as-of DATE'.\n"
                        "Columns are stable: new versions add tables and trailing columns, never change\n"
                        "columns. CSV follows RFC 4180 (UTF-8, CRLF); dates are ISO 8601 UTC.");
    return g_string_free (s, FALSE);
}

int
rf_cmd_export (int argc, char **argv)
{
    rf_common_opts_t common = { 0 };
    char *format = NULL, *out_path = NULL, *all_dir = NULL, *as_of_s = NULL, *help;
    gboolean bom = FALSE;
    GOptionEntry entries[] = {
        { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "csv (default) or tsv", "FORMAT" },
        { "bom", 0, 0, G_OPTION_ARG_NONE, &bom, "Start with a UTF-8 byte order mark (for Excel)", NULL },
        { "out", 'o', 0, G_OPTION_ARG_FILENAME, &out_path, "Write to FILE instead of standard output", "FILE" },
        { "all", 0, 0, G_OPTION_ARG_FILENAME, &all_dir, "Write every table to DIR/TABLE.csv", "DIR" },
        { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_s,
          "Reference date of 'aging' (default: the last analysis's)", "YYYY-MM-DD" },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new ("TABLE - write a table as CSV or TSV");
    GOptionEntry *common_entries = rf_cli_common_entries (&common);
    rf_csv_format_t fmt = RF_CSV;
    export_opts_t o = { g_get_real_time () / G_USEC_PER_SEC, "" };
    const table_t *t = NULL;
    rf_store_t *st = NULL;
    GError *err = NULL;
    int rc = RF_EXIT_OK;

    help = tables_help ();
    g_option_context_set_description (ctx, help);
    g_option_context_add_main_entries (ctx, entries, NULL);
    g_option_context_add_main_entries (ctx, common_entries, NULL);
    if (!rf_cli_parse (ctx, &argc, &argv, "export") || !rf_cli_apply_common (&common, "export")
        || !rf_cli_path_ok ("export", "--out", out_path, FALSE)
        || !rf_cli_path_ok ("export", "--all", all_dir, FALSE)) {
        rc = RF_EXIT_USAGE;
        goto done;
    }
    if ((format && !rf_csv_parse_format (format, &fmt)) || (as_of_s && !rf_cli_date ("--as-of", as_of_s, &o.as_of))) {
        if (format && !rf_csv_parse_format (format, &fmt))
            rf_error ("export: --format must be csv or tsv, not '%s'", format);
        rc = RF_EXIT_USAGE;
        goto done;
    }
    /* --all is every table: a TABLE or --out with it would be ignored. */
    if (all_dir && (argc > 1 || out_path)) {
        rf_error ("export: --all DIR writes every table to DIR; name no %s with it (see 'redflag export --help')",
                  argc > 1 ? "TABLE" : "--out FILE");
        rc = RF_EXIT_USAGE;
        goto done;
    }
    if (!all_dir && (argc != 2 || !(t = find_table (argv[1])))) {
        rf_error ("export: name one table%s%s (see 'redflag export --help')", argc > 1 ? ", not " : "",
                  argc > 1 ? argv[1] : "");
        rc = RF_EXIT_USAGE;
        goto done;
    }
    if (!(st = rf_cli_open_store (common.db_path, RF_STORE_READ, &rc))
        || (rc = resolve_as_of (st, as_of_s, t, all_dir != NULL, &o)) != RF_EXIT_OK)
        goto done;
    if (all_dir) {
        const table_t *all[G_N_ELEMENTS (tables)];
        char *paths[G_N_ELEMENTS (tables)];
        /* Private, like the files in it. */
        if (g_mkdir_with_parents (all_dir, 0700) != 0) {
            rf_error ("%s: cannot create the directory: %s", all_dir, g_strerror (errno));
            rc = RF_EXIT_FAILURE;
            goto done;
        }
        for (size_t i = 0; i < G_N_ELEMENTS (tables); i++) {
            char *name = g_strdup_printf ("%s.%s", tables[i].name, fmt == RF_TSV ? "tsv" : "csv");
            all[i] = &tables[i];
            paths[i] = g_build_filename (all_dir, name, NULL);
            g_free (name);
        }
        rc = export_files (st, all, paths, G_N_ELEMENTS (tables), common.db_path, fmt, bom, &o);
        for (size_t i = 0; i < G_N_ELEMENTS (tables); i++)
            g_free (paths[i]);
    } else if (out_path) {
        rc = export_files (st, &t, &out_path, 1, common.db_path, fmt, bom, &o);
    } else if (!export_stdout (st, t, fmt, bom, &o, &err)) {
        rf_error ("%s", err->message);
        rc = RF_EXIT_FAILURE;
    }
done:
    g_clear_error (&err);
    rf_store_close (st);
    g_free (help);
    g_free (common_entries);
    g_option_context_free (ctx);
    g_free (format);
    g_free (out_path);
    g_free (all_dir);
    g_free (as_of_s);
    g_free (common.db_path);
    g_free (common.config_path);
    g_strfreev (common.me);
    return rc;
}
