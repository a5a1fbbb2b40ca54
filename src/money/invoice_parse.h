/* invoice_parse.h - UBL 2.1, UN/CEFACT CII D16B and the native invoice log
 * turned into rf_invoice_t records. Pure parsing: no database.
 *
 * All memory belongs to the caller: rf_invoice_parse_doc returns an array
 * that frees its invoices when unreferenced. */
#ifndef RF_INVOICE_PARSE_H
#define RF_INVOICE_PARSE_H

#include <glib.h>
#include <libxml/tree.h>

#define RF_NS_UBL_INVOICE "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
#define RF_NS_UBL_CREDIT  "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
#define RF_NS_UBL_CAC     "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
#define RF_NS_UBL_CBC     "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
#define RF_NS_CII_RSM     "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
#define RF_NS_CII_RAM     "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
#define RF_NS_CII_UDT     "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
#define RF_NS_INVOICE_LOG "urn:x-redflag:invoice-log:1"

typedef enum {
    RF_INVOICE_KIND_INVOICE,      /* 380 and other debit documents */
    RF_INVOICE_KIND_CREDIT_NOTE,  /* 381, UBL CreditNote */
    RF_INVOICE_KIND_CORRECTED,    /* 384: takes the place of the invoice it refers to */
} rf_invoice_kind_t;

/* "invoice", "credit_note", "corrected" (the values stored in the database). */
const char *rf_invoice_kind_to_string (rf_invoice_kind_t k);

typedef enum {
    RF_DUE_DOCUMENT,   /* cbc:DueDate, or a native <due> */
    RF_DUE_TERMS,      /* the payment terms' due date (UBL PaymentTerms/PaymentMeans, CII) */
    RF_DUE_NONE,       /* none given: the client's default terms apply at analysis */
} rf_due_source_t;

const char *rf_due_source_to_string (rf_due_source_t s);

/* A payment recorded in the native log against one invoice. */
typedef struct {
    gint64 date;          /* 00:00 UTC of the day */
    gint64 amount_minor;
    char *reference;      /* optional */
} rf_log_payment_t;

typedef struct {
    char *format;             /* "ubl", "cii", "log" */
    char *number;
    rf_invoice_kind_t kind;
    char *type_code;          /* "380", "381", "384", ... or NULL */
    gint64 issue_date;        /* 00:00 UTC */
    gint64 due_date;          /* 00:00 UTC, or -1 (see due_source) */
    rf_due_source_t due_source;
    char *seller_name;
    char *seller_key;         /* identity of the seller for de-duplication */
    char *buyer_name;
    char *buyer_email;        /* lower-case, or NULL */
    char *buyer_endpoint;     /* electronic address, "scheme:value" or value */
    GPtrArray *buyer_ids;     /* char*: identifiers, "scheme:value" and bare value */
    char *currency;           /* ISO 4217, upper case */
    int exponent;             /* the currency's decimals */
    gint64 amount_minor;      /* payable: what the buyer is asked to pay */
    gint64 net_minor;         /* tax-exclusive total */
    gint64 total_minor;       /* tax-inclusive total */
    gint64 prepaid_minor;
    GPtrArray *refs;          /* char*: numbers of invoices this one refers to */
    char *client_hint;        /* native log: the client key it names, or NULL */
    GPtrArray *payments;      /* rf_log_payment_t*: native log only */
    char *note;               /* how something unusual was handled, or NULL */
    char *payment_ref;        /* the reference the buyer is asked to quote (often ISO 11649 RF...), or NULL */
} rf_invoice_t;

void rf_invoice_free (rf_invoice_t *inv);

typedef enum {
    RF_DOC_OTHER = 0,
    RF_DOC_UBL,
    RF_DOC_CII,
    RF_DOC_LOG,
} rf_invoice_doc_t;

/* Which invoice format the root element is (by namespace URI). */
rf_invoice_doc_t rf_invoice_doc_kind (xmlDocPtr doc);

/* Read every invoice of a document (one for UBL and CII, any number for
 * the log). NULL with *reason (g_free), one line, when the document cannot
 * be used as a whole: unknown format, a missing or invalid required field
 * (number, issue date, currency, payable amount), an unknown currency. */
GPtrArray *rf_invoice_parse_doc (xmlDocPtr doc, char **reason);

/* Parse a date as written in invoices: "2026-01-31" (optionally followed by
 * a time zone), or CII format 102 "20260131". FALSE if invalid. */
gboolean rf_invoice_parse_date (const char *s, gint64 *out);

#endif
