/* audit_fmt.h - escaping and number formatting for the audit page.
 *
 * Everything the audit prints from the database (client names, subjects,
 * excerpts) is untrusted text: it goes through rf_html_esc, which also
 * drops the control characters HTML and XML forbid. */
#ifndef RF_AUDIT_FMT_H
#define RF_AUDIT_FMT_H

#include <glib.h>

/* Append s (UTF-8; NULL appends nothing) escaped for HTML text and quoted
 * attribute values: & < > " ' become references. */
void rf_html_esc (GString *out, const char *s);

/* Printf, then escape the result. */
void rf_html_escf (GString *out, const char *fmt, ...) G_GNUC_PRINTF (2, 3);

/* A valid UTF-8 copy of s (invalid bytes replaced), or NULL for NULL. */
char *rf_audit_text (const char *s);

/* Collapse white space and cut to at most max characters, marking the cut
 * with an ellipsis (g_free). */
char *rf_audit_excerpt (const char *s, glong max);

/* An amount in minor units with its currency: "1,234.50 EUR" (grouped,
 * the currency's decimals; an unknown code gets 2). g_free. */
char *rf_audit_money (gint64 minor, const char *currency);

/* The same for an axis label: whole major units when the value is whole. */
char *rf_audit_money_axis (double minor, const char *currency);

/* A duration in seconds as the findings write it: "35 min", "3.6 h",
 * "2.9 days". */
char *rf_audit_duration (gint64 seconds);

/* A stored date ("YYYY-MM-DD", or ISO 8601 UTC / unix seconds for
 * messages) as local text in tz, with its zone: "2026-09-13 21:14 CEST",
 * or "2026-09-13". */
char *rf_audit_date (const char *stored, GTimeZone *tz);
char *rf_audit_unix_date (gint64 t, GTimeZone *tz, gboolean with_time);

/* A number with at most `decimals` decimals, trailing zeros dropped. */
char *rf_audit_number (double v, int decimals);

#endif
