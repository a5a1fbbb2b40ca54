/* findings_rules.c - the signals: what each measures, its default
 * thresholds and points, and how its finding is summed up in one line.
 * doc/findings.md lists the same table in plain words; keep them together. */
#include "config.h"
#include "findings/findings_p.h"
#include "base/stats.h"

#include <math.h>

#define DAY 86400.0

/* ---- Measures. */

static double
share (gint64 part, gint64 whole)
{
    return whole > 0 ? (double) part / whole : 0;
}

static gboolean
median_hours (GArray *v, double *value)
{
    if (v->len < 2)
        return FALSE;
    *value = rf_median ((gint64 *) v->data, v->len) / 3600.0;
    return TRUE;
}

static gboolean
m_effort_share (const fc_ctx_t *c, const fc_client_t *cl, int p, double *v)
{
    if (p != FP_WINDOW || !c->has_money || !cl->currency || cl->message_share < 0.05)
        return FALSE;
    /* No revenue at all while taking 5 % of the messages: capped at 100x. */
    *v = cl->revenue_share > 0 ? MIN (cl->message_share / cl->revenue_share, 100.0) : 100.0;
    return TRUE;
}

static gboolean
m_cost_to_serve (const fc_ctx_t *c, const fc_client_t *cl, int p, double *v)
{
    (void) c;
    if (p != FP_WINDOW || !cl->has_revenue_peers)
        return FALSE;
    *v = cl->cost_ratio;
    return TRUE;
}

static gboolean
m_client_latency (const fc_ctx_t *c, const fc_client_t *cl, int p, double *v)
{
    (void) c;
    return median_hours (cl->client_latency[p], v);
}

static gboolean
m_our_latency (const fc_ctx_t *c, const fc_client_t *cl, int p, double *v)
{
    (void) c;
    return median_hours (cl->our_latency[p], v);
}

static gboolean
m_unanswered (const fc_ctx_t *c, const fc_client_t *cl, int p, double *v)
{
    (void) c;
    if (cl->out_expecting[p] < 3)
        return FALSE;
    *v = share (cl->out_unanswered[p], cl->out_expecting[p]);
    return TRUE;
}

static gboolean
m_after_hours (const fc_ctx_t *c, const fc_client_t *cl, int p, double *v)
{
    (void) c;
    if (cl->out[p] < 5)
        return FALSE;
    *v = share (cl->out_after_hours[p], cl->out[p]);
    return TRUE;
}

static gboolean
m_shouting (const fc_ctx_t *c, const fc_client_t *cl, int p, double *v)
{
    (void) c;
    if (cl->in[p] == 0)
        return FALSE;
    *v = 100.0 * cl->shouting[p] / cl->in[p];
    return TRUE;
}

static gboolean
m_bursts (const fc_ctx_t *c, const fc_client_t *cl, int p, double *v)
{
    (void) c;
    *v = (double) cl->burst_days[p];
    return TRUE;
}

static gboolean
m_unbilled_scope (const fc_ctx_t *c, const fc_client_t *cl, int p, double *v)
{
    if (p != FP_WINDOW || !c->has_money || cl->scope_requests == 0)
        return FALSE;
    *v = (double) cl->scope_unbilled;
    return TRUE;
}

static gboolean
m_late_payment (const fc_ctx_t *c, const fc_client_t *cl, int p, double *v)
{
    (void) c;
    if (cl->paid_invoices[p] == 0 || cl->paid_amount[p] <= 0)
        return FALSE;
    *v = cl->late_weighted_sum[p] / (double) cl->paid_amount[p];
    return TRUE;
}

static gboolean
m_overdue (const fc_ctx_t *c, const fc_client_t *cl, int p, double *v)
{
    (void) c;
    if (p != FP_WINDOW || !cl->currency)
        return FALSE;
    *v = (double) cl->max_days_overdue;
    return TRUE;
}

static gboolean
m_credit_notes (const fc_ctx_t *c, const fc_client_t *cl, int p, double *v)
{
    (void) c;
    if (cl->invoiced[p] <= 0)
        return FALSE;
    *v = share (cl->credited[p], cl->invoiced[p]);
    return TRUE;
}

