/* export_xlsx_sheet.c - one export table as a worksheet: typed cells, a
 * frozen header with an autofilter, fitted column widths. */
#include "config.h"
#include "report/export_xlsx_p.h"

#include <string.h>

#define MAX_WIDTH 60.0

typedef struct {
    rf_export_sink_t sink;
    rf_xlsx_t *x;
    const rf_export_ctx_t *ctx;
    lxw_worksheet *ws;
    lxw_row_t row;
    double *width;
    char *text;                 /* a cleaned text cell, freed at the next one */
} sheet_sink_t;

static void
fit (sheet_sink_t *s, guint col, double chars)
{
    s->width[col] = MIN (MAX (s->width[col], chars + 1.0), MAX_WIDTH);
}

/* The header: the column names, a local time naming our zone. */
static gboolean
sheet_begin (rf_export_sink_t *sink, const rf_export_table_t *t, GError **err)
{
    sheet_sink_t *s = (sheet_sink_t *) sink;
    gboolean ok = TRUE;
    for (guint i = 0; ok && i < t->n_cols; i++) {
        rf_col_kind_t k = t->cols[i].kind;
        char *h = k == RF_COL_LOCAL || k == RF_COL_WHEN_LOCAL
                      ? g_strdup_printf ("%s (%s)", t->cols[i].name, s->ctx->tz_name)
                      : g_strdup (t->cols[i].name);
        ok = rf_xlsx_check (rf_lxw.worksheet_write_string (s->ws, 0, (lxw_col_t) i, h, s->x->bold), t->name, err);
        fit (s, i, g_utf8_strlen (h, -1) + 2.0);   /* room for the filter button */
        g_free (h);
    }
    rf_lxw.worksheet_freeze_panes (s->ws, 1, 0);
    return ok;
}

static lxw_format *
number_format (sheet_sink_t *s, const rf_col_t *col, const rf_cell_t *c)
{
    switch (col->kind) {
    case RF_COL_SHARE: return s->x->share;
    case RF_COL_HOURS: return s->x->hours;
    case RF_COL_AMOUNT: return rf_xlsx_amount_format (s->x, c->decimals, c->currency);
    case RF_COL_MONTH: return s->x->month;
    default: break;
    }
    if (c->type == RF_CELL_DATE)
        return c->has_time ? s->x->datetime : s->x->date;
    return NULL;
}

static lxw_error
write_cell (sheet_sink_t *s, guint i, const rf_col_t *col, const rf_cell_t *c)
{
    lxw_col_t k = (lxw_col_t) i;
    switch (c->type) {
    case RF_CELL_NULL:
        return LXW_NO_ERROR;
    case RF_CELL_INT: case RF_CELL_REAL:
        fit (s, i, col->kind == RF_COL_SHARE ? 7.0 : (double) strlen (c->text) + 2.0);
        return rf_lxw.worksheet_write_number (s->ws, s->row, k, c->num, number_format (s, col, c));
    case RF_CELL_DATE:
        fit (s, i, col->kind == RF_COL_MONTH ? 7.0 : c->has_time ? 19.0 : 10.0);
        return rf_lxw.worksheet_write_number (s->ws, s->row, k, c->num, number_format (s, col, c));
    case RF_CELL_TEXT:
        break;
    }
    /* Text is always a string cell: "=HYPERLINK(...)" is shown, never run. */
    g_free (s->text);
    s->text = rf_xlsx_clean_text (c->text);
    fit (s, i, (double) g_utf8_strlen (s->text, 200));
    return rf_lxw.worksheet_write_string (s->ws, s->row, k, s->text, NULL);
}

static gboolean
sheet_row (rf_export_sink_t *sink, const rf_export_table_t *t, const rf_cell_t *cells, GError **err)
{
    sheet_sink_t *s = (sheet_sink_t *) sink;
    s->row++;
    if (s->row >= LXW_ROW_MAX) {
        g_set_error (err, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                     "%s: more than %u rows, more than a sheet holds: export it as CSV", t->name, LXW_ROW_MAX - 1);
        return FALSE;
    }
    for (guint i = 0; i < t->n_cols; i++)
        if (!rf_xlsx_check (write_cell (s, i, &t->cols[i], &cells[i]), t->name, err))
            return FALSE;
    return TRUE;
}

static gboolean
sheet_end (rf_export_sink_t *sink, const rf_export_table_t *t, GError **err)
{
    sheet_sink_t *s = (sheet_sink_t *) sink;
    gboolean ok = rf_xlsx_check (rf_lxw.worksheet_autofilter (s->ws, 0, 0, s->row, (lxw_col_t) (t->n_cols - 1)),
                                 t->name, err);
    for (guint i = 0; ok && i < t->n_cols; i++)
        ok = rf_xlsx_check (rf_lxw.worksheet_set_column (s->ws, (lxw_col_t) i, (lxw_col_t) i, s->width[i], NULL),
                            t->name, err);
    return ok;
}

gboolean
rf_xlsx_add_table (rf_xlsx_t *x, rf_store_t *st, const rf_export_table_t *t, const rf_export_ctx_t *ctx,
                   GError **err)
{
    sheet_sink_t s = { { sheet_begin, sheet_row, sheet_end }, x, ctx, NULL, 0, NULL, NULL };
    gboolean ok;
    guint rows;
    if (!(s.ws = rf_lxw.workbook_add_worksheet (x->wb, t->name))) {
        g_set_error (err, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s: cannot add the sheet to the workbook", t->name);
        return FALSE;
    }
    s.width = g_new0 (double, t->n_cols);
    ok = rf_export_run (st, t, ctx, &s.sink, err);
    rows = s.row;
    g_ptr_array_add (x->sheets, (gpointer) t);
    g_array_append_val (x->rows, rows);
    g_free (s.width);
    g_free (s.text);
    return ok;
}
