/* findings_load.c - per-client measures for the three periods, read with a
 * few grouped queries (one pass each over the window's rows). */
#include "config.h"
#include "findings/findings_p.h"
#include "money/money.h"
#include "base/stats.h"
#include "base/util.h"
#include "markers/text_stats.h"

#include <string.h>

const char *const rf_findings_category[FC_NCAT] = {
    "abuse", "demanding", "negativity", "complaint", "rejection",
    "status_chasing", "value_questioning", "price_pushback", "scope_change",
    "indecision", "unethical", "appreciation", "referral",
};

void
rf_findings_client_free (gpointer p)
{
    fc_client_t *cl = p;
    for (int i = 0; i < FP_N; i++) {
        g_array_unref (cl->client_latency[i]);
        g_array_unref (cl->our_latency[i]);
    }
    g_free (cl->key);
    g_free (cl->name);
    g_free (cl->lang);
    g_free (cl->currency);
    g_hash_table_unref (cl->months);
    if (cl->tz)
        g_time_zone_unref (cl->tz);
    g_free (cl);
}

/* Count one more of `what` in a month of the window. */
static void
month_add (fc_client_t *cl, const char *month, const char *what)
{
    char *key;
    gint64 *n;
    if (!month)
        return;
    key = g_strconcat (month, "\t", what, NULL);
    n = g_hash_table_lookup (cl->months, key);
    if (!n) {
        n = g_new0 (gint64, 1);
        g_hash_table_insert (cl->months, key, n);
    } else {
        g_free (key);
    }
    (*n)++;
}

static fc_client_t *
client_of (const fc_ctx_t *c, sqlite3_stmt *q, int col)
{
    gint64 id;
    if (sqlite3_column_type (q, col) == SQLITE_NULL)
        return NULL;
    id = sqlite3_column_int64 (q, col);
    return g_hash_table_lookup (c->by_id, &id);
}

/* Call fn for every period the instant t falls in. */
#define FOR_PERIODS(c, t, p) \
    for (int p = 0; p < FP_N; p++) \
        if ((t) >= (c)->start[p] && (t) < (c)->end[p])

static gint64
lowest_start (const fc_ctx_t *c)
{
    gint64 lo = c->start[0];
    for (int p = 1; p < FP_N; p++)
        lo = MIN (lo, c->start[p]);
    return lo;
}

static gboolean
finish (const fc_ctx_t *c, sqlite3_stmt *q, int rc, const char *what, GError **err)
{
    sqlite3_finalize (q);
    if (rc != SQLITE_DONE) {
        rf_store_set_error (c->st, err, what);
        return FALSE;
    }
    return TRUE;
}

/* Messages dated in [lo, hi), counted on the date index alone. */
static gint64
messages_between (fc_ctx_t *c, gint64 lo, gint64 hi)
{
    sqlite3_stmt *q = rf_store_prepare (c->st, "SELECT count(*) FROM message WHERE date_utc >= ?1 AND date_utc < ?2",
                                        NULL);
    gint64 n = 0;
    if (!q)
        return 0;
    sqlite3_bind_int64 (q, 1, lo);
    sqlite3_bind_int64 (q, 2, hi);
    if (sqlite3_step (q) == SQLITE_ROW)
        n = sqlite3_column_int64 (q, 0);
    sqlite3_finalize (q);
    return n;
}

/* The conversation messages of the periods, once, and the marker hits of
 * the inbound ones: every measure and every piece of evidence reads these
 * small tables instead of going through each client's whole history.
 * Temporary: gone with the connection, and with the transaction when a
 * window is analysed without being stored. */
