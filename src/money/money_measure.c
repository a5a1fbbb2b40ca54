/* money_measure.c - per-invoice status and per-client payment measures as
 * of a date (doc/money-rules.md, "Measures"). */
#include "config.h"
#include "money/money_analyze_p.h"
#include "money/money_analyze.h"
#include "base/util.h"

#include <string.h>

const char rf_money_aging_sql[] =
    "WITH o AS (SELECT s.client_id, i.currency, i.issue_date, i.amount_minor,"
    "   MAX(i.amount_minor - COALESCE((SELECT SUM(e.amount_minor) FROM invoice_event e"
    "     WHERE e.invoice_id = i.id AND e.date <= ?1), 0), 0) AS open,"
    "   CAST(julianday(?1) - julianday(s.due_date) AS INTEGER) AS late,"
    "   EXISTS (SELECT 1 FROM invoice_event e WHERE e.invoice_id = i.id AND e.kind = 'replaced'"
    "     AND e.date <= ?1) AS replaced"
    "  FROM invoice i JOIN invoice_status s ON s.invoice_id = i.id"
    "  WHERE i.doc_class = 'debit' AND i.issue_date <= ?1)"
    " SELECT client_id, currency,"
    "  SUM(CASE WHEN late <= 0 THEN open ELSE 0 END) AS b0,"
    "  SUM(CASE WHEN late BETWEEN 1 AND 30 THEN open ELSE 0 END) AS b1,"
    "  SUM(CASE WHEN late BETWEEN 31 AND 60 THEN open ELSE 0 END) AS b2,"
    "  SUM(CASE WHEN late BETWEEN 61 AND 90 THEN open ELSE 0 END) AS b3,"
    "  SUM(CASE WHEN late > 90 THEN open ELSE 0 END) AS b4,"
    "  SUM(CASE WHEN NOT replaced AND issue_date > date(?1, '-90 days') THEN amount_minor ELSE 0 END)"
    "   AS inv90"
    " FROM o GROUP BY client_id, currency";

typedef struct {
    const char *status;
    gint64 paid, credited, open, overpaid;
    gint64 paid_day;           /* -1: not fully paid */
    gint64 days_late, days_to_pay, days_overdue;
} m_status_t;

static int
by_day (gconstpointer a, gconstpointer b)
{
    const m_event_t *x = a, *y = b;
    return x->day < y->day ? -1 : x->day > y->day;
}

/* Settlement: the day the payments and credits (up to as_of) first reach
 * the amount and stay there. */
static void
settle (const m_invoice_t *inv, gint64 as_of, m_status_t *s)
{
    GArray *ev = g_array_sized_new (FALSE, FALSE, sizeof (m_event_t), inv->events->len);
    gint64 cum = 0;
    for (guint i = 0; i < inv->events->len; i++) {
        m_event_t *e = &g_array_index (inv->events, m_event_t, i);
        if (e->day <= as_of && e->kind != EV_REPLACED)
            g_array_append_val (ev, *e);
    }
    g_array_sort (ev, by_day);
    for (guint i = 0; i < ev->len; i++) {
        m_event_t *e = &g_array_index (ev, m_event_t, i);
        cum += e->amount;
        if (e->kind == EV_CREDIT)
            s->credited += e->amount;
        else
            s->paid += e->amount;
        /* Decide only once the day's events are all counted. */
        if (i + 1 < ev->len && g_array_index (ev, m_event_t, i + 1).day == e->day)
            continue;
        if (cum >= inv->amount && s->paid_day < 0)
            s->paid_day = e->day;
        else if (cum < inv->amount)
            s->paid_day = -1;
    }
    g_array_free (ev, TRUE);
    s->open = MAX (inv->amount - cum, 0);
    s->overpaid = MAX (cum - inv->amount, 0);
}

static void
invoice_status (const m_invoice_t *inv, gint64 as_of, m_status_t *s)
{
    memset (s, 0, sizeof *s);
    s->paid_day = -1;
    if (inv->kind == M_CREDIT) {
        s->status = "credit_note";
        return;
    }
    if (inv->issue > as_of) {
        s->status = "not_issued";
        return;
    }
    settle (inv, as_of, s);
    if (inv->replaced_by && inv->replaced_by->issue <= as_of) {
        s->status = "replaced";
        s->open = 0;
        s->paid_day = -1;
    } else if (inv->amount <= 0) {
        s->status = "prepaid";
        s->paid_day = -1;
    } else if (s->paid_day >= 0 && s->paid <= 0) {
        s->status = "credited";
    } else if (s->paid_day >= 0) {
        s->days_late = s->paid_day - inv->due;
        s->days_to_pay = s->paid_day - inv->issue;
        s->status = s->days_late > 0 ? "paid_late" : "paid_on_time";
    } else {
        s->days_overdue = MAX (as_of - inv->due, 0);
        s->status = as_of > inv->due ? "overdue" : "open";
    }
}

