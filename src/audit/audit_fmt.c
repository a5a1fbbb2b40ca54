/* audit_fmt.c - see audit_fmt.h. */
#include "config.h"
#include "audit/audit_fmt.h"
#include "money/money.h"
#include "findings/glossary.h"

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* Characters HTML5 calls parse errors and XML 1.0 forbids: C0 controls
 * other than tab and newlines, DEL, C1 controls, and the two noncharacters
 * XML excludes. */
static gboolean
forbidden (gunichar c)
{
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)
           || c == 0xfffe || c == 0xffff;
}

void
rf_html_esc (GString *out, const char *s)
{
    char *valid = NULL;
    if (!s)
        return;
    if (!g_utf8_validate (s, -1, NULL))
        s = valid = g_utf8_make_valid (s, -1);
    for (const char *p = s; *p; p = g_utf8_next_char (p)) {
        gunichar c = g_utf8_get_char (p);
        switch (c) {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&#39;"); break;
        default:
            if (!forbidden (c))
                g_string_append_len (out, p, g_utf8_next_char (p) - p);
        }
    }
    g_free (valid);
}

void
rf_html_escf (GString *out, const char *fmt, ...)
{
    va_list ap;
    char *s;
    va_start (ap, fmt);
    s = g_strdup_vprintf (fmt, ap);
    va_end (ap);
    rf_html_esc (out, s);
    g_free (s);
}

char *
rf_audit_text (const char *s)
{
    if (!s)
        return NULL;
    return g_utf8_validate (s, -1, NULL) ? g_strdup (s) : g_utf8_make_valid (s, -1);
}

char *
rf_audit_excerpt (const char *s, glong max)
{
    GString *o = g_string_new (NULL);
    gboolean space = FALSE;
    char *valid = rf_audit_text (s ? s : ""), *cut;
    for (const char *p = valid; *p; p = g_utf8_next_char (p)) {
        gunichar c = g_utf8_get_char (p);
        if (g_unichar_isspace (c)) {
            space = o->len > 0;
            continue;
        }
        if (space)
            g_string_append_c (o, ' ');
        space = FALSE;
        g_string_append_unichar (o, c);
    }
    g_free (valid);
    if (max < 1 || g_utf8_strlen (o->str, -1) <= max)
        return g_string_free (o, FALSE);
    /* The ellipsis counts as one of the max characters. */
    cut = g_utf8_substring (o->str, 0, max - 1);
    g_string_free (o, TRUE);
    o = g_string_new (cut);
    g_free (cut);
    g_string_append (o, "\xe2\x80\xa6");
    return g_string_free (o, FALSE);
}

/* Insert thousands separators into the integer part of a decimal string. */
static char *
group (const char *num)
{
    GString *o = g_string_new (NULL);
    const char *digits = num[0] == '-' ? num + 1 : num;
    const char *dot = strchr (digits, '.');
    size_t ilen = dot ? (size_t) (dot - digits) : strlen (digits);
    if (num[0] == '-')
        g_string_append_c (o, '-');
    for (size_t i = 0; i < ilen; i++) {
        if (i > 0 && (ilen - i) % 3 == 0)
            g_string_append_c (o, ',');
        g_string_append_c (o, digits[i]);
    }
    if (dot)
        g_string_append (o, dot);
    return g_string_free (o, FALSE);
}

static int
exponent_of (const char *currency)
{
    int e = currency && strlen (currency) == 3 ? rf_currency_exponent (currency) : -1;
    return e < 0 ? 2 : e;
}

char *
rf_audit_money (gint64 minor, const char *currency)
{
    char buf[48], *g, *s;
    rf_amount_format (minor, exponent_of (currency), buf);
    g = group (buf);
    s = g_strdup_printf ("%s %s", g, currency ? currency : "");
    g_free (g);
    return s;
}

char *
rf_audit_money_axis (double minor, const char *currency)
{
    int e = exponent_of (currency);
    double major = minor / pow (10, e);
    char *num = rf_audit_number (major, fabs (major - round (major)) < 1e-9 ? 0 : e), *g;
    g = group (num);
    g_free (num);
    return g;
}

/* The findings' format, so that a duration reads the same in a finding's
 * summary, its measure, the summary facts and the charts' values. */
char *
rf_audit_duration (gint64 s)
{
    if (s < 0)
        return g_strdup ("-");
    return rf_glossary_duration (s);
}

char *
rf_audit_unix_date (gint64 t, GTimeZone *tz, gboolean with_time)
{
    GDateTime *u = g_date_time_new_from_unix_utc (t), *l;
    char *s;
    if (!u)
        return g_strdup ("?");
    l = tz ? g_date_time_to_timezone (u, tz) : g_date_time_ref (u);
    /* A time says its zone: "2026-11-09 09:40 CET". */
    s = g_date_time_format (l, with_time ? "%Y-%m-%d %H:%M %Z" : "%Y-%m-%d");
    g_date_time_unref (l);
    g_date_time_unref (u);
    return s;
}

char *
rf_audit_date (const char *stored, GTimeZone *tz)
{
    GTimeZone *utc;
    GDateTime *d;
    char *s, *end = NULL;
    gint64 t;
    if (!stored || !*stored)
        return g_strdup ("");
    if (strlen (stored) == 10)
        return rf_audit_text (stored);
    t = g_ascii_strtoll (stored, &end, 10);
    if (end && *end == '\0' && end != stored)
        return rf_audit_unix_date (t, tz, TRUE);
    utc = g_time_zone_new_utc ();
    d = g_date_time_new_from_iso8601 (stored, utc);
    g_time_zone_unref (utc);
    if (!d)
        return rf_audit_text (stored);
    s = rf_audit_unix_date (g_date_time_to_unix (d), tz, TRUE);
    g_date_time_unref (d);
    return s;
}

/* Always a '.' decimal point, whatever the locale (the page is English). */
char *
rf_audit_number (double v, int decimals)
{
    char fmt[16], buf[512], *s, *p;   /* %f of 1e308 has 309 digits */
    g_snprintf (fmt, sizeof fmt, "%%.%df", CLAMP (decimals, 0, 9));
    s = g_strdup (g_ascii_formatd (buf, sizeof buf, fmt, v));
    if (decimals > 0 && strchr (s, '.')) {
        p = s + strlen (s) - 1;
        while (*p == '0')
            *p-- = '\0';
        if (*p == '.')
            *p = '\0';
    }
    if (!strcmp (s, "-0"))
        strcpy (s, "0");
    return s;
}