static gboolean
load_window_table (fc_ctx_t *c, GError **err)
{
    gint64 lo = lowest_start (c), hi = c->end[FP_WINDOW];
    sqlite3_stmt *q;
    gboolean ok;
    char *sql;
    /* Through the date index, each message costs a random read of its row;
     * read in id order, a sequential one about 7 times cheaper: past an
     * eighth of all mail, reading everything in order is faster. */
    gboolean by_date = messages_between (c, lo, hi) * 8 < rf_store_query_int (c->st, "SELECT max(id) FROM message", 0);
    if (!rf_store_exec (c->st, "DROP TABLE IF EXISTS temp.fw; DROP TABLE IF EXISTS temp.fh;"
                               " CREATE TEMP TABLE fw (id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL,"
                               " date_utc INTEGER NOT NULL, msgid TEXT NOT NULL, subject TEXT, shout_ratio REAL,"
                               " exclaim_bursts INTEGER NOT NULL, direction TEXT NOT NULL,"
                               " after_hours INTEGER NOT NULL, answer TEXT, local_day TEXT, month TEXT,"
                               " parent_in INTEGER NOT NULL, dismissed INTEGER NOT NULL)", err))
        return FALSE;
    /* A message dismissed as a whole (redflag dismiss) still counts as a
     * message exchanged, but is evidence of nothing. */
    sql = g_strdup_printf (
        "INSERT INTO temp.fw SELECT m.id, a.client_id, m.date_utc, m.msgid, %s, m.shout_ratio,"
        " m.exclaim_bursts, a.direction, a.after_hours, a.answer, a.local_day, a.month,"
        " COALESCE(pa.direction = 'in', 0),"
        " EXISTS (SELECT 1 FROM dismissed d WHERE d.kind = 'message' AND d.msgid = m.msgid AND d.category = '')"
        " FROM message m JOIN message_attr a ON a.message_id = m.id"
        " LEFT JOIN message_attr pa ON pa.message_id = a.parent_id"
        " WHERE %sm.date_utc >= ?1 AND %sm.date_utc < ?2 AND a.conversation = 1 AND a.client_id IS NOT NULL",
        c->evidence ? "m.subject" : "NULL", by_date ? "" : "+", by_date ? "" : "+");
    q = rf_store_prepare (c->st, sql, err);
    g_free (sql);
    if (!q)
        return FALSE;
    sqlite3_bind_int64 (q, 1, lo);
    sqlite3_bind_int64 (q, 2, hi);
    ok = sqlite3_step (q) == SQLITE_DONE;
    if (!ok)
        rf_store_set_error (c->st, err, "gathering the window's messages");
    sqlite3_finalize (q);
    /* The index serves the evidence's queries, client by client. */
    if (ok && c->evidence)
        ok = rf_store_exec (c->st, "CREATE INDEX temp.fw_client ON fw (client_id, date_utc)", err);
    return ok && rf_store_exec (c->st,
        "CREATE TEMP TABLE fh AS SELECT h.message_id, m.client_id, m.date_utc, m.month, h.category, h.weight,"
        " h.offset, h.pattern_id, h.matched, h.snippet"
        " FROM fw m JOIN marker_hit h ON h.message_id = m.id WHERE m.direction = 'in' AND m.dismissed = 0"
        " AND NOT EXISTS (SELECT 1 FROM dismissed d WHERE d.msgid = m.msgid AND ((d.kind = 'message'"
        "   AND d.category = h.category) OR (d.kind = 'hit' AND d.category = h.category"
        "   AND d.pattern_id = h.pattern_id)));"
        "CREATE INDEX temp.fh_client ON fh (client_id, category, date_utc);"
        "CREATE INDEX temp.fh_message ON fh (message_id, category);", err);
}

/* Each client's language: the one most of their messages are in, as the
 * attribution step found (client.mail_lang). */
static gboolean
load_languages (fc_ctx_t *c, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (c->st, "SELECT id, mail_lang FROM client WHERE mail_lang IS NOT NULL", err);
    int rc;
    if (!q)
        return FALSE;
    while ((rc = sqlite3_step (q)) == SQLITE_ROW) {
        fc_client_t *cl = client_of (c, q, 0);
        if (cl && !cl->lang)
            cl->lang = g_strdup ((const char *) sqlite3_column_text (q, 1));
    }
    for (guint i = 0; i < c->clients->len; i++) {
        fc_client_t *cl = c->clients->pdata[i];
        if (!cl->lang)
            cl->lang = g_strdup ("en");
    }
    return finish (c, q, rc, "reading the clients' languages", err);
}