static void
bind_day (sqlite3_stmt *st, int i, gint64 day)
{
    char buf[16];
    if (day < 0) {
        sqlite3_bind_null (st, i);
        return;
    }
    rf_money_day_str (day, buf);
    sqlite3_bind_text (st, i, buf, -1, SQLITE_TRANSIENT);
}

static gboolean
store_status (m_ctx_t *c, sqlite3_stmt *st, const m_invoice_t *inv, const m_status_t *s)
{
    gboolean paid = s->paid_day >= 0 && s->paid > 0;
    sqlite3_bind_int64 (st, 1, inv->id);
    if (inv->client_id)
        sqlite3_bind_int64 (st, 2, inv->client_id);
    sqlite3_bind_text (st, 3, inv->attribution, -1, SQLITE_STATIC);
    bind_day (st, 4, inv->due);
    sqlite3_bind_text (st, 5, inv->due_source, -1, SQLITE_STATIC);
    if (inv->applies_to)
        sqlite3_bind_int64 (st, 6, inv->applies_to->id);
    if (inv->replaced_by)
        sqlite3_bind_int64 (st, 7, inv->replaced_by->id);
    sqlite3_bind_text (st, 8, s->status, -1, SQLITE_STATIC);
    sqlite3_bind_int64 (st, 9, s->paid);
    sqlite3_bind_int64 (st, 10, s->credited);
    sqlite3_bind_int64 (st, 11, s->open);
    sqlite3_bind_int64 (st, 12, s->overpaid);
    bind_day (st, 13, s->paid_day);
    if (paid) {
        sqlite3_bind_int64 (st, 14, s->days_late);
        sqlite3_bind_int64 (st, 15, s->days_to_pay);
    }
    if (!strcmp (s->status, "overdue") || !strcmp (s->status, "open"))
        sqlite3_bind_int64 (st, 16, s->days_overdue);
    bind_day (st, 17, c->as_of);
    if (sqlite3_step (st) != SQLITE_DONE)
        return FALSE;
    sqlite3_reset (st);
    sqlite3_clear_bindings (st);
    return TRUE;
}

/* ---- Per client, currency and period. */

typedef struct {
    gint64 client_id;
    char currency[4];
    char period[8];
    gint64 invoices, invoiced, credit_notes, credited, paid;
    gint64 paid_invoices, paid_late, sum_late, max_late, sum_days_to_pay;
    gint64 open, overdue;
    double weighted_late, weighted_amount;
} agg_t;

static agg_t *
agg_get (GHashTable *h, gint64 client_id, const char *currency, const char *period)
{
    char *key = g_strdup_printf ("%" G_GINT64_FORMAT "|%s|%s", client_id, currency, period);
    agg_t *a = g_hash_table_lookup (h, key);
    if (a) {
        g_free (key);
        return a;
    }
    a = g_new0 (agg_t, 1);
    a->client_id = client_id;
    g_strlcpy (a->currency, currency, sizeof a->currency);
    g_strlcpy (a->period, period, sizeof a->period);
    a->max_late = -1;
    g_hash_table_insert (h, key, a);
    return a;
}

/* Add to the 'all' row and to the row of the month of day. */
typedef void (*agg_fn) (agg_t *a, const m_invoice_t *inv, const m_status_t *s, gint64 amount);

static void
agg_both (GHashTable *h, const m_invoice_t *inv, gint64 day, agg_fn fn, const m_status_t *s, gint64 amount)
{
    char buf[16];
    rf_money_day_str (day, buf);
    buf[7] = '\0';
    fn (agg_get (h, inv->client_id, inv->currency, "all"), inv, s, amount);
    fn (agg_get (h, inv->client_id, inv->currency, buf), inv, s, amount);
}

static void
add_credit_note (agg_t *a, const m_invoice_t *inv, const m_status_t *s, gint64 amount)
{
    a->credit_notes++;
    a->credited += inv->amount;
}

