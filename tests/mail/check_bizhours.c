/* check_bizhours.c - bizhours.c one function at a time: business-hours latency, working time, holidays and DST.
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
#include <gmime/gmime.h>
#include <libxml/parser.h>

#include "base/rfconfig.h"
#include "base/util.h"
#include "mail/bizhours.h"
#include "mail/mail_parse.h"
#include "unitlib.h"

static rf_hours_t paris;
static rf_hours_t new_york;

static void
hours_init (rf_hours_t *h, const char *zone, int start_min, int end_min)
{
    memset (h, 0, sizeof *h);
    h->start_min = start_min;
    h->end_min = end_min;
    h->days_mask = 0x1f;                  /* Monday to Friday */
    h->tz = g_time_zone_new_identifier (zone);
    ck_assert_msg (h->tz != NULL, "time zone %s not available", zone);
    h->tz_name = g_strdup (zone);
    h->holidays = g_array_new (FALSE, FALSE, sizeof (gint32));
}

static void
hours_done (rf_hours_t *h)
{
    g_time_zone_unref (h->tz);
    g_free (h->tz_name);
    g_array_unref (h->holidays);
}

static void
hours_setup (void)
{
    hours_init (&paris, "Europe/Paris", 9 * 60, 18 * 60);
    hours_init (&new_york, "America/New_York", 8 * 60, 16 * 60);
}

static void
hours_teardown (void)
{
    hours_done (&paris);
    hours_done (&new_york);
}

/* Paris is CET (+01:00) until Sunday 2026-03-29 01:00 UTC, then CEST (+02:00).
 * 2026-03-02 is a Monday (day 20514); 2026-03-d 00:00 UTC = (20512 + d) * 86400. */
#define TUE_0303_1000 G_GINT64_CONSTANT (1772528400)   /* Tue 2026-03-03 10:00 +01:00 */
#define TUE_0303_1530 G_GINT64_CONSTANT (1772548200)   /* Tue 2026-03-03 15:30 +01:00 */
#define TUE_0303_0700 G_GINT64_CONSTANT (1772517600)   /* Tue 2026-03-03 07:00 +01:00 */
#define TUE_0303_0859 G_GINT64_CONSTANT (1772524740)   /* Tue 2026-03-03 08:59 +01:00 */
#define TUE_0303_0900 G_GINT64_CONSTANT (1772524800)   /* Tue 2026-03-03 09:00 +01:00 */
#define TUE_0303_1759 G_GINT64_CONSTANT (1772557140)   /* Tue 2026-03-03 17:59 +01:00 */
#define TUE_0303_1800 G_GINT64_CONSTANT (1772557200)   /* Tue 2026-03-03 18:00 +01:00 */
#define TUE_0303_1900 G_GINT64_CONSTANT (1772560800)   /* Tue 2026-03-03 19:00 +01:00 */
#define TUE_0303_2200 G_GINT64_CONSTANT (1772571600)   /* Tue 2026-03-03 22:00 +01:00 */
#define WED_0304_0930 G_GINT64_CONSTANT (1772613000)   /* Wed 2026-03-04 09:30 +01:00 */
#define FRI_0306_1700 G_GINT64_CONSTANT (1772812800)   /* Fri 2026-03-06 17:00 +01:00 */
#define SAT_0307_1100 G_GINT64_CONSTANT (1772877600)   /* Sat 2026-03-07 11:00 +01:00 */
#define SUN_0308_1200 G_GINT64_CONSTANT (1772967600)   /* Sun 2026-03-08 12:00 +01:00 */
#define MON_0309_0930 G_GINT64_CONSTANT (1773045000)   /* Mon 2026-03-09 09:30 +01:00 */
#define MON_0309_1000 G_GINT64_CONSTANT (1773046800)   /* Mon 2026-03-09 10:00 +01:00 */
#define TUE_0310_1000 G_GINT64_CONSTANT (1773133200)   /* Tue 2026-03-10 10:00 +01:00 */
#define FRI_0327_1700 G_GINT64_CONSTANT (1774627200)   /* Fri 2026-03-27 17:00 +01:00 */
#define SUN_0329_0000 G_GINT64_CONSTANT (1774738800)   /* Sun 2026-03-29 00:00 +01:00 */
#define MON_0330_0000 G_GINT64_CONSTANT (1774821600)   /* Mon 2026-03-30 00:00 +02:00 */
#define MON_0330_1000 G_GINT64_CONSTANT (1774857600)   /* Mon 2026-03-30 10:00 +02:00 */

