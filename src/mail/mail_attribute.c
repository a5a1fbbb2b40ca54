/* mail_attribute.c - direction and client of every message.
 * The rules are in doc/mail-rules.md ("Who is us", "Direction").
 *
 * Rows go to temp.an_attr, which the later steps (subjects, threads, latency)
 * complete, and which rf_mail_attr_publish copies into message_attr in one
 * statement: message_attr's CHECK constraints on lists of values build a
 * small table each time a statement runs, which row-by-row inserts and
 * updates paid once per message. */
#include "config.h"
#include "mail/mail_analysis.h"
#include "mail/mail_attr.h"
#include "mail/bizhours.h"
#include "mail/mail_address.h"

#include <string.h>

typedef struct {
    gint64 id;
    gint64 parent_id;       /* 0 when none */
    GArray *clients;        /* candidate client ids */
    gint64 date;
    gboolean dated, automatic;
    char *method;           /* how parent_id was found */
} deferred_t;

typedef struct {
    rf_mail_analysis_t *a;
    rf_batch_t *ins;        /* rows of temp.an_attr */
    GArray *deferred;       /* of deferred_t: outbound to several clients */
} attr_t;

static void
deferred_clear (gpointer p)
{
    g_array_unref (((deferred_t *) p)->clients);
    g_free (((deferred_t *) p)->method);
}

/* The languages a client's language is chosen among, in tie order. */
static const char *const langs[3] = { "en", "es", "fr" };

/* Columns of the rows inserted into temp.an_attr, in this order. */
enum { C_ID, C_DIRECTION, C_CLIENT, C_NOTE, C_CONVERSATION, C_AFTER, C_MONTH, C_DAY, C_PARENT,
       C_METHOD, C_DATE, C_COUNT };
static const char attr_insert[] =
    "INSERT INTO temp.an_attr(message_id, direction, client_id, note, conversation, after_hours, month,"
    " local_day, parent_id, pair_method, date_utc)";

/* The time-dependent columns: after hours, local month and day. */
static void
set_time (attr_t *t, const char *direction, const rf_mail_client_t *c, gboolean dated, gint64 date)
{
    const rf_hours_t *client_hours = c ? c->hours : &t->a->cfg->hours;
    char day[11], month[8];
    gboolean after = FALSE;
    rf_batch_int (t->ins, C_AFTER, 0);
    if (!dated)
        return;
    if (!strcmp (direction, "in"))
        after = !rf_is_working_time (client_hours, date);
    else if (!strcmp (direction, "out"))
        after = !rf_is_working_time (&t->a->cfg->hours, date);
    rf_local_day (client_hours, date, day, month);
    rf_batch_int (t->ins, C_AFTER, after);
    rf_batch_text (t->ins, C_MONTH, month);
    rf_batch_text (t->ins, C_DAY, day);
    rf_batch_int (t->ins, C_DATE, date);
}

static gboolean
insert (attr_t *t, gint64 id, const char *direction, const rf_mail_client_t *c, const char *note,
        gboolean conversation, gboolean dated, gint64 date, gint64 parent, const char *method,
        GError **err)
{
    rf_batch_int (t->ins, C_ID, id);
    rf_batch_text (t->ins, C_DIRECTION, direction);
    if (c)
        rf_batch_int (t->ins, C_CLIENT, c->id);
    rf_batch_text (t->ins, C_NOTE, note);
    rf_batch_int (t->ins, C_CONVERSATION, conversation);
    set_time (t, direction, c, dated, date);
    if (parent > 0) {
        rf_batch_int (t->ins, C_PARENT, parent);
        rf_batch_text (t->ins, C_METHOD, method);
    }
    return rf_batch_row_done (t->ins, err);
}

/* What one recipient field (To or Cc, space-separated) says: how many
 * addresses, how many ours, and the clients it names: the distinct clients
 * of its valid mailboxes, in order; when those name none, the client of
 * its first other address that belongs to one. So an address that is no
 * valid mailbox (a truncated "cbreaux@ncsc.dni") never makes a message go
 * to several clients. With out NULL, only counts. */
