/* findings_p.h - state shared by the findings stage (findings*.c, score.c).
 *
 * The stage works in three steps: load per-client measures for three
 * periods (the whole window, the last 90 days, the 90 days before) with a
 * handful of grouped queries; evaluate each signal of the rule table on
 * them; write the findings that fire, with their evidence, and the score. */
#ifndef RF_FINDINGS_P_H
#define RF_FINDINGS_P_H

#include "base/rfconfig.h"
#include "store/store.h"
#include "base/util.h"

enum { FP_WINDOW, FP_RECENT, FP_PREVIOUS, FP_N };

/* The marker categories a finding is made from, in this order. */
enum {
    FC_ABUSE, FC_DEMANDING, FC_NEGATIVITY, FC_COMPLAINT, FC_REJECTION,
    FC_STATUS_CHASING, FC_VALUE_QUESTIONING, FC_PRICE_PUSHBACK, FC_SCOPE_CHANGE,
    FC_INDECISION, FC_UNETHICAL, FC_APPRECIATION, FC_REFERRAL, FC_NCAT
};
extern const char *const rf_findings_category[FC_NCAT];

typedef struct {
    gint64 id;
    char *key, *name;
    const rf_client_t *conf;        /* NULL for inferred clients */
    gint64 response_seconds;        /* agreed, 0 when none */
    gint64 contract_end;            /* unix day start, -1 when none */
    char *lang;                     /* en, fr or es */
    GTimeZone *tz;                  /* the client's, for times quoted as evidence */

    /* Mail, per period: conversation messages each way, ours sent after
     * hours, ours that were not themselves answers to the client (they
     * expect one) and of those the ones never answered, reply latencies (seconds,
     * sorted), days with many inbound messages, shouting messages, and
     * inbound messages with at least one hit of each category. */
    gint64 in[FP_N], out[FP_N], out_after_hours[FP_N], out_expecting[FP_N], out_unanswered[FP_N];
    GArray *client_latency[FP_N], *our_latency[FP_N];
    gint64 burst_days[FP_N], shouting[FP_N];
    gint64 cat_messages[FC_NCAT][FP_N];
    /* The same counts of the window by the client's calendar month
     * ("YYYY-MM\tWHAT" -> gint64*): what the audit's charts draw. */
    GHashTable *months;

    /* Money in the client's main currency, per period: net invoiced (by
     * issue date), credited, and the invoices whose lateness is measured
     * with how many were late and their amount-weighted days late: in the
     * window, the invoices due in it and paid; in the last 90 days and the
     * 90 before, payment as it stood at the period's end (unpaid invoices
     * past due count with their days past due then). Open overdue as of
     * until. Invoices dismissed by hand count as revenue only. */
    char *currency;
    gint64 invoiced[FP_N], credited[FP_N], invoice_count[FP_N];
    gint64 credit_count[FP_N], credit_noted[FP_N];   /* credit notes not dismissed */
    gint64 paid_invoices[FP_N], late_invoices[FP_N], paid_amount[FP_N];
    double late_weighted_sum[FP_N];   /* sum of amount x days late (late or not) */
    gint64 max_days_late;
    gint64 overdue_minor, max_days_overdue, overdue_invoices;
    gint64 scope_requests, scope_unbilled, scope_pending;

    /* Derived across clients. */
    double message_share, revenue_share;
    double per_1000;                  /* messages per 1,000 of revenue, -1 without revenue */
    double cost_ratio;                /* per_1000 over the median client's */
    gboolean has_revenue_peers;       /* a median client exists to compare with */
} fc_client_t;

typedef struct {
    rf_store_t *st;
    const rf_config_t *cfg;
    gint64 since, until;              /* the window, unix seconds, [since, until) */
    gint64 start[FP_N], end[FP_N];    /* each period, [start, end) */
    GPtrArray *clients;               /* of fc_client_t* */
    GHashTable *by_id;                /* gint64* -> fc_client_t* (borrowed) */
    gboolean has_money;               /* any invoice attributed to a client */
    gint64 total_messages;            /* conversation messages of all clients in the window */
    char *main_currency;              /* currency with the most revenue */
    gint64 total_revenue;             /* in main_currency, window */
    double median_per_1000;           /* median client's messages per 1,000 of revenue, 0 if none */
    gboolean evidence;                /* gather each finding's evidence */
    /* Prepared once: a finding may have thousands of pieces of evidence. */
    sqlite3_stmt *evidence_insert, *measure_insert;
} fc_ctx_t;

typedef enum { FS_NONE, FS_INFO, FS_WARNING, FS_CRITICAL } fc_severity_t;

/* What a measure counts over a period: n of n_of things (counts, a plural
 * noun), and the observations it rests on. n or n_of is -1 when it does
 * not apply. */
typedef struct {
    gint64 n, n_of, observations;
    const char *counts;
} fc_tally_t;

/* One signal: how to measure it and the defaults a configuration can
 * override ([thresholds] or [client:KEY]: SIGNAL_warning, SIGNAL_critical). */
