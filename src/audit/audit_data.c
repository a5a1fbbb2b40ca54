/* audit_data.c - see audit_data.h. One query per table; months are the
 * client's calendar months (client_month, marker_month_category,
 * money_client) from the window's first day to its last. */
#include "config.h"
#include "audit/audit_data.h"
#include "audit/audit_fmt.h"
#include "base/stats.h"
#include "base/util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define DAY 86400

G_DEFINE_QUARK (rf-audit-error-quark, rf_audit_error)

/* ---- column helpers */

static char *
ctext (sqlite3_stmt *q, int i)
{
    return rf_audit_text ((const char *) sqlite3_column_text (q, i));
}

static double
col_real (sqlite3_stmt *q, int i)
{
    return sqlite3_column_type (q, i) == SQLITE_NULL ? NAN : sqlite3_column_double (q, i);
}

static gint64
cint (sqlite3_stmt *q, int i, gint64 def)
{
    return sqlite3_column_type (q, i) == SQLITE_NULL ? def : sqlite3_column_int64 (q, i);
}

/* Finalize q; FALSE with err set when the last step was an error. */
static gboolean
finish (rf_store_t *st, sqlite3_stmt *q, int rc, GError **err)
{
    sqlite3_finalize (q);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        rf_store_set_error (st, err, "audit");
        return FALSE;
    }
    return TRUE;
}

/* ---- the client */

static char *
known_keys (rf_store_t *st)
{
    GString *s = g_string_new (NULL);
    sqlite3_stmt *q = rf_store_prepare (st, "SELECT key FROM client ORDER BY key", NULL);
    while (q && sqlite3_step (q) == SQLITE_ROW)
        g_string_append_printf (s, "%s%s", s->len ? ", " : "", (const char *) sqlite3_column_text (q, 0));
    sqlite3_finalize (q);
    return g_string_free (s, FALSE);
}

gboolean
rf_audit_find_client (rf_store_t *st, const char *query, gint64 *id, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (st, "SELECT id, key, name FROM client ORDER BY active DESC, key", err);
    char *want = g_utf8_casefold (query, -1), *keys;
    int matches = 0, rc;
    gboolean exact = FALSE;
    if (!q) {
        g_free (want);
        return FALSE;
    }
    /* An exact key wins; otherwise a key or name equal up to case. */
    while ((rc = sqlite3_step (q)) == SQLITE_ROW) {
        const char *key = (const char *) sqlite3_column_text (q, 1);
        char *k = g_utf8_casefold (key, -1), *n = g_utf8_casefold ((const char *) sqlite3_column_text (q, 2), -1);
        if (!strcmp (key, query)) {
            *id = sqlite3_column_int64 (q, 0);
            exact = TRUE;
        } else if (!exact && (!strcmp (k, want) || !strcmp (n, want))) {
            *id = sqlite3_column_int64 (q, 0);
            matches++;
        }
        g_free (k);
        g_free (n);
    }
    g_free (want);
    if (!finish (st, q, rc, err))
        return FALSE;
    if (exact || matches == 1)
        return TRUE;
    keys = known_keys (st);
    g_set_error (err, RF_AUDIT_ERROR, RF_AUDIT_ERR_NO_CLIENT,
                 "%s client '%s'; known clients: %s", matches > 1 ? "ambiguous" : "no", query,
                 *keys ? keys : "(none: run 'redflag scan' first)");
    g_free (keys);
    return FALSE;
}

static gboolean
load_client (rf_store_t *st, rf_audit_t *a, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (st,
        "SELECT key, name, timezone, response_seconds, contract_end, lang FROM client WHERE id = ?1", err);
    int rc;
    if (!q)
        return FALSE;
    sqlite3_bind_int64 (q, 1, a->id);
    if ((rc = sqlite3_step (q)) == SQLITE_ROW) {
        a->key = ctext (q, 0);
        a->name = ctext (q, 1);
        a->timezone = ctext (q, 2);
        a->response_seconds = cint (q, 3, 0);
        a->contract_end = ctext (q, 4);
        a->client_lang = ctext (q, 5);
        rc = SQLITE_DONE;
    } else if (rc == SQLITE_DONE) {
        g_set_error (err, RF_AUDIT_ERROR, RF_AUDIT_ERR_NO_CLIENT, "no client with id %" G_GINT64_FORMAT, a->id);
        sqlite3_finalize (q);
        return FALSE;
    }
    if (!finish (st, q, rc, err))
        return FALSE;
    a->tz = rf_time_zone_new (a->timezone ? a->timezone : "UTC");
    if (!a->tz)
        a->tz = g_time_zone_new_utc ();
    return TRUE;
}

