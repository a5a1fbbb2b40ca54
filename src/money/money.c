/* money.c - ISO 4217 exponents and exact decimal amounts. */
#include "config.h"
#include "money/money.h"

#include <stdlib.h>
#include <string.h>

/* Active ISO 4217 codes and their minor-unit digits (List One of the
 * standard's maintenance agency). Codes without a minor unit (gold, SDR,
 * test and "no currency" codes) are left out: an invoice in them cannot be
 * turned into minor units. Sorted, for bsearch. */
typedef struct {
    char code[4];
    int exponent;
} currency_t;

static const currency_t currencies[] = {
    { "AED", 2 }, { "AFN", 2 }, { "ALL", 2 }, { "AMD", 2 }, { "ANG", 2 }, { "AOA", 2 },
    { "ARS", 2 }, { "AUD", 2 }, { "AWG", 2 }, { "AZN", 2 }, { "BAM", 2 }, { "BBD", 2 },
    { "BDT", 2 }, { "BGN", 2 }, { "BHD", 3 }, { "BIF", 0 }, { "BMD", 2 }, { "BND", 2 },
    { "BOB", 2 }, { "BOV", 2 }, { "BRL", 2 }, { "BSD", 2 }, { "BTN", 2 }, { "BWP", 2 },
    { "BYN", 2 }, { "BZD", 2 }, { "CAD", 2 }, { "CDF", 2 }, { "CHE", 2 }, { "CHF", 2 },
    { "CHW", 2 }, { "CLF", 4 }, { "CLP", 0 }, { "CNY", 2 }, { "COP", 2 }, { "COU", 2 },
    { "CRC", 2 }, { "CUC", 2 }, { "CUP", 2 }, { "CVE", 2 }, { "CZK", 2 }, { "DJF", 0 },
    { "DKK", 2 }, { "DOP", 2 }, { "DZD", 2 }, { "EGP", 2 }, { "ERN", 2 }, { "ETB", 2 },
    { "EUR", 2 }, { "FJD", 2 }, { "FKP", 2 }, { "GBP", 2 }, { "GEL", 2 }, { "GHS", 2 },
    { "GIP", 2 }, { "GMD", 2 }, { "GNF", 0 }, { "GTQ", 2 }, { "GYD", 2 }, { "HKD", 2 },
    { "HNL", 2 }, { "HRK", 2 }, { "HTG", 2 }, { "HUF", 2 }, { "IDR", 2 }, { "ILS", 2 },
    { "INR", 2 }, { "IQD", 3 }, { "IRR", 2 }, { "ISK", 0 }, { "JMD", 2 }, { "JOD", 3 },
    { "JPY", 0 }, { "KES", 2 }, { "KGS", 2 }, { "KHR", 2 }, { "KMF", 0 }, { "KPW", 2 },
    { "KRW", 0 }, { "KWD", 3 }, { "KYD", 2 }, { "KZT", 2 }, { "LAK", 2 }, { "LBP", 2 },
    { "LKR", 2 }, { "LRD", 2 }, { "LSL", 2 }, { "LYD", 3 }, { "MAD", 2 }, { "MDL", 2 },
    { "MGA", 2 }, { "MKD", 2 }, { "MMK", 2 }, { "MNT", 2 }, { "MOP", 2 }, { "MRU", 2 },
    { "MUR", 2 }, { "MVR", 2 }, { "MWK", 2 }, { "MXN", 2 }, { "MXV", 2 }, { "MYR", 2 },
    { "MZN", 2 }, { "NAD", 2 }, { "NGN", 2 }, { "NIO", 2 }, { "NOK", 2 }, { "NPR", 2 },
    { "NZD", 2 }, { "OMR", 3 }, { "PAB", 2 }, { "PEN", 2 }, { "PGK", 2 }, { "PHP", 2 },
    { "PKR", 2 }, { "PLN", 2 }, { "PYG", 0 }, { "QAR", 2 }, { "RON", 2 }, { "RSD", 2 },
    { "RUB", 2 }, { "RWF", 0 }, { "SAR", 2 }, { "SBD", 2 }, { "SCR", 2 }, { "SDG", 2 },
    { "SEK", 2 }, { "SGD", 2 }, { "SHP", 2 }, { "SLE", 2 }, { "SLL", 2 }, { "SOS", 2 },
    { "SRD", 2 }, { "SSP", 2 }, { "STN", 2 }, { "SVC", 2 }, { "SYP", 2 }, { "SZL", 2 },
    { "THB", 2 }, { "TJS", 2 }, { "TMT", 2 }, { "TND", 3 }, { "TOP", 2 }, { "TRY", 2 },
    { "TTD", 2 }, { "TWD", 2 }, { "TZS", 2 }, { "UAH", 2 }, { "UGX", 0 }, { "USD", 2 },
    { "USN", 2 }, { "UYI", 0 }, { "UYU", 2 }, { "UYW", 4 }, { "UZS", 2 }, { "VED", 2 },
    { "VES", 2 }, { "VND", 0 }, { "VUV", 0 }, { "WST", 2 }, { "XAF", 0 }, { "XCD", 2 },
    { "XCG", 2 }, { "XOF", 0 }, { "XPF", 0 }, { "YER", 2 }, { "ZAR", 2 }, { "ZMW", 2 },
    { "ZWG", 2 }, { "ZWL", 2 },
};