static void
field_clients (rf_mail_analysis_t *a, const char *field, GArray *out, int *n, int *ours)
{
    char **list = g_strsplit (field ? field : "", " ", -1);
    gint64 fallback = 0;
    for (char **r = list; *r; r++) {
        char *key;
        const rf_mail_client_t *c;
        gboolean seen = FALSE;
        if (!**r)
            continue;
        ++*n;
        if (rf_mail_is_ours (a, *r)) {
            ++*ours;
            continue;
        }
        if (!out)
            continue;
        key = rf_mail_client_key (a, *r);
        c = key ? g_hash_table_lookup (a->clients, key) : NULL;
        g_free (key);
        if (!c)
            continue;
        if (!rf_addr_is_valid_mailbox (*r)) {
            fallback = fallback ? fallback : c->id;
            continue;
        }
        for (guint i = 0; i < out->len; i++)
            seen = seen || g_array_index (out, gint64, i) == c->id;
        if (!seen)
            g_array_append_val (out, c->id);
    }
    if (out && out->len == 0 && fallback)
        g_array_append_val (out, fallback);
    g_strfreev (list);
}

/* The clients an outbound message goes to: To decides; Cc only when To
 * names no client (doc/mail-rules.md, "Direction"). */
static void
recipient_clients (rf_mail_analysis_t *a, const char *to, const char *cc, GArray *out, gboolean *all_ours,
                   gboolean *any)
{
    int n = 0, ours = 0;
    field_clients (a, to, out, &n, &ours);
    field_clients (a, cc, out->len ? NULL : out, &n, &ours);
    *any = n > 0;
    *all_ours = n > 0 && ours == n;
}

/* Recipients of message id, To and Cc apart, space-separated, from a
 * cursor over message_rcpt in key order (message, kind 'cc' < 'to', pos)
 * that moves along with the messages: a merge, not a query per message. */
static void
recipients (sqlite3_stmt *r, int *rc, gint64 id, GString *to, GString *cc)
{
    g_string_truncate (to, 0);
    g_string_truncate (cc, 0);
    while (*rc == SQLITE_ROW && sqlite3_column_int64 (r, 0) < id)
        *rc = sqlite3_step (r);
    for (; *rc == SQLITE_ROW && sqlite3_column_int64 (r, 0) == id; *rc = sqlite3_step (r)) {
        GString *list = !strcmp ((const char *) sqlite3_column_text (r, 1), "to") ? to : cc;
        if (list->len)
            g_string_append_c (list, ' ');
        g_string_append (list, (const char *) sqlite3_column_text (r, 2));
    }
}

static gboolean
attribute_one (attr_t *t, sqlite3_stmt *q, const char *to, const char *cc, GError **err)
{
    rf_mail_analysis_t *a = t->a;
    gint64 id = sqlite3_column_int64 (q, 0);
    const char *from = (const char *) sqlite3_column_text (q, 1);
    gboolean dated = sqlite3_column_type (q, 2) != SQLITE_NULL;
    gint64 date = sqlite3_column_int64 (q, 2);
    gboolean automatic = sqlite3_column_type (q, 3) != SQLITE_NULL;
    gint64 parent = sqlite3_column_int64 (q, 4);
    const char *method = (const char *) sqlite3_column_text (q, 5);
    const char *lang = (const char *) sqlite3_column_text (q, 6);
    const rf_mail_client_t *c = NULL;
    const char *direction = "none", *note = NULL;

    if (!from) {
        note = "no sender";
    } else if (rf_mail_is_ours (a, from)) {
        GArray *clients = g_array_new (FALSE, FALSE, sizeof (gint64));
        gboolean all_ours, any;
        recipient_clients (a, to, cc, clients, &all_ours, &any);
        if (!any) {
            note = "no recipients";
        } else if (all_ours) {
            direction = "internal";
        } else if (clients->len == 0) {
            direction = "out";
            note = "no client among recipients";
        } else if (clients->len == 1) {
            direction = "out";
            c = rf_mail_client_by_id (a, g_array_index (clients, gint64, 0));
        } else {
            deferred_t d = { id, parent, clients, date, dated, automatic, g_strdup (method) };
            g_array_append_val (t->deferred, d);
            clients = NULL;
            direction = "out";
            note = "sent to several clients";
        }
        if (clients)
            g_array_unref (clients);
    } else {
        char *key = rf_mail_client_key (a, from);
        rf_mail_client_t *sender = key ? g_hash_table_lookup (a->clients, key) : NULL;
        g_free (key);
        c = sender;
        if (c)
            direction = "in";
        else
            note = a->infer_clients ? "not a client (we never wrote to them)" : "not a configured client";
        /* Scoped, only new messages add to the stored counts. */
        for (int i = 0; sender && lang && (!a->scoped || id > a->after_id) && i < (int) G_N_ELEMENTS (langs); i++)
            sender->lang_count[i] += !strcmp (lang, langs[i]);
    }
    return insert (t, id, direction, c, note, c && dated && !automatic, dated, date, parent,
                   method, err);
}