/* ---- the window */

static char *
date_str (gint64 t)
{
    char buf[16];
    rf_format_date (t, buf);
    return g_strdup (buf);
}

static gint64
parse_date (const char *s, gint64 def)
{
    gint64 t;
    return s && rf_parse_date (s, &t) ? t : def;
}

static gboolean
load_window (rf_store_t *st, rf_audit_t *a, gint64 since, gint64 until, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (st,
        "SELECT since, until, recent_since, previous_since, as_of FROM finding_window WHERE id = 1", err);
    char *fw[5] = { NULL };
    gint64 s, u, newest;
    int rc;
    if (!q)
        return FALSE;
    if ((rc = sqlite3_step (q)) == SQLITE_ROW)
        for (int i = 0; i < 5; i++)
            fw[i] = ctext (q, i);
    if (!finish (st, q, rc, err))
        return FALSE;

    /* Without stored findings: the 180 days up to the newest message. */
    newest = rf_store_query_int (st, "SELECT max(date_utc) FROM message WHERE date_utc IS NOT NULL", -1);
    u = until >= 0 ? until
        : fw[1] ? parse_date (fw[1], 0)
        : newest >= 0 ? newest - newest % DAY + DAY : g_get_real_time () / G_USEC_PER_SEC / DAY * DAY;
    /* With --since or --until the analysis ran again for them, so the
     * stored window is the one asked for; its start is the analysis's. */
    s = since >= 0 ? since : fw[0] ? parse_date (fw[0], u - 180 * DAY) : u - 180 * DAY;
    if (s >= u)
        s = u - DAY;
    a->since = date_str (s);
    a->until = date_str (u);
    a->last_day = date_str (u - DAY);
    a->findings_window = fw[0] != NULL;
    if (fw[0] && (strcmp (fw[0], a->since) || strcmp (fw[1], a->until))) {
        a->findings_since = g_strdup (fw[0]);
        a->findings_until = g_strdup (fw[1]);
    }
    a->recent_since = fw[2] && !a->findings_since ? g_strdup (fw[2]) : date_str (u - 90 * DAY);
    a->previous_since = fw[3] && !a->findings_since ? g_strdup (fw[3]) : date_str (u - 180 * DAY);
    a->as_of = fw[4] ? g_strdup (fw[4]) : rf_store_meta_get (st, "money_as_of");
    if (!a->as_of)
        a->as_of = g_strdup (a->last_day);
    for (int i = 0; i < 5; i++)
        g_free (fw[i]);

    /* The months from the first day's to the last day's. */
    a->months = g_ptr_array_new_with_free_func (g_free);
    {
        int y = atoi (a->since), m = atoi (a->since + 5);
        int ly = atoi (a->last_day), lm = atoi (a->last_day + 5);
        while ((y < ly || (y == ly && m <= lm)) && a->months->len < 1200) {
            g_ptr_array_add (a->months, g_strdup_printf ("%04d-%02d", y, m));
            if (++m > 12) {
                m = 1;
                y++;
            }
        }
    }
    return TRUE;
}

int
rf_audit_month_index (const rf_audit_t *a, const char *month)
{
    for (guint i = 0; i < a->months->len; i++)
        if (!strcmp (a->months->pdata[i], month))
            return (int) i;
    return -1;
}

GArray *
rf_audit_month_array (const rf_audit_t *a, gint64 fill)
{
    GArray *v = g_array_sized_new (FALSE, FALSE, sizeof (gint64), a->months->len);
    for (guint i = 0; i < a->months->len; i++)
        g_array_append_val (v, fill);
    return v;
}

