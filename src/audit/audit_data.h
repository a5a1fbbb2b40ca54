/* audit_data.h - everything the audit of one client shows, read from the
 * database in one go (the page and the letter never run SQL). */
#ifndef RF_AUDIT_DATA_H
#define RF_AUDIT_DATA_H

#include "store/store.h"

#define RF_AUDIT_ERROR rf_audit_error_quark ()
GQuark rf_audit_error_quark (void);
typedef enum {
    RF_AUDIT_ERR_SQL = 1,
    RF_AUDIT_ERR_NO_CLIENT,     /* unknown client: exit RF_EXIT_NODATA */
    RF_AUDIT_ERR_NO_DATA,       /* no mail or invoice in the window: exit RF_EXIT_NODATA */
} rf_audit_err_t;

/* One piece of evidence of a finding (finding_evidence), with the message
 * it names when there is one. NAN / 0 / NULL mark absent values. */
typedef struct {
    char *kind, *date, *ref, *currency, *detail;
    gint64 message_id, invoice_id, amount_minor;
    gboolean has_amount;
    double value;
    char *subject, *from;       /* the message's, for kind message/reply */
    char *direction;            /* message_attr.direction: in, out, ... */
    gint64 msg_date;            /* unix seconds, -1 when unknown */
} rf_audit_evidence_t;

typedef struct {
    char *signal, *sign, *severity, *unit, *trend, *summary;
    double value, threshold, recent, previous;  /* NAN when NULL */
    gint64 points, evidence_count;
    gboolean few_data;                          /* held at info: too few observations */
    GPtrArray *evidence;                        /* of rf_audit_evidence_t* */
} rf_audit_finding_t;

/* What the findings stage measured for a signal (client_measure), whether
 * it fired or not: the numbers every part of the page states. n and n_of
 * are -1 when they do not apply; value NAN when not measurable. */
typedef struct {
    char *signal, *counts;
    double value;
    gint64 n, n_of, observations, min_observations;
} rf_audit_tally_t;

typedef struct {
    char *number, *kind, *issue_date, *due_date, *status, *paid_date, *currency;
    gint64 amount_minor, open_minor;
    gint64 days_late, days_overdue;             /* G_MININT64 when NULL */
} rf_audit_invoice_t;

/* Money of one currency, per month of the window and in total. */
typedef struct {
    char *currency;
    GArray *invoiced, *paid;                    /* gint64, one per month */
    gint64 net_minor, total_net_minor;          /* money_revenue_share */
    double share;                               /* NAN when unknown */
} rf_audit_money_t;

typedef struct {
    /* The client. */
    gint64 id;
    char *key, *name, *timezone, *contract_end, *client_lang;
    gint64 response_seconds;                    /* agreed, 0 when none */
    GTimeZone *tz;

    /* The window, dates: [since, until); last_day = until - 1 day. */
    char *since, *until, *last_day, *recent_since, *previous_since, *as_of;
    gboolean findings_window;                   /* read from finding_window */
    char *findings_since, *findings_until;      /* when it differs from the window */

    /* client_score; has_score FALSE until the findings stage ran, or when
     * the client has no mail and no invoice in the window (has_data). */
    gboolean has_score, has_data;
    gint64 score, raw_points;
    char *recommendation, *reason, *caution, *act_by, *score_lang, *score_currency;
    double revenue_share, weighted_days_late;   /* NAN when NULL */
    gint64 revenue_minor, max_days_late, overdue_minor;   /* G_MININT64 when NULL */
    GPtrArray *findings;                        /* worst first */

    /* Per month of the window ("YYYY-MM", the client's months); the counts
     * are the findings' (finding_month), over the window's days only. */
    GPtrArray *months;
    GArray *in, *out;                           /* gint64 */
    GArray *client_latency, *our_latency;       /* gint64 seconds medians, -1 when none */
    GPtrArray *categories;                      /* warning marker categories with messages */
    GPtrArray *category_messages;               /* GArray of gint64 per month, per category */
    gint64 appreciation, referral;              /* messages with a counter-signal in the window */

    GPtrArray *invoices;                        /* issued or due in the window, or overdue */
    GPtrArray *money;                           /* of rf_audit_money_t*, main currency first */

    /* Totals over the window, for the summary and the letter: the
     * findings stage's own numbers (client_score, client_measure). */
    gint64 win_in, win_out;                     /* conversation messages each way */
    gint64 client_median, our_median;           /* seconds, -1 when no reply */
    GPtrArray *tallies;                         /* of rf_audit_tally_t* */
    gint64 tone_first, unethical_last;          /* dates of the abuse / unethical evidence, -1 */

    char *goodwill;                             /* from --config, or NULL */
} rf_audit_t;

/* Find a client by key, else by name (case-insensitive). On failure set
 * RF_AUDIT_ERR_NO_CLIENT with the known keys in the message. */
gboolean rf_audit_find_client (rf_store_t *st, const char *query, gint64 *id, GError **err);

/* Load the audit of a client. since/until: the asked window (unix day
 * starts, until exclusive) or -1 for the stored findings window, else the
 * 180 days up to the newest message. A client the analysis found nothing
 * for in the window fails with RF_AUDIT_ERR_NO_DATA: no verdict, no page. */
rf_audit_t *rf_audit_load (rf_store_t *st, gint64 client_id, gint64 since, gint64 until,
                           GError **err);
void rf_audit_free (rf_audit_t *a);

/* What the findings measured for a signal, or NULL (audit_counts.c). */
const rf_audit_tally_t *rf_audit_tally (const rf_audit_t *a, const char *signal);

/* The index of "YYYY-MM" in a->months, or -1; an array of one value per
 * month, filled with fill. */
int rf_audit_month_index (const rf_audit_t *a, const char *month);
GArray *rf_audit_month_array (const rf_audit_t *a, gint64 fill);

/* Loaders of audit_counts.c, called by rf_audit_load. */
gboolean rf_audit_load_tallies (rf_store_t *st, rf_audit_t *a, GError **err);
gboolean rf_audit_load_month_counts (rf_store_t *st, rf_audit_t *a, GError **err);

/* The letter's language: client_score.lang, else client.lang, else "en";
 * anything but en, fr, es gives en. */
const char *rf_audit_lang (const rf_audit_t *a);

#endif
