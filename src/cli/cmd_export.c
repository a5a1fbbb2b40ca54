/* cmd_export.c - 'redflag export TABLE': CSV, TSV, xlsx or JSON for
 * spreadsheets and scripts, and the column dictionary (--columns). */
#include "config.h"
#include "cli/cli.h"
#include "base/csv.h"
#include "base/out_file.h"
#include "report/export_def.h"
#include "report/export_dict.h"
#include "report/export_csv.h"
#include "report/export_json.h"
#include "report/export_xlsx.h"
#include "store/store.h"
#include "base/util.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

typedef enum { FMT_CSV, FMT_TSV, FMT_XLSX, FMT_JSON } out_fmt_t;

typedef struct {
    out_fmt_t fmt;
    gboolean bom, raw;
    gint64 as_of;
    char as_of_day[16];      /* the same, YYYY-MM-DD */
    rf_export_ctx_t ctx;
} export_opts_t;

static const char *const fmt_ext[] = { "csv", "tsv", "xlsx", "json" };

/* --all takes an optional DIR: a callback is the only way GOption offers.
 * The command runs once per process. */
static gboolean all_given;
static char *all_dir;

static gboolean
all_option (const char *name, const char *value, gpointer data, GError **err)
{
    all_given = TRUE;
    g_free (all_dir);
    all_dir = g_strdup (value);
    return TRUE;
}

static gboolean
write_table (rf_store_t *st, const rf_export_table_t *t, FILE *out, const export_opts_t *o, GError **err)
{
    if (o->fmt == FMT_JSON)
        return rf_export_json (st, t, &o->ctx, out, err);
    return rf_export_csv (st, t, &o->ctx, out, o->fmt == FMT_TSV ? RF_TSV : RF_CSV, o->bom, o->raw, err);
}

/* A table on standard output. A reader that stops early (| head) is not
 * an error: the command ends quietly, as grep does. */