static const char *
first_month (const rf_audit_t *a)
{
    return a->months->pdata[0];
}

static const char *
last_month (const rf_audit_t *a)
{
    return a->months->pdata[a->months->len - 1];
}

/* ---- score and findings */

static gboolean
load_score (rf_store_t *st, rf_audit_t *a, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (st,
        "SELECT score, raw_points, recommendation, reason, caution, act_by, lang, currency,"
        " revenue_minor, revenue_share, weighted_days_late, max_days_late, overdue_minor,"
        " inbound, outbound, client_latency_median, our_latency_median"
        " FROM client_score WHERE client_id = ?1", err);
    int rc;
    if (!q)
        return FALSE;
    sqlite3_bind_int64 (q, 1, a->id);
    a->revenue_share = a->weighted_days_late = NAN;
    a->revenue_minor = a->max_days_late = a->overdue_minor = G_MININT64;
    a->client_median = a->our_median = -1;
    /* Analysed, but no score: nothing in this window to judge. */
    a->has_data = !a->findings_window;
    if ((rc = sqlite3_step (q)) == SQLITE_ROW) {
        a->has_score = a->has_data = TRUE;
        a->win_in = cint (q, 13, 0);
        a->win_out = cint (q, 14, 0);
        a->client_median = cint (q, 15, -1);
        a->our_median = cint (q, 16, -1);
        a->score = cint (q, 0, 0);
        a->raw_points = cint (q, 1, 0);
        a->recommendation = ctext (q, 2);
        a->reason = ctext (q, 3);
        a->caution = ctext (q, 4);
        a->act_by = ctext (q, 5);
        a->score_lang = ctext (q, 6);
        a->score_currency = ctext (q, 7);
        a->revenue_minor = cint (q, 8, G_MININT64);
        a->revenue_share = col_real (q, 9);
        a->weighted_days_late = col_real (q, 10);
        a->max_days_late = cint (q, 11, G_MININT64);
        a->overdue_minor = cint (q, 12, G_MININT64);
    }
    return finish (st, q, rc, err);
}

static void
evidence_free (gpointer p)
{
    rf_audit_evidence_t *e = p;
    g_free (e->kind);
    g_free (e->date);
    g_free (e->ref);
    g_free (e->currency);
    g_free (e->detail);
    g_free (e->subject);
    g_free (e->from);
    g_free (e->direction);
    g_free (e);
}

static void
finding_free (gpointer p)
{
    rf_audit_finding_t *f = p;
    g_free (f->signal);
    g_free (f->sign);
    g_free (f->severity);
    g_free (f->unit);
    g_free (f->trend);
    g_free (f->summary);
    g_ptr_array_unref (f->evidence);
    g_free (f);
}

static gboolean
load_evidence (rf_store_t *st, rf_audit_finding_t *f, gint64 finding_id, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (st,
        "SELECT e.kind, e.date, e.message_id, e.invoice_id, e.ref, e.amount_minor, e.currency,"
        " e.value, e.detail, m.subject, CASE WHEN m.from_name IS NOT NULL AND m.from_name != ''"
        " THEN m.from_name ELSE m.from_addr END, m.date_utc, ma.direction"
        " FROM finding_evidence e LEFT JOIN message m ON m.id = e.message_id"
        " LEFT JOIN message_attr ma ON ma.message_id = e.message_id"
        " WHERE e.finding_id = ?1 ORDER BY e.pos", err);
    int rc;
    if (!q)
        return FALSE;
    sqlite3_bind_int64 (q, 1, finding_id);
    while ((rc = sqlite3_step (q)) == SQLITE_ROW) {
        rf_audit_evidence_t *e = g_new0 (rf_audit_evidence_t, 1);
        e->kind = ctext (q, 0);
        e->date = ctext (q, 1);
        e->message_id = cint (q, 2, 0);
        e->invoice_id = cint (q, 3, 0);
        e->ref = ctext (q, 4);
        e->has_amount = sqlite3_column_type (q, 5) != SQLITE_NULL;
        e->amount_minor = cint (q, 5, 0);
        e->currency = ctext (q, 6);
        e->value = col_real (q, 7);
        e->detail = ctext (q, 8);
        e->subject = ctext (q, 9);
        e->from = ctext (q, 10);
        e->msg_date = cint (q, 11, -1);
        e->direction = ctext (q, 12);
        g_ptr_array_add (f->evidence, e);
    }
    return finish (st, q, rc, err);
}

