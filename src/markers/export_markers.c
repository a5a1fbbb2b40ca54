/* export_markers.c - marker hits as CSV/TSV. */
#include "config.h"
#include "markers/export_markers.h"
#include "base/util.h"

static const char *const columns[] = {
    "message_id", "date_utc", "client", "category", "pattern_id", "lang", "matched", "snippet",
    NULL
};

gboolean
rf_export_markers (rf_store_t *st, rf_csv_t *w, GError **err)
{
    sqlite3_stmt *s = rf_store_prepare (st,
        "SELECT m.msgid, m.date_utc, c.name, h.category, h.pattern_id, h.lang, h.matched, "
        "  h.snippet "
        "FROM marker_hit h JOIN message m ON m.id = h.message_id "
        "JOIN message_attr a ON a.message_id = h.message_id "
        "LEFT JOIN client c ON c.id = a.client_id "
        "WHERE a.direction = 'in' "
        "ORDER BY m.date_utc IS NULL, m.date_utc, m.msgid, h.offset, h.pattern_id", err);
    int rc;
    char date[32];

    if (!s)
        return FALSE;
    rf_csv_header (w, columns);
    while ((rc = sqlite3_step (s)) == SQLITE_ROW) {
        rf_csv_field (w, (const char *) sqlite3_column_text (s, 0));
        if (sqlite3_column_type (s, 1) == SQLITE_NULL) {
            rf_csv_null (w);
        } else {
            rf_format_utc (sqlite3_column_int64 (s, 1), date);
            rf_csv_field (w, date);
        }
        for (int col = 2; col < 8; col++)
            rf_csv_field (w, (const char *) sqlite3_column_text (s, col));
        rf_csv_end (w);
    }
    if (rc != SQLITE_DONE)
        rf_store_set_error (st, err, "reading marker hits");
    sqlite3_finalize (s);
    return rc == SQLITE_DONE;
}