static gboolean
export_stdout (rf_store_t *st, const rf_export_table_t *t, const export_opts_t *o, GError **err)
{
    if (!write_table (st, t, stdout, o, err))
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
export_files (rf_store_t *st, const rf_export_table_t *t, guint n, char *const *paths, const char *db_path,
              const export_opts_t *o)
{
    char **protect = rf_store_files (db_path);
    rf_out_file_t **files = g_new0 (rf_out_file_t *, n);
    GError *err = NULL;
    int rc = RF_EXIT_OK;
    for (guint i = 0; i < n && rc == RF_EXIT_OK; i++)
        if (!(files[i] = rf_out_file_open (paths[i], (const char *const *) protect, &err)))
            rc = g_error_matches (err, RF_OUT_FILE_ERROR, RF_OUT_FILE_ERR_PROTECTED) ? RF_EXIT_USAGE
                                                                                     : RF_EXIT_FAILURE;
    for (guint i = 0; i < n && rc == RF_EXIT_OK; i++)
        if (!write_table (st, &t[i], rf_out_file_stream (files[i]), o, &err))
            rc = RF_EXIT_FAILURE;
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

/* Every table to DIR/TABLE.EXT; the folder is private, like the files. */
static int
export_all_dir (rf_store_t *st, const char *dir, const char *db_path, const export_opts_t *o)
{
    guint n;
    const rf_export_table_t *t = rf_export_tables (&n);
    char **paths = g_new0 (char *, n + 1);
    int rc;
    if (g_mkdir_with_parents (dir, 0700) != 0) {
        rf_error ("%s: cannot create the directory: %s", dir, g_strerror (errno));
        g_free (paths);
        return RF_EXIT_FAILURE;
    }
    for (guint i = 0; i < n; i++) {
        char *name = g_strdup_printf ("%s.%s", t[i].name, fmt_ext[o->fmt]);
        paths[i] = g_build_filename (dir, name, NULL);
        g_free (name);
    }
    rc = export_files (st, t, n, paths, db_path, o);
    g_strfreev (paths);
    return rc;
}

/* One workbook: the table t, or (t NULL) an About sheet and every table.
 * Written to a private temporary folder, then copied to the output the
 * same way as every export (checked before anything is written). */
static int
export_workbook (rf_store_t *st, const rf_export_table_t *t, const char *path, const char *db_path,
                 const export_opts_t *o)
{
    char **protect = rf_store_files (db_path);
    GError *err = NULL;
    rf_out_file_t *f = rf_out_file_open (path, (const char *const *) protect, &err);
    rf_xlsx_t *x = f ? rf_xlsx_new (&err) : NULL;
    guint n = 1;
    gboolean ok = x != NULL;
    int rc = RF_EXIT_OK;
    if (ok && !t) {
        t = rf_export_tables (&n);
        ok = rf_xlsx_add_about (x, st, db_path, &o->ctx, &err);
    }
    for (guint i = 0; ok && i < n; i++)
        ok = rf_xlsx_add_table (x, st, &t[i], &o->ctx, &err);
    ok = ok && rf_xlsx_finish (g_steal_pointer (&x), rf_out_file_stream (f), &err);
    ok = ok && rf_out_file_commit (g_steal_pointer (&f), &err);
    rf_xlsx_free (x);
    rf_out_file_abort (f);
    if (!ok) {
        rf_error ("%s", err->message);
        rc = g_error_matches (err, RF_OUT_FILE_ERROR, RF_OUT_FILE_ERR_PROTECTED) ? RF_EXIT_USAGE : RF_EXIT_FAILURE;
    }
    g_clear_error (&err);
    g_strfreev (protect);
    return rc;
}

/* The reference date: --as-of, else the last analysis's (the findings'
 * window, else the money's), else today. A table worked out by the
 * analysis cannot be had for another date than the analysis's. */
static int
resolve_as_of (rf_store_t *st, const char *as_of_s, const rf_export_table_t *t, export_opts_t *o)
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
    if (as_of_s && day && strcmp (as_of_s, day) && (!t || t->dated == RF_AS_ANALYSED)) {
        rf_error ("export %s: the database is analysed as of %s; --as-of %s applies to 'aging' only "
                  "(run 'redflag analyze --as-of %s' for the other tables)", t ? t->name : "--all", day,
                  as_of_s, as_of_s);
        rc = RF_EXIT_USAGE;
    }
    g_free (day);
    return rc;
}

static char *
tables_help (void)
{
    guint n;
    const rf_export_table_t *t = rf_export_tables (&n);
    GString *s = g_string_new ("Tables:\n");
    for (guint i = 0; i < n; i++)
        g_string_append_printf (s, "  %-10s %s\n", t[i].name, t[i].summary);
    g_string_append (s, "\n'redflag export --columns TABLE' (or all) lists a table's columns with their type,\n"
                        "unit and meaning (doc/exports.md holds the same).\n\n"
                        "Every table is as of the date of the last analysis (scan or analyze --as-of);\n"
                        "the tables that depend on it (monthly, invoices, aging, evidence, metrics,\n"
                        "measures) carry that date in a column as_of (findings and scores carry it as\n"
                        "window_until). --as-of gives another date to aging only; the tables the\n"
                        "analysis worked out need 'redflag analyze --as-of DATE'.\n"
                        "Columns are stable: new versions add tables and columns at the end, never\n"
                        "rename or remove one. Formats: CSV (RFC 4180: UTF-8, CRLF), TSV, JSON (one\n"
                        "array of objects), xlsx (typed cells; --all --format xlsx --out FILE.xlsx writes\n"
                        "one workbook of every table, with an About sheet). In CSV and TSV a text cell that\n"
                        "starts with =, +, -, @, a tab or a CR gets a leading ' so that a spreadsheet\n"
                        "never runs it as a formula; --raw writes it as it is.");
    return g_string_free (s, FALSE);
}

/* --columns TABLE|all: the dictionary, from the definitions alone. */
static int
print_columns (const char *which, gboolean markdown)
{
    guint n;
    const rf_export_table_t *all = rf_export_tables (&n), *t = rf_export_table_find (which);
    if (markdown && !strcmp (which, "all")) {
        rf_export_dict_markdown (stdout);
        return RF_EXIT_OK;
    }
    if (!t && strcmp (which, "all")) {
        rf_error ("export: --columns: no table '%s' (see 'redflag export --help')", which);
        return RF_EXIT_USAGE;
    }
    if (markdown) {
        rf_error ("export: --format md prints the whole dictionary: use --columns all");
        return RF_EXIT_USAGE;
    }
    for (guint i = 0; i < n; i++)
        if (!t || t == &all[i]) {
            if (!t && i > 0)
                fputc ('\n', stdout);
            rf_export_dict_text (stdout, &all[i]);
        }
    return RF_EXIT_OK;
}

static gboolean
parse_format (const char *s, out_fmt_t *fmt)
{
    for (guint i = 0; i < G_N_ELEMENTS (fmt_ext); i++)
        if (!strcmp (s, fmt_ext[i])) {
            *fmt = (out_fmt_t) i;
            return TRUE;
        }
    return FALSE;
}

/* What the options ask for makes sense together; prints why not. */
static gboolean
check_usage (int argc, char **argv, const char *out_path, out_fmt_t fmt, const rf_export_table_t **t)
{
    if (fmt == FMT_XLSX && (!out_path || all_dir)) {
        rf_error ("export: --format xlsx writes one workbook: name it with --out FILE.xlsx%s",
                  all_dir ? " (--all takes no folder with it)" : "");
        return FALSE;
    }
    if (fmt == FMT_XLSX && all_given && argc > 1) {
        rf_error ("export: --all writes every table; name no TABLE with it (see 'redflag export --help')");
        return FALSE;
    }
    if (fmt == FMT_XLSX)
        return all_given || (argc == 2 && (*t = rf_export_table_find (argv[1])))
               || (rf_error ("export: name one table%s%s, or --all (see 'redflag export --help')",
                             argc > 1 ? ", not " : "", argc > 1 ? argv[1] : ""), FALSE);
    if (all_given && !all_dir) {
        rf_error ("export: --all needs a folder: --all DIR (see 'redflag export --help')");
        return FALSE;
    }
    /* --all is every table: a TABLE or --out with it would be ignored. */
    if (all_given && (argc > 1 || out_path)) {
        rf_error ("export: --all DIR writes every table to DIR; name no %s with it (see 'redflag export --help')",
                  argc > 1 ? "TABLE" : "--out FILE");
        return FALSE;
    }
    if (!all_given && (argc != 2 || !(*t = rf_export_table_find (argv[1])))) {
        rf_error ("export: name one table%s%s (see 'redflag export --help')", argc > 1 ? ", not " : "",
                  argc > 1 ? argv[1] : "");
        return FALSE;
    }
    return TRUE;
}

static int
run_export (const rf_common_opts_t *common, const rf_export_table_t *t, const char *out_path,
            const char *as_of_s, export_opts_t *o)
{
    GError *err = NULL;
    char *zone;
    int rc = RF_EXIT_OK;
    rf_store_t *st = rf_cli_open_store (common->db_path, RF_STORE_READ, &rc);
    if (!st || (rc = resolve_as_of (st, as_of_s, t, o)) != RF_EXIT_OK) {
        rf_store_close (st);
        return rc;
    }
    zone = rf_export_our_zone (st, &o->ctx.tz);
    o->ctx.tz_name = zone;
    o->ctx.as_of_day = o->as_of_day;
    if (o->fmt == FMT_XLSX) {
        rc = export_workbook (st, all_given ? NULL : t, out_path, common->db_path, o);
    } else if (all_given) {
        rc = export_all_dir (st, all_dir, common->db_path, o);
    } else if (out_path) {
        rc = export_files (st, t, 1, (char *const *) &out_path, common->db_path, o);
    } else if (!export_stdout (st, t, o, &err)) {
        rf_error ("%s", err->message);
        rc = RF_EXIT_FAILURE;
    }
    g_clear_error (&err);
    g_time_zone_unref (o->ctx.tz);
    g_free (zone);
    rf_store_close (st);
    return rc;
}

int
rf_cmd_export (int argc, char **argv)
{
    rf_common_opts_t common = { 0 };
    char *format = NULL, *out_path = NULL, *as_of_s = NULL, *columns = NULL, *help;
    export_opts_t o = { FMT_CSV, FALSE, FALSE, g_get_real_time () / G_USEC_PER_SEC, "", { 0 } };
    GOptionEntry entries[] = {
        { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
          "csv (default), tsv, xlsx (a workbook: needs --out FILE.xlsx) or json", "FORMAT" },
        { "bom", 0, 0, G_OPTION_ARG_NONE, &o.bom, "Start with a UTF-8 byte order mark (for Excel)", NULL },
        { "raw", 0, 0, G_OPTION_ARG_NONE, &o.raw,
          "Write text cells as they are (no ' before =, +, -, @: for scripts, not spreadsheets)", NULL },
        { "out", 'o', 0, G_OPTION_ARG_FILENAME, &out_path, "Write to FILE instead of standard output", "FILE" },
        { "all", 0, G_OPTION_FLAG_OPTIONAL_ARG, G_OPTION_ARG_CALLBACK, (gpointer) all_option,
          "Write every table to DIR/TABLE.csv (.tsv, .json); with --format xlsx, every table to one "
          "workbook (--out FILE.xlsx) with an About sheet first", "DIR" },
        { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_s,
          "Reference date of 'aging' (default: the last analysis's)", "YYYY-MM-DD" },
        { "columns", 0, 0, G_OPTION_ARG_STRING, &columns,
          "List the columns of TABLE (or all) with type, unit and meaning; --format md: as doc/exports.md",
          "TABLE" },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new ("TABLE - write a table for a spreadsheet or a script");
    GOptionEntry *common_entries = rf_cli_common_entries (&common);
    const rf_export_table_t *t = NULL;
    int rc = RF_EXIT_OK;

    all_given = FALSE;
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
    if (columns) {
        rc = print_columns (columns, format && !strcmp (format, "md"));
        goto done;
    }
    if ((format && !parse_format (format, &o.fmt)) || (as_of_s && !rf_cli_date ("--as-of", as_of_s, &o.as_of))) {
        if (format && !parse_format (format, &o.fmt))
            rf_error ("export: --format must be csv, tsv, xlsx or json, not '%s'", format);
        rc = RF_EXIT_USAGE;
        goto done;
    }
    if (!check_usage (argc, argv, out_path, o.fmt, &t)) {
        rc = RF_EXIT_USAGE;
        goto done;
    }
    rc = run_export (&common, t, out_path, as_of_s, &o);
done:
    g_free (help);
    g_free (common_entries);
    g_option_context_free (ctx);
    g_free (format);
    g_free (out_path);
    g_clear_pointer (&all_dir, g_free);
    g_free (as_of_s);
    g_free (columns);
    g_free (common.db_path);
    g_free (common.config_path);
    g_strfreev (common.me);
    return rc;
}
