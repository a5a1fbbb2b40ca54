/* invoice_parse_p.h - helpers shared by the invoice format readers. */
#ifndef RF_INVOICE_PARSE_P_H
#define RF_INVOICE_PARSE_P_H

#include "invoice_parse.h"

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

rf_invoice_t *rf_invoice_parse_ubl (xmlNodePtr root, char **reason);
rf_invoice_t *rf_invoice_parse_cii (xmlNodePtr root, char **reason);
gboolean rf_invoice_parse_log (xmlNodePtr root, GPtrArray *out, char **reason);

#endif
