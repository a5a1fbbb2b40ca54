/* mail_threads.c - pair replies with parents and group them in threads. */
#include "config.h"
#include "mail/mail_analysis.h"
#include "mail/mail_attr.h"
#include "mail/store_mail.h"
#include "mail/mail_parse.h"

/* A parent dated more than this after its reply is no parent: clocks of
 * two servers disagree by minutes, not more (doc/mail-rules.md, "Clock skew"). */
#define SKEW_MAX "900"

/* Header pairing, before attribution (which needs a reply's parent to
 * settle mail sent to several clients). Every message is read in id order
 * (NOT INDEXED: not through the In-Reply-To index, row by row); its parent
 * is looked up in the index that holds each Message-ID's date (INDEXED BY:
 * the planner would take the unique one, then read the parent's row). */
#define PARENT "message p INDEXED BY message_msgid_date"
static const char pair_headers_sql[] =
    "DROP TABLE IF EXISTS temp.pair;"
    "CREATE TEMP TABLE pair(message_id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL,"
    "  method TEXT NOT NULL);"
    "INSERT INTO temp.pair SELECT m.id, p.id, 'in-reply-to' FROM message m NOT INDEXED"
    "  JOIN " PARENT " ON p.msgid = m.in_reply_to WHERE p.id != m.id"
    "  AND NOT coalesce(p.date_utc > m.date_utc + " SKEW_MAX ", 0);"
    /* Otherwise the last References entry we have (a bare column next to
     * max() comes from the row holding the maximum), looked up only for
     * messages In-Reply-To did not pair. */
    "INSERT INTO temp.pair SELECT message_id, parent_id, 'references' FROM"
    "  (SELECT r.message_id, p.id AS parent_id, max(r.pos) FROM message_ref r"
    "   JOIN " PARENT " ON p.msgid = r.ref_msgid JOIN message m ON m.id = r.message_id"
    "   WHERE p.id != r.message_id AND NOT coalesce(p.date_utc > m.date_utc + " SKEW_MAX ", 0)"
    "   AND NOT EXISTS (SELECT 1 FROM temp.pair x WHERE x.message_id = r.message_id)"
    "   GROUP BY r.message_id);";

/* The same for the messages of the scope only (mail_scope.c). */
static const char pair_headers_scoped_sql[] =
    "DROP TABLE IF EXISTS temp.pair;"
    "CREATE TEMP TABLE pair(message_id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL,"
    "  method TEXT NOT NULL);"
    "INSERT INTO temp.pair SELECT m.id, p.id, 'in-reply-to' FROM temp.an_scope s"
    "  CROSS JOIN message m ON m.id = s.message_id"
    "  CROSS JOIN " PARENT " ON p.msgid = m.in_reply_to WHERE p.id != m.id"
    "  AND NOT coalesce(p.date_utc > m.date_utc + " SKEW_MAX ", 0);"
    "INSERT INTO temp.pair SELECT message_id, parent_id, 'references' FROM"
    "  (SELECT r.message_id, p.id AS parent_id, max(r.pos) FROM temp.an_scope s"
    "   CROSS JOIN message_ref r ON r.message_id = s.message_id"
    "   CROSS JOIN " PARENT " ON p.msgid = r.ref_msgid CROSS JOIN message m ON m.id = r.message_id"
    "   WHERE p.id != r.message_id AND NOT coalesce(p.date_utc > m.date_utc + " SKEW_MAX ", 0)"
    "   AND NOT EXISTS (SELECT 1 FROM temp.pair x WHERE x.message_id = r.message_id)"
    "   GROUP BY r.message_id);";

gboolean
rf_mail_pair_headers (rf_mail_analysis_t *a, GError **err)
{
    /* The index, should a killed first scan have left it out. */
    return rf_mail_indexes_ensure (a->st, err)
           && rf_store_exec (a->st, a->scoped ? pair_headers_scoped_sql : pair_headers_sql, err);
}

#define FORWARD_FN "rf_mail_is_forward"

/* rf_mail_is_forward(subject): 1 when the subject's outermost prefix is a forward. */
static void
forward_fn (sqlite3_context *c, int argc, sqlite3_value **v)
{
    (void) argc;
    sqlite3_result_int (c, rf_subject_is_forward ((const char *) sqlite3_value_text (v[0])));
}

/* Subject pairing only for conversation mail with neither In-Reply-To nor
 * References, and not a forward (a forward is no answer): the latest
 * earlier message of the same client with the same normalized subject, at
 * most 14 days before, that does not itself name the message in its
 * In-Reply-To or References (an answer dated too early by a wrong clock
 * must not turn round into a question). Without one, a message of the
 * other side at most 15 minutes later that has no parent and cannot get
 * one by subject (a forward, or a message with In-Reply-To or References):
 * the answer was dated by a slower clock. The statement reads only rows
 * it does not change (parent_id only of rows it cannot pair). */
