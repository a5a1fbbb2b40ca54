/* marker_cap.c - bound the marker work of one message. A 60 MB message of
 * text once gave 1.6 million hits: the text analysis reads the first
 * RF_MARKER_TEXT_MAX bytes, and each category keeps its first
 * RF_MARKER_HITS_KEPT hits as evidence, the number found going to
 * marker_hit_total when it is larger. */
#include "config.h"
#include "pipeline/marker_cap.h"
#include "markers/markers.h"

#include <string.h>

void
rf_marker_total_free (gpointer p)
{
    rf_marker_total_t *t = p;
    if (!t)
        return;
    g_free (t->category);
    g_free (t);
}

gsize
rf_marker_text_len (const char *text, gsize len)
{
    gsize n = RF_MARKER_TEXT_MAX;
    if (len <= n)
        return len;
    /* Back to the first byte of the character the cut falls in. */
    while (n > 0 && ((guchar) text[n] & 0xC0) == 0x80)
        n--;
    return n;
}

static int
by_category (gconstpointer a, gconstpointer b)
{
    const rf_marker_total_t *x = *(rf_marker_total_t *const *) a, *y = *(rf_marker_total_t *const *) b;
    return strcmp (x->category, y->category);
}

GPtrArray *
rf_marker_cap_hits (GPtrArray *hits)
{
    GHashTable *found = g_hash_table_new (g_str_hash, g_str_equal);
    GPtrArray *totals = NULL;
    GHashTableIter it;
    gpointer category, n;
    gsize len = 0;
    gpointer *items = g_ptr_array_steal (hits, &len);

    for (gsize i = 0; i < len; i++) {
        rf_marker_hit_t *h = items[i];
        guint seen = GPOINTER_TO_UINT (g_hash_table_lookup (found, h->category)) + 1;
        /* The key stays the first hit's category, which is kept. */
        g_hash_table_insert (found, h->category, GUINT_TO_POINTER (seen));
        if (seen <= RF_MARKER_HITS_KEPT)
            g_ptr_array_add (hits, h);
        else
            rf_marker_hit_free (h);
    }
    g_free (items);
    g_hash_table_iter_init (&it, found);
    while (g_hash_table_iter_next (&it, &category, &n)) {
        rf_marker_total_t *t;
        if (GPOINTER_TO_UINT (n) <= RF_MARKER_HITS_KEPT)
            continue;
        if (!totals)
            totals = g_ptr_array_new_with_free_func (rf_marker_total_free);
        t = g_new0 (rf_marker_total_t, 1);
        t->category = g_strdup (category);
        t->hits = GPOINTER_TO_UINT (n);
        g_ptr_array_add (totals, t);
    }
    g_hash_table_unref (found);
    if (totals)
        g_ptr_array_sort (totals, by_category);
    return totals;
}

gboolean
rf_marker_totals_store (rf_store_t *st, gint64 message_rowid, const GPtrArray *totals, GError **err)
{
    sqlite3_stmt *del = rf_store_prepare (st, "DELETE FROM marker_hit_total WHERE message_id = ?1", err);
    sqlite3_stmt *ins = NULL;
    gboolean ok = del != NULL;

    if (ok) {
        sqlite3_bind_int64 (del, 1, message_rowid);
        if (!(ok = sqlite3_step (del) == SQLITE_DONE))
            rf_store_set_error (st, err, "deleting old marker totals");
    }
    if (ok && totals && totals->len)
        ok = (ins = rf_store_prepare (st, "INSERT INTO marker_hit_total (message_id, category, hits)"
                                          " VALUES (?1, ?2, ?3)", err)) != NULL;
    for (guint i = 0; ok && totals && i < totals->len; i++) {
        const rf_marker_total_t *t = totals->pdata[i];
        sqlite3_bind_int64 (ins, 1, message_rowid);
        sqlite3_bind_text (ins, 2, t->category, -1, SQLITE_STATIC);
        sqlite3_bind_int64 (ins, 3, t->hits);
        if (!(ok = sqlite3_step (ins) == SQLITE_DONE))
            rf_store_set_error (st, err, "storing marker totals");
        sqlite3_reset (ins);
    }
    sqlite3_finalize (del);
    sqlite3_finalize (ins);
    return ok;
}
