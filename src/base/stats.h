/* stats.h - the percentile definitions every report uses. */
#ifndef RF_STATS_H
#define RF_STATS_H

#include <glib.h>

/* Median of n ascending values: the middle one, or the mean of the two
 * middle ones rounded down. n must be > 0. */
gint64 rf_median (const gint64 *sorted, gsize n);

/* Nearest-rank percentile (0 < p <= 100): the value at rank ceil(p/100 * n). */
gint64 rf_percentile (const gint64 *sorted, gsize n, int p);

/* Sort a GArray of gint64 ascending. */
void rf_sort_int64 (GArray *values);

#endif
