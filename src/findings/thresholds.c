/* thresholds.c - the thresholds of a signal for a client, and the
 * wording shared by every finding (severity names, money, durations). */
#include "config.h"
#include "findings/findings_p.h"
#include "money/money.h"

#include <string.h>

#define DAY G_GINT64_CONSTANT (86400)

double
rf_findings_threshold (const fc_ctx_t *c, const fc_client_t *cl, const char *signal, const char *level,
                 double def)
{
    char *key = g_strdup_printf ("%s_%s", signal, level);
    double v = rf_config_threshold (c->cfg, cl && cl->conf ? cl->conf->id : NULL, key, def);
    g_free (key);
    return v;
}

const char *
rf_findings_severity_name (fc_severity_t s)
{
    return s == FS_CRITICAL ? "critical" : s == FS_WARNING ? "warning" : "info";
}

/* Amounts read the same on every page: thousands grouped with commas, a
 * point before the decimals ("1,800.00 EUR"), as in the audit. */
char *
rf_findings_format_money (gint64 minor, const char *currency)
{
    char buf[48];
    int exp = currency ? rf_currency_exponent (currency) : 2;
    GString *o = g_string_new (NULL);
    const char *digits, *dot;
    size_t ilen;
    rf_amount_format (minor, exp < 0 ? 2 : exp, buf);
    digits = buf[0] == '-' ? buf + 1 : buf;
    dot = strchr (digits, '.');
    ilen = dot ? (size_t) (dot - digits) : strlen (digits);
    if (buf[0] == '-')
        g_string_append_c (o, '-');
    for (size_t i = 0; i < ilen; i++) {
        if (i > 0 && (ilen - i) % 3 == 0)
            g_string_append_c (o, ',');
        g_string_append_c (o, digits[i]);
    }
    g_string_append_printf (o, "%s %s", dot ? dot : "", currency ? currency : "");
    return g_string_free (o, FALSE);
}

char *
rf_findings_count (gint64 n, const char *one, const char *many)
{
    return g_strdup_printf ("%" G_GINT64_FORMAT " %s", n, n == 1 || n == -1 ? one : many);
}

char *
rf_findings_format_duration (gint64 s)
{
    if (s < 3600)
        return g_strdup_printf ("%" G_GINT64_FORMAT " min", s / 60);
    if (s < 2 * DAY)
        return g_strdup_printf ("%.1f h", s / 3600.0);
    return g_strdup_printf ("%.1f days", (double) s / DAY);
}

static gboolean
is_holiday (const rf_hours_t *h, GDateTime *local)
{
    GDate d;
    gint32 j;
    if (!h->holidays)
        return FALSE;
    g_date_clear (&d, 1);
    g_date_set_dmy (&d, (GDateDay) g_date_time_get_day_of_month (local),
                    (GDateMonth) g_date_time_get_month (local), (GDateYear) g_date_time_get_year (local));
    j = (gint32) g_date_get_julian (&d);
    for (guint i = 0; i < h->holidays->len; i++)
        if (g_array_index (h->holidays, gint32, i) == j)
            return TRUE;
    return FALSE;
}

char *
rf_findings_why_after_hours (const rf_hours_t *h, gint64 t)
{
    static const char *const days[] = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                        "Saturday", "Sunday" };
    GDateTime *u = g_date_time_new_from_unix_utc (t), *l;
    int wd, min;
    char *s;
    if (!u)
        return g_strdup ("outside working hours");
    l = h->tz ? g_date_time_to_timezone (u, h->tz) : g_date_time_ref (u);
    g_date_time_unref (u);
    wd = g_date_time_get_day_of_week (l) - 1;
    min = g_date_time_get_hour (l) * 60 + g_date_time_get_minute (l);
    if (is_holiday (h, l))
        s = g_strdup ("on a holiday");
    else if (!(h->days_mask & (1u << wd)))
        s = g_strdup_printf ("on a %s", days[wd]);
    else if (h->start_min < h->end_min && min < h->start_min)
        s = g_strdup_printf ("before %02d:%02d", h->start_min / 60, h->start_min % 60);
    else if (h->start_min < h->end_min && min >= h->end_min)
        s = g_strdup_printf ("after %02d:%02d", h->end_min / 60, h->end_min % 60);
    else
        s = g_strdup_printf ("outside %02d:%02d-%02d:%02d", h->start_min / 60, h->start_min % 60,
                             h->end_min / 60 % 24, h->end_min % 60);
    g_date_time_unref (l);
    return s;
}