static int
cmp_currency (const void *key, const void *elem)
{
    return strcmp (key, ((const currency_t *) elem)->code);
}

int
rf_currency_exponent (const char *code)
{
    const currency_t *c;
    if (!code || strlen (code) != 3)
        return -1;
    c = bsearch (code, currencies, G_N_ELEMENTS (currencies), sizeof currencies[0], cmp_currency);
    return c ? c->exponent : -1;
}

char *
rf_currency_normalize (const char *text)
{
    char *s;
    if (!text)
        return NULL;
    s = g_ascii_strup (text, -1);
    g_strstrip (s);
    if (rf_currency_exponent (s) < 0) {
        g_free (s);
        return NULL;
    }
    return s;
}

const char *
rf_amount_status_to_string (rf_amount_status_t s)
{
    switch (s) {
    case RF_AMOUNT_OK:
        return "ok";
    case RF_AMOUNT_EMPTY:
        return "empty amount";
    case RF_AMOUNT_SYNTAX:
        return "not a decimal number";
    case RF_AMOUNT_RANGE:
        return "amount too large";
    }
    return "?";
}

/* Length of a white-space character at p (ASCII, U+00A0, U+2007, U+2009,
 * U+202F), or 0. Thousands are often grouped with these. */
static int
space_len (const char *p)
{
    const unsigned char *u = (const unsigned char *) p;
    if (g_ascii_isspace (*p))
        return 1;
    if (u[0] == 0xC2 && u[1] == 0xA0)
        return 2;
    if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x87 || u[2] == 0x89 || u[2] == 0xAF))
        return 3;
    return 0;
}

rf_amount_status_t
rf_amount_parse (const char *text, int exponent, gint64 *out)
{
    const char *p = text;
    gboolean neg = FALSE, seen_digit = FALSE, seen_point = FALSE, round_up = FALSE;
    int frac = 0, sign_seen = 0, n;
    gint64 v = 0;

    if (!text)
        return RF_AMOUNT_EMPTY;
    while (*p) {
        if ((n = space_len (p))) {
            p += n;
            continue;
        }
        if ((*p == '-' || *p == '+') && !seen_digit && !seen_point && !sign_seen) {
            neg = *p == '-';
            sign_seen = 1;
        } else if (*p == '.' && !seen_point) {
            seen_point = TRUE;
        } else if (g_ascii_isdigit (*p)) {
            int d = *p - '0';
            seen_digit = TRUE;
            if (seen_point && frac >= exponent) {
                /* Beyond the minor unit: only the first such digit decides
                 * the rounding (half away from zero). */
                if (frac == exponent)
                    round_up = d >= 5;
                frac++;
            } else {
                if (v > (RF_AMOUNT_MAX - d) / 10)
                    return RF_AMOUNT_RANGE;
                v = v * 10 + d;
                if (seen_point)
                    frac++;
            }
        } else {
            return RF_AMOUNT_SYNTAX;
        }
        p++;
    }
    if (!seen_digit)
        return (sign_seen || seen_point) ? RF_AMOUNT_SYNTAX : RF_AMOUNT_EMPTY;
    for (int k = MIN (frac, exponent); k < exponent; k++) {
        if (v > RF_AMOUNT_MAX / 10)
            return RF_AMOUNT_RANGE;
        v *= 10;
    }
    if (round_up)
        v++;
    if (v > RF_AMOUNT_MAX)
        return RF_AMOUNT_RANGE;
    *out = neg ? -v : v;
    return RF_AMOUNT_OK;
}

void
rf_amount_format (gint64 minor, int exponent, char buf[48])
{
    guint64 a = minor < 0 ? (guint64) 0 - (guint64) minor : (guint64) minor;
    guint64 scale = 1;
    for (int i = 0; i < exponent; i++)
        scale *= 10;
    if (exponent <= 0)
        g_snprintf (buf, 48, "%s%" G_GUINT64_FORMAT, minor < 0 ? "-" : "", a);
    else
        g_snprintf (buf, 48, "%s%" G_GUINT64_FORMAT ".%0*" G_GUINT64_FORMAT, minor < 0 ? "-" : "",
                    a / scale, exponent, a % scale);
}
