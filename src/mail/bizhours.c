/* bizhours.c - business-hours latency and after-hours tests.
 *
 * Days are local calendar days counted from 1970-01-01, worked out with
 * the zone's offsets directly: a GDateTime per step cost the attribution
 * and latency steps a sixth of an analysis. Local wall-clock times become
 * unix times as g_date_time_new makes them (a time in a DST gap moves
 * forward, an ambiguous one takes standard time). */
#include "config.h"
#include "mail/bizhours.h"

#include <stdio.h>

/* Latencies longer than this are counted in business time only up to it;
 * nobody needs a two-year wait measured to the second. */
#define MAX_DAYS 800
#define DAY 86400
/* g_date_get_julian of 1970-01-01: GDate counts 0001-01-01 as day 1. */
#define JULIAN_EPOCH 719163

static gint64
floor_div (gint64 a, gint64 b)
{
    return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

/* The local day of unix time t. */
static gint64
local_day (const rf_hours_t *h, gint64 t)
{
    gint i = g_time_zone_find_interval (h->tz, G_TIME_TYPE_UNIVERSAL, t);
    return floor_div (t + g_time_zone_get_offset (h->tz, i), DAY);
}

/* The unix time of a local wall-clock time on a local day. */
static gint64
local_unix (const rf_hours_t *h, gint64 day, int minutes)
{
    gint64 wall = day * DAY + (gint64) minutes * 60;
    gint i = g_time_zone_adjust_time (h->tz, G_TIME_TYPE_STANDARD, &wall);
    return wall - g_time_zone_get_offset (h->tz, i);
}

static gboolean
is_holiday (const rf_hours_t *h, gint64 day)
{
    gint32 j = (gint32) (day + JULIAN_EPOCH);
    if (!h->holidays)
        return FALSE;
    for (guint i = 0; i < h->holidays->len; i++)
        if (g_array_index (h->holidays, gint32, i) == j)
            return TRUE;
    return FALSE;
}

/* A night shift (22:00-06:00) ends on the next day. */
static gboolean
night_shift (const rf_hours_t *h)
{
    return h->end_min <= h->start_min;
}

/* The working interval [open, close) that starts on a local day, as unix
 * times; FALSE when that day is not a working day. A night shift belongs
 * to the day it starts: its working day and holiday are those of its
 * evening. */
static gboolean
day_interval (const rf_hours_t *h, gint64 day, gint64 *open, gint64 *close)
{
    int wd = (int) (((day + 3) % 7 + 7) % 7);   /* 1970-01-01 was a Thursday; 0 = Monday */

    if (!(h->days_mask & (1u << wd)) || is_holiday (h, day))
        return FALSE;
    *open = local_unix (h, day, h->start_min);
    if (h->end_min < 24 * 60 && !night_shift (h))
        *close = local_unix (h, day, h->end_min);
    else   /* ends on the next day: at its midnight (24:00) or at the end time */
        *close = local_unix (h, day + 1, h->end_min % (24 * 60));
    return TRUE;
}

gint64
rf_business_seconds (const rf_hours_t *h, gint64 start, gint64 end)
{
    gint64 total = 0, day;

    if (end <= start)
        return 0;
    day = local_day (h, start);
    /* The shift of the evening before may still be running at start. */
    if (night_shift (h))
        day--;
    for (int i = 0; i < MAX_DAYS; i++, day++) {
        gint64 open, close;
        if (day_interval (h, day, &open, &close)) {
            if (open >= end)
                break;
            gint64 a = MAX (open, start), b = MIN (close, end);
            if (b > a)
                total += b - a;
        }
        /* Past the end by more than a day, counted from the next noon. */
        if (local_unix (h, day + 1, 12 * 60) - DAY * 2 > end)
            break;
    }
    return total;
}

gboolean
rf_is_working_time (const rf_hours_t *h, gint64 t)
{
    gint64 day = local_day (h, t), open, close;
    gboolean in = day_interval (h, day, &open, &close) && t >= open && t < close;
    /* After midnight, inside the shift that began the evening before. */
    if (!in && night_shift (h))
        in = day_interval (h, day - 1, &open, &close) && t >= open && t < close;
    return in;
}

void
rf_local_day (const rf_hours_t *h, gint64 t, char day[11], char month[8])
{
    GDate d;
    guint y, m;
    /* GDate's range: 0001-01-01 to 9999-12-31. */
    gint64 j = CLAMP (local_day (h, t) + JULIAN_EPOCH, 1, 3652059);
    g_date_clear (&d, 1);
    g_date_set_julian (&d, (guint32) j);
    y = g_date_get_year (&d) % 10000u;
    m = (guint) g_date_get_month (&d) % 100u;
    snprintf (day, 11, "%04u-%02u-%02u", y, m, (guint) g_date_get_day (&d) % 100u);
    snprintf (month, 8, "%04u-%02u", y, m);
}
