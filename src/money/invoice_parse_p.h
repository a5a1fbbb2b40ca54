/* invoice_parse_p.h - helpers shared by the invoice format readers. */
#ifndef RF_INVOICE_PARSE_P_H
#define RF_INVOICE_PARSE_P_H

#include "money/invoice_parse.h"
#include "money/xml_safe.h"

/* A new record with empty arrays, due_date -1 and due_source NONE. */
rf_invoice_t *rf_invoice_new (const char *format);

/* Set kind and type_code from a UNTDID 1001 type code (NULL: from the
 * root). FALSE with reason for documents that are not claims (pro-forma). */
gboolean rf_invoice_apply_type_code (rf_invoice_t *inv, const char *code,
                                     gboolean credit_root, char **reason);

/* Parse the amount held by node. A missing node is an error only when
 * required (then the reason names what). */
gboolean rf_invoice_read_amount (xmlNodePtr node, const char *what, int exponent,
                                 gboolean required, gint64 *out, char **reason);

/* Set inv->currency and exponent; FALSE with reason for an unknown code. */
gboolean rf_invoice_read_currency (rf_invoice_t *inv, const char *text, const char *what,
                                   char **reason);

/* Add an identifier as "scheme:value" (when there is a scheme) and "value". */
void rf_invoice_add_id (GPtrArray *ids, const char *scheme, const char *value);

/* Case-folded text without white space: compares identifiers and names. */
char *rf_invoice_key (const char *s);

/* Last checks common to every format: seller key, buyer e-mail, sign of
 * the amounts. FALSE with reason when the invoice cannot be used. */
gboolean rf_invoice_finish (rf_invoice_t *inv, char **reason);

/* invoice_fields.c: what UBL and CII read the same way, from their own
 * elements (ns is the format's namespace map, paths NULL-ended). */

/* Every identifier under party at each path, in path order, with its
 * schemeID (see rf_invoice_add_id). */
void rf_invoice_party_ids (xmlNodePtr party, rf_xml_ns_t ns, const char *const *paths,
                           GPtrArray *ids);

/* rf_invoice_key of the first identifier present among paths, or NULL. */
char *rf_invoice_party_key (xmlNodePtr party, rf_xml_ns_t ns, const char *const *paths);

/* The buyer's electronic address (node's text and schemeID): sets
 * buyer_endpoint, and buyer_email when still unset and the scheme is "EM".
 * With add_id, a schemed address is also one of the buyer's identifiers.
 * Call after buyer_email is read. */
void rf_invoice_read_endpoint (rf_invoice_t *inv, xmlNodePtr node, gboolean add_id);

/* Append the text of every element at path to inv->refs. */
void rf_invoice_read_refs (rf_invoice_t *inv, xmlNodePtr base, rf_xml_ns_t ns, const char *path);

/* One amount of the totals: its element (NULL when absent), its name for
 * reasons, whether it must be there, where it goes. */
typedef struct {
    xmlNodePtr node;
    const char *name;
    gboolean required;
    gint64 *out;
} rf_invoice_amount_t;

/* Read the amounts in order; the first failure sets reason. */
gboolean rf_invoice_read_amounts (const rf_invoice_amount_t *a, gsize n, int exponent, char **reason);

/* Fill in the totals a document left out: payable = total - prepaid,
 * total = payable + prepaid, net = total (in that order). */
void rf_invoice_complete_totals (rf_invoice_t *inv, gboolean have_payable, gboolean have_total,
                                 gboolean have_net);

/* inv when ok; otherwise frees it and returns NULL. */
rf_invoice_t *rf_invoice_or_free (rf_invoice_t *inv, gboolean ok);

rf_invoice_t *rf_invoice_parse_ubl (xmlNodePtr root, char **reason);
rf_invoice_t *rf_invoice_parse_cii (xmlNodePtr root, char **reason);
gboolean rf_invoice_parse_log (xmlNodePtr root, GPtrArray *out, char **reason);

#endif