/* Each client's language: the one most of their messages are in (the
 * first in langs among equals); none without any. Their counts are kept
 * in client_lang, to which an analysis of what changed adds the new
 * messages' (an inbound message's client never changes while the clients
 * and who is us stay the same, mail_scope.c). */
static const char lang_whole_sql[] =
    "UPDATE client SET mail_lang = NULL; DELETE FROM client_lang;";
static const char lang_add_sql[] =
    "INSERT INTO client_lang(client_id, lang, messages) VALUES (?1, ?2, ?3)"
    " ON CONFLICT(client_id, lang) DO UPDATE SET messages = messages + excluded.messages";
static const char lang_best_sql[] =
    "UPDATE client SET mail_lang = (SELECT lang FROM client_lang WHERE client_id = ?1"
    " ORDER BY messages DESC, lang LIMIT 1) WHERE id = ?1";

static gboolean
step_done (rf_store_t *st, sqlite3_stmt *s, GError **err)
{
    gboolean ok = sqlite3_step (s) == SQLITE_DONE;
    sqlite3_reset (s);
    if (!ok)
        rf_store_set_error (st, err, "storing the clients' languages");
    return ok;
}

static gboolean
store_languages (attr_t *t, GError **err)
{
    rf_store_t *st = t->a->st;
    sqlite3_stmt *add = rf_store_prepare (st, lang_add_sql, err);
    sqlite3_stmt *best = add ? rf_store_prepare (st, lang_best_sql, err) : NULL;
    GHashTableIter it;
    gpointer value;
    gboolean ok = best && (t->a->scoped || rf_store_exec (st, lang_whole_sql, err));
    g_hash_table_iter_init (&it, t->a->clients);
    while (ok && g_hash_table_iter_next (&it, NULL, &value)) {
        const rf_mail_client_t *c = value;
        gboolean any = FALSE;
        for (int i = 0; ok && i < (int) G_N_ELEMENTS (langs); i++) {
            if (c->lang_count[i] == 0)
                continue;
            any = TRUE;
            sqlite3_bind_int64 (add, 1, c->id);
            sqlite3_bind_text (add, 2, langs[i], -1, SQLITE_STATIC);
            sqlite3_bind_int64 (add, 3, c->lang_count[i]);
            ok = step_done (st, add, err);
        }
        if (ok && any) {
            sqlite3_bind_int64 (best, 1, c->id);
            ok = step_done (st, best, err);
        }
    }
    sqlite3_finalize (add);
    sqlite3_finalize (best);
    return ok;
}

/* Mail to several clients goes to the client of the message it answers,
 * when that is one of them; otherwise it stays a broadcast, unattributed. */
static gboolean
resolve_deferred (attr_t *t, GError **err)
{
    sqlite3_stmt *parent_q, *del;
    gboolean ok = TRUE;
    parent_q = rf_store_prepare (t->a->st, "SELECT client_id FROM temp.an_attr WHERE message_id=?1", err);
    del = rf_store_prepare (t->a->st, "DELETE FROM temp.an_attr WHERE message_id=?1", err);
    ok = parent_q && del;
    for (guint i = 0; ok && i < t->deferred->len; i++) {
        deferred_t *d = &g_array_index (t->deferred, deferred_t, i);
        gint64 pc = 0;
        const rf_mail_client_t *c = NULL;
        if (d->parent_id <= 0)
            continue;
        sqlite3_bind_int64 (parent_q, 1, d->parent_id);
        if (sqlite3_step (parent_q) == SQLITE_ROW)
            pc = sqlite3_column_int64 (parent_q, 0);
        sqlite3_reset (parent_q);
        for (guint k = 0; k < d->clients->len && pc; k++)
            if (g_array_index (d->clients, gint64, k) == pc)
                c = rf_mail_client_by_id (t->a, pc);
        if (!c)
            continue;
        sqlite3_bind_int64 (del, 1, d->id);
        ok = sqlite3_step (del) == SQLITE_DONE;
        sqlite3_reset (del);
        /* Written at once: a later deferred message may answer this one. */
        ok = ok && insert (t, d->id, "out", c, "several clients; attributed by thread",
                           d->dated && !d->automatic, d->dated, d->date, d->parent_id,
                           d->method, err)
             && rf_batch_flush (t->ins, err);
    }
    sqlite3_finalize (parent_q);
    sqlite3_finalize (del);
    return ok;
}

