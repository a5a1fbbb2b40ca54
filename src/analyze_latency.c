/* analyze_latency.c - reply latency per thread and client, and which
 * messages were answered. Rules: doc/mail-rules.md ("Latency"). */
#include "config.h"
#include "analyze_p.h"
#include "bizhours.h"

#include <string.h>

typedef struct {
    gint64 id, date;
} member_t;

typedef struct {
    rf_analysis_t *a;
    sqlite3_stmt *ins_reply, *set_answer;
    gint64 thread, client;
    char side;              /* 'i' inbound or 'o' outbound block; 0 when none */
    GArray *block;          /* of member_t, oldest first */
} walk_t;

static gboolean
set_answer (walk_t *w, gint64 id, const char *state, GError **err)
{
    int rc;
    sqlite3_bind_int64 (w->set_answer, 1, id);
    sqlite3_bind_text (w->set_answer, 2, state, -1, SQLITE_STATIC);
    rc = sqlite3_step (w->set_answer);
    sqlite3_reset (w->set_answer);
    if (rc != SQLITE_DONE) {
        rf_store_set_error (w->a->st, err, "storing answer state");
        return FALSE;
    }
    return TRUE;
}

/* The block nobody answered: unanswered after the grace period, else pending. */
static gboolean
close_block (walk_t *w, GError **err)
{
    gint64 grace = (gint64) w->a->cfg->grace_days * 86400;
    for (guint i = 0; i < w->block->len; i++) {
        member_t *m = &g_array_index (w->block, member_t, i);
        if (!set_answer (w, m->id, w->a->as_of - m->date > grace ? "unanswered" : "pending", err))
            return FALSE;
    }
    g_array_set_size (w->block, 0);
    w->side = 0;
    return TRUE;
}

static gboolean
answer_block (walk_t *w, gint64 id, gint64 date, gint64 parent, GError **err)
{
    member_t *first = &g_array_index (w->block, member_t, 0);
    const rf_an_client_t *c = rf_an_client_by_id (w->a, w->client);
    /* Clocks can disagree; an answer "before" its question waited 0 s. */
    gint64 latency = MAX (0, date - first->date);
    gint64 business = c ? rf_business_seconds (c->hours, first->date, date) : 0;
    sqlite3_stmt *s = w->ins_reply;
    int rc;

    sqlite3_bind_int64 (s, 1, id);
    sqlite3_bind_int64 (s, 2, parent > 0 ? parent : first->id);
    sqlite3_bind_int64 (s, 3, first->id);
    sqlite3_bind_int64 (s, 4, w->client);
    sqlite3_bind_text (s, 5, w->side == 'i' ? "client_to_us" : "us_to_client", -1, SQLITE_STATIC);
    sqlite3_bind_int64 (s, 6, latency);
    sqlite3_bind_int64 (s, 7, business);
    rc = sqlite3_step (s);
    sqlite3_reset (s);
    if (rc != SQLITE_DONE) {
        rf_store_set_error (w->a->st, err, "storing a reply");
        return FALSE;
    }
    for (guint i = 0; i < w->block->len; i++)
        if (!set_answer (w, g_array_index (w->block, member_t, i).id, "answered", err))
            return FALSE;
    g_array_set_size (w->block, 0);
    return TRUE;
}

static gboolean
step (walk_t *w, sqlite3_stmt *q, GError **err)
{
    gint64 id = sqlite3_column_int64 (q, 0), thread = sqlite3_column_int64 (q, 1);
    gint64 client = sqlite3_column_int64 (q, 2), date = sqlite3_column_int64 (q, 4);
    gint64 parent = sqlite3_column_int64 (q, 5);
    char side = ((const char *) sqlite3_column_text (q, 3))[0] == 'i' ? 'i' : 'o';
    member_t m = { id, date };

    if (thread != w->thread || client != w->client) {
        if (!close_block (w, err))
            return FALSE;
        w->thread = thread;
        w->client = client;
    }
    if (w->side && w->side != side && !answer_block (w, id, date, parent, err))
        return FALSE;
    w->side = side;
    g_array_append_val (w->block, m);
    return TRUE;
}

gboolean
rf_an_latency (rf_analysis_t *a, GError **err)
{
    walk_t w = { a, NULL, NULL, -1, -1, 0, NULL };
    sqlite3_stmt *q;
    gboolean ok;

    w.block = g_array_new (FALSE, FALSE, sizeof (member_t));
    w.ins_reply = rf_store_prepare (a->st, "INSERT INTO reply(reply_id, parent_id, clock_start_id, client_id,"
                                           " direction, latency_seconds, business_latency_seconds, method)"
                                           " SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, coalesce((SELECT pair_method"
                                           " FROM message_attr WHERE message_id=?1), 'thread')", err);
    w.set_answer = rf_store_prepare (a->st, "UPDATE message_attr SET answer=?2 WHERE message_id=?1", err);
    q = rf_store_prepare (a->st, "SELECT a.message_id, a.thread_id, a.client_id, a.direction, m.date_utc,"
                                 " a.parent_id FROM message_attr a JOIN message m ON m.id = a.message_id"
                                 " WHERE a.conversation = 1"
                                 " ORDER BY a.thread_id, a.client_id, m.date_utc, a.message_id", err);
    ok = w.ins_reply && w.set_answer && q;
    while (ok && sqlite3_step (q) == SQLITE_ROW)
        ok = step (&w, q, err);
    ok = ok && close_block (&w, err);
    sqlite3_finalize (q);
    sqlite3_finalize (w.ins_reply);
    sqlite3_finalize (w.set_answer);
    g_array_unref (w.block);
    return ok;
}
