/* check_stats.c - stats.c one function at a time: median, percentiles and sorting.
 *
 * Every expected value is worked out by hand from the rules in
 * doc/mail-rules.md and written next to its assertion. Unix times are
 * given as constants with the local time and UTC offset they stand for;
 * day numbers count from 1970-01-01 (2026-01-01 is day 20454). */
#include "config.h"

#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/stats.h"
#include "base/util.h"
#include "unitlib.h"

START_TEST (test_median)
{
    static const gint64 odd[] = { 1, 3, 7 };
    static const gint64 even[] = { 1, 2, 3, 4 };
    static const gint64 two[] = { 10, 20 };
    static const gint64 half[] = { 1, 2 };
    static const gint64 one[] = { 5 };
    static const gint64 neg[] = { -3, -2 };
    ck_assert_int_eq (rf_median (odd, 3), 3);
    ck_assert_int_eq (rf_median (even, 4), 2);    /* (2 + 3) / 2 = 2.5, rounded down */
    ck_assert_int_eq (rf_median (two, 2), 15);
    ck_assert_int_eq (rf_median (half, 2), 1);    /* 1.5 -> 1 */
    ck_assert_int_eq (rf_median (one, 1), 5);
    ck_assert_int_eq (rf_median (neg, 2), -3);    /* -2.5 -> -3 (down, not toward zero) */
}
END_TEST

START_TEST (test_percentile)
{
    gint64 v[20];
    for (int i = 0; i < 20; i++)
        v[i] = (i + 1) * 10;                     /* 10, 20, ..., 200: the k-th value is 10k */
    ck_assert_int_eq (rf_percentile (v, 1, 90), 10);    /* ceil (0.9)  = 1 */
    ck_assert_int_eq (rf_percentile (v, 10, 90), 90);   /* ceil (9.0)  = 9 */
    ck_assert_int_eq (rf_percentile (v, 11, 90), 100);  /* ceil (9.9)  = 10 */
    ck_assert_int_eq (rf_percentile (v, 20, 90), 180);  /* ceil (18.0) = 18 */
    ck_assert_int_eq (rf_percentile (v, 4, 50), 20);    /* ceil (2.0)  = 2 */
    ck_assert_int_eq (rf_percentile (v, 7, 100), 70);   /* rank 7 */
    ck_assert_int_eq (rf_percentile (v, 3, 1), 10);     /* ceil (0.03) = 1 */
}
END_TEST

START_TEST (test_sort_int64)
{
    GArray *a = g_array_new (FALSE, FALSE, sizeof (gint64));
    gint64 in[] = { 5, -1, G_MAXINT64, 3, G_MININT64 };
    g_array_append_vals (a, in, G_N_ELEMENTS (in));
    rf_sort_int64 (a);
    ck_assert_int_eq (g_array_index (a, gint64, 0), G_MININT64);
    ck_assert_int_eq (g_array_index (a, gint64, 1), -1);
    ck_assert_int_eq (g_array_index (a, gint64, 2), 3);
    ck_assert_int_eq (g_array_index (a, gint64, 3), 5);
    ck_assert_int_eq (g_array_index (a, gint64, 4), G_MAXINT64);
    g_array_unref (a);
}
END_TEST

static Suite *
stats_suite (void)
{
    Suite *s = suite_create ("stats");
    TCase *tc = tcase_create ("stats");
    tcase_add_test (tc, test_median);
    tcase_add_test (tc, test_percentile);
    tcase_add_test (tc, test_sort_int64);
        suite_add_tcase (s, tc);
    return s;
}

int
main (void)
{
    return unit_run (stats_suite ());
}
