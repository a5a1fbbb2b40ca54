/* money_analyze_p.h - what the money analysis steps share: invoices and
 * payments loaded in memory, and the days they happen on.
 *
 * Dates are day numbers (days since 1970-01-01, UTC); -1 means none. */
#ifndef RF_MONEY_ANALYZE_P_H
#define RF_MONEY_ANALYZE_P_H

#include <glib.h>
#include "base/rfconfig.h"
#include "store/store.h"

typedef enum { M_INVOICE, M_CREDIT, M_CORRECTED } m_kind_t;

typedef enum { EV_PAYMENT, EV_REVERSAL, EV_CREDIT, EV_REPLACED } m_event_kind_t;

/* A dated change to what an invoice still owes; amount > 0 lowers it. */
typedef struct {
    gint64 day;
    m_event_kind_t kind;
    gint64 amount;
    gint64 payment_id;        /* 0 when none */
    gint64 credit_id;         /* 0 when none */
} m_event_t;

typedef struct m_invoice m_invoice_t;
struct m_invoice {
    gint64 id;
    char *number, *seller_key, *currency;
    m_kind_t kind;
    int exponent;
    gint64 issue, doc_due;    /* doc_due: as the document says, or -1 */
    char *doc_due_source;     /* document, terms, none */
    gint64 amount, net;
    char *buyer_name, *buyer_email, *buyer_endpoint, *client_hint;
    char *payment_ref;        /* as the document gives it, or NULL */
    GPtrArray *buyer_ids, *refs;
    /* Derived. */
    gint64 client_id;         /* 0: unattributed */
    const char *attribution;
    gint64 due;               /* effective due day */
    const char *due_source;   /* document, terms, default */
    m_invoice_t *applies_to;  /* credit note -> the invoice it credits */
    m_invoice_t *replaces;    /* corrected invoice -> the original */
    m_invoice_t *replaced_by;
    GArray *events;           /* m_event_t, in the order they were added */
};

/* One application of a payment: to an invoice, or unmatched (inv NULL). */
typedef struct {
    m_invoice_t *inv;
    gint64 amount;            /* negative for a reversal */
    const char *rule;
    char *explanation;
} m_apply_t;

typedef struct m_payment m_payment_t;
struct m_payment {
    gint64 id;
    char *dedupe_key, *source, *currency;
    gboolean reversal;
    gint64 day;
    gint64 amount;
    char *debtor_name, *debtor_account, *end_to_end_id, *remittance, *creditor_ref, *doc_numbers;
    char *log_seller_key, *log_invoice_number;
    /* Derived. */
    GArray *applied;          /* m_apply_t */
    m_payment_t *reverses;
    m_payment_t *reversed_by;
};

typedef struct {
    rf_store_t *st;
    const rf_config_t *cfg;
    gint64 as_of;             /* day */
    GPtrArray *invoices;      /* m_invoice_t*, ordered by issue day, number, id */
    GPtrArray *payments;      /* m_payment_t*, ordered by day, reversal, dedupe key */
    GHashTable *client_ids;   /* client key -> gint64* id */
    GHashTable *client_keys;  /* gint64 id -> key (borrowed from client_ids) */
} m_ctx_t;

/* money_attribute.c: set client_id and attribution of every invoice,
 * creating domain clients when needed. */
gboolean rf_money_attribute (m_ctx_t *c, GError **err);

/* money_match.c: link credit notes and corrections to their invoices, set
 * effective due dates, match payments and reversals; fills events. */
void rf_money_match (m_ctx_t *c);

/* money_measure.c: per-invoice status and the per-client tables. */
gboolean rf_money_measure (m_ctx_t *c, GError **err);

/* Helpers shared by the steps. */
gint64 rf_money_day (const char *ymd);        /* -1 when NULL or invalid */
void rf_money_day_str (gint64 day, char buf[16]);
char *rf_money_name_key (const char *name);   /* folded words, single spaces; g_free */
gint64 rf_money_open_at (const m_invoice_t *inv, gint64 day);  /* never below 0 */
void rf_money_add_event (m_invoice_t *inv, gint64 day, m_event_kind_t kind, gint64 amount,
                         gint64 payment_id, gint64 credit_id);

#endif