START_TEST (test_biz_same_day)
{
    /* 10:00 to 15:30 inside 09:00-18:00: 5 h 30 = 19800 s. */
    ck_assert_int_eq (rf_business_seconds (&paris, TUE_0303_1000, TUE_0303_1530), 19800);
    /* 07:00 to 10:00: only 09:00-10:00 counts. */
    ck_assert_int_eq (rf_business_seconds (&paris, TUE_0303_0700, TUE_0303_1000), 3600);
}
END_TEST

START_TEST (test_biz_weekend)
{
    /* Friday 17:00-18:00 (1 h) + Monday 09:00-10:00 (1 h). */
    ck_assert_int_eq (rf_business_seconds (&paris, FRI_0306_1700, MON_0309_1000), 7200);
    /* Sent on Saturday: the clock starts Monday 09:00; answered 09:30. */
    ck_assert_int_eq (rf_business_seconds (&paris, SAT_0307_1100, MON_0309_0930), 1800);
}
END_TEST

START_TEST (test_biz_dst)
{
    /* Friday 17:00 CET to Monday 10:00 CEST across the clock change: 1 h + 1 h. */
    ck_assert_int_eq (rf_business_seconds (&paris, FRI_0327_1700, MON_0330_1000), 7200);
}
END_TEST

START_TEST (test_biz_dst_day_lasts_nine_hours)
{
    /* With Sunday a working day, the 23-hour Sunday 2026-03-29 still holds
     * the full 09:00-18:00 (09:00 CEST to 18:00 CEST = 9 h). */
    paris.days_mask = 0x7f;
    ck_assert_int_eq (rf_business_seconds (&paris, SUN_0329_0000, MON_0330_0000), 9 * 3600);
}
END_TEST

START_TEST (test_biz_holiday)
{
    /* Monday 2026-03-09 off: Friday 17:00-18:00 + Tuesday 09:00-10:00. */
    gint32 j = julian (2026, 3, 9);
    g_array_append_val (paris.holidays, j);
    ck_assert_int_eq (rf_business_seconds (&paris, FRI_0306_1700, TUE_0310_1000), 7200);
    ck_assert (!rf_is_working_time (&paris, MON_0309_1000));
}
END_TEST

START_TEST (test_biz_after_hours)
{
    /* Sent Tuesday 19:00, after closing: the clock starts Wednesday 09:00. */
    ck_assert_int_eq (rf_business_seconds (&paris, TUE_0303_1900, WED_0304_0930), 1800);
    /* Sent and answered the same evening: no business time. */
    ck_assert_int_eq (rf_business_seconds (&paris, TUE_0303_1900, TUE_0303_2200), 0);
}
END_TEST

START_TEST (test_biz_end_before_start)
{
    ck_assert_int_eq (rf_business_seconds (&paris, TUE_0303_1530, TUE_0303_1000), 0);
    ck_assert_int_eq (rf_business_seconds (&paris, TUE_0303_1000, TUE_0303_1000), 0);
}
END_TEST

START_TEST (test_biz_is_working_time)
{
    ck_assert (!rf_is_working_time (&paris, TUE_0303_0859));
    ck_assert (rf_is_working_time (&paris, TUE_0303_0900));
    ck_assert (rf_is_working_time (&paris, TUE_0303_1759));
    ck_assert (!rf_is_working_time (&paris, TUE_0303_1800));
    ck_assert (!rf_is_working_time (&paris, SUN_0308_1200));
    ck_assert (rf_is_working_time (&paris, MON_0309_1000));
}
END_TEST

START_TEST (test_biz_local_day)
{
    char day[11], month[8];
    /* 2026-03-31 21:30 UTC = 23:30 CEST, still 31 March. */
    rf_local_day (&paris, G_GINT64_CONSTANT (1774992600), day, month);
    ck_assert_str_eq (day, "2026-03-31");
    ck_assert_str_eq (month, "2026-03");
    /* 2026-03-31 22:30 UTC = 00:30 CEST on 1 April: a new day and month. */
    rf_local_day (&paris, G_GINT64_CONSTANT (1774996200), day, month);
    ck_assert_str_eq (day, "2026-04-01");
    ck_assert_str_eq (month, "2026-04");
    /* 2026-03-01 03:00 UTC = 22:00 EST on 28 February in New York. */
    rf_local_day (&new_york, G_GINT64_CONSTANT (1772334000), day, month);
    ck_assert_str_eq (day, "2026-02-28");
    ck_assert_str_eq (month, "2026-02");
}
END_TEST

