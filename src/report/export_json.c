/* export_json.c - see export_json.h. json-glib quotes and escapes every
 * string; numbers are written as the CSV writes them (exact decimals);
 * rows are put one after the other as they are read. */
#include "config.h"
#include "report/export_json.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

typedef struct {
    rf_export_sink_t sink;
    FILE *out;
    JsonGenerator *gen;
    JsonNode *str;          /* one string node, reused for every text */
    char **keys;            /* the column names as JSON strings */
    GString *line;
    guint rows;
} json_sink_t;

/* A string as JSON text, quotes and escapes by json-glib (g_free). */
static char *
json_quote (json_sink_t *j, const char *s)
{
    json_node_set_string (j->str, s);
    json_generator_set_root (j->gen, j->str);
    return json_generator_to_data (j->gen, NULL);
}

static gboolean
json_begin (rf_export_sink_t *s, const rf_export_table_t *t, GError **err)
{
    json_sink_t *j = (json_sink_t *) s;
    j->keys = g_new0 (char *, t->n_cols + 1);
    for (guint i = 0; i < t->n_cols; i++)
        j->keys[i] = json_quote (j, t->cols[i].name);
    fputs ("[", j->out);
    return TRUE;
}

/* A number exactly as the CSV has it (1.33, not json-glib's %.17g
 * 1.3300000000000001), when that text is a finite JSON number. */
static gboolean
json_number_text (const char *text)
{
    char *end = NULL;
    double v = text && *text ? g_ascii_strtod (text, &end) : 0;
    return end && *end == '\0' && isfinite (v) && strpbrk (text, "xXnN") == NULL && text[0] != '.'
           && text[0] != '+';
}

static void
add_value (json_sink_t *j, const rf_cell_t *c)
{
    char *q;
    switch (c->type) {
    case RF_CELL_NULL:
        g_string_append (j->line, "null");
        return;
    case RF_CELL_INT:
        g_string_append_printf (j->line, "%" G_GINT64_FORMAT, c->i);
        return;
    case RF_CELL_REAL:
        if (json_number_text (c->text)) {
            g_string_append (j->line, c->text);
            return;
        }
        break;
    default:
        break;
    }
    q = json_quote (j, c->text);
    g_string_append (j->line, q);
    g_free (q);
}

static gboolean
json_row (rf_export_sink_t *s, const rf_export_table_t *t, const rf_cell_t *cells, GError **err)
{
    json_sink_t *j = (json_sink_t *) s;
    g_string_assign (j->line, j->rows++ ? ",\n{" : "\n{");
    for (guint i = 0; i < t->n_cols; i++) {
        g_string_append_printf (j->line, "%s%s:", i ? "," : "", j->keys[i]);
        add_value (j, &cells[i]);
    }
    g_string_append_c (j->line, '}');
    fwrite (j->line->str, 1, j->line->len, j->out);
    return TRUE;
}

static gboolean
json_end (rf_export_sink_t *s, const rf_export_table_t *t, GError **err)
{
    fputs ("\n]\n", ((json_sink_t *) s)->out);
    return TRUE;
}

gboolean
rf_export_json (rf_store_t *st, const rf_export_table_t *t, const rf_export_ctx_t *ctx, FILE *out, GError **err)
{
    json_sink_t j = { { json_begin, json_row, json_end }, out, json_generator_new (),
                      json_node_new (JSON_NODE_VALUE), NULL, g_string_new (NULL), 0 };
    gboolean ok = rf_export_run (st, t, ctx, &j.sink, err);
    g_strfreev (j.keys);
    g_string_free (j.line, TRUE);
    json_node_unref (j.str);
    g_object_unref (j.gen);
    return ok;
}