static gboolean
load_findings (rf_store_t *st, rf_audit_t *a, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (st,
        "SELECT id, signal, sign, severity, value, threshold, unit, trend, recent_value,"
        " previous_value, points, evidence_count, summary, few_data FROM finding WHERE client_id = ?1"
        " ORDER BY points DESC, CASE severity WHEN 'critical' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,"
        " signal", err);
    GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    gboolean ok;
    int rc;
    a->findings = g_ptr_array_new_with_free_func (finding_free);
    if (!q) {
        g_array_unref (ids);
        return FALSE;
    }
    sqlite3_bind_int64 (q, 1, a->id);
    while ((rc = sqlite3_step (q)) == SQLITE_ROW) {
        rf_audit_finding_t *f = g_new0 (rf_audit_finding_t, 1);
        gint64 id = sqlite3_column_int64 (q, 0);
        f->signal = ctext (q, 1);
        f->sign = ctext (q, 2);
        f->severity = ctext (q, 3);
        f->value = col_real (q, 4);
        f->threshold = col_real (q, 5);
        f->unit = ctext (q, 6);
        f->trend = ctext (q, 7);
        f->recent = col_real (q, 8);
        f->previous = col_real (q, 9);
        f->points = cint (q, 10, 0);
        f->evidence_count = cint (q, 11, 0);
        f->summary = ctext (q, 12);
        f->few_data = cint (q, 13, 0);
        f->evidence = g_ptr_array_new_with_free_func (evidence_free);
        g_ptr_array_add (a->findings, f);
        g_array_append_val (ids, id);
    }
    ok = finish (st, q, rc, err);
    for (guint i = 0; ok && i < ids->len; i++)
        ok = load_evidence (st, a->findings->pdata[i], g_array_index (ids, gint64, i), err);
    g_array_unref (ids);
    return ok;
}

/* ---- per month */

/* The medians of reply time per month (client_month); the counts are the
 * findings' (rf_audit_load_month_counts). */
static gboolean
load_months (rf_store_t *st, rf_audit_t *a, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (st,
        "SELECT month, client_latency_median, our_latency_median"
        " FROM client_month WHERE client_id = ?1 AND month BETWEEN ?2 AND ?3", err);
    int rc;
    a->client_latency = rf_audit_month_array (a, -1);
    a->our_latency = rf_audit_month_array (a, -1);
    if (!q)
        return FALSE;
    sqlite3_bind_int64 (q, 1, a->id);
    sqlite3_bind_text (q, 2, first_month (a), -1, SQLITE_STATIC);
    sqlite3_bind_text (q, 3, last_month (a), -1, SQLITE_STATIC);
    while ((rc = sqlite3_step (q)) == SQLITE_ROW) {
        int i = rf_audit_month_index (a, (const char *) sqlite3_column_text (q, 0));
        if (i < 0)
            continue;
        g_array_index (a->client_latency, gint64, i) = cint (q, 1, -1);
        g_array_index (a->our_latency, gint64, i) = cint (q, 2, -1);
    }
    return finish (st, q, rc, err);
}

/* ---- money */

static void
money_free (gpointer p)
{
    rf_audit_money_t *m = p;
    g_free (m->currency);
    g_array_unref (m->invoiced);
    g_array_unref (m->paid);
    g_free (m);
}

static rf_audit_money_t *
money_for (rf_audit_t *a, const char *currency)
{
    rf_audit_money_t *m;
    for (guint i = 0; i < a->money->len; i++)
        if (!strcmp (((rf_audit_money_t *) a->money->pdata[i])->currency, currency))
            return a->money->pdata[i];
    m = g_new0 (rf_audit_money_t, 1);
    m->currency = rf_audit_text (currency);
    m->invoiced = rf_audit_month_array (a, 0);
    m->paid = rf_audit_month_array (a, 0);
    m->share = NAN;
    g_ptr_array_add (a->money, m);
    return m;
}