static gboolean
load_clients (fc_ctx_t *c, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (c->st,
        "SELECT c.id, c.key, c.name, c.response_seconds, c.contract_end, c.lang, c.timezone"
        " FROM client c WHERE c.active = 1 ORDER BY c.key", err);
    int rc;
    if (!q)
        return FALSE;
    while ((rc = sqlite3_step (q)) == SQLITE_ROW) {
        fc_client_t *cl = g_new0 (fc_client_t, 1);
        const char *end = (const char *) sqlite3_column_text (q, 4);
        const char *lang = (const char *) sqlite3_column_text (q, 5);
        cl->id = sqlite3_column_int64 (q, 0);
        cl->key = g_strdup ((const char *) sqlite3_column_text (q, 1));
        cl->name = g_strdup ((const char *) sqlite3_column_text (q, 2));
        cl->response_seconds = sqlite3_column_int64 (q, 3);
        cl->contract_end = -1;
        if (sqlite3_column_text (q, 6))
            cl->tz = rf_time_zone_new ((const char *) sqlite3_column_text (q, 6));
        if (!cl->tz)
            cl->tz = g_time_zone_new_utc ();
        cl->months = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
        if (end)
            rf_parse_date (end, &cl->contract_end);
        /* Configured, else the language of their mail (load_languages). */
        if (lang && (!strcmp (lang, "en") || !strcmp (lang, "fr") || !strcmp (lang, "es")))
            cl->lang = g_strdup (lang);
        for (guint i = 0; i < c->cfg->clients->len; i++) {
            const rf_client_t *rc_ = c->cfg->clients->pdata[i];
            if (!strcmp (rc_->id, cl->key))
                cl->conf = rc_;
        }
        for (int p = 0; p < FP_N; p++) {
            cl->client_latency[p] = g_array_new (FALSE, FALSE, sizeof (gint64));
            cl->our_latency[p] = g_array_new (FALSE, FALSE, sizeof (gint64));
        }
        g_ptr_array_add (c->clients, cl);
        g_hash_table_insert (c->by_id, &cl->id, cl);
    }
    return finish (c, q, rc, "reading clients", err);
}

/* Run a query whose rows start with (client_id, unix time), bound to the
 * range ?1..?2, and hand each row of a known client to fn. */
typedef void (*row_fn) (fc_ctx_t *c, fc_client_t *cl, gint64 t, sqlite3_stmt *q);

static gboolean
each_row (fc_ctx_t *c, const char *sql, gint64 lo, gint64 hi, row_fn fn, const char *what,
          GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (c->st, sql, err);
    int rc;
    if (!q)
        return FALSE;
    sqlite3_bind_int64 (q, 1, lo);
    sqlite3_bind_int64 (q, 2, hi);
    while ((rc = sqlite3_step (q)) == SQLITE_ROW) {
        fc_client_t *cl = client_of (c, q, 0);
        if (cl)
            fn (c, cl, sqlite3_column_int64 (q, 1), q);
    }
    return finish (c, q, rc, what, err);
}

/* Conversation messages: counts each way, after hours, unanswered, shouting. */
static void
message_row (fc_ctx_t *c, fc_client_t *cl, gint64 t, sqlite3_stmt *q)
{
    gboolean in = sqlite3_column_int (q, 2), after = sqlite3_column_int (q, 3),
             unans = sqlite3_column_int (q, 4), answer = sqlite3_column_int (q, 7);
    gboolean shouting = sqlite3_column_double (q, 5) >= RF_SHOUT_THRESHOLD || sqlite3_column_int (q, 6) > 0;
    /* Dismissed: exchanged, but evidence of nothing. */
    if (sqlite3_column_int (q, 9))
        after = unans = shouting = FALSE;
    if (t >= c->start[FP_WINDOW])
        month_add (cl, (const char *) sqlite3_column_text (q, 8), in ? "in" : "out");
    FOR_PERIODS (c, t, p) {
        if (in) {
            cl->in[p]++;
            cl->shouting[p] += shouting;
        } else {
            cl->out[p]++;
            cl->out_after_hours[p] += after;
            /* Our answer to them ("done", "here it is") needs no answer back. */
            if (!answer) {
                cl->out_expecting[p]++;
                cl->out_unanswered[p] += unans;
            }
        }
    }
    if (t >= c->start[FP_WINDOW])
        c->total_messages++;
}

