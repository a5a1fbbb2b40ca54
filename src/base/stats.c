/* stats.c - median and nearest-rank percentiles on integer seconds. */
#include "config.h"
#include "base/stats.h"

gint64
rf_median (const gint64 *v, gsize n)
{
    gint64 sum;
    if (n % 2)
        return v[n / 2];
    sum = v[n / 2 - 1] + v[n / 2];
    /* Round down, also for negative sums. */
    return sum >= 0 ? sum / 2 : -((-sum + 1) / 2);
}

gint64
rf_percentile (const gint64 *v, gsize n, int p)
{
    /* ceil (p * n / 100) in integers. */
    gsize rank = ((gsize) p * n + 99) / 100;
    if (rank < 1)
        rank = 1;
    return v[rank - 1];
}

static gint
cmp64 (gconstpointer a, gconstpointer b)
{
    gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;
    return x < y ? -1 : x > y;
}

void
rf_sort_int64 (GArray *values)
{
    g_array_sort (values, cmp64);
}