static void
add_invoice (agg_t *a, const m_invoice_t *inv, const m_status_t *s, gint64 amount)
{
    a->invoices++;
    a->invoiced += inv->amount;
    if (!strcmp (s->status, "paid_on_time") || !strcmp (s->status, "paid_late")) {
        gint64 late = MAX (s->days_late, 0);
        a->paid_invoices++;
        a->paid_late += late > 0;
        a->sum_late += late;
        a->max_late = MAX (a->max_late, late);
        a->sum_days_to_pay += s->days_to_pay;
        a->weighted_late += (double) inv->amount * (double) late;
        a->weighted_amount += (double) inv->amount;
    } else if (!strcmp (s->status, "open") || !strcmp (s->status, "overdue")) {
        a->open += s->open;
        if (!strcmp (s->status, "overdue"))
            a->overdue += s->open;
    }
}

static void
add_cash (agg_t *a, const m_invoice_t *inv, const m_status_t *s, gint64 amount)
{
    a->paid += amount;
}

static void
bind_ratio (sqlite3_stmt *st, int i, double num, double den)
{
    if (den > 0)
        sqlite3_bind_double (st, i, num / den);
    else
        sqlite3_bind_null (st, i);
}

static gboolean
store_agg (m_ctx_t *c, sqlite3_stmt *st, const agg_t *a)
{
    sqlite3_bind_int64 (st, 1, a->client_id);
    sqlite3_bind_text (st, 2, a->currency, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (st, 3, a->period, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64 (st, 4, a->invoices);
    sqlite3_bind_int64 (st, 5, a->invoiced);
    sqlite3_bind_int64 (st, 6, a->credit_notes);
    sqlite3_bind_int64 (st, 7, a->credited);
    bind_ratio (st, 8, (double) a->credited, (double) a->invoiced);
    sqlite3_bind_int64 (st, 9, a->paid);
    sqlite3_bind_int64 (st, 10, a->paid_invoices);
    sqlite3_bind_int64 (st, 11, a->paid_late);
    bind_ratio (st, 12, (double) a->paid_late, (double) a->paid_invoices);
    bind_ratio (st, 13, (double) a->sum_late, (double) a->paid_invoices);
    bind_ratio (st, 14, a->weighted_late, a->weighted_amount);
    if (a->max_late >= 0)
        sqlite3_bind_int64 (st, 15, a->max_late);
    bind_ratio (st, 16, (double) a->sum_days_to_pay, (double) a->paid_invoices);
    sqlite3_bind_int64 (st, 17, a->open);
    sqlite3_bind_int64 (st, 18, a->overdue);
    bind_day (st, 19, c->as_of);
    if (sqlite3_step (st) != SQLITE_DONE)
        return FALSE;
    sqlite3_reset (st);
    sqlite3_clear_bindings (st);
    return TRUE;
}

static void
aggregate (m_ctx_t *c, const m_invoice_t *inv, const m_status_t *s, GHashTable *aggs)
{
    if (!inv->client_id || inv->issue > c->as_of)
        return;
    if (inv->kind == M_CREDIT) {
        agg_both (aggs, inv, inv->issue, add_credit_note, s, 0);
        return;
    }
    if (strcmp (s->status, "replaced") != 0)
        agg_both (aggs, inv, inv->issue, add_invoice, s, 0);
    for (guint k = 0; k < inv->events->len; k++) {
        const m_event_t *e = &g_array_index (inv->events, m_event_t, k);
        if (e->day <= c->as_of && (e->kind == EV_PAYMENT || e->kind == EV_REVERSAL))
            agg_both (aggs, inv, e->day, add_cash, s, e->amount);
    }
}

static gboolean
store_aggregates (m_ctx_t *c, GHashTable *aggs, GError **err)
{
    sqlite3_stmt *st = rf_store_prepare (c->st,
        "INSERT INTO money_client(client_id, currency, period, invoices, invoiced_minor, credit_notes,"
        " credited_minor, credited_share, paid_minor, paid_invoices, paid_late, late_share,"
        " mean_days_late, weighted_days_late, max_days_late, mean_days_to_pay, open_minor,"
        " overdue_minor, as_of) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19)",
        err);
    GHashTableIter it;
    gpointer v;
    gboolean ok = st != NULL;
    g_hash_table_iter_init (&it, aggs);
    while (ok && g_hash_table_iter_next (&it, NULL, &v))
        ok = store_agg (c, st, v);
    if (st && !ok)
        rf_store_set_error (c->st, err, "storing client payment measures");
    sqlite3_finalize (st);
    return ok;
}

/* ---- Aging, DSO and revenue share. */

static gboolean
store_aging (m_ctx_t *c, GError **err)
{
    char *sql = g_strdup_printf (
        "INSERT INTO money_aging(client_id, currency, as_of, current_minor, d1_30_minor, d31_60_minor,"
        " d61_90_minor, d90_plus_minor, receivable_minor, invoiced_90d_minor, dso)"
        " SELECT client_id, currency, ?1, b0, b1, b2, b3, b4, b0+b1+b2+b3+b4, inv90,"
        "  CASE WHEN inv90 > 0 THEN (b0+b1+b2+b3+b4) * 90.0 / inv90 END"
        " FROM (%s) WHERE client_id IS NOT NULL", rf_money_aging_sql);
    sqlite3_stmt *st = rf_store_prepare (c->st, sql, err);
    gboolean ok = st != NULL;
    g_free (sql);
    if (!ok)
        return FALSE;
    bind_day (st, 1, c->as_of);
    ok = sqlite3_step (st) == SQLITE_DONE;
    if (!ok)
        rf_store_set_error (c->st, err, "storing aging");
    sqlite3_finalize (st);
    return ok;
}

static gboolean
store_revenue_share (m_ctx_t *c, GError **err)
{
    /* Net revenue: tax-exclusive amounts of invoices issued by as_of (not
     * replaced by then), less credit notes. The total per currency
     * includes invoices no client could be found for. */
    static const char sql[] =
        "WITH r AS (SELECT s.client_id, i.currency,"
        "   CASE WHEN i.doc_class = 'credit' THEN -i.net_minor ELSE i.net_minor END AS net"
        "  FROM invoice i JOIN invoice_status s ON s.invoice_id = i.id"
        "  WHERE i.issue_date <= ?1 AND s.status <> 'replaced'),"
        " t AS (SELECT currency, SUM(net) AS total FROM r GROUP BY currency)"
        " INSERT INTO money_revenue_share(client_id, currency, as_of, net_minor, total_net_minor, share)"
        " SELECT r.client_id, r.currency, ?1, SUM(r.net), t.total,"
        "  CASE WHEN t.total > 0 THEN SUM(r.net) * 1.0 / t.total END"
        " FROM r JOIN t ON t.currency = r.currency WHERE r.client_id IS NOT NULL"
        " GROUP BY r.client_id, r.currency";
    sqlite3_stmt *st = rf_store_prepare (c->st, sql, err);
    gboolean ok;
    if (!st)
        return FALSE;
    bind_day (st, 1, c->as_of);
    ok = sqlite3_step (st) == SQLITE_DONE;
    if (!ok)
        rf_store_set_error (c->st, err, "storing revenue share");
    sqlite3_finalize (st);
    return ok;
}

gboolean
rf_money_measure (m_ctx_t *c, GError **err)
{
    sqlite3_stmt *st = rf_store_prepare (c->st,
        "INSERT INTO invoice_status(invoice_id, client_id, attribution, due_date, due_source, applies_to,"
        " replaced_by, status, paid_minor, credited_minor, open_minor, overpaid_minor, paid_date,"
        " days_late, days_to_pay, days_overdue, as_of)"
        " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17)", err);
    GHashTable *aggs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    gboolean ok = st != NULL;
    guint unattributed = 0;
    char day[16];

    for (guint i = 0; ok && i < c->invoices->len; i++) {
        m_invoice_t *inv = g_ptr_array_index (c->invoices, i);
        m_status_t s;
        invoice_status (inv, c->as_of, &s);
        ok = store_status (c, st, inv, &s);
        aggregate (c, inv, &s, aggs);
        unattributed += inv->client_id == 0;
    }
    if (st && !ok)
        rf_store_set_error (c->st, err, "storing invoice status");
    sqlite3_finalize (st);
    rf_money_day_str (c->as_of, day);
    ok = ok && store_aggregates (c, aggs, err) && store_aging (c, err) && store_revenue_share (c, err)
         && rf_store_meta_set (c->st, "money_as_of", day, err);
    g_hash_table_unref (aggs);
    if (ok && unattributed)
        rf_warn ("%u invoice%s could not be attributed to a client (no buyer e-mail, identifier or name "
                 "matched); they are listed with an empty client by 'redflag export invoices'",
                 unattributed, unattributed == 1 ? "" : "s");
    return ok;
}