/* Reply latencies, placed by the date of the reply. */
static void
reply_row (fc_ctx_t *c, fc_client_t *cl, gint64 t, sqlite3_stmt *q)
{
    gint64 lat = sqlite3_column_int64 (q, 3);
    gboolean theirs = sqlite3_column_int (q, 2);
    FOR_PERIODS (c, t, p)
        g_array_append_val (theirs ? cl->client_latency[p] : cl->our_latency[p], lat);
}

/* Days on which a client sent many messages (its local days). */
static void
burst_row (fc_ctx_t *c, fc_client_t *cl, gint64 t, sqlite3_stmt *q)
{
    if (sqlite3_column_int64 (q, 2) < rf_findings_threshold (c, cl, "burst", "messages_per_day", 5))
        return;
    FOR_PERIODS (c, t, p)
        cl->burst_days[p]++;
}

static int
category_index (const char *name)
{
    for (int i = 0; i < FC_NCAT; i++)
        if (!strcmp (rf_findings_category[i], name))
            return i;
    return -1;
}

/* Inbound messages with at least one hit, per category. */
static void
marker_row (fc_ctx_t *c, fc_client_t *cl, gint64 t, sqlite3_stmt *q)
{
    int k = category_index ((const char *) sqlite3_column_text (q, 3));
    if (k < 0)
        return;
    if (t >= c->start[FP_WINDOW])
        month_add (cl, (const char *) sqlite3_column_text (q, 4), rf_findings_category[k]);
    FOR_PERIODS (c, t, p)
        cl->cat_messages[k][p]++;
}

static gboolean
load_mail (fc_ctx_t *c, GError **err)
{
    gint64 lo = lowest_start (c), hi = c->end[FP_WINDOW];
    gboolean ok =
        each_row (c, "SELECT client_id, date_utc, direction = 'in', after_hours,"
                     " answer = 'unanswered', COALESCE(shout_ratio, 0), exclaim_bursts, parent_in, month,"
                     " dismissed FROM fw WHERE direction IN ('in','out') AND date_utc >= ?1 AND date_utc < ?2",
                  lo, hi, message_row, "reading messages for findings", err)
        && each_row (c, "SELECT r.client_id, m.date_utc, r.direction = 'us_to_client', r.latency_seconds"
                        " FROM message m JOIN reply r ON r.reply_id = m.id"
                        " WHERE m.date_utc >= ?1 AND m.date_utc < ?2",
                     lo, hi, reply_row, "reading replies for findings", err)
        && each_row (c, "SELECT client_id, min(date_utc), count(*) FROM fw"
                        " WHERE direction = 'in' AND local_day IS NOT NULL AND date_utc >= ?1 AND date_utc < ?2"
                        " GROUP BY client_id, local_day HAVING count(*) >= 2",
                     lo, hi, burst_row, "reading message bursts", err)
        && each_row (c, "SELECT DISTINCT client_id, date_utc, message_id, category, month FROM fh"
                        " WHERE date_utc >= ?1 AND date_utc < ?2",
                     lo, hi, marker_row, "reading marker hits for findings", err);
    for (guint i = 0; ok && i < c->clients->len; i++) {
        fc_client_t *cl = c->clients->pdata[i];
        for (int p = 0; p < FP_N; p++) {
            rf_sort_int64 (cl->client_latency[p]);
            rf_sort_int64 (cl->our_latency[p]);
        }
    }
    return ok;
}