/* New York moves from EST (-05:00) to EDT (-04:00) on Sunday 2026-03-08. */
#define NY_FRI_0306_1500 G_GINT64_CONSTANT (1772827200)   /* Fri 2026-03-06 15:00 -05:00 */
#define NY_MON_0309_0900 G_GINT64_CONSTANT (1773061200)   /* Mon 2026-03-09 09:00 -04:00 */
#define NY_MON_0309_0759 G_GINT64_CONSTANT (1773057540)   /* Mon 2026-03-09 07:59 -04:00 */
#define NY_MON_0309_0800 G_GINT64_CONSTANT (1773057600)   /* Mon 2026-03-09 08:00 -04:00 */
#define NY_MON_0309_1600 G_GINT64_CONSTANT (1773086400)   /* Mon 2026-03-09 16:00 -04:00 */

START_TEST (test_biz_new_york)
{
    /* 08:00-16:00: Friday 15:00-16:00 (1 h) + Monday 08:00-09:00 (1 h). */
    ck_assert_int_eq (rf_business_seconds (&new_york, NY_FRI_0306_1500, NY_MON_0309_0900), 7200);
    /* A whole Monday: 8 h. */
    ck_assert_int_eq (rf_business_seconds (&new_york, NY_MON_0309_0759, NY_MON_0309_1600), 8 * 3600);
    ck_assert (!rf_is_working_time (&new_york, NY_MON_0309_0759));
    ck_assert (rf_is_working_time (&new_york, NY_MON_0309_0800));
    ck_assert (!rf_is_working_time (&new_york, NY_MON_0309_1600));
}
END_TEST

/* A night shift, 22:00-06:00 Monday to Friday in Paris (CET, +01:00, in
 * early March). A shift belongs to the day it starts: Friday's runs into
 * Saturday 06:00, Sunday evening has none. Times checked against a
 * calendar: 2026-03-02 is a Monday. */
#define NIGHT_MON_0200 G_GINT64_CONSTANT (1772413200)   /* Mon 2026-03-02 02:00 +01:00 */
#define NIGHT_MON_2230 G_GINT64_CONSTANT (1772487000)   /* Mon 2026-03-02 22:30 +01:00 */
#define NIGHT_TUE_0300 G_GINT64_CONSTANT (1772503200)   /* Tue 2026-03-03 03:00 +01:00 */
#define NIGHT_TUE_2000 G_GINT64_CONSTANT (1772564400)   /* Tue 2026-03-03 20:00 +01:00 */
#define NIGHT_TUE_2300 G_GINT64_CONSTANT (1772575200)   /* Tue 2026-03-03 23:00 +01:00 */
#define NIGHT_WED_0200 G_GINT64_CONSTANT (1772586000)   /* Wed 2026-03-04 02:00 +01:00 */
#define NIGHT_WED_0559 G_GINT64_CONSTANT (1772600340)   /* Wed 2026-03-04 05:59 +01:00 */
#define NIGHT_WED_0600 G_GINT64_CONSTANT (1772600400)   /* Wed 2026-03-04 06:00 +01:00 */
#define NIGHT_WED_1000 G_GINT64_CONSTANT (1772614800)   /* Wed 2026-03-04 10:00 +01:00 */
#define NIGHT_WED_2300 G_GINT64_CONSTANT (1772661600)   /* Wed 2026-03-04 23:00 +01:00 */
#define NIGHT_FRI_2100 G_GINT64_CONSTANT (1772827200)   /* Fri 2026-03-06 21:00 +01:00 */
#define NIGHT_SAT_0300 G_GINT64_CONSTANT (1772848800)   /* Sat 2026-03-07 03:00 +01:00 */
#define NIGHT_SUN_0300 G_GINT64_CONSTANT (1772935200)   /* Sun 2026-03-08 03:00 +01:00 */
#define NIGHT_MON_0700 G_GINT64_CONSTANT (1773036000)   /* Mon 2026-03-09 07:00 +01:00 */

