/* check_markers_guard.c - the regression guard of the markers: the marker
 * stage, through the same code as 'redflag patterns eval', on
 * tests/eval/guard.tsv (held-back rows of the redistributable public sets
 * and of our written sets, chosen by scripts/make-guard-sample).
 *
 * Fails when the F1 of a (language, category) falls below its floor, when
 * the macro F1 does, or when more of the rows that should stay quiet are
 * flagged than the ceiling allows. The floors sit a little under what the
 * built-in markers reached when they were set; raise them when the markers
 * get better (doc/markers.md, "The regression guard"). The figures are
 * printed as TAP diagnostics (tests/markers/check_markers_guard.log). */
#include "config.h"
#include "markers/labelled.h"
#include "markers/marker_eval.h"
#include "markers/markers.h"

#include <check.h>
#include <stdio.h>
#include <string.h>

#define GUARD TOP_SRCDIR "/tests/eval/guard.tsv"

/* A floor (F1) or a ceiling (false alarms) for a language and category. */
typedef struct {
    const char *lang, *category;
    double limit;
} limit_t;

/* F1 floors: what the markers (patterns and trained scorer) reached (in
 * the comment) less about 0.03, rounded down; 0 where they find nothing
 * yet. */
static const limit_t f1_floors[] = {
    { "en", "abuse", 0.77 },                 /* 0.800 */
    { "en", "demanding", 0.40 },             /* 0.436 */
    { "en", "negativity", 0.41 },            /* 0.444 */
    { "en", "complaint", 0.38 },             /* 0.414 */
    { "en", "rejection", 0.52 },             /* 0.556 */
    { "en", "status_chasing", 0.35 },        /* 0.381 */
    { "en", "value_questioning", 0.44 },     /* 0.478 */
    { "en", "price_pushback", 0.65 },        /* 0.680 */
    { "en", "scope_change", 0.59 },          /* 0.621 */
    { "en", "indecision", 0.62 },            /* 0.652 */
    { "en", "unethical", 0.13 },             /* 0.167 */
    { "en", "appreciation", 0.31 },          /* 0.346 */
    { "en", "referral", 0.83 },              /* 0.868 */
    { "es", "abuse", 0.72 },                 /* 0.750 */
    { "es", "demanding", 0.52 },             /* 0.552 */
    { "es", "negativity", 0.55 },            /* 0.582 */
    { "es", "complaint", 0.46 },             /* 0.496 */
    { "es", "rejection", 0.40 },             /* 0.436 */
    { "es", "status_chasing", 0.54 },        /* 0.576 */
    { "es", "value_questioning", 0.45 },     /* 0.483 */
    { "es", "price_pushback", 0.42 },        /* 0.455 */
    { "es", "scope_change", 0.34 },          /* 0.375 */
    { "es", "indecision", 0.28 },            /* 0.314 */
    { "es", "unethical", 0.32 },             /* 0.357 */
    { "es", "appreciation", 0.51 },          /* 0.542 */
    { "es", "referral", 0.84 },              /* 0.875 */
    { "fr", "abuse", 0.67 },                 /* 0.700 */
    { "fr", "demanding", 0.29 },             /* 0.327 */
    { "fr", "negativity", 0.56 },            /* 0.596 */
    { "fr", "complaint", 0.47 },             /* 0.500 */
    { "fr", "rejection", 0.57 },             /* 0.603 */
    { "fr", "status_chasing", 0.36 },        /* 0.392 */
    { "fr", "value_questioning", 0.49 },     /* 0.522 */
    { "fr", "price_pushback", 0.67 },        /* 0.707 */
    { "fr", "scope_change", 0.62 },          /* 0.655 */
    { "fr", "indecision", 0.69 },            /* 0.727 */
    { "fr", "unethical", 0.33 },             /* 0.367 */
    { "fr", "appreciation", 0.48 },          /* 0.519 */
    { "fr", "referral", 0.75 },              /* 0.786 */
};

/* Macro F1 over the (language, category) pairs with 20+ true rows. */
#define MACRO_FLOOR 0.50                  /* 0.539 */

/* Ceilings on the share of quiet rows flagged with a warning sign. */
static const limit_t alarm_ceilings[] = {
    { "en", NULL, 0.07 },                 /* 0.051 */
    { "es", NULL, 0.13 },                 /* 0.106 */
    { "fr", NULL, 0.13 },                 /* 0.106 */
};

/* Where the rows may come from: the licences allow copying these. */
static const char *const allowed_sources[] = {
    "davidson_offensive_tweets_en:", "mlma_hostility_fr_even_rows:", "stanford_politeness_en:",
    "parakweet_email_intent_en:", "written-", "general-",
};

static rf_markers_t *markers;
static GPtrArray *rows;
static rf_marker_eval_t *ev;
static GArray *pairs, *groups;

static void
setup (void)
{
    GError *err = NULL;
    markers = rf_markers_load (TOP_SRCDIR "/patterns", NULL, &err);
    ck_assert_msg (markers != NULL, "%s", err ? err->message : "");
    rows = rf_labelled_read (GUARD, &err);
    ck_assert_msg (rows != NULL, "%s", err ? err->message : "");
    ev = rf_marker_eval_new (markers, RF_EVAL_ALL);
    rf_marker_eval_add (ev, "guard", rows);
    pairs = rf_marker_eval_pairs (ev);
    groups = rf_marker_eval_groups (ev);
}

static void
teardown (void)
{
    g_array_unref (pairs);
    g_array_unref (groups);
    rf_marker_eval_free (ev);
    g_ptr_array_unref (rows);
    rf_markers_free (markers);
}