/* The currency each client is invoiced in most, and the business's. */
static gboolean
load_currencies (fc_ctx_t *c, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (c->st,
        "SELECT s.client_id, i.currency, sum(i.net_minor) AS n FROM invoice i"
        " JOIN invoice_status s ON s.invoice_id = i.id"
        " WHERE i.doc_class = 'debit' AND s.status NOT IN ('replaced','not_issued')"
        " GROUP BY s.client_id, i.currency ORDER BY n DESC, i.currency", err);
    GHashTable *totals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    gint64 best = -1;
    int rc;
    if (!q) {
        g_hash_table_unref (totals);
        return FALSE;
    }
    while ((rc = sqlite3_step (q)) == SQLITE_ROW) {
        fc_client_t *cl = client_of (c, q, 0);
        const char *cur = (const char *) sqlite3_column_text (q, 1);
        gint64 n = sqlite3_column_int64 (q, 2), *sum = g_hash_table_lookup (totals, cur);
        if (!sum) {
            sum = g_new0 (gint64, 1);
            g_hash_table_insert (totals, g_strdup (cur), sum);
        }
        *sum += n;
        if (*sum > best || (*sum == best && g_strcmp0 (cur, c->main_currency) < 0)) {
            best = *sum;
            g_free (c->main_currency);
            c->main_currency = g_strdup (cur);
        }
        if (cl && !cl->currency)
            cl->currency = g_strdup (cur);
        if (cl)
            c->has_money = TRUE;
    }
    g_hash_table_unref (totals);
    return finish (c, q, rc, "reading invoice currencies", err);
}

/* One invoice's lateness in a period; amount weights it. */
static void
count_late (fc_client_t *cl, int p, gint64 amount, gint64 late)
{
    cl->paid_invoices[p]++;
    cl->paid_amount[p] += amount;
    cl->late_weighted_sum[p] += (double) amount * MAX (late, 0);
    if (late > 0)
        cl->late_invoices[p]++;
}

/* Payment as it stood at the end of period p (the last 90 days or the 90
 * before): an invoice due in the period and paid by its end counts with
 * its days late; one not yet paid then counts with its days past due on
 * the period's last day, when it was due in the period or was already
 * late at its start. So an invoice still unpaid weighs on the last 90
 * days as of the reference date. */
static void
late_at_period_end (const fc_ctx_t *c, fc_client_t *cl, int p, gint64 due, gint64 paid, gint64 days_late,
                    gint64 amount)
{
    gint64 end = c->end[p], last_day = end - 86400;
    gboolean due_in = due >= c->start[p] && due < end;
    if (paid >= 0 && paid < end) {
        if (due_in)
            count_late (cl, p, amount, days_late);
    } else if (due <= last_day && (due_in || due < c->start[p])) {
        count_late (cl, p, amount, (last_day - due) / 86400);
    }
}

/* The lateness measures of one debit invoice with a due date. Columns:
 * 6 status, 7 days late, 8 amount, 9 open, 10 days overdue, 11 paid date. */
static void
invoice_lateness (const fc_ctx_t *c, fc_client_t *cl, gint64 due, sqlite3_stmt *q)
{
    const char *status = (const char *) sqlite3_column_text (q, 6);
    gint64 amount = sqlite3_column_int64 (q, 8), paid = -1;
    gboolean known = sqlite3_column_type (q, 7) != SQLITE_NULL;
    if (!strcmp (status, "overdue")) {
        cl->overdue_minor += sqlite3_column_int64 (q, 9);
        cl->max_days_overdue = MAX (cl->max_days_overdue, sqlite3_column_int64 (q, 10));
        cl->overdue_invoices++;
    }
    if (known && due >= c->start[FP_WINDOW] && due < c->end[FP_WINDOW]) {
        count_late (cl, FP_WINDOW, amount, sqlite3_column_int64 (q, 7));
        cl->max_days_late = MAX (cl->max_days_late, sqlite3_column_int64 (q, 7));
    }
    if (!known && strcmp (status, "open") && strcmp (status, "overdue"))
        return;   /* credited, prepaid: no payment to time */
    if (known && !(sqlite3_column_text (q, 11) && rf_parse_date ((const char *) sqlite3_column_text (q, 11), &paid)))
        paid = due + sqlite3_column_int64 (q, 7) * 86400;
    for (int p = FP_RECENT; p <= FP_PREVIOUS; p++)
        late_at_period_end (c, cl, p, due, known ? paid : -1, sqlite3_column_int64 (q, 7), amount);
}