static gboolean
load_money (rf_store_t *st, rf_audit_t *a, GError **err)
{
    sqlite3_stmt *q;
    int rc;
    a->money = g_ptr_array_new_with_free_func (money_free);
    /* Shares first: they order the currencies (the largest revenue first). */
    q = rf_store_prepare (st, "SELECT currency, net_minor, total_net_minor, share FROM money_revenue_share"
                              " WHERE client_id = ?1 ORDER BY currency = ?2 DESC, net_minor DESC, currency", err);
    if (!q)
        return FALSE;
    sqlite3_bind_int64 (q, 1, a->id);
    sqlite3_bind_text (q, 2, a->score_currency ? a->score_currency : "", -1, SQLITE_STATIC);
    while ((rc = sqlite3_step (q)) == SQLITE_ROW) {
        rf_audit_money_t *m = money_for (a, (const char *) sqlite3_column_text (q, 0));
        m->net_minor = cint (q, 1, 0);
        m->total_net_minor = cint (q, 2, 0);
        m->share = col_real (q, 3);
    }
    if (!finish (st, q, rc, err))
        return FALSE;
    q = rf_store_prepare (st, "SELECT currency, period, invoiced_minor, paid_minor FROM money_client"
                              " WHERE client_id = ?1 AND period BETWEEN ?2 AND ?3 ORDER BY currency", err);
    if (!q)
        return FALSE;
    sqlite3_bind_int64 (q, 1, a->id);
    sqlite3_bind_text (q, 2, first_month (a), -1, SQLITE_STATIC);
    sqlite3_bind_text (q, 3, last_month (a), -1, SQLITE_STATIC);
    while ((rc = sqlite3_step (q)) == SQLITE_ROW) {
        rf_audit_money_t *m = money_for (a, (const char *) sqlite3_column_text (q, 0));
        int i = rf_audit_month_index (a, (const char *) sqlite3_column_text (q, 1));
        if (i < 0)
            continue;
        g_array_index (m->invoiced, gint64, i) += cint (q, 2, 0);
        g_array_index (m->paid, gint64, i) += cint (q, 3, 0);
    }
    return finish (st, q, rc, err);
}

static void
invoice_free (gpointer p)
{
    rf_audit_invoice_t *v = p;
    g_free (v->number);
    g_free (v->kind);
    g_free (v->issue_date);
    g_free (v->due_date);
    g_free (v->status);
    g_free (v->paid_date);
    g_free (v->currency);
    g_free (v);
}

static gboolean
load_invoices (rf_store_t *st, rf_audit_t *a, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (st,
        "SELECT i.number, i.kind, i.issue_date, s.due_date, s.status, s.paid_date, i.currency,"
        " i.amount_minor, s.open_minor, s.days_late, s.days_overdue"
        " FROM invoice i JOIN invoice_status s ON s.invoice_id = i.id"
        " WHERE s.client_id = ?1 AND s.status NOT IN ('replaced', 'not_issued')"
        "  AND ((i.issue_date >= ?2 AND i.issue_date < ?3) OR (s.due_date >= ?2 AND s.due_date < ?3)"
        "   OR s.status = 'overdue')"
        " ORDER BY i.issue_date, i.number", err);
    int rc;
    a->invoices = g_ptr_array_new_with_free_func (invoice_free);
    if (!q)
        return FALSE;
    sqlite3_bind_int64 (q, 1, a->id);
    sqlite3_bind_text (q, 2, a->since, -1, SQLITE_STATIC);
    sqlite3_bind_text (q, 3, a->until, -1, SQLITE_STATIC);
    while ((rc = sqlite3_step (q)) == SQLITE_ROW) {
        rf_audit_invoice_t *v = g_new0 (rf_audit_invoice_t, 1);
        v->number = ctext (q, 0);
        v->kind = ctext (q, 1);
        v->issue_date = ctext (q, 2);
        v->due_date = ctext (q, 3);
        v->status = ctext (q, 4);
        v->paid_date = ctext (q, 5);
        v->currency = ctext (q, 6);
        v->amount_minor = cint (q, 7, 0);
        v->open_minor = cint (q, 8, 0);
        v->days_late = cint (q, 9, G_MININT64);
        v->days_overdue = cint (q, 10, G_MININT64);
        g_ptr_array_add (a->invoices, v);
    }
    return finish (st, q, rc, err);
}