static gboolean
m_dependency (const fc_ctx_t *c, const fc_client_t *cl, int p, double *v)
{
    if (p != FP_WINDOW || !c->has_money || c->total_revenue <= 0
        || g_strcmp0 (cl->currency, c->main_currency))
        return FALSE;
    *v = cl->revenue_share;
    return TRUE;
}

static gboolean
m_contract_end (const fc_ctx_t *c, const fc_client_t *cl, int p, double *v)
{
    if (p != FP_WINDOW || cl->contract_end < 0)
        return FALSE;
    /* Days from the last day of the window to the end of the contract. */
    *v = floor ((cl->contract_end - (c->end[FP_WINDOW] - DAY)) / DAY);
    return TRUE;
}

/* The marker categories: messages with a hit, as a count or per 100
 * inbound messages. */
static gboolean
m_count (const fc_client_t *cl, int k, int p, double *v)
{
    *v = (double) cl->cat_messages[k][p];
    return TRUE;
}

static gboolean
m_per_100 (const fc_client_t *cl, int k, int p, double *v)
{
    if (cl->in[p] == 0)
        return FALSE;
    *v = 100.0 * cl->cat_messages[k][p] / cl->in[p];
    return TRUE;
}

/* ---- Judges, where thresholds alone are not enough. */

/* A rate from one message is not a pattern: at least two. */
static fc_severity_t
at_least_two (gint64 n, double value, double warning, double critical)
{
    if (n < 2)
        return FS_NONE;
    return value >= critical ? FS_CRITICAL : value >= warning ? FS_WARNING : FS_NONE;
}

static fc_severity_t
j_shouting (const fc_ctx_t *c, const fc_client_t *cl, double v, double w, double k)
{
    (void) c;
    return at_least_two (cl->shouting[FP_WINDOW], v, w, k);
}

static fc_severity_t
j_dependency (const fc_ctx_t *c, const fc_client_t *cl, double v, double w, double k)
{
    /* Not a fault of the client: information that weighs on the verdict. */
    (void) k;
    return v > w || v < rf_findings_threshold (c, cl, "dependency", "low", 0.10) ? FS_INFO : FS_NONE;
}

static fc_severity_t
j_contract_end (const fc_ctx_t *c, const fc_client_t *cl, double v, double w, double k)
{
    (void) c;
    (void) cl;
    (void) k;
    return v >= 0 && v <= w ? FS_INFO : FS_NONE;
}

static fc_severity_t
j_counter (const fc_ctx_t *c, const fc_client_t *cl, double v, double w, double k)
{
    (void) c;
    (void) cl;
    (void) k;
    return v >= w ? FS_INFO : FS_NONE;
}

/* ---- Summaries. */

static char *
pct (double share_)
{
    return g_strdup_printf ("%.1f %%", 100.0 * share_);
}

static char *
s_effort_share (const fc_ctx_t *c, const fc_client_t *cl, double v)
{
    char *a = pct (cl->message_share), *b = pct (cl->revenue_share), *s;
    (void) c;
    s = cl->revenue_share > 0
            ? g_strdup_printf ("%s of the messages for %s of the revenue (%.1fx)", a, b, v)
            : g_strdup_printf ("%s of the messages and no revenue in the window", a);
    g_free (a);
    g_free (b);
    return s;
}

static char *
s_cost_to_serve (const fc_ctx_t *c, const fc_client_t *cl, double v)
{
    return g_strdup_printf ("%.1f messages per 1,000 %s of revenue, %.1fx the median client (%.1f)",
                            cl->per_1000, cl->currency, v, c->median_per_1000);
}

static char *
s_latency (const char *who, GArray *lat, gint64 agreed, double v)
{
    char *d = rf_findings_format_duration ((gint64) (v * 3600)), *a = NULL, *s;
    if (agreed > 0)
        a = rf_findings_format_duration (agreed);
    s = g_strdup_printf ("%s in %s (median of %u replies)%s%s", who, d, lat->len,
                         a ? "; agreed " : "", a ? a : "");
    g_free (d);
    g_free (a);
    return s;
}

