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

/* Noon of the local day of `local` moved by `days`: midday keeps clear of
 * DST transitions, which happen at night. */
static GDateTime *
noon (const rf_hours_t *h, GDateTime *local, int days)
{
    GDateTime *n = g_date_time_new (h->tz, g_date_time_get_year (local), g_date_time_get_month (local),
                                    g_date_time_get_day_of_month (local), 12, 0, 0);
    GDateTime *moved = g_date_time_add_days (n, days);
    g_date_time_unref (n);
    return moved;
}

static gint64
local_unix (const rf_hours_t *h, GDateTime *day, int minutes)
{
    GDateTime *t = g_date_time_new (h->tz, g_date_time_get_year (day), g_date_time_get_month (day),
                                    g_date_time_get_day_of_month (day), minutes / 60, minutes % 60, 0);
    gint64 u = g_date_time_to_unix (t);
    g_date_time_unref (t);
    return u;
}

/* A night shift (22:00-06:00) ends on the next day. */
static gboolean
night_shift (const rf_hours_t *h)
{
    return h->end_min <= h->start_min;
}

/* The working interval [open, close) that starts on the local day of
 * `local`, as unix times; FALSE when that day is not a working day. A
 * night shift belongs to the day it starts: its working day and holiday
 * are those of its evening. */
static gboolean
day_interval (const rf_hours_t *h, GDateTime *local, gint64 *open, gint64 *close)
{
    int wd = g_date_time_get_day_of_week (local) - 1;   /* 0 = Monday */
    GDateTime *next;

    if (!(h->days_mask & (1u << wd)) || is_holiday (h, local))
        return FALSE;
    *open = local_unix (h, local, h->start_min);
    if (h->end_min < 24 * 60 && !night_shift (h)) {
        *close = local_unix (h, local, h->end_min);
        return TRUE;
    }
    /* Ends on the next day: at its midnight (24:00) or at the end time. */
    next = noon (h, local, 1);
    *close = local_unix (h, next, h->end_min % (24 * 60));
    g_date_time_unref (next);
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
    /* The shift of the evening before may still be running at start. */
    if (night_shift (h)) {
        GDateTime *before = noon (h, day, -1);
        g_date_time_unref (day);
        day = before;
    }
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
        next = noon (h, day, 1);
        g_date_time_unref (day);
        day = next;
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
    /* After midnight, inside the shift that began the evening before. */
    if (!in && night_shift (h)) {
        GDateTime *before = noon (h, local, -1);
        in = day_interval (h, before, &open, &close) && t >= open && t < close;
        g_date_time_unref (before);
    }
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
