/* money.h - amounts as integer minor units of an ISO 4217 currency.
 *
 * An amount is a gint64 count of the currency's minor units (cents for
 * EUR, yen for JPY, fils for KWD). Decimal text is converted exactly; no
 * floating point is involved anywhere. */
#ifndef RF_MONEY_H
#define RF_MONEY_H

#include <glib.h>

/* The largest amount accepted, in minor units (10^14: a trillion euros).
 * Keeps any realistic sum of amounts far from gint64 overflow. */
#define RF_AMOUNT_MAX G_GINT64_CONSTANT (100000000000000)

/* Number of decimals of an active ISO 4217 currency (0, 2, 3 or 4), or -1
 * when the code is not one (including metals and test codes, which have no
 * minor unit). code must be three upper-case letters. */
int rf_currency_exponent (const char *code);

/* Normalize a currency code read from a document: trims white space and
 * upper-cases it. Returns a new string (g_free) when it is a known ISO 4217
 * code, else NULL. */
char *rf_currency_normalize (const char *text);

typedef enum {
    RF_AMOUNT_OK = 0,
    RF_AMOUNT_EMPTY,      /* nothing but white space */
    RF_AMOUNT_SYNTAX,     /* not a decimal number */
    RF_AMOUNT_RANGE,      /* larger than RF_AMOUNT_MAX */
} rf_amount_status_t;

/* Short English description of a status ("not a decimal number"). */
const char *rf_amount_status_to_string (rf_amount_status_t s);

/* Parse a decimal amount ("1200.5", "-3", " 1 200.00 ") into minor units
 * of a currency with the given exponent. White space (including no-break
 * and thin spaces) inside the number is ignored; the decimal separator is
 * '.', as xsd:decimal requires. Digits beyond the currency's decimals are
 * rounded half away from zero. */
rf_amount_status_t rf_amount_parse (const char *text, int exponent, gint64 *out);

/* Write minor units as a decimal string ("-1234.50" for exponent 2). */
void rf_amount_format (gint64 minor, int exponent, char buf[48]);

#endif