/* message_attr's columns, without its constraints (see the top). */
static const char attr_sql[] =
    "DROP TABLE IF EXISTS temp.an_attr;"
    "CREATE TEMP TABLE an_attr(message_id INTEGER PRIMARY KEY, direction TEXT NOT NULL, client_id INTEGER,"
    "  note TEXT, conversation INTEGER NOT NULL, after_hours INTEGER NOT NULL, month TEXT, local_day TEXT,"
    "  parent_id INTEGER, pair_method TEXT, date_utc INTEGER,"
    /* Set by the latency step for a message dated before an ancestor. */
    "  eff_date INTEGER, eff_rank INTEGER);";

/* Only rows that changed are written: after a nightly scan that added a
 * few messages, nearly every row is already right, and rewriting them all
 * (pages, indexes, journal) cost more than comparing them. A row is
 * updated when any column differs (IS: NULLs compare equal). */
static const char publish_attr_sql[] =
    "INSERT INTO main.message_attr(message_id, direction, client_id, note, conversation, after_hours, month,"
    " local_day, thread_id, parent_id, pair_method, answer)"
    " SELECT message_id, direction, client_id, note, conversation, after_hours, month, local_day,"
    " CASE WHEN conversation = 1 THEN " RF_MAIL_THREAD_FN "(message_id) END, parent_id, pair_method,"
    " " RF_MAIL_ANSWER_FN "(message_id) FROM temp.an_attr WHERE 1 ORDER BY message_id"
    " ON CONFLICT(message_id) DO UPDATE SET direction = excluded.direction, client_id = excluded.client_id,"
    " note = excluded.note, conversation = excluded.conversation, after_hours = excluded.after_hours,"
    " month = excluded.month, local_day = excluded.local_day, thread_id = excluded.thread_id,"
    " parent_id = excluded.parent_id, pair_method = excluded.pair_method, answer = excluded.answer"
    " WHERE direction IS NOT excluded.direction OR client_id IS NOT excluded.client_id"
    " OR note IS NOT excluded.note OR conversation IS NOT excluded.conversation"
    " OR after_hours IS NOT excluded.after_hours OR month IS NOT excluded.month"
    " OR local_day IS NOT excluded.local_day OR thread_id IS NOT excluded.thread_id"
    " OR parent_id IS NOT excluded.parent_id OR pair_method IS NOT excluded.pair_method"
    " OR answer IS NOT excluded.answer;"
    "DELETE FROM main.message_attr WHERE message_id NOT IN (SELECT message_id FROM temp.an_attr);";

static const char publish_reply_sql[] =
    "INSERT INTO main.reply(reply_id, parent_id, clock_start_id, client_id, direction, latency_seconds,"
    " business_latency_seconds, method, skew_seconds)"
    " SELECT * FROM temp.an_reply WHERE 1 ORDER BY reply_id"
    " ON CONFLICT(reply_id) DO UPDATE SET parent_id = excluded.parent_id,"
    " clock_start_id = excluded.clock_start_id, client_id = excluded.client_id,"
    " direction = excluded.direction, latency_seconds = excluded.latency_seconds,"
    " business_latency_seconds = excluded.business_latency_seconds, method = excluded.method,"
    " skew_seconds = excluded.skew_seconds"
    " WHERE parent_id IS NOT excluded.parent_id OR clock_start_id IS NOT excluded.clock_start_id"
    " OR client_id IS NOT excluded.client_id OR direction IS NOT excluded.direction"
    " OR latency_seconds IS NOT excluded.latency_seconds"
    " OR business_latency_seconds IS NOT excluded.business_latency_seconds OR method IS NOT excluded.method"
    " OR skew_seconds IS NOT excluded.skew_seconds;"
    "DELETE FROM main.reply WHERE reply_id NOT IN (SELECT reply_id FROM temp.an_reply);";

/* Scoped (mail_scope.c): every message of the scope has its row in
 * temp.an_attr, and replies of the scope's threads come from the scope. */
static const char unpublish_scoped_sql[] =
    "DELETE FROM main.reply WHERE reply_id IN (SELECT message_id FROM temp.an_scope)"
    " AND reply_id NOT IN (SELECT reply_id FROM temp.an_reply);";

/* The statement without its last part, the DELETE of rows not written. */
static char *
without_delete (const char *sql)
{
    const char *del = strstr (sql, "DELETE FROM");
    return g_strndup (sql, del ? (gsize) (del - sql) : strlen (sql));
}