/* Invoiced, credited and paid, per period, in each client's currency.
 * Revenue is placed by issue date; lateness by due date. */
static gboolean
load_invoices (fc_ctx_t *c, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (c->st,
        "SELECT s.client_id, i.currency, i.doc_class, i.issue_date, s.due_date, i.net_minor,"
        " s.status, s.days_late, i.amount_minor, s.open_minor, s.days_overdue, s.paid_date,"
        " i.number IN (SELECT invoice_number FROM dismissed WHERE kind = 'invoice')"
        " FROM invoice i JOIN invoice_status s ON s.invoice_id = i.id"
        " WHERE s.status NOT IN ('replaced','not_issued')", err);
    int rc;
    if (!q)
        return FALSE;
    while ((rc = sqlite3_step (q)) == SQLITE_ROW) {
        fc_client_t *cl = client_of (c, q, 0);
        const char *cur = (const char *) sqlite3_column_text (q, 1);
        gboolean credit = !strcmp ((const char *) sqlite3_column_text (q, 2), "credit");
        gboolean dismissed = sqlite3_column_int (q, 12);
        gint64 issued = 0, due = 0, net = sqlite3_column_int64 (q, 5);
        rf_parse_date ((const char *) sqlite3_column_text (q, 3), &issued);
        if (!g_strcmp0 (cur, c->main_currency) && issued >= c->start[FP_WINDOW]
            && issued < c->end[FP_WINDOW])
            c->total_revenue += credit ? -net : net;
        if (!cl || g_strcmp0 (cur, cl->currency))
            continue;
        FOR_PERIODS (c, issued, p) {
            if (credit)
                cl->credited[p] += net;
            else
                cl->invoiced[p] += net;
            /* A dismissed credit note still lowers the revenue, but is no
             * longer counted as one. */
            if (credit && !dismissed) {
                cl->credit_count[p]++;
                cl->credit_noted[p] += net;
            }
            else if (!credit)
                cl->invoice_count[p]++;
        }
        if (credit || dismissed || !sqlite3_column_text (q, 4)
            || !rf_parse_date ((const char *) sqlite3_column_text (q, 4), &due))
            continue;
        invoice_lateness (c, cl, due, q);
    }
    return finish (c, q, rc, "reading invoices for findings", err);
}

/* Scope-change requests at least 60 days old: billed when the client's net
 * invoiced in the 60 days after the request exceeds the 60 days before. */
static void
scope_row (fc_ctx_t *c, fc_client_t *cl, gint64 t, sqlite3_stmt *q)
{
    cl->scope_requests++;
    if (t + 60 * 86400 > c->end[FP_WINDOW])
        cl->scope_pending++;
    else if (sqlite3_column_int64 (q, 2) <= sqlite3_column_int64 (q, 3))
        cl->scope_unbilled++;
}

static gboolean
load_scope_billing (fc_ctx_t *c, GError **err)
{
    return each_row (c,
                     "SELECT m.client_id, m.date_utc,"
                     " (SELECT COALESCE(sum(i.net_minor), 0) FROM invoice i JOIN invoice_status s ON s.invoice_id = i.id"
                     "   WHERE s.client_id = m.client_id AND i.doc_class = 'debit' AND s.status NOT IN ('replaced','not_issued')"
                     "   AND i.issue_date >= date(m.date_utc, 'unixepoch') AND i.issue_date < date(m.date_utc + 60*86400, 'unixepoch')),"
                     " (SELECT COALESCE(sum(i.net_minor), 0) FROM invoice i JOIN invoice_status s ON s.invoice_id = i.id"
                     "   WHERE s.client_id = m.client_id AND i.doc_class = 'debit' AND s.status NOT IN ('replaced','not_issued')"
                     "   AND i.issue_date >= date(m.date_utc - 60*86400, 'unixepoch') AND i.issue_date < date(m.date_utc, 'unixepoch'))"
                     " FROM fw m WHERE m.direction = 'in' AND m.date_utc >= ?1 AND m.date_utc < ?2"
                     " AND m.id IN (SELECT h.message_id FROM fh h WHERE h.category = 'scope_change')",
                     c->start[FP_WINDOW], c->end[FP_WINDOW], scope_row, "reading scope changes and billing", err);
}

