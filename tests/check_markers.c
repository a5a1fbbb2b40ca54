/* check_markers.c - pattern files, scanning, language detection, text
 * stats, and the marker tables (store, monthly analysis, export). */
#include "config.h"
#include "markers.h"
#include "markers_p.h"
#include "lang_detect.h"
#include "text_stats.h"
#include "store.h"
#include "store_markers.h"
#include "markers_analyze.h"
#include "export_markers.h"
#include "cmd_patterns.h"
#include "csv.h"

#include <check.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PATTERNS TOP_SRCDIR "/patterns"

static rf_markers_t *
load_builtin (void)
{
    GError *err = NULL;
    rf_markers_t *m = rf_markers_load (PATTERNS, NULL, &err);
    ck_assert_msg (m != NULL, "load: %s", err ? err->message : "?");
    return m;
}

/* Every match:/nomatch: example of every built-in pattern file. */
START_TEST (test_examples)
{
    rf_markers_t *m = load_builtin ();
    GString *report = g_string_new (NULL);
    guint n = 0, failures = rf_markers_test_examples (m, report, &n);
    printf ("# %u patterns, %u examples, %u failed\n", rf_markers_count (m), n, failures);
    fflush (stdout);
    ck_assert_msg (failures == 0, "%s", report->str);
    /* At least one match: and one nomatch: per pattern. */
    ck_assert_uint_ge (n, 2 * rf_markers_count (m));
    g_string_free (report, TRUE);
    rf_markers_free (m);
}
END_TEST

static Suite *
markers_suite (void)
{
    Suite *s = suite_create ("markers");
    TCase *tc = tcase_create ("patterns");
    tcase_set_timeout (tc, 30);
    tcase_add_test (tc, test_examples);
    suite_add_tcase (s, tc);
    return s;
}

int
main (void)
{
    SRunner *sr = srunner_create (markers_suite ());
    int nf;
    srunner_run_all (sr, CK_ENV);
    nf = srunner_ntests_failed (sr);
    srunner_free (sr);
    return nf ? EXIT_FAILURE : EXIT_SUCCESS;
}