static const rf_eval_pair_t *
find_pair (const char *lang, const char *category)
{
    for (guint i = 0; i < pairs->len; i++) {
        const rf_eval_pair_t *p = &g_array_index (pairs, rf_eval_pair_t, i);
        if (!strcmp (p->lang, lang) && !strcmp (p->category, category))
            return p;
    }
    return NULL;
}

START_TEST (test_rows_held_back_and_licensed)
{
    ck_assert_uint_gt (rows->len, 500);
    for (guint i = 0; i < rows->len; i++) {
        const rf_labelled_row_t *r = rows->pdata[i];
        gboolean allowed = FALSE;
        ck_assert_msg (rf_labelled_held_back (r->text), "not a held-back row: %s", r->text);
        for (gsize j = 0; j < G_N_ELEMENTS (allowed_sources); j++)
            allowed = allowed || g_str_has_prefix (r->source, allowed_sources[j]);
        ck_assert_msg (allowed, "a row from %s, whose licence does not allow copying it", r->source);
    }
}
END_TEST

START_TEST (test_f1_floors)
{
    int failed = 0;
    for (guint i = 0; i < pairs->len; i++) {
        const rf_eval_pair_t *p = &g_array_index (pairs, rf_eval_pair_t, i);
        printf ("# %s %-17s true %3u flagged %3u tp %3u precision %.3f recall %.3f F1 %.3f\n",
                p->lang, p->category, p->n_true, p->n_flagged, p->n_tp, p->precision, p->recall, p->f1);
    }
    for (gsize i = 0; i < G_N_ELEMENTS (f1_floors); i++) {
        const limit_t *f = &f1_floors[i];
        const rf_eval_pair_t *p = find_pair (f->lang, f->category);
        ck_assert_msg (p != NULL, "no true %s row in %s in the guard", f->category, f->lang);
        if (p->f1 < f->limit) {
            printf ("# BELOW THE FLOOR: %s %s F1 %.3f < %.2f\n", f->lang, f->category, p->f1, f->limit);
            failed++;
        }
    }
    fflush (stdout);   /* a failed check ends the test's process */
    ck_assert_msg (failed == 0, "%d (language, category) pairs below their F1 floor", failed);
}
END_TEST

START_TEST (test_every_pair_has_a_floor)
{
    /* A category that gains 20 true rows in the guard needs its floor. */
    for (guint i = 0; i < pairs->len; i++) {
        const rf_eval_pair_t *p = &g_array_index (pairs, rf_eval_pair_t, i);
        gboolean found = FALSE;
        if (p->n_true < RF_EVAL_MACRO_MIN_TRUE)
            continue;
        for (gsize j = 0; j < G_N_ELEMENTS (f1_floors); j++)
            found = found || (!strcmp (f1_floors[j].lang, p->lang)
                              && !strcmp (f1_floors[j].category, p->category));
        ck_assert_msg (found, "%s %s: %u true rows and no F1 floor", p->lang, p->category, p->n_true);
    }
}
END_TEST

START_TEST (test_macro_floor)
{
    guint n;
    double macro = rf_eval_macro_f1 (pairs, RF_EVAL_MACRO_MIN_TRUE, &n);
    printf ("# macro F1 %.3f over %u pairs (floor %.2f)\n", macro, n, MACRO_FLOOR);
    fflush (stdout);
    ck_assert_uint_eq (n, G_N_ELEMENTS (f1_floors));
    ck_assert_msg (macro >= MACRO_FLOOR, "macro F1 %.3f below its floor %.2f", macro, MACRO_FLOOR);
}
END_TEST

START_TEST (test_false_alarm_ceilings)
{
    for (gsize i = 0; i < G_N_ELEMENTS (alarm_ceilings); i++) {
        const limit_t *c = &alarm_ceilings[i];
        const rf_eval_group_t *g = NULL;
        double share;
        for (guint j = 0; j < groups->len; j++)
            if (!strcmp (g_array_index (groups, rf_eval_group_t, j).lang, c->lang))
                g = &g_array_index (groups, rf_eval_group_t, j);
        ck_assert_msg (g != NULL && g->n_quiet >= 20, "too few quiet %s rows in the guard", c->lang);
        share = (double) g->n_alarm / g->n_quiet;
        printf ("# %s: %u of %u quiet rows flagged: %.3f (ceiling %.2f)\n", c->lang, g->n_alarm,
                g->n_quiet, share, c->limit);
        fflush (stdout);
        ck_assert_msg (share <= c->limit, "%s: %.3f of the quiet rows flagged, ceiling %.2f", c->lang,
                       share, c->limit);
    }
}
END_TEST

static Suite *
guard_suite (void)
{
    Suite *s = suite_create ("markers_guard");
    TCase *tc = tcase_create ("guard");
    tcase_set_timeout (tc, 60);
    tcase_add_unchecked_fixture (tc, setup, teardown);
    tcase_add_test (tc, test_rows_held_back_and_licensed);
    tcase_add_test (tc, test_f1_floors);
    tcase_add_test (tc, test_every_pair_has_a_floor);
    tcase_add_test (tc, test_macro_floor);
    tcase_add_test (tc, test_false_alarm_ceilings);
    suite_add_tcase (s, tc);
    return s;
}

int
main (void)
{
    SRunner *sr = srunner_create (guard_suite ());
    int failed;
    srunner_run_all (sr, CK_ENV);
    failed = srunner_ntests_failed (sr);
    srunner_free (sr);
    return failed ? 1 : 0;
}