static char *
s_client_latency (const fc_ctx_t *c, const fc_client_t *cl, double v)
{
    (void) c;
    return s_latency ("answers our mail", cl->client_latency[FP_WINDOW], cl->response_seconds, v);
}

static char *
s_our_latency (const fc_ctx_t *c, const fc_client_t *cl, double v)
{
    (void) c;
    return s_latency ("we answer their mail", cl->our_latency[FP_WINDOW], cl->response_seconds, v);
}

static char *
s_unanswered (const fc_ctx_t *c, const fc_client_t *cl, double v)
{
    (void) c;
    return g_strdup_printf ("%" G_GINT64_FORMAT " of our %" G_GINT64_FORMAT
                            " messages that asked or told them something never answered (%.0f %%)",
                            cl->out_unanswered[FP_WINDOW], cl->out_expecting[FP_WINDOW], 100 * v);
}

static char *
s_after_hours (const fc_ctx_t *c, const fc_client_t *cl, double v)
{
    (void) c;
    return g_strdup_printf ("%" G_GINT64_FORMAT " of our %" G_GINT64_FORMAT
                            " messages to them sent after hours (%.0f %%)",
                            cl->out_after_hours[FP_WINDOW], cl->out[FP_WINDOW], 100 * v);
}

static char *
s_shouting (const fc_ctx_t *c, const fc_client_t *cl, double v)
{
    (void) c;
    return g_strdup_printf ("shouting or \"!!\" in %" G_GINT64_FORMAT " of %" G_GINT64_FORMAT
                            " messages (%.0f per 100)", cl->shouting[FP_WINDOW], cl->in[FP_WINDOW], v);
}

static char *
s_bursts (const fc_ctx_t *c, const fc_client_t *cl, double v)
{
    return g_strdup_printf ("%.0f day%s with %.0f or more messages from them", v, v == 1 ? "" : "s",
                            rf_findings_threshold (c, cl, "burst", "messages_per_day", 5));
}

static char *
s_unbilled_scope (const fc_ctx_t *c, const fc_client_t *cl, double v)
{
    (void) c;
    return g_strdup_printf ("%.0f of %" G_GINT64_FORMAT " scope change requests not followed by higher "
                            "invoices within 60 days%s", v, cl->scope_requests - cl->scope_pending,
                            cl->scope_pending ? " (more too recent to tell)" : "");
}

static char *
s_late_payment (const fc_ctx_t *c, const fc_client_t *cl, double v)
{
    (void) c;
    return g_strdup_printf ("pays %.1f days late on average (weighted by amount); %" G_GINT64_FORMAT
                            " of %" G_GINT64_FORMAT " invoices late, up to %" G_GINT64_FORMAT " days",
                            v, cl->late_invoices[FP_WINDOW], cl->paid_invoices[FP_WINDOW],
                            MAX (cl->max_days_late, 0));
}

static char *
s_overdue (const fc_ctx_t *c, const fc_client_t *cl, double v)
{
    char *m = rf_findings_format_money (cl->overdue_minor, cl->currency), *s;
    (void) c;
    s = g_strdup_printf ("%s overdue, the oldest %.0f days past due", m, v);
    g_free (m);
    return s;
}

static char *
s_credit_notes (const fc_ctx_t *c, const fc_client_t *cl, double v)
{
    char *a = rf_findings_format_money (cl->credited[FP_WINDOW], cl->currency);
    char *b = rf_findings_format_money (cl->invoiced[FP_WINDOW], cl->currency), *s;
    (void) c;
    s = g_strdup_printf ("credit notes worth %.1f %% of what was invoiced (%s of %s)", 100 * v, a, b);
    g_free (a);
    g_free (b);
    return s;
}

static char *
s_dependency (const fc_ctx_t *c, const fc_client_t *cl, double v)
{
    char *p = pct (v), *s;
    s = v > rf_findings_threshold (c, cl, "dependency", "warning", 0.5)
            ? g_strdup_printf ("brings %s of the revenue: replace that revenue before any exit", p)
            : g_strdup_printf ("brings %s of the revenue: letting go is cheap", p);
    g_free (p);
    return s;
}

