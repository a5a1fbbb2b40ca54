/* bizhours.h - working hours arithmetic in a client's time zone. */
#ifndef RF_BIZHOURS_H
#define RF_BIZHOURS_H

#include "base/rfconfig.h"

/* Seconds of [start, end) that fall inside working hours: the daily
 * interval on working days, in local wall-clock time, minus holidays. */
gint64 rf_business_seconds (const rf_hours_t *h, gint64 start, gint64 end);

/* TRUE when t falls inside working hours. */
gboolean rf_is_working_time (const rf_hours_t *h, gint64 t);

/* Local calendar day "YYYY-MM-DD" and month "YYYY-MM" of t in h's zone. */
void rf_local_day (const rf_hours_t *h, gint64 t, char day[11], char month[8]);

#endif
