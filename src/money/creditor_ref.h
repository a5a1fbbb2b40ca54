/* creditor_ref.h - ISO 11649 structured creditor references ("RF18 5390
 * 0754 7034"): checking them, and finding them in remittance text. */
#ifndef RF_CREDITOR_REF_H
#define RF_CREDITOR_REF_H

#include <glib.h>

/* s without spaces, upper case (g_free); the form references are compared in. */
char *rf_creditor_ref_normalize (const char *s);

/* TRUE if s (already normalized) is a valid ISO 11649 reference: "RF", two
 * check digits, 1 to 21 letters or digits, and the whole, with its first
 * four characters moved to the end and letters read as 10..35, is 1
 * modulo 97. */
gboolean rf_creditor_ref_valid (const char *s);

/* Every valid reference written in text, normalized, in order (a
 * reference may be written in groups separated by single spaces; the
 * longest valid reading wins). g_ptr_array_unref. */
GPtrArray *rf_creditor_refs_in (const char *text);

#endif