static char *
s_contract_end (const fc_ctx_t *c, const fc_client_t *cl, double v)
{
    char day[16];
    (void) c;
    rf_format_date (cl->contract_end, day);
    return g_strdup_printf ("contract ends on %s, in %.0f days", day, v);
}

static const char *const cat_words[FC_NCAT] = {
    "abusive language", "demands and pressure", "pessimism", "complaints", "rejected recommendations",
    "status chasing", "questions about our value", "price pushback", "scope change requests",
    "changes of mind", "dubious or unethical requests", "thanks or praise", "referrals",
};

static char *
s_cat (const fc_client_t *cl, int k, gboolean rate)
{
    gint64 n = cl->cat_messages[k][FP_WINDOW], in = cl->in[FP_WINDOW];
    if (!rate)
        return g_strdup_printf ("%s in %" G_GINT64_FORMAT " message%s", cat_words[k], n, n == 1 ? "" : "s");
    return g_strdup_printf ("%s in %" G_GINT64_FORMAT " of %" G_GINT64_FORMAT " messages (%.0f per 100)",
                            cat_words[k], n, in, in ? 100.0 * n / in : 0.0);
}

/* One measure, evidence and summary per marker category. */
#define CATEGORY(k, name, rate)                                                                  \
    static gboolean m_##name (const fc_ctx_t *c, const fc_client_t *cl, int p, double *v)         \
    { (void) c; return rate ? m_per_100 (cl, k, p, v) : m_count (cl, k, p, v); }                  \
    G_GNUC_UNUSED static fc_severity_t j_##name (const fc_ctx_t *c, const fc_client_t *cl, double v, double w,   \
                                   double x)                                                      \
    { (void) c; return rate ? at_least_two (cl->cat_messages[k][FP_WINDOW], v, w, x)              \
                            : (v >= x ? FS_CRITICAL : v >= w ? FS_WARNING : FS_NONE); }           \
    static gboolean e_##name (const fc_ctx_t *c, const fc_client_t *cl, gint64 id, gint64 *n,     \
                              GError **err)                                                       \
    { return rf_findings_evidence_markers (c, cl, id, rf_findings_category[k], n, err); }                     \
    static char *s_##name (const fc_ctx_t *c, const fc_client_t *cl, double v)                    \
    { (void) c; (void) v; return s_cat (cl, k, rate); }

CATEGORY (FC_ABUSE, abuse, FALSE)
CATEGORY (FC_DEMANDING, demanding, TRUE)
CATEGORY (FC_NEGATIVITY, negativity, TRUE)
CATEGORY (FC_COMPLAINT, complaint, TRUE)
CATEGORY (FC_REJECTION, rejection, TRUE)
CATEGORY (FC_STATUS_CHASING, status_chasing, TRUE)
CATEGORY (FC_VALUE_QUESTIONING, value_questioning, TRUE)
CATEGORY (FC_PRICE_PUSHBACK, price_pushback, TRUE)
CATEGORY (FC_SCOPE_CHANGE, scope_change, TRUE)
CATEGORY (FC_INDECISION, indecision, TRUE)
CATEGORY (FC_UNETHICAL, unethical, FALSE)
CATEGORY (FC_APPRECIATION, appreciation, FALSE)
CATEGORY (FC_REFERRAL, referral, FALSE)

