/* payment_parse.h - ISO 20022 camt.053 (statements) and camt.054
 * (notifications), versions .001.02 to .001.08, turned into incoming
 * payment records. Pure parsing: no database.
 *
 * Kept: credit entries (money received) and reversals of credits (debit
 * entries with RvslInd true, which cancel an earlier credit). Debits,
 * reversals of debits and entries not booked are counted and ignored. */
#ifndef RF_PAYMENT_PARSE_H
#define RF_PAYMENT_PARSE_H

#include <glib.h>
#include <libxml/tree.h>

#define RF_NS_CAMT_PREFIX "urn:iso:std:iso:20022:tech:xsd:camt."

typedef struct {
    gboolean reversal;       /* cancels an earlier credit */
    gint64 booking_date;     /* 00:00 UTC */
    gint64 value_date;       /* 00:00 UTC, or -1 */
    char *currency;
    int exponent;
    gint64 amount_minor;     /* always positive */
    char *debtor_name;
    char *debtor_account;    /* IBAN or other account id */
    char *end_to_end_id;     /* NULL when absent or "NOTPROVIDED" */
    char *bank_ref;          /* the bank's reference (AcctSvcrRef) of the transaction, else of the entry */
    char *remittance;        /* unstructured lines, joined by spaces */
    char *creditor_ref;      /* structured creditor reference (ISO 11649 RF...) */
    char *doc_numbers;       /* referred document numbers, joined by spaces */
    char *dedupe_key;        /* same transaction in another file: same key */
} rf_payment_entry_t;

typedef struct {
    char *format;            /* "camt.053.001.08" */
    char *kind;              /* "camt.053" or "camt.054" */
    char *account;           /* our account (IBAN), or NULL */
    GPtrArray *entries;      /* rf_payment_entry_t* */
    guint ignored;           /* debits, debit reversals, pending entries */
} rf_statement_t;

void rf_statement_free (rf_statement_t *s);

/* TRUE if the root element is a camt document of any version. */
gboolean rf_payment_doc_is_camt (xmlDocPtr doc);

/* Read the entries of a camt.053/054 document. NULL with *reason (g_free,
 * one line) for an unsupported version, or an entry that cannot be read
 * (unknown currency, negative or missing amount, no booking date): a bank
 * file is taken whole or not at all. */
rf_statement_t *rf_payment_parse_doc (xmlDocPtr doc, char **reason);

#endif
