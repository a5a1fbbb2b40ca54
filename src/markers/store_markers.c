/* store_markers.c - marker_hit rows of one message. */
#include "config.h"
#include "markers/store_markers.h"

gboolean
rf_store_marker_hits (rf_store_t *st, gint64 message_rowid, const GPtrArray *hits, GError **err)
{
    sqlite3_stmt *del = NULL, *ins = NULL;
    gboolean ok = FALSE;

    del = rf_store_prepare (st, "DELETE FROM marker_hit WHERE message_id = ?1", err);
    if (!del)
        goto done;
    sqlite3_bind_int64 (del, 1, message_rowid);
    if (sqlite3_step (del) != SQLITE_DONE) {
        rf_store_set_error (st, err, "deleting old marker hits");
        goto done;
    }
    if (hits && hits->len > 0) {
        ins = rf_store_prepare (st, "INSERT INTO marker_hit (message_id, category, pattern_id, "
                                    "lang, offset, matched, snippet, weight) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                                    "ON CONFLICT DO NOTHING", err);
        if (!ins)
            goto done;
    }
    for (guint i = 0; hits && i < hits->len; i++) {
        const rf_marker_hit_t *h = g_ptr_array_index (hits, i);
        sqlite3_bind_int64 (ins, 1, message_rowid);
        sqlite3_bind_text (ins, 2, h->category, -1, SQLITE_STATIC);
        sqlite3_bind_text (ins, 3, h->pattern_id, -1, SQLITE_STATIC);
        sqlite3_bind_text (ins, 4, h->lang, -1, SQLITE_STATIC);
        sqlite3_bind_int64 (ins, 5, h->offset);
        sqlite3_bind_text (ins, 6, h->matched, -1, SQLITE_STATIC);
        sqlite3_bind_text (ins, 7, h->snippet, -1, SQLITE_STATIC);
        sqlite3_bind_double (ins, 8, h->weight);
        if (sqlite3_step (ins) != SQLITE_DONE) {
            rf_store_set_error (st, err, "storing a marker hit");
            goto done;
        }
        sqlite3_reset (ins);
    }
    ok = TRUE;
done:
    sqlite3_finalize (del);
    sqlite3_finalize (ins);
    return ok;
}