START_TEST (test_biz_night_shift_working_time)
{
    rf_hours_t night;
    hours_init (&night, "Europe/Paris", 22 * 60, 6 * 60);
    ck_assert (rf_is_working_time (&night, NIGHT_TUE_2300));     /* Tuesday's shift */
    ck_assert (rf_is_working_time (&night, NIGHT_WED_0559));     /* still Tuesday's */
    ck_assert (!rf_is_working_time (&night, NIGHT_WED_0600));    /* the end is excluded */
    ck_assert (!rf_is_working_time (&night, NIGHT_WED_1000));    /* daytime */
    ck_assert (rf_is_working_time (&night, NIGHT_SAT_0300));     /* Friday's shift */
    ck_assert (!rf_is_working_time (&night, NIGHT_SUN_0300));    /* Saturday: no shift */
    ck_assert (!rf_is_working_time (&night, NIGHT_MON_0200));    /* Sunday: no shift */
    ck_assert (rf_is_working_time (&night, NIGHT_MON_2230));     /* Monday's shift */
    /* Tuesday 3 March off: its shift goes, Monday's (into Tuesday) stays. */
    gint32 tue = julian (2026, 3, 3);
    g_array_append_val (night.holidays, tue);
    ck_assert (!rf_is_working_time (&night, NIGHT_TUE_2300));
    ck_assert (!rf_is_working_time (&night, NIGHT_WED_0200));
    ck_assert (rf_is_working_time (&night, NIGHT_MON_2230));
    ck_assert (rf_is_working_time (&night, NIGHT_TUE_0300));
    hours_done (&night);
}
END_TEST

START_TEST (test_biz_night_shift_seconds)
{
    rf_hours_t night;
    hours_init (&night, "Europe/Paris", 22 * 60, 6 * 60);
    /* Tue 20:00 to Wed 10:00: Tuesday's shift, 22:00 to 06:00, 8 h. */
    ck_assert_int_eq (rf_business_seconds (&night, NIGHT_TUE_2000, NIGHT_WED_1000), 8 * 3600);
    /* Wed 02:00 to Wed 23:00: 02:00-06:00 of Tuesday's shift (4 h), then
     * 22:00-23:00 of Wednesday's (1 h): 5 h. */
    ck_assert_int_eq (rf_business_seconds (&night, NIGHT_WED_0200, NIGHT_WED_2300), 5 * 3600);
    /* Fri 21:00 to Mon 07:00: Friday's shift only (Sat and Sun have none,
     * Monday's starts at 22:00): 8 h. */
    ck_assert_int_eq (rf_business_seconds (&night, NIGHT_FRI_2100, NIGHT_MON_0700), 8 * 3600);
    /* Within one shift: Tue 23:00 to Wed 02:00, 3 h. */
    ck_assert_int_eq (rf_business_seconds (&night, NIGHT_TUE_2300, NIGHT_WED_0200), 3 * 3600);
    hours_done (&night);
}
END_TEST

/* Every day, 22:00-06:00 in Paris, over the change to summer time on
 * Sunday 2026-03-29 (02:00 CET becomes 03:00 CEST): Saturday's shift runs
 * from 22:00 CET (21:00 UTC) to 06:00 CEST (04:00 UTC), 7 h. */
START_TEST (test_biz_night_shift_dst)
{
    rf_hours_t night;
    gint64 sat_2000 = G_GINT64_CONSTANT (1774724400);   /* Sat 2026-03-28 20:00 +01:00 */
    gint64 sun_1200 = G_GINT64_CONSTANT (1774778400);   /* Sun 2026-03-29 12:00 +02:00 */
    hours_init (&night, "Europe/Paris", 22 * 60, 6 * 60);
    night.days_mask = 0x7f;
    ck_assert_int_eq (rf_business_seconds (&night, sat_2000, sun_1200), 7 * 3600);
    hours_done (&night);
}
END_TEST

static Suite *
bizhours_suite (void)
{
    Suite *s = suite_create ("bizhours");
    TCase *tc = tcase_create ("bizhours");
    tcase_add_checked_fixture (tc, hours_setup, hours_teardown);
    tcase_add_test (tc, test_biz_same_day);
    tcase_add_test (tc, test_biz_weekend);
    tcase_add_test (tc, test_biz_dst);
    tcase_add_test (tc, test_biz_dst_day_lasts_nine_hours);
    tcase_add_test (tc, test_biz_holiday);
    tcase_add_test (tc, test_biz_after_hours);
    tcase_add_test (tc, test_biz_end_before_start);
    tcase_add_test (tc, test_biz_is_working_time);
    tcase_add_test (tc, test_biz_local_day);
    tcase_add_test (tc, test_biz_new_york);
    tcase_add_test (tc, test_biz_night_shift_working_time);
    tcase_add_test (tc, test_biz_night_shift_seconds);
    tcase_add_test (tc, test_biz_night_shift_dst);
        suite_add_tcase (s, tc);
    return s;
}

int
main (void)
{
    int rc;

    g_mime_init ();
    rf_mail_parse_init ();
    xmlInitParser ();
    rc = unit_run (bizhours_suite ());
    xmlCleanupParser ();
    rf_mail_parse_shutdown ();
    g_mime_shutdown ();
    return rc;
}
