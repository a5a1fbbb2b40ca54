/* analyze_threads.c - pair replies with parents and group them in threads. */
#include "config.h"
#include "analyze_p.h"

/* Header pairing, before attribution (which needs a reply's parent to
 * settle mail sent to several clients). */
static const char pair_headers_sql[] =
    "DROP TABLE IF EXISTS temp.pair;"
    "CREATE TEMP TABLE pair(message_id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL,"
    "  method TEXT NOT NULL);"
    "INSERT INTO temp.pair SELECT m.id, p.id, 'in-reply-to' FROM message m"
    "  JOIN message p ON p.msgid = m.in_reply_to WHERE p.id != m.id;"
    /* Otherwise the last References entry we have (a bare column next to
     * max() comes from the row holding the maximum), looked up only for
     * messages In-Reply-To did not pair. */
    "INSERT INTO temp.pair SELECT message_id, parent_id, 'references' FROM"
    "  (SELECT r.message_id, p.id AS parent_id, max(r.pos) FROM message_ref r"
    "   JOIN message p ON p.msgid = r.ref_msgid WHERE p.id != r.message_id"
    "   AND NOT EXISTS (SELECT 1 FROM temp.pair x WHERE x.message_id = r.message_id)"
    "   GROUP BY r.message_id);";

gboolean
rf_an_pair_headers (rf_analysis_t *a, GError **err)
{
    return rf_store_exec (a->st, pair_headers_sql, err);
}

/* Subject pairing only for conversation mail with neither In-Reply-To nor
 * References: the latest earlier message of the same client with the same
 * normalized subject, at most 14 days before. */
static const char pair_subjects_sql[] =
    "UPDATE temp.an_attr AS a SET pair_method = 'subject', parent_id ="
    "  (SELECT a2.message_id FROM message m2 JOIN temp.an_attr a2 ON a2.message_id = m2.id"
    "   WHERE m2.norm_subject = m.norm_subject AND m2.date_utc < m.date_utc"
    "     AND m2.date_utc >= m.date_utc - 14 * 86400 AND a2.client_id = a.client_id"
    "     AND a2.conversation = 1 ORDER BY m2.date_utc DESC, m2.id DESC LIMIT 1)"
    " FROM message m WHERE m.id = a.message_id AND a.conversation = 1 AND a.parent_id IS NULL"
    "   AND m.in_reply_to IS NULL AND m.norm_subject != ''"
    "   AND NOT EXISTS (SELECT 1 FROM message_ref r WHERE r.message_id = m.id);"
    "UPDATE temp.an_attr SET pair_method = NULL WHERE parent_id IS NULL;";

gboolean
rf_an_pair_subjects (rf_analysis_t *a, GError **err)
{
    return rf_store_exec (a->st, pair_subjects_sql, err);
}

/* Union-find over message ids; the smallest id of a thread names it. */
static gint64
find (gint64 *up, gint64 x)
{
    while (up[x] != x) {
        up[x] = up[up[x]];
        x = up[x];
    }
    return x;
}

gboolean
rf_an_threads (rf_analysis_t *a, GError **err)
{
    gint64 max_id = rf_store_query_int (a->st, "SELECT max(id) FROM message", 0);
    gint64 *up;
    sqlite3_stmt *q;
    rf_batch_t *set;
    gboolean ok = TRUE;

    /* 8 bytes per message id: the only analysis state that grows with
     * the history (2.4 MB for 300,000 messages). */
    up = g_new (gint64, max_id + 1);
    for (gint64 i = 0; i <= max_id; i++)
        up[i] = i;
    q = rf_store_prepare (a->st, "SELECT message_id, parent_id FROM temp.an_attr"
                                 " WHERE parent_id IS NOT NULL", err);
    if (!q) {
        g_free (up);
        return FALSE;
    }
    while (sqlite3_step (q) == SQLITE_ROW) {
        gint64 x = find (up, sqlite3_column_int64 (q, 0)), y = find (up, sqlite3_column_int64 (q, 1));
        if (x < y)
            up[y] = x;
        else if (y < x)
            up[x] = y;
    }
    sqlite3_finalize (q);
    /* Thread of every conversation message, in temp.an_thread (published
     * into message_attr with the rest, see analyze_attr.h). */
    ok = rf_store_exec (a->st, "DROP TABLE IF EXISTS temp.an_thread;"
                               "CREATE TEMP TABLE an_thread(message_id INTEGER PRIMARY KEY, thread_id INTEGER NOT NULL)",
                        err);
    set = ok ? rf_batch_new (a->st, "INSERT INTO temp.an_thread(message_id, thread_id)", 2, err) : NULL;
    q = set ? rf_store_prepare (a->st, "SELECT message_id FROM temp.an_attr WHERE conversation=1", err) : NULL;
    ok = set && q;
    while (ok && sqlite3_step (q) == SQLITE_ROW) {
        gint64 id = sqlite3_column_int64 (q, 0);
        rf_batch_int (set, 0, id);
        rf_batch_int (set, 1, find (up, id));
        ok = rf_batch_row_done (set, err);
    }
    ok = ok && rf_batch_flush (set, err);
    sqlite3_finalize (q);
    rf_batch_free (set);
    g_free (up);
    return ok;
}