typedef struct fc_rule fc_rule_t;
struct fc_rule {
    const char *signal;       /* finding type, stable (exports) */
    const char *sign;         /* the warning sign of the design it measures */
    const char *unit;
    double warning, critical; /* default thresholds on value */
    int info_points, warning_points, critical_points;
    gboolean lower_is_worse;  /* a higher value is better (for thresholds and trends) */
    gboolean agreed;          /* thresholds scale with the client's agreed response time */
    double min_delta;         /* smallest change that counts as a trend */
    int min_obs;              /* fewer observations: at most info, "few data" (0: none) */
    /* The measure over a period; FALSE when it cannot be measured. */
    gboolean (*measure) (const fc_ctx_t *c, const fc_client_t *cl, int period, double *value);
    /* Severity from the value when thresholds are not enough (may be NULL). */
    fc_severity_t (*judge) (const fc_ctx_t *c, const fc_client_t *cl, double value,
                            double warning, double critical);
    /* Evidence rows for the finding (may be NULL). */
    gboolean (*evidence) (const fc_ctx_t *c, const fc_client_t *cl, gint64 finding_id,
                          gint64 *count, GError **err);
    /* One-line summary (g_free). */
    char *(*summary) (const fc_ctx_t *c, const fc_client_t *cl, double value);
    /* What the measure counts over a period. */
    void (*tally) (const fc_ctx_t *c, const fc_client_t *cl, int period, fc_tally_t *t);
};

/* The rule table (findings_rules.c), NULL-signal terminated. */
extern const fc_rule_t rf_findings_rules[];

/* Loading (findings_load.c). */
gboolean rf_findings_load (fc_ctx_t *c, GError **err);
void rf_findings_client_free (gpointer p);

/* Evidence writers (findings_evidence.c), shared by several rules. */
gboolean rf_findings_evidence_markers (const fc_ctx_t *c, const fc_client_t *cl, gint64 finding_id,
                                 const char *category, gint64 *count, GError **err);
gboolean rf_findings_evidence_add (const fc_ctx_t *c, gint64 finding_id, int pos, const char *kind,
                             const char *date, gint64 message_id, gint64 invoice_id,
                             const char *ref, gint64 amount_minor, const char *currency,
                             double value, gboolean has_value, const char *detail, GError **err);

/* Evidence of single rules (findings_evidence.c). */
gboolean rf_findings_ev_totals (const fc_ctx_t *, const fc_client_t *, gint64, gint64 *, GError **);
gboolean rf_findings_ev_client_latency (const fc_ctx_t *, const fc_client_t *, gint64, gint64 *, GError **);
gboolean rf_findings_ev_our_latency (const fc_ctx_t *, const fc_client_t *, gint64, gint64 *, GError **);
gboolean rf_findings_ev_unanswered (const fc_ctx_t *, const fc_client_t *, gint64, gint64 *, GError **);
gboolean rf_findings_ev_after_hours (const fc_ctx_t *, const fc_client_t *, gint64, gint64 *, GError **);
gboolean rf_findings_ev_shouting (const fc_ctx_t *, const fc_client_t *, gint64, gint64 *, GError **);
gboolean rf_findings_ev_bursts (const fc_ctx_t *, const fc_client_t *, gint64, gint64 *, GError **);
gboolean rf_findings_ev_unbilled_scope (const fc_ctx_t *, const fc_client_t *, gint64, gint64 *, GError **);
gboolean rf_findings_ev_late_invoices (const fc_ctx_t *, const fc_client_t *, gint64, gint64 *, GError **);
gboolean rf_findings_ev_overdue (const fc_ctx_t *, const fc_client_t *, gint64, gint64 *, GError **);
gboolean rf_findings_ev_credit_notes (const fc_ctx_t *, const fc_client_t *, gint64, gint64 *, GError **);
gboolean rf_findings_ev_contract_end (const fc_ctx_t *, const fc_client_t *, gint64, gint64 *, GError **);

/* Scoring (score.c), after the findings are written. A client with no
 * conversation message and no invoice in the window, and nothing overdue,
 * gets no score: there is nothing to judge. */
gboolean rf_findings_score (fc_ctx_t *c, GError **err);
gboolean rf_findings_client_has_data (const fc_client_t *cl);

/* The day's verdicts into the history tables (findings_history.c). */
gboolean rf_findings_history (const fc_ctx_t *c, GError **err);

/* The window's monthly counts into finding_month (findings_load.c). */
gboolean rf_findings_store_months (const fc_ctx_t *c, GError **err);

/* Small helpers (thresholds.c). */
double rf_findings_threshold (const fc_ctx_t *c, const fc_client_t *cl, const char *signal,
                        const char *level, double def);
const char *rf_findings_severity_name (fc_severity_t s);
char *rf_findings_format_money (gint64 minor, const char *currency);
char *rf_findings_format_duration (gint64 seconds);
/* Why a moment falls outside working hours, in words: "after 18:00",
 * "before 09:00", "on a Sunday", "on a holiday" (g_free). */
char *rf_findings_why_after_hours (const rf_hours_t *h, gint64 t);
/* "1 day", "2 days": the count and the noun, singular or plural. */
char *rf_findings_count (gint64 n, const char *one, const char *many);

/* A mail subject to quote in evidence (quote_subject.c): runs of white
 * space and control characters become one space (none at either end),
 * text that is not UTF-8 is repaired, and a subject longer than max
 * characters is cut to max - 1 and ends in "..." (one character, U+2026)
 * (g_free; "" for NULL). */
char *rf_findings_quote_subject (const char *subject, int max);

#endif
