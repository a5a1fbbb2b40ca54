/* bizhours.c - business-hours latency and after-hours tests. */
#include "config.h"
#include "mail/bizhours.h"

#include <stdio.h>

/* Latencies longer than this are counted in business time only up to it;
 * nobody needs a two-year wait measured to the second. */
#define MAX_DAYS 800

static gboolean
is_holiday (const rf_hours_t *h, GDateTime *local)
{
    GDate d;
    gint32 j;
    if (!h->holidays || h->holidays->len == 0)
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

/* The working interval [open, close) of the local day of `local`, as unix
 * times; FALSE when that day is not a working day. */
static gboolean
day_interval (const rf_hours_t *h, GDateTime *local, gint64 *open, gint64 *close)
{
    int wd = g_date_time_get_day_of_week (local) - 1;   /* 0 = Monday */
    int y = g_date_time_get_year (local), m = g_date_time_get_month (local);
    int d = g_date_time_get_day_of_month (local);
    GDateTime *o, *c;

    if (!(h->days_mask & (1u << wd)) || is_holiday (h, local))
        return FALSE;
    o = g_date_time_new (h->tz, y, m, d, h->start_min / 60, h->start_min % 60, 0);
    if (h->end_min >= 24 * 60) {
        GDateTime *midnight = g_date_time_new (h->tz, y, m, d, 0, 0, 0);
        c = g_date_time_add_days (midnight, 1);
        g_date_time_unref (midnight);
    } else {
        c = g_date_time_new (h->tz, y, m, d, h->end_min / 60, h->end_min % 60, 0);
    }
    *open = g_date_time_to_unix (o);
    *close = g_date_time_to_unix (c);
    g_date_time_unref (o);
    g_date_time_unref (c);
    return TRUE;
}

gint64
rf_business_seconds (const rf_hours_t *h, gint64 start, gint64 end)
{
    GDateTime *utc, *day;
    gint64 total = 0;

    if (end <= start)
        return 0;
    utc = g_date_time_new_from_unix_utc (start);
    day = g_date_time_to_timezone (utc, h->tz);
    g_date_time_unref (utc);
    for (int i = 0; i < MAX_DAYS; i++) {
        gint64 open, close;
        GDateTime *next;
        if (day_interval (h, day, &open, &close)) {
            if (open >= end)
                break;
            gint64 a = MAX (open, start), b = MIN (close, end);
            if (b > a)
                total += b - a;
        }
        /* Step to the same wall-clock time tomorrow; midday keeps clear of
         * DST transitions, which happen at night. */
        next = g_date_time_new (h->tz, g_date_time_get_year (day), g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day), 12, 0, 0);
        g_date_time_unref (day);
        day = g_date_time_add_days (next, 1);
        g_date_time_unref (next);
        if (g_date_time_to_unix (day) - 86400 * 2 > end)
            break;
    }
    g_date_time_unref (day);
    return total;
}

gboolean
rf_is_working_time (const rf_hours_t *h, gint64 t)
{
    GDateTime *utc = g_date_time_new_from_unix_utc (t), *local = g_date_time_to_timezone (utc, h->tz);
    gint64 open, close;
    gboolean in = day_interval (h, local, &open, &close) && t >= open && t < close;
    g_date_time_unref (utc);
    g_date_time_unref (local);
    return in;
}

void
rf_local_day (const rf_hours_t *h, gint64 t, char day[11], char month[8])
{
    GDateTime *utc = g_date_time_new_from_unix_utc (t), *local = g_date_time_to_timezone (utc, h->tz);
    int y = g_date_time_get_year (local), m = g_date_time_get_month (local);
    snprintf (day, 11, "%04d-%02d-%02d", y, m, g_date_time_get_day_of_month (local));
    snprintf (month, 8, "%04d-%02d", y, m);
    g_date_time_unref (utc);
    g_date_time_unref (local);
}