/* Shares of effort and revenue, and messages per 1,000 of revenue against
 * the median client invoiced in the same currency. */
static int
cmp_double (const void *a, const void *b)
{
    double x = *(const double *) a, y = *(const double *) b;
    return (x > y) - (x < y);
}

static void
derive_shares (fc_ctx_t *c)
{
    GArray *costs = g_array_new (FALSE, FALSE, sizeof (double));
    double median = 0;
    for (guint i = 0; i < c->clients->len; i++) {
        fc_client_t *cl = c->clients->pdata[i];
        gint64 msgs = cl->in[FP_WINDOW] + cl->out[FP_WINDOW];
        gint64 revenue = cl->invoiced[FP_WINDOW] - cl->credited[FP_WINDOW];
        gboolean main = cl->currency && !g_strcmp0 (cl->currency, c->main_currency);
        cl->message_share = c->total_messages ? (double) msgs / c->total_messages : 0;
        cl->revenue_share = main && c->total_revenue > 0 ? (double) revenue / c->total_revenue : 0;
        cl->per_1000 = cl->cost_ratio = -1;
        if (main && revenue > 0) {
            int exp = rf_currency_exponent (cl->currency);
            double major = (double) revenue;
            for (int e = 0; e < exp; e++)
                major /= 10.0;
            cl->per_1000 = 1000.0 * msgs / major;
            g_array_append_val (costs, cl->per_1000);
        }
    }
    if (costs->len >= 3) {
        g_array_sort (costs, cmp_double);
        median = costs->len % 2 ? g_array_index (costs, double, costs->len / 2)
                                : (g_array_index (costs, double, costs->len / 2 - 1)
                                   + g_array_index (costs, double, costs->len / 2)) / 2;
    }
    for (guint i = 0; i < c->clients->len && median > 0; i++) {
        fc_client_t *cl = c->clients->pdata[i];
        if (cl->per_1000 >= 0) {
            cl->cost_ratio = cl->per_1000 / median;
            cl->has_revenue_peers = TRUE;
        }
    }
    c->median_per_1000 = median;
    g_array_unref (costs);
}

gboolean
rf_findings_store_months (const fc_ctx_t *c, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (c->st, "INSERT INTO finding_month (client_id, month, what, n)"
                                               " VALUES (?1, ?2, ?3, ?4)", err);
    gboolean ok = q != NULL;
    for (guint i = 0; ok && i < c->clients->len; i++) {
        fc_client_t *cl = c->clients->pdata[i];
        GHashTableIter it;
        gpointer k, v;
        g_hash_table_iter_init (&it, cl->months);
        while (ok && g_hash_table_iter_next (&it, &k, &v)) {
            const char *tab = strchr (k, '\t');
            sqlite3_reset (q);
            sqlite3_bind_int64 (q, 1, cl->id);
            sqlite3_bind_text (q, 2, k, (int) (tab - (const char *) k), SQLITE_TRANSIENT);
            sqlite3_bind_text (q, 3, tab + 1, -1, SQLITE_STATIC);
            sqlite3_bind_int64 (q, 4, *(gint64 *) v);
            ok = sqlite3_step (q) == SQLITE_DONE;
        }
    }
    if (q && !ok)
        rf_store_set_error (c->st, err, "storing the monthly counts");
    sqlite3_finalize (q);
    return ok;
}

gboolean
rf_findings_load (fc_ctx_t *c, GError **err)
{
    if (!load_clients (c, err) || !load_languages (c, err) || !load_window_table (c, err)
        || !load_mail (c, err) || !load_currencies (c, err)
        || !load_invoices (c, err) || !load_scope_billing (c, err))
        return FALSE;
    derive_shares (c);
    return TRUE;
}
