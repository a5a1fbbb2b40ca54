/* mail_counterparts.c - everyone we exchanged mail with, in a client or
 * not: the tables counterpart and counterpart_party (doc/schema.md). With
 * [client:...] groups, mail from and to everyone else is in no client;
 * these rows let 'redflag clients' and the report say so instead of
 * leaving it out without a word. The rules are in doc/mail-rules.md
 * ("Counterparts in no client"). */
#include "config.h"
#include "mail/mail_analysis.h"
#include "base/util.h"

#include <string.h>

typedef struct {
    char *party;            /* domain, or the address for freemail */
    gint64 client_id;       /* 0 when in no client */
    gint64 in, out, last;
    gboolean dated;
} addr_count_t;

typedef struct {
    gint64 in, out, last;
    gboolean dated;
    GHashTable *addrs;      /* set of borrowed addresses */
} party_count_t;

typedef struct {
    rf_mail_analysis_t *a;
    GHashTable *addrs;      /* address -> addr_count_t* */
    GHashTable *parties;    /* party -> party_count_t* (parties with an address in no client) */
} tally_t;

static void
addr_count_free (gpointer p)
{
    g_free (((addr_count_t *) p)->party);
    g_free (p);
}

static void
party_count_free (gpointer p)
{
    g_hash_table_unref (((party_count_t *) p)->addrs);
    g_free (p);
}

/* How an address would be grouped were it a client of its own. */
static char *
party_of (const rf_mail_analysis_t *a, const char *addr)
{
    const char *dom = rf_addr_domain (addr);
    return g_strdup (dom && !rf_config_is_freemail (a->cfg, dom) ? dom : addr);
}

static addr_count_t *
addr_entry (tally_t *t, const char *addr)
{
    addr_count_t *e = g_hash_table_lookup (t->addrs, addr);
    char *key;
    const rf_mail_client_t *c;
    if (e)
        return e;
    e = g_new0 (addr_count_t, 1);
    e->party = party_of (t->a, addr);
    key = rf_mail_client_key (t->a, addr);
    c = key ? g_hash_table_lookup (t->a->clients, key) : NULL;
    e->client_id = c ? c->id : 0;
    g_free (key);
    g_hash_table_insert (t->addrs, g_strdup (addr), e);
    return e;
}

/* Count one message for one counterpart address; parties seen holds the
 * parties this message already counted for (each message counts once). */
static void
count (tally_t *t, const char *addr, gboolean inbound, gboolean dated, gint64 date, GHashTable *seen)
{
    addr_count_t *e = addr_entry (t, addr);
    party_count_t *p;
    char *stored_addr = NULL;
    *(inbound ? &e->in : &e->out) += 1;
    if (dated && (!e->dated || date > e->last)) {
        e->last = date;
        e->dated = TRUE;
    }
    if (e->client_id)
        return;
    if (!(p = g_hash_table_lookup (t->parties, e->party))) {
        p = g_new0 (party_count_t, 1);
        p->addrs = g_hash_table_new (g_str_hash, g_str_equal);
        g_hash_table_insert (t->parties, g_strdup (e->party), p);
    }
    g_hash_table_lookup_extended (t->addrs, addr, (gpointer *) &stored_addr, NULL);
    g_hash_table_add (p->addrs, stored_addr);
    if (!g_hash_table_add (seen, e->party))
        return;
    *(inbound ? &p->in : &p->out) += 1;
    if (dated && (!p->dated || date > p->last)) {
        p->last = date;
        p->dated = TRUE;
    }
}

/* One message: its sender when it is not ours, else its recipients that
 * are not ours (each once). */
