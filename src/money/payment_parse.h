/* payment_parse.h - bank files turned into incoming payment records:
 * ISO 20022 camt.052 (account reports), camt.053 (statements) and camt.054
 * (notifications), versions .001.02 to .001.14; SWIFT MT940 statements;
 * OFX 1.x (SGML, also QFX) and 2.x (XML) bank statements.
 * Pure parsing: no database.
 *
 * Kept: credit entries (money received) and reversals of credits (debit
 * entries marked as reversals, which cancel an earlier credit). Debits,
 * reversals of debits and entries not booked are counted and ignored. */
#ifndef RF_PAYMENT_PARSE_H
#define RF_PAYMENT_PARSE_H

#include <glib.h>
#include <libxml/tree.h>

#define RF_NS_CAMT_PREFIX "urn:iso:std:iso:20022:tech:xsd:camt."

typedef struct {
    gboolean reversal;       /* cancels an earlier credit */
    gint64 booking_date;     /* 00:00 UTC */
    const char *date_source; /* "booking", "value" or "statement": where booking_date came from */
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
    char *account;           /* our account, when a file holds several (else the statement's) */
} rf_payment_entry_t;

typedef struct {
    char *format;            /* "camt.053.001.08", "mt940", "ofx.102" */
    char *kind;              /* the payment source: "camt.052", "camt.053", "camt.054", "mt940", "ofx" */
    char *account;           /* our account (IBAN), or NULL */
    GPtrArray *entries;      /* rf_payment_entry_t* */
    guint ignored;           /* debits, debit reversals, pending entries */
} rf_statement_t;

/* ---- payment_model.c: what every reader shares. */

/* An empty statement of this kind and format (both copied). */
rf_statement_t *rf_statement_new (const char *kind, const char *format);
void rf_statement_free (rf_statement_t *s);
void rf_payment_entry_free (gpointer p);

/* The identity of a payment without a bank reference, from its content:
 * "content:<40 hex>:<n>", n telling identical transfers of one file apart
 * by their order (seen counts them; a GHashTable of g_free'd strings). */
char *rf_payment_content_key (const char *account, const rf_payment_entry_t *p, GHashTable *seen);

/* ---- payment_camt.c */

/* TRUE if the root element is a camt document of any version. */
gboolean rf_payment_doc_is_camt (xmlDocPtr doc);

/* Read the entries of a camt.052/053/054 document. NULL with *reason
 * (g_free, one line) for an unsupported version, or an entry that cannot
 * be read (unknown currency, negative or missing amount, no date at all):
 * a bank file is taken whole or not at all. An entry without booking and
 * value date takes its statement's date (date_source "statement"). */
rf_statement_t *rf_payment_parse_doc (xmlDocPtr doc, char **reason);

/* ---- payment_mt940.c */

/* TRUE if the bytes look like an MT940 statement: a ":20:" field, then a
 * ":25:" account and a ":60F:"/":60M:" opening balance, within the first
 * 4 KiB (an optional SWIFT header block "{1:...}" before them). */
gboolean rf_mt940_sniff (const char *data, gsize len);

/* Read every statement of an MT940 file (all must be for one currency per
 * statement). NULL with *reason as for camt. */
rf_statement_t *rf_mt940_parse (const char *data, gsize len, char **reason);

/* ---- payment_ofx.c */

/* TRUE if the bytes look like OFX: OFX 1 header lines ("OFXHEADER:"), or
 * markup with an "<?OFX" instruction or an <OFX> element in the first 4 KiB. */
gboolean rf_ofx_sniff (const char *data, gsize len);

/* Read every bank statement (STMTRS) of an OFX file: credits (TRNAMT > 0)
 * are payments; debits count as ignored. Credit card statements are not
 * read. NULL with *reason as for camt. */
rf_statement_t *rf_ofx_parse (const char *data, gsize len, char **reason);

#endif