static const char pair_subjects_sql[] =
    "UPDATE temp.an_attr AS a SET pair_method = 'subject', parent_id = coalesce("
    "  (SELECT a2.message_id FROM message m2 JOIN temp.an_attr a2 ON a2.message_id = m2.id"
    "   WHERE m2.norm_subject = m.norm_subject AND m2.date_utc < m.date_utc"
    "     AND m2.date_utc >= m.date_utc - 14 * 86400 AND a2.client_id = a.client_id"
    "     AND a2.conversation = 1 AND m2.in_reply_to IS NOT m.msgid"
    "     AND NOT EXISTS (SELECT 1 FROM message_ref r3 WHERE r3.message_id = m2.id AND r3.ref_msgid = m.msgid)"
    "   ORDER BY m2.date_utc DESC, m2.id DESC LIMIT 1),"
    "  (SELECT a2.message_id FROM message m2 JOIN temp.an_attr a2 ON a2.message_id = m2.id"
    "   WHERE m2.norm_subject = m.norm_subject AND m2.date_utc > m.date_utc"
    "     AND m2.date_utc <= m.date_utc + " SKEW_MAX " AND a2.client_id = a.client_id"
    "     AND a2.conversation = 1 AND a2.direction != a.direction AND a2.parent_id IS NULL"
    "     AND (" FORWARD_FN "(m2.subject) OR m2.in_reply_to IS NOT NULL"
    "          OR EXISTS (SELECT 1 FROM message_ref r2 WHERE r2.message_id = m2.id))"
    "   ORDER BY m2.date_utc, m2.id LIMIT 1))"
    " FROM message m WHERE m.id = a.message_id AND a.conversation = 1 AND a.parent_id IS NULL"
    "   AND m.in_reply_to IS NULL AND m.norm_subject != '' AND NOT " FORWARD_FN "(m.subject)"
    "   AND NOT EXISTS (SELECT 1 FROM message_ref r WHERE r.message_id = m.id);"
    "UPDATE temp.an_attr SET pair_method = NULL WHERE parent_id IS NULL;";

gboolean
rf_mail_pair_subjects (rf_mail_analysis_t *a, GError **err)
{
    gboolean ok;
    /* The subject index, should a killed first scan have left it out. */
    if (!rf_mail_indexes_ensure (a->st, err))
        return FALSE;
    if (sqlite3_create_function_v2 (a->st->db, FORWARD_FN, 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                                    forward_fn, NULL, NULL, NULL) != SQLITE_OK) {
        rf_store_set_error (a->st, err, "registering the forward function");
        return FALSE;
    }
    ok = rf_store_exec (a->st, pair_subjects_sql, err);
    sqlite3_create_function_v2 (a->st->db, FORWARD_FN, 1, SQLITE_UTF8, NULL, NULL, NULL, NULL, NULL);
    return ok;
}

/* Union-find over message ids; the smallest id of a thread names it. */
static guint32
find (guint32 *up, guint32 x)
{
    while (up[x] != x) {
        up[x] = up[up[x]];
        x = up[x];
    }
    return x;
}

typedef struct {
    gint64 max_id;
    guint32 *up;         /* after rf_mail_threads: the thread of every message id */
} threads_t;

static void
threads_free (void *p)
{
    threads_t *t = p;
    g_free (t->up);
    g_free (t);
}

/* rf_mail_thread(id): the thread a message belongs to. */
static void
thread_fn (sqlite3_context *c, int argc, sqlite3_value **v)
{
    const threads_t *t = sqlite3_user_data (c);
    gint64 id = sqlite3_value_int64 (v[0]);
    (void) argc;
    if (id >= 0 && id <= t->max_id)
        sqlite3_result_int64 (c, t->up[id]);
    else
        sqlite3_result_null (c);
}

gboolean
rf_mail_threads (rf_mail_analysis_t *a, GError **err)
{
    threads_t *t = g_new0 (threads_t, 1);
    sqlite3_stmt *q;
    int rc;

    /* 4 bytes per message id: with the answer states (mail_latency.c),
     * the only analysis state that grows with the history (1.5 MB for
     * 300,000 messages). */
    t->max_id = rf_store_query_int (a->st, "SELECT max(id) FROM message", 0);
    if (t->max_id >= G_MAXUINT32) {
        threads_free (t);
        g_set_error (err, RF_STORE_ERROR, RF_STORE_ERR_SQL, "message ids beyond 2^32 are not supported");
        return FALSE;
    }
    t->up = g_new (guint32, t->max_id + 1);
    for (gint64 i = 0; i <= t->max_id; i++)
        t->up[i] = (guint32) i;
    q = rf_store_prepare (a->st, "SELECT message_id, parent_id FROM temp.an_attr"
                                 " WHERE parent_id IS NOT NULL", err);
    if (!q) {
        threads_free (t);
        return FALSE;
    }
    while ((rc = sqlite3_step (q)) == SQLITE_ROW) {
        gint64 x = sqlite3_column_int64 (q, 0), y = sqlite3_column_int64 (q, 1);
        if (x < 0 || y < 0 || x > t->max_id || y > t->max_id)
            continue;
        x = find (t->up, (guint32) x);
        y = find (t->up, (guint32) y);
        if (x < y)
            t->up[y] = (guint32) x;
        else if (y < x)
            t->up[x] = (guint32) y;
    }
    sqlite3_finalize (q);
    if (rc != SQLITE_DONE) {
        threads_free (t);
        rf_store_set_error (a->st, err, "reading reply pairs");
        return FALSE;
    }
    for (gint64 i = 0; i <= t->max_id; i++)
        t->up[i] = find (t->up, (guint32) i);
    /* Latency sorts by it and rf_mail_attr_publish stores it; the function
     * owns t (freed when it is replaced or removed, or with the connection). */
    if (sqlite3_create_function_v2 (a->st->db, RF_MAIL_THREAD_FN, 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, t,
                                    thread_fn, NULL, NULL, threads_free) != SQLITE_OK) {
        rf_store_set_error (a->st, err, "registering the thread function");
        return FALSE;
    }
    return TRUE;
}
