/* mail_scope.c - which messages an analysis of what changed must work out
 * again: the new messages and everything whose derived rows they can
 * change (doc/mail-rules.md, "Analysing what changed").
 *
 * Messages are never removed from the history (a deleted file leaves its
 * message, marked gone) and never change once stored, so with the same
 * identity, clients and configuration only new messages change anything,
 * plus the passing of time (pending answers that age into unanswered). A
 * message's rows depend on its parent, the other messages of its thread
 * and those it can be paired with by subject; the scope is closed under
 * those links, so every thread in it is whole and the steps can run on
 * the scope alone. */
#include "config.h"
#include "mail/mail_analysis.h"
#include "base/util.h"

/* Subject pairing looks 14 days back and 15 minutes ahead; a message can
 * be a candidate of another that far in either direction. */
#define SUBJECT_REACH "(14 * 86400 + 900)"

static const char seed_sql[] =
    "DROP TABLE IF EXISTS temp.an_scope; DROP TABLE IF EXISTS temp.an_front;"
    "DROP TABLE IF EXISTS temp.an_next; DROP TABLE IF EXISTS temp.an_cm;"
    "CREATE TEMP TABLE an_scope(message_id INTEGER PRIMARY KEY);"
    "CREATE TEMP TABLE an_front(message_id INTEGER PRIMARY KEY);"
    "CREATE TEMP TABLE an_next(message_id INTEGER PRIMARY KEY);"
    "CREATE TEMP TABLE an_cm(client_id INTEGER, month TEXT, PRIMARY KEY (client_id, month));"
    "CREATE TEMP TABLE an_new(msgid TEXT PRIMARY KEY);"
    "INSERT INTO temp.an_new SELECT msgid FROM message WHERE id > %1$" G_GINT64_FORMAT ";"
    "INSERT INTO temp.an_front SELECT id FROM message WHERE id > %1$" G_GINT64_FORMAT ";"
    /* Stored messages that name a new one: it may be their parent now. */
    "INSERT OR IGNORE INTO temp.an_front SELECT m.id FROM temp.an_new n"
    "  CROSS JOIN message m ON m.in_reply_to = n.msgid;"
    "INSERT OR IGNORE INTO temp.an_front SELECT r.message_id FROM temp.an_new n"
    "  CROSS JOIN message_ref r ON r.ref_msgid = n.msgid;"
    "DROP TABLE temp.an_new;";

/* Pending answers may have aged into unanswered ones. */
static const char aged_sql[] =
    "INSERT OR IGNORE INTO temp.an_front SELECT message_id FROM message_attr WHERE answer = 'pending';";

/* One round: the neighbours of the last round's messages not yet in the
 * scope, by stored thread, stored parent and children, header parents,
 * and subject. */
static const char grow_sql[] =
    "INSERT OR IGNORE INTO temp.an_scope SELECT message_id FROM temp.an_front;"
    "DELETE FROM temp.an_next;"
    "INSERT OR IGNORE INTO temp.an_next SELECT b.message_id FROM temp.an_front f"
    "  CROSS JOIN message_attr a ON a.message_id = f.message_id"
    "  CROSS JOIN message_attr b ON b.thread_id = a.thread_id WHERE a.thread_id IS NOT NULL;"
    "INSERT OR IGNORE INTO temp.an_next SELECT a.parent_id FROM temp.an_front f"
    "  CROSS JOIN message_attr a ON a.message_id = f.message_id WHERE a.parent_id IS NOT NULL;"
    "INSERT OR IGNORE INTO temp.an_next SELECT b.message_id FROM temp.an_front f"
    "  CROSS JOIN message_attr b ON b.parent_id = f.message_id;"
    "INSERT OR IGNORE INTO temp.an_next SELECT p.id FROM temp.an_front f"
    "  CROSS JOIN message m ON m.id = f.message_id CROSS JOIN message p ON p.msgid = m.in_reply_to;"
    "INSERT OR IGNORE INTO temp.an_next SELECT p.id FROM temp.an_front f"
    "  CROSS JOIN message_ref r ON r.message_id = f.message_id CROSS JOIN message p ON p.msgid = r.ref_msgid;"
    "INSERT OR IGNORE INTO temp.an_next SELECT m2.id FROM temp.an_front f"
    "  CROSS JOIN message m ON m.id = f.message_id CROSS JOIN message m2 ON m2.norm_subject = m.norm_subject"
    "  AND m2.date_utc BETWEEN m.date_utc - " SUBJECT_REACH " AND m.date_utc + " SUBJECT_REACH
    "  WHERE m.norm_subject != '' AND m.date_utc IS NOT NULL;"
    "DELETE FROM temp.an_next WHERE message_id IN (SELECT message_id FROM temp.an_scope);"
    "DELETE FROM temp.an_front;"
    "INSERT INTO temp.an_front SELECT message_id FROM temp.an_next;";

static gboolean
seed (rf_mail_analysis_t *a, GError **err)
{
    /* after_id: the last message of the previous analysis. */
    char *sql = g_strdup_printf (seed_sql, a->after_id);
    gboolean ok = rf_store_exec (a->st, sql, err) && (!a->aged || rf_store_exec (a->st, aged_sql, err));
    g_free (sql);
    return ok;
}

/* The scope's stored rows: before the analysis (what the rows were,
 * temp.an_was) and after (what they are, temp.an_now), and their
 * client-months, whose monthly counts are worked out again. */
gboolean
rf_mail_scope_note (rf_mail_analysis_t *a, gboolean after, GError **err)
{
    char *sql = g_strdup_printf (
        "DROP TABLE IF EXISTS temp.%1$s;"
        "CREATE TEMP TABLE %1$s AS SELECT a.message_id, a.direction, a.conversation, a.client_id, a.month"
        "  FROM temp.an_scope s CROSS JOIN message_attr a ON a.message_id = s.message_id;"
        "INSERT OR IGNORE INTO temp.an_cm SELECT client_id, month FROM temp.%1$s"
        "  WHERE conversation = 1 AND client_id IS NOT NULL;", after ? "an_now" : "an_was");
    gboolean ok = rf_store_exec (a->st, sql, err);
    g_free (sql);
    return ok;
}

gboolean
rf_mail_scope_build (rf_mail_analysis_t *a, GError **err)
{
    gint64 rounds = 0;
    if (!seed (a, err))
        return FALSE;
    while (rf_store_query_int (a->st, "SELECT count(*) FROM temp.an_front", 0) > 0) {
        if (!rf_store_exec (a->st, grow_sql, err))
            return FALSE;
        rounds++;
    }
    rf_info ("analysis: %" G_GINT64_FORMAT " messages to work out again (%" G_GINT64_FORMAT " rounds)",
             rf_store_query_int (a->st, "SELECT count(*) FROM temp.an_scope", 0), rounds);
    return rf_store_exec (a->st, "DROP TABLE temp.an_front; DROP TABLE temp.an_next;", err)
           && rf_mail_scope_note (a, FALSE, err);
}
