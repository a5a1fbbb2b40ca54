/* export_xlsx.c - see export_xlsx.h: the workbook, its number formats,
 * the About sheet, and copying the finished file to the output. */
#include "config.h"
#include "report/export_xlsx_p.h"
#include "base/util.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#define XLSX_MAX_STRING 32767   /* bytes a cell holds */

gboolean
rf_xlsx_check (lxw_error e, const char *what, GError **err)
{
    if (e == LXW_NO_ERROR)
        return TRUE;
    g_set_error (err, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s: writing the workbook failed: %s", what,
                 rf_lxw.lxw_strerror (e));
    return FALSE;
}

static lxw_format *
num_format (lxw_workbook *wb, const char *code)
{
    lxw_format *f = rf_lxw.workbook_add_format (wb);
    rf_lxw.format_set_num_format (f, code);
    return f;
}

rf_xlsx_t *
rf_xlsx_new (GError **err)
{
    rf_xlsx_t *x;
    lxw_workbook_options opt = { .constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_TRUE };
    if (!rf_lxw_open (err))
        return NULL;
    x = g_new0 (rf_xlsx_t, 1);
    if (!(x->dir = g_dir_make_tmp ("redflag-xlsx-XXXXXX", err))) {
        g_free (x);
        return NULL;
    }
    x->path = g_build_filename (x->dir, "export.xlsx", NULL);
    opt.tmpdir = x->dir;
    if (!(x->wb = rf_lxw.workbook_new_opt (x->path, &opt))) {
        g_set_error (err, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s: cannot start a workbook", x->dir);
        rf_xlsx_free (x);
        return NULL;
    }
    x->bold = rf_lxw.workbook_add_format (x->wb);
    rf_lxw.format_set_bold (x->bold);
    x->date = num_format (x->wb, "yyyy-mm-dd");
    x->datetime = num_format (x->wb, "yyyy-mm-dd hh:mm:ss");
    x->month = num_format (x->wb, "yyyy-mm");
    x->share = num_format (x->wb, "0.0%");
    x->hours = num_format (x->wb, "0.00");
    x->amount_formats = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    x->sheets = g_ptr_array_new ();
    x->rows = g_array_new (FALSE, FALSE, sizeof (guint));
    return x;
}

lxw_format *
rf_xlsx_amount_format (rf_xlsx_t *x, int decimals, const char *currency)
{
    char *key = g_strdup_printf ("%d %s", decimals, currency ? currency : "");
    lxw_format *f = g_hash_table_lookup (x->amount_formats, key);
    if (!f) {
        /* #,##0.00 "EUR": the currency's decimals, its code as a suffix. */
        char *code = g_strdup_printf ("#,##0%s%.*s%s%s%s", decimals > 0 ? "." : "", decimals, "0000",
                                      currency ? " \"" : "", currency ? currency : "", currency ? "\"" : "");
        f = num_format (x->wb, code);
        g_hash_table_insert (x->amount_formats, key, f);
        key = NULL;
        g_free (code);
    }
    g_free (key);
    return f;
}

char *
rf_xlsx_clean_text (const char *s)
{
    char *v = g_utf8_make_valid (s ? s : "", -1);
    gsize len = strlen (v);
    for (char *p = v; *p; p++)
        if ((unsigned char) *p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
            *p = ' ';
    if (len > XLSX_MAX_STRING) {
        const char *end = g_utf8_find_prev_char (v, v + XLSX_MAX_STRING + 1);
        v[end ? end - v : 0] = '\0';
    }
    return v;
}

static gboolean
about_line (rf_xlsx_t *x, lxw_row_t row, const char *label, const char *value, GError **err)
{
    char *v = rf_xlsx_clean_text (value);
    gboolean ok = rf_xlsx_check (rf_lxw.worksheet_write_string (x->about, row, 0, label, x->bold), "About", err)
                  && rf_xlsx_check (rf_lxw.worksheet_write_string (x->about, row, 1, v, NULL), "About", err);
    g_free (v);
    return ok;
}

gboolean
rf_xlsx_add_about (rf_xlsx_t *x, rf_store_t *st, const char *db_path, const rf_export_ctx_t *ctx, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (st, "SELECT since, date(until, '-1 day') FROM finding_window", NULL);
    char *window = q && sqlite3_step (q) == SQLITE_ROW
                       ? g_strdup_printf ("%s to %s", sqlite3_column_text (q, 0), sqlite3_column_text (q, 1))
                       : g_strdup ("none analysed yet");
    gboolean ok;
    sqlite3_finalize (q);
    if (!(x->about = rf_lxw.workbook_add_worksheet (x->wb, "About"))) {
        g_free (window);
        g_set_error (err, G_FILE_ERROR, G_FILE_ERROR_FAILED, "About: cannot add the sheet to the workbook");
        return FALSE;
    }
    rf_lxw.worksheet_set_column (x->about, 0, 0, 18, NULL);
    rf_lxw.worksheet_set_column (x->about, 1, 1, 80, NULL);
    ok = about_line (x, 0, "redflag export", "one sheet per table; column meanings: redflag export --columns TABLE",
                     err)
         && about_line (x, 1, "database", db_path, err) && about_line (x, 2, "analysis date", ctx->as_of_day, err)
         && about_line (x, 3, "window", window, err)
         && about_line (x, 4, "time zone", ctx->tz_name, err)
         && about_line (x, 5, "redflag version", PACKAGE_VERSION, err);
    g_free (window);
    return ok;
}

/* The sheets' list on the About sheet, now that their rows are counted. */
static gboolean
about_sheets (rf_xlsx_t *x, GError **err)
{
    gboolean ok = rf_xlsx_check (rf_lxw.worksheet_write_string (x->about, 7, 0, "sheet", x->bold), "About", err)
                  && rf_xlsx_check (rf_lxw.worksheet_write_string (x->about, 7, 1, "what it holds", x->bold), "About", err)
                  && rf_xlsx_check (rf_lxw.worksheet_write_string (x->about, 7, 2, "rows", x->bold), "About", err);
    for (guint i = 0; ok && i < x->sheets->len; i++) {
        const rf_export_table_t *t = x->sheets->pdata[i];
        lxw_row_t r = (lxw_row_t) (8 + i);
        ok = about_line (x, r, t->name, t->summary, err)
             && rf_xlsx_check (rf_lxw.worksheet_write_number (x->about, r, 2, g_array_index (x->rows, guint, i), NULL),
                               "About", err);
    }
    return ok;
}

/* The finished file, copied to out. */
static gboolean
copy_to (const char *path, FILE *out, GError **err)
{
    FILE *in = fopen (path, "rb");
    char buf[65536];
    size_t n;
    int saved = in ? 0 : errno;
    while (!saved && (n = fread (buf, 1, sizeof buf, in)) > 0)
        if (fwrite (buf, 1, n, out) != n)
            saved = errno ? errno : EIO;
    if (!saved && ferror (in))
        saved = errno ? errno : EIO;
    if (in)
        fclose (in);
    if (saved)
        g_set_error (err, G_FILE_ERROR, g_file_error_from_errno (saved), "%s: cannot copy the workbook: %s", path,
                     g_strerror (saved));
    return !saved;
}

gboolean
rf_xlsx_finish (rf_xlsx_t *x, FILE *out, GError **err)
{
    gboolean ok = !x->about || about_sheets (x, err);
    lxw_error e = rf_lxw.workbook_close (x->wb);
    x->wb = NULL;
    ok = ok && rf_xlsx_check (e, x->path, err) && copy_to (x->path, out, err);
    rf_xlsx_free (x);
    return ok;
}

void
rf_xlsx_free (rf_xlsx_t *x)
{
    if (!x)
        return;
    if (x->wb) {
        /* Closing is the only way to free a workbook; its file goes below. */
        rf_lxw.workbook_close (x->wb);
    }
    if (x->path)
        g_unlink (x->path);
    if (x->dir)
        g_rmdir (x->dir);
    if (x->amount_formats)
        g_hash_table_unref (x->amount_formats);
    if (x->sheets)
        g_ptr_array_unref (x->sheets);
    if (x->rows)
        g_array_unref (x->rows);
    g_free (x->path);
    g_free (x->dir);
    g_free (x);
}