/* Counter-signals are judged by j_counter, not by their generated judge. */
#define COUNTER_RULE(name, points)                                                                 \
    { #name, "counter_signal", "messages", 1, 1, points, 0, 0, TRUE, FALSE, 1,                    \
      m_##name, j_counter, e_##name, s_##name }

#define MARKER_RULE(name, sign, warn, crit, wp, cp, rate)                                         \
    { #name, sign, rate ? "per 100 messages" : "messages", warn, crit, 0, wp, cp, FALSE, FALSE,  \
      rate ? 5.0 : 1.0, m_##name, j_##name, e_##name, s_##name }

/* signal, sign, unit, warning, critical, points (info, warning, critical),
 * lower is worse, agreed time, min trend delta, measure, judge, evidence,
 * summary. The sign names the row of the design's warning-sign table. */
const fc_rule_t rf_findings_rules[] = {
    { "effort_share", "effort", "ratio", 2.0, 4.0, 0, 10, 20, FALSE, FALSE, 0.5,
      m_effort_share, NULL, rf_findings_ev_totals, s_effort_share },
    { "cost_to_serve", "effort", "ratio", 2.0, 4.0, 0, 8, 15, FALSE, FALSE, 0.5,
      m_cost_to_serve, NULL, rf_findings_ev_totals, s_cost_to_serve },
    { "client_latency", "slow_communication", "hours", 48, 96, 0, 10, 20, FALSE, TRUE, 4,
      m_client_latency, NULL, rf_findings_ev_client_latency, s_client_latency },
    { "unanswered_by_client", "slow_communication", "share", 0.2, 0.4, 0, 8, 15, FALSE, FALSE, 0.1,
      m_unanswered, NULL, rf_findings_ev_unanswered, s_unanswered },
    { "our_latency", "overload", "hours", 24, 72, 0, 5, 10, FALSE, TRUE, 2,
      m_our_latency, NULL, rf_findings_ev_our_latency, s_our_latency },
    { "our_after_hours", "overload", "share", 0.2, 0.4, 0, 5, 10, FALSE, FALSE, 0.1,
      m_after_hours, NULL, rf_findings_ev_after_hours, s_after_hours },
    MARKER_RULE (abuse, "abuse", 1, 3, 20, 40, FALSE),
    MARKER_RULE (demanding, "abuse", 10, 25, 8, 15, TRUE),
    { "shouting", "abuse", "per 100 messages", 10, 25, 0, 5, 10, FALSE, FALSE, 5,
      m_shouting, j_shouting, rf_findings_ev_shouting, s_shouting },
    MARKER_RULE (negativity, "negativity", 10, 25, 5, 10, TRUE),
    MARKER_RULE (complaint, "negativity", 10, 25, 5, 10, TRUE),
    MARKER_RULE (rejection, "rejection", 10, 25, 5, 10, TRUE),
    MARKER_RULE (status_chasing, "micromanagement", 10, 25, 5, 10, TRUE),
    { "message_bursts", "micromanagement", "days", 1, 3, 0, 5, 10, FALSE, FALSE, 1,
      m_bursts, NULL, rf_findings_ev_bursts, s_bursts },
    MARKER_RULE (value_questioning, "value", 10, 25, 5, 10, TRUE),
    MARKER_RULE (price_pushback, "price", 10, 25, 5, 10, TRUE),
    MARKER_RULE (scope_change, "scope_creep", 10, 25, 8, 15, TRUE),
    MARKER_RULE (indecision, "scope_creep", 10, 25, 5, 10, TRUE),
    { "unbilled_scope", "scope_creep", "requests", 2, 4, 0, 10, 20, FALSE, FALSE, 1,
      m_unbilled_scope, NULL, rf_findings_ev_unbilled_scope, s_unbilled_scope },
    MARKER_RULE (unethical, "unethical", 1, 2, 20, 40, FALSE),
    { "late_payment", "late_payment", "days", 7, 30, 0, 10, 25, FALSE, FALSE, 5,
      m_late_payment, NULL, rf_findings_ev_late_invoices, s_late_payment },
    { "overdue", "late_payment", "days", 15, 60, 0, 10, 20, FALSE, FALSE, 15,
      m_overdue, NULL, rf_findings_ev_overdue, s_overdue },
    { "credit_notes", "losing_money", "share", 0.05, 0.15, 0, 8, 15, FALSE, FALSE, 0.05,
      m_credit_notes, NULL, rf_findings_ev_credit_notes, s_credit_notes },
    { "dependency", "dependency", "share", 0.5, 0.5, 0, 0, 0, FALSE, FALSE, 0.1,
      m_dependency, j_dependency, rf_findings_ev_totals, s_dependency },
    { "contract_end", "renewal", "days", 90, 30, 0, 0, 0, TRUE, FALSE, 0,
      m_contract_end, j_contract_end, rf_findings_ev_contract_end, s_contract_end },
    COUNTER_RULE (appreciation, -5),
    COUNTER_RULE (referral, -10),
    { NULL, NULL, NULL, 0, 0, 0, 0, 0, FALSE, FALSE, 0, NULL, NULL, NULL, NULL },
};