/* ---- dates the letter states, from the evidence it rests on */

static void
evidence_dates (rf_audit_t *a)
{
    a->tone_first = a->unethical_last = -1;
    for (guint i = 0; i < a->findings->len; i++) {
        const rf_audit_finding_t *f = a->findings->pdata[i];
        gboolean tone = !strcmp (f->signal, "abuse"), dubious = !strcmp (f->signal, "unethical");
        for (guint k = 0; (tone || dubious) && k < f->evidence->len; k++) {
            gint64 t = ((rf_audit_evidence_t *) f->evidence->pdata[k])->msg_date;
            if (t < 0)
                continue;
            if (tone && (a->tone_first < 0 || t < a->tone_first))
                a->tone_first = t;
            if (dubious && t > a->unethical_last)
                a->unethical_last = t;
        }
    }
}

/* ---- all */

rf_audit_t *
rf_audit_load (rf_store_t *st, gint64 client_id, gint64 since, gint64 until, GError **err)
{
    rf_audit_t *a = g_new0 (rf_audit_t, 1);
    a->id = client_id;
    if (!load_client (st, a, err) || !load_window (st, a, since, until, err) || !load_score (st, a, err)
        || !load_findings (st, a, err) || !load_months (st, a, err) || !rf_audit_load_month_counts (st, a, err)
        || !rf_audit_load_tallies (st, a, err) || !load_money (st, a, err) || !load_invoices (st, a, err)) {
        rf_audit_free (a);
        return NULL;
    }
    evidence_dates (a);
    if (!a->has_data) {
        g_set_error (err, RF_AUDIT_ERROR, RF_AUDIT_ERR_NO_DATA,
                     "%s: no mail or invoices in this window (%s to %s): nothing to judge", a->name,
                     a->since, a->last_day);
        rf_audit_free (a);
        return NULL;
    }
    return a;
}

void
rf_audit_free (rf_audit_t *a)
{
    if (!a)
        return;
    g_free (a->key);
    g_free (a->name);
    g_free (a->timezone);
    g_free (a->contract_end);
    g_free (a->client_lang);
    if (a->tz)
        g_time_zone_unref (a->tz);
    g_free (a->since);
    g_free (a->until);
    g_free (a->last_day);
    g_free (a->recent_since);
    g_free (a->previous_since);
    g_free (a->as_of);
    g_free (a->findings_since);
    g_free (a->findings_until);
    g_free (a->recommendation);
    g_free (a->reason);
    g_free (a->caution);
    g_free (a->act_by);
    g_free (a->score_lang);
    g_free (a->score_currency);
    if (a->findings)
        g_ptr_array_unref (a->findings);
    if (a->months)
        g_ptr_array_unref (a->months);
    if (a->in) {
        g_array_unref (a->in);
        g_array_unref (a->out);
    }
    if (a->client_latency) {
        g_array_unref (a->client_latency);
        g_array_unref (a->our_latency);
    }
    if (a->categories) {
        g_ptr_array_unref (a->categories);
        g_ptr_array_unref (a->category_messages);
    }
    if (a->tallies)
        g_ptr_array_unref (a->tallies);
    if (a->invoices)
        g_ptr_array_unref (a->invoices);
    if (a->money)
        g_ptr_array_unref (a->money);
    g_free (a->goodwill);
    g_free (a);
}

const char *
rf_audit_lang (const rf_audit_t *a)
{
    static const char *const known[] = { "en", "fr", "es" };
    const char *l = a->score_lang && *a->score_lang ? a->score_lang : a->client_lang;
    for (guint i = 0; l && i < G_N_ELEMENTS (known); i++)
        if (!g_ascii_strncasecmp (l, known[i], 2) && (l[2] == '\0' || l[2] == '-' || l[2] == '_'))
            return known[i];
    return "en";
}
