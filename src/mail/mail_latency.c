/* mail_latency.c - reply latency per thread and client, and which
 * messages were answered. Rules: doc/mail-rules.md ("Latency"). */
#include "config.h"
#include "mail/mail_analysis.h"
#include "mail/mail_attr.h"
#include "mail/bizhours.h"

#include <string.h>

typedef struct {
    gint64 id, date;
} member_t;

/* The answer state of every message id (1 byte each), read back through
 * the SQL function rf_mail_answer(id) by rf_mail_attr_publish. */
enum { ANSWER_NONE, ANSWER_ANSWERED, ANSWER_UNANSWERED, ANSWER_PENDING };
static const char *const answer_names[] = { NULL, "answered", "unanswered", "pending" };

typedef struct {
    gint64 max_id;
    guint8 *state;
} answers_t;

static void
answers_free (void *p)
{
    answers_t *a = p;
    g_free (a->state);
    g_free (a);
}

static void
answer_fn (sqlite3_context *c, int argc, sqlite3_value **v)
{
    const answers_t *a = sqlite3_user_data (c);
    gint64 id = sqlite3_value_int64 (v[0]);
    (void) argc;
    if (id >= 0 && id <= a->max_id && a->state[id] != ANSWER_NONE)
        sqlite3_result_text (c, answer_names[a->state[id]], -1, SQLITE_STATIC);
    else
        sqlite3_result_null (c);
}

typedef struct {
    rf_mail_analysis_t *a;
    rf_batch_t *ins_reply;  /* rows of temp.an_reply */
    answers_t *answers;
    gint64 thread, client;
    char side;              /* 'i' inbound or 'o' outbound block; 0 when none */
    GArray *block;          /* of member_t, oldest first */
} walk_t;

static void
set_answer (walk_t *w, gint64 id, guint8 state)
{
    if (id >= 0 && id <= w->answers->max_id)
        w->answers->state[id] = state;
}

/* The block nobody answered: unanswered after the grace period, else pending. */
static void
close_block (walk_t *w)
{
    gint64 grace = (gint64) w->a->cfg->grace_days * 86400;
    for (guint i = 0; i < w->block->len; i++) {
        member_t *m = &g_array_index (w->block, member_t, i);
        set_answer (w, m->id, w->a->as_of - m->date > grace ? ANSWER_UNANSWERED : ANSWER_PENDING);
    }
    g_array_set_size (w->block, 0);
    w->side = 0;
}

static gboolean
answer_block (walk_t *w, gint64 id, gint64 date, gint64 parent, const char *method, GError **err)
{
    member_t *first = &g_array_index (w->block, member_t, 0);
    const rf_mail_client_t *c = rf_mail_client_by_id (w->a, w->client);
    /* Clocks can disagree; an answer "before" its question waited 0 s. */
    gint64 latency = MAX (0, date - first->date);
    gint64 business = c ? rf_business_seconds (c->hours, first->date, date) : 0;
    rf_batch_t *s = w->ins_reply;

    rf_batch_int (s, 0, id);
    rf_batch_int (s, 1, parent > 0 ? parent : first->id);
    rf_batch_int (s, 2, first->id);
    rf_batch_int (s, 3, w->client);
    rf_batch_text (s, 4, w->side == 'i' ? "client_to_us" : "us_to_client");
    rf_batch_int (s, 5, latency);
    rf_batch_int (s, 6, business);
    rf_batch_text (s, 7, method);
    if (!rf_batch_row_done (s, err))
        return FALSE;
    for (guint i = 0; i < w->block->len; i++)
        set_answer (w, g_array_index (w->block, member_t, i).id, ANSWER_ANSWERED);
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
        close_block (w);
        w->thread = thread;
        w->client = client;
    }
    if (w->side && w->side != side
        && !answer_block (w, id, date, parent, (const char *) sqlite3_column_text (q, 6), err))
        return FALSE;
    w->side = side;
    g_array_append_val (w->block, m);
    return TRUE;
}

gboolean
rf_mail_latency (rf_mail_analysis_t *a, GError **err)
{
    walk_t w = { a, NULL, NULL, -1, -1, 0, NULL };
    sqlite3_stmt *q;
    gboolean ok;

    /* Replies are found in thread order: they are appended to a temp
     * table without keys, and rf_mail_attr_publish writes them in id order. */
    if (!rf_store_exec (a->st, "DROP TABLE IF EXISTS temp.an_reply;"
                               "CREATE TEMP TABLE an_reply(reply_id, parent_id, clock_start_id, client_id, direction,"
                               "  latency_seconds, business_latency_seconds, method)", err))
        return FALSE;
    w.answers = g_new0 (answers_t, 1);
    w.answers->max_id = rf_store_query_int (a->st, "SELECT max(message_id) FROM temp.an_attr", 0);
    w.answers->state = g_malloc0 ((gsize) w.answers->max_id + 1);
    w.block = g_array_new (FALSE, FALSE, sizeof (member_t));
    w.ins_reply = rf_batch_new (a->st, "INSERT INTO temp.an_reply(reply_id, parent_id, clock_start_id, client_id,"
                                       " direction, latency_seconds, business_latency_seconds, method)", 8, err);
    q = rf_store_prepare (a->st, "SELECT a.message_id, " RF_MAIL_THREAD_FN "(a.message_id) AS thread,"
                                 " a.client_id, a.direction, a.date_utc, a.parent_id,"
                                 " coalesce(a.pair_method, 'thread') FROM temp.an_attr a"
                                 " WHERE a.conversation = 1"
                                 " ORDER BY thread, a.client_id, a.date_utc, a.message_id", err);
    ok = w.ins_reply && q && rf_store_small_sorts (a->st, TRUE, err);
    if (ok) {
        /* The first step sorts every conversation message. */
        int rc = sqlite3_step (q);
        ok = rf_store_small_sorts (a->st, FALSE, err);
        for (; ok && rc == SQLITE_ROW; rc = sqlite3_step (q))
            ok = step (&w, q, err);
    }
    if (ok)
        close_block (&w);
    ok = ok && rf_batch_flush (w.ins_reply, err);
    sqlite3_finalize (q);
    rf_batch_free (w.ins_reply);
    /* The function owns the states from here (see threads_t). */
    if (sqlite3_create_function_v2 (a->st->db, RF_MAIL_ANSWER_FN, 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                    w.answers, answer_fn, NULL, NULL, answers_free) != SQLITE_OK && ok) {
        rf_store_set_error (a->st, err, "registering the answer function");
        ok = FALSE;
    }
    g_array_unref (w.block);
    return ok;
}