static void
count_message (tally_t *t, const char *from, gboolean dated, gint64 date, GPtrArray *rcpts)
{
    GHashTable *seen = g_hash_table_new (g_str_hash, g_str_equal);
    GHashTable *addrs = g_hash_table_new (g_str_hash, g_str_equal);
    if (!rf_mail_is_ours (t->a, from)) {
        count (t, from, TRUE, dated, date, seen);
    } else {
        for (guint i = 0; i < rcpts->len; i++) {
            const char *r = rcpts->pdata[i];
            if (!rf_mail_is_ours (t->a, r) && g_hash_table_add (addrs, (gpointer) r))
                count (t, r, FALSE, dated, date, seen);
        }
    }
    g_hash_table_unref (addrs);
    g_hash_table_unref (seen);
}

static gboolean
store_addresses (tally_t *t, GError **err)
{
    rf_batch_t *b = rf_batch_new (t->a->st, "INSERT INTO counterpart(addr, party, client_id, inbound,"
                                             " outbound, last_utc)", 6, err);
    GHashTableIter it;
    gpointer k, v;
    gboolean ok = b != NULL;
    g_hash_table_iter_init (&it, t->addrs);
    while (ok && g_hash_table_iter_next (&it, &k, &v)) {
        addr_count_t *e = v;
        rf_batch_text (b, 0, k);
        rf_batch_text (b, 1, e->party);
        if (e->client_id)
            rf_batch_int (b, 2, e->client_id);
        rf_batch_int (b, 3, e->in);
        rf_batch_int (b, 4, e->out);
        if (e->dated)
            rf_batch_int (b, 5, e->last);
        ok = rf_batch_row_done (b, err);
    }
    ok = ok && rf_batch_flush (b, err);
    rf_batch_free (b);
    return ok;
}

static gboolean
store_parties (tally_t *t, GError **err)
{
    rf_batch_t *b = rf_batch_new (t->a->st, "INSERT INTO counterpart_party(party, inbound, outbound,"
                                             " addresses, last_utc)", 5, err);
    GHashTableIter it;
    gpointer k, v;
    gboolean ok = b != NULL;
    g_hash_table_iter_init (&it, t->parties);
    while (ok && g_hash_table_iter_next (&it, &k, &v)) {
        party_count_t *p = v;
        rf_batch_text (b, 0, k);
        rf_batch_int (b, 1, p->in);
        rf_batch_int (b, 2, p->out);
        rf_batch_int (b, 3, g_hash_table_size (p->addrs));
        if (p->dated)
            rf_batch_int (b, 4, p->last);
        ok = rf_batch_row_done (b, err);
    }
    ok = ok && rf_batch_flush (b, err);
    rf_batch_free (b);
    return ok;
}

/* The stored tallies, to which an analysis of what changed adds the new
 * messages: with the same identity and clients, the old messages count
 * as they did (mail_scope.c). A party's addresses are its counterparts
 * in no client. */
static gboolean
load_stored (tally_t *t, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (t->a->st, "SELECT addr, party, client_id, inbound, outbound, last_utc"
                                                  " FROM counterpart", err);
    sqlite3_stmt *p = q ? rf_store_prepare (t->a->st, "SELECT party, inbound, outbound, last_utc"
                                                      " FROM counterpart_party", err) : NULL;
    gboolean ok = p != NULL;
    while (ok && sqlite3_step (q) == SQLITE_ROW) {
        addr_count_t *e = g_new0 (addr_count_t, 1);
        e->party = g_strdup ((const char *) sqlite3_column_text (q, 1));
        e->client_id = sqlite3_column_int64 (q, 2);
        e->in = sqlite3_column_int64 (q, 3);
        e->out = sqlite3_column_int64 (q, 4);
        e->dated = sqlite3_column_type (q, 5) != SQLITE_NULL;
        e->last = sqlite3_column_int64 (q, 5);
        g_hash_table_insert (t->addrs, g_strdup ((const char *) sqlite3_column_text (q, 0)), e);
    }
    while (ok && sqlite3_step (p) == SQLITE_ROW) {
        party_count_t *pc = g_new0 (party_count_t, 1);
        pc->addrs = g_hash_table_new (g_str_hash, g_str_equal);
        pc->in = sqlite3_column_int64 (p, 1);
        pc->out = sqlite3_column_int64 (p, 2);
        pc->dated = sqlite3_column_type (p, 3) != SQLITE_NULL;
        pc->last = sqlite3_column_int64 (p, 3);
        g_hash_table_insert (t->parties, g_strdup ((const char *) sqlite3_column_text (p, 0)), pc);
    }
    sqlite3_finalize (q);
    sqlite3_finalize (p);
    if (ok) {
        GHashTableIter it;
        gpointer k, v;
        g_hash_table_iter_init (&it, t->addrs);
        while (g_hash_table_iter_next (&it, &k, &v)) {
            party_count_t *pc = ((addr_count_t *) v)->client_id ? NULL
                                : g_hash_table_lookup (t->parties, ((addr_count_t *) v)->party);
            if (pc)
                g_hash_table_add (pc->addrs, k);
        }
    }
    return ok;
}