gboolean
rf_mail_attr_publish (rf_mail_analysis_t *a, GError **err)
{
    char *attr = a->scoped ? without_delete (publish_attr_sql) : g_strdup (publish_attr_sql);
    char *upsert = without_delete (publish_reply_sql);
    char *reply = a->scoped ? g_strconcat (unpublish_scoped_sql, upsert, NULL) : g_strdup (publish_reply_sql);
    gboolean ok = rf_store_exec (a->st, attr, err);
    /* The replies are sorted by id on the way: a sort within the small budget. */
    if (ok && rf_store_small_sorts (a->st, TRUE, err)) {
        ok = rf_store_exec (a->st, reply, err);
        ok = rf_store_small_sorts (a->st, FALSE, ok ? err : NULL) && ok;
    } else {
        ok = FALSE;
    }
    /* The working tables stay until the next analysis or the end of the
     * connection, which discard them faster than DROP TABLE does. */
    /* Removing the functions frees their arrays. */
    sqlite3_create_function_v2 (a->st->db, RF_MAIL_THREAD_FN, 1, SQLITE_UTF8, NULL, NULL, NULL, NULL, NULL);
    sqlite3_create_function_v2 (a->st->db, RF_MAIL_ANSWER_FN, 1, SQLITE_UTF8, NULL, NULL, NULL, NULL, NULL);
    g_free (attr);
    g_free (upsert);
    g_free (reply);
    return ok;
}

/* Every message (or those of the scope, mail_scope.c) in id order, with
 * its header parent; recipients in the same order. */
static const char messages_sql[] =
    "SELECT m.id, m.from_addr, m.date_utc, m.auto_reason, p.parent_id, p.method, m.lang FROM message m"
    " LEFT JOIN temp.pair p ON p.message_id = m.id ORDER BY m.id";
static const char scoped_messages_sql[] =
    "SELECT m.id, m.from_addr, m.date_utc, m.auto_reason, p.parent_id, p.method, m.lang FROM temp.an_scope s"
    " CROSS JOIN message m ON m.id = s.message_id LEFT JOIN temp.pair p ON p.message_id = m.id ORDER BY m.id";
static const char rcpts_sql[] =
    "SELECT message_id, kind, addr FROM message_rcpt ORDER BY message_id, kind, pos";
static const char scoped_rcpts_sql[] =
    "SELECT r.message_id, r.kind, r.addr FROM temp.an_scope s CROSS JOIN message_rcpt r ON r.message_id = s.message_id"
    " ORDER BY r.message_id, r.kind, r.pos";

gboolean
rf_mail_attribute (rf_mail_analysis_t *a, GError **err)
{
    attr_t t = { a, NULL, NULL };
    sqlite3_stmt *q, *r;
    GString *to, *cc;
    int rc = SQLITE_DONE, rrc;
    gboolean ok = TRUE;

    if (!rf_store_exec (a->st, attr_sql, err))
        return FALSE;
    to = g_string_new (NULL);
    cc = g_string_new (NULL);
    t.deferred = g_array_new (FALSE, FALSE, sizeof (deferred_t));
    g_array_set_clear_func (t.deferred, deferred_clear);
    t.ins = rf_batch_new (a->st, attr_insert, C_COUNT, err);
    q = rf_store_prepare (a->st, a->scoped ? scoped_messages_sql : messages_sql, err);
    r = rf_store_prepare (a->st, a->scoped ? scoped_rcpts_sql : rcpts_sql, err);
    ok = t.ins && q && r;
    rrc = ok ? sqlite3_step (r) : SQLITE_DONE;
    while (ok && (rc = sqlite3_step (q)) == SQLITE_ROW) {
        recipients (r, &rrc, sqlite3_column_int64 (q, 0), to, cc);
        ok = attribute_one (&t, q, to->str, cc->str, err);
    }
    if (ok && (rc != SQLITE_DONE || (rrc != SQLITE_ROW && rrc != SQLITE_DONE))) {
        rf_store_set_error (a->st, err, "reading messages to attribute");
        ok = FALSE;
    }
    sqlite3_finalize (q);
    sqlite3_finalize (r);
    g_string_free (to, TRUE);
    g_string_free (cc, TRUE);
    ok = ok && rf_batch_flush (t.ins, err) && resolve_deferred (&t, err) && store_languages (&t, err);
    rf_batch_free (t.ins);
    g_array_unref (t.deferred);
    return ok;
}
