/* export_mail.c - messages, replies, monthly metrics, clients, skipped files. */
#include "config.h"
#include "mail/export_mail.h"
#include "base/util.h"

static gboolean
is_utc_col (const int *cols, int i)
{
    for (; cols && *cols >= 0; cols++)
        if (*cols == i)
            return TRUE;
    return FALSE;
}

gboolean
rf_export_query (rf_store_t *st, rf_csv_t *w, const char *const *header, const char *sql,
                 const int *utc_cols, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (st, sql, err);
    int rc;
    if (!q)
        return FALSE;
    rf_csv_header (w, header);
    while ((rc = sqlite3_step (q)) == SQLITE_ROW) {
        for (int i = 0; i < sqlite3_column_count (q); i++) {
            int type = sqlite3_column_type (q, i);
            if (type == SQLITE_NULL) {
                rf_csv_null (w);
            } else if (is_utc_col (utc_cols, i)) {
                char buf[32];
                rf_format_utc (sqlite3_column_int64 (q, i), buf);
                rf_csv_field (w, buf);
            } else if (type == SQLITE_INTEGER) {
                rf_csv_int (w, sqlite3_column_int64 (q, i));
            } else {
                rf_csv_field (w, (const char *) sqlite3_column_text (q, i));
            }
        }
        rf_csv_end (w);
    }
    sqlite3_finalize (q);
    if (rc != SQLITE_DONE) {
        rf_store_set_error (st, err, "exporting");
        return FALSE;
    }
    return TRUE;
}

gboolean
rf_export_messages (rf_store_t *st, rf_csv_t *w, GError **err)
{
    static const char *const h[] = { "message_id", "date_utc", "from", "client", "direction", "folder", NULL };
    static const int utc[] = { 1, -1 };
    /* The folder shown is the first the message was found in: present
     * copies first, Maildirs before mbox files, INBOX first, then by name. */
    return rf_export_query (st, w, h,
        "SELECT m.msgid, m.date_utc, m.from_addr, c.name, coalesce(a.direction, 'none'),"
        " (SELECT d.name FROM file f JOIN folder d ON d.id = f.folder_id WHERE f.message_id = m.id"
        "   ORDER BY f.gone_run IS NOT NULL, d.kind != 'maildir', d.name != 'INBOX', d.name LIMIT 1)"
        " FROM message m LEFT JOIN message_attr a ON a.message_id = m.id"
        /* "+": read the messages in storage order and sort them, rather
         * than walk the Message-ID index with a random read per row
         * (300,000 messages: 6.2 s -> 1.3 s). */
        " LEFT JOIN client c ON c.id = a.client_id ORDER BY +m.msgid", utc, err);
}

gboolean
rf_export_replies (rf_store_t *st, rf_csv_t *w, GError **err)
{
    static const char *const h[] = { "parent_message_id", "reply_message_id", "client", "direction",
                                     "parent_date_utc", "reply_date_utc", "latency_seconds",
                                     "business_latency_seconds", NULL };
    static const int utc[] = { 4, 5, -1 };
    return rf_export_query (st, w, h,
        "SELECT p.msgid, m.msgid, c.name, r.direction, p.date_utc, m.date_utc, r.latency_seconds,"
        " r.business_latency_seconds FROM reply r JOIN message m ON m.id = r.reply_id"
        " JOIN message p ON p.id = r.clock_start_id JOIN client c ON c.id = r.client_id"
        " ORDER BY m.date_utc, m.msgid", utc, err);
}

gboolean
rf_export_monthly (rf_store_t *st, rf_csv_t *w, GError **err)
{
    static const char *const h[] = { "client", "month", "inbound", "outbound", "our_latency_median",
                                     "our_latency_p90", "our_replies", "client_latency_median",
                                     "client_latency_p90", "client_replies", "unanswered_by_us",
                                     "unanswered_by_client", "after_hours_inbound",
                                     "after_hours_outbound", "max_inbound_per_day", NULL };
    return rf_export_query (st, w, h,
        "SELECT c.name, cm.month, cm.inbound, cm.outbound, cm.our_latency_median, cm.our_latency_p90,"
        " cm.our_replies, cm.client_latency_median, cm.client_latency_p90, cm.client_replies,"
        " cm.unanswered_by_us, cm.unanswered_by_client, cm.after_hours_inbound, cm.after_hours_outbound,"
        " cm.max_inbound_per_day FROM client_month cm JOIN client c ON c.id = cm.client_id"
        " WHERE c.active = 1 ORDER BY c.name, cm.month", NULL, err);
}

gboolean
rf_export_clients (rf_store_t *st, rf_csv_t *w, GError **err)
{
    static const char *const h[] = { "client_key", "client", "source", "timezone",
                                     "agreed_response_seconds", "contract_end", NULL };
    return rf_export_query (st, w, h,
        "SELECT key, name, source, timezone, response_seconds, contract_end FROM client"
        " WHERE active = 1 ORDER BY name", NULL, err);
}

gboolean
rf_export_skipped (rf_store_t *st, rf_csv_t *w, GError **err)
{
    static const char *const h[] = { "run_id", "run_started_utc", "path", "kind", "reason", NULL };
    static const int utc[] = { 1, -1 };
    return rf_export_query (st, w, h,
        "SELECT s.run_id, r.started_utc, s.path, s.kind, s.reason FROM skipped s"
        " JOIN run r ON r.id = s.run_id ORDER BY s.run_id, s.id", utc, err);
}

gboolean
rf_mail_reply_counts (rf_store_t *st, gint64 *replies, gint64 *by_subject, gint64 *skewed, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (st, "SELECT count(*), count(*) FILTER (WHERE method = 'subject'),"
                                            " count(*) FILTER (WHERE skew_seconds > 0) FROM reply", err);
    gboolean ok = q && sqlite3_step (q) == SQLITE_ROW;
    if (ok) {
        *replies = sqlite3_column_int64 (q, 0);
        *by_subject = sqlite3_column_int64 (q, 1);
        *skewed = sqlite3_column_int64 (q, 2);
    } else if (q) {
        rf_store_set_error (st, err, "counting the replies");
    }
    sqlite3_finalize (q);
    return ok;
}