/* Messages in id order with their recipients (a merge over message_rcpt
 * in key order, as mail_attribute.c does). Automatic mail is left out.
 * Scoped, only the new messages. */
static gboolean
read_messages (tally_t *t, GError **err)
{
    char *sql = g_strdup_printf ("SELECT m.id, m.from_addr, m.date_utc, r.addr FROM message m"
                                 " LEFT JOIN message_rcpt r ON r.message_id = m.id"
                                 " WHERE m.auto_reason IS NULL AND m.from_addr IS NOT NULL AND m.id > %" G_GINT64_FORMAT
                                 " ORDER BY m.id, r.kind DESC, r.pos", t->a->scoped ? t->a->after_id : -1);
    sqlite3_stmt *q = rf_store_prepare (t->a->st, sql, err);
    GPtrArray *rcpts = g_ptr_array_new_with_free_func (g_free);
    char *from = NULL;
    gint64 id = -1, date = 0;
    gboolean dated = FALSE;
    int rc = SQLITE_DONE;
    g_free (sql);
    if (!q) {
        g_ptr_array_unref (rcpts);
        return FALSE;
    }
    while ((rc = sqlite3_step (q)) == SQLITE_ROW || from) {
        if (rc != SQLITE_ROW || sqlite3_column_int64 (q, 0) != id) {
            if (from)
                count_message (t, from, dated, date, rcpts);
            g_clear_pointer (&from, g_free);
            g_ptr_array_set_size (rcpts, 0);
            if (rc != SQLITE_ROW)
                break;
            id = sqlite3_column_int64 (q, 0);
            from = g_strdup ((const char *) sqlite3_column_text (q, 1));
            dated = sqlite3_column_type (q, 2) != SQLITE_NULL;
            date = sqlite3_column_int64 (q, 2);
        }
        if (sqlite3_column_type (q, 3) != SQLITE_NULL)
            g_ptr_array_add (rcpts, g_strdup ((const char *) sqlite3_column_text (q, 3)));
    }
    g_free (from);
    g_ptr_array_unref (rcpts);
    sqlite3_finalize (q);
    if (rc != SQLITE_DONE) {
        rf_store_set_error (t->a->st, err, "reading the counterparts of the messages");
        return FALSE;
    }
    return TRUE;
}

gboolean
rf_mail_counterparts (rf_mail_analysis_t *a, GError **err)
{
    tally_t t = { a, NULL, NULL };
    gboolean ok;
    t.addrs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, addr_count_free);
    t.parties = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, party_count_free);
    ok = (!a->scoped || load_stored (&t, err))
         && rf_store_exec (a->st, "DELETE FROM counterpart; DELETE FROM counterpart_party;", err)
         && read_messages (&t, err) && store_addresses (&t, err) && store_parties (&t, err);
    /* Parties first: their address sets borrow the keys of t.addrs. */
    g_hash_table_unref (t.parties);
    g_hash_table_unref (t.addrs);
    return ok;
}
