/* check_labelled.c - labelled sentence files (reading, the split, what a
 * label says about a category) and the counts of the marker evaluation on
 * fixtures/labelled (figures worked out in its README). */
#include "config.h"
#include "markers/labelled.h"
#include "markers/marker_eval.h"
#include "markers/markers.h"

#include <check.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#define TINY FIXTURES_DIR "/labelled/tiny.tsv"
#define WRITTEN_FR FIXTURES_DIR "/labelled/written/fr/abuse.tsv"

/* ---- the split */

START_TEST (test_hash_known)
{
    /* FNV-1a: h = 0xcbf29ce484222325; for each byte h ^= byte, h *= 0x100000001b3.
     * "a": h ^ 0x61 = 0xcbf29ce484222344; times 2^40 + 0x1b3 (mod 2^64):
     * x << 40 = 0x2223440000000000, x * 0x1b3 = 0x...8d40984c8601ec8c,
     * sum 0xaf63dc4c8601ec8c, whose last hex digit c = 12 is 0 mod 4. */
    ck_assert_uint_eq (rf_labelled_hash (""), G_GUINT64_CONSTANT (0xcbf29ce484222325));
    ck_assert_uint_eq (rf_labelled_hash ("a"), G_GUINT64_CONSTANT (0xaf63dc4c8601ec8c));
    ck_assert (rf_labelled_held_back ("a"));
    ck_assert (!rf_labelled_held_back (""));      /* ...25: 1 mod 4 */
    /* "b": 0xcbf29ce484222325 ^ 0x62 = ...2347, times the prime: 0xaf63df4c8601f1a5. */
    ck_assert_uint_eq (rf_labelled_hash ("b"), G_GUINT64_CONSTANT (0xaf63df4c8601f1a5));
    ck_assert (!rf_labelled_held_back ("b"));
    /* The published test vector for "foobar". */
    ck_assert_uint_eq (rf_labelled_hash ("foobar"), G_GUINT64_CONSTANT (0x85944171f73967e8));
}
END_TEST

START_TEST (test_split_quarter)
{
    /* About a quarter of many different texts is held back. */
    int held = 0;
    for (int i = 0; i < 4000; i++) {
        char buf[32];
        g_snprintf (buf, sizeof buf, "sentence %d", i);
        held += rf_labelled_held_back (buf);
    }
    ck_assert_int_gt (held, 900);
    ck_assert_int_lt (held, 1100);
}
END_TEST

/* ---- the roles */

typedef struct {
    const char *labels, *category;
    rf_label_role_t role;
} role_case_t;

#define P RF_LABEL_POSITIVE
#define N RF_LABEL_NEGATIVE
#define X RF_LABEL_EXCLUDED

static const role_case_t role_cases[] = {
    { "abuse", "abuse", P }, { "abuse", "complaint", N }, { "abuse", "appreciation", N },
    { "complaint|price_pushback", "complaint", P }, { "complaint|price_pushback", "price_pushback", P },
    { "complaint|price_pushback", "abuse", N },
    { "none", "abuse", N }, { "none", "appreciation", N }, { "neutral", "status_chasing", N },
    { "request", "demanding", X }, { "request", "scope_change", X }, { "request", "status_chasing", X },
    { "request", "abuse", N }, { "request", "complaint", N }, { "request", "appreciation", N },
    { "polite", "appreciation", X }, { "polite", "abuse", N }, { "polite", "referral", N },
    { "impolite", "abuse", X }, { "impolite", "demanding", X }, { "impolite", "complaint", X },
    { "impolite", "negativity", X }, { "impolite", "rejection", X },
    { "impolite", "value_questioning", X }, { "impolite", "status_chasing", N },
    { "impolite", "scope_change", N }, { "impolite", "appreciation", N },
    { "profanity", "abuse", X }, { "profanity", "referral", X }, { "ambiguous", "complaint", X },
    { "other", "unethical", X },
    /* a label of ours wins over one that excludes the category */
    { "request|status_chasing", "status_chasing", P }, { "request|status_chasing", "demanding", X },
    { "impolite|status_chasing", "abuse", X }, { "status_chasing|impolite", "complaint", X },
    { "demanding|abuse", "negativity", N },
};

START_TEST (test_roles)
{
    for (gsize i = 0; i < G_N_ELEMENTS (role_cases); i++) {
        rf_labelled_row_t r = { (char *) role_cases[i].labels, "en", (char *) "text", (char *) "" };
        ck_assert_msg (rf_labelled_role (&r, role_cases[i].category) == role_cases[i].role,
                       "%s for %s: got %d, expected %d", role_cases[i].labels,
                       role_cases[i].category, rf_labelled_role (&r, role_cases[i].category),
                       role_cases[i].role);
    }
}
END_TEST

START_TEST (test_every_category_positive)
{
    /* Each built-in category is a label, positive for itself only. */
    const char *const *cats = rf_marker_categories ();
    for (int i = 0; cats[i]; i++)
        for (int j = 0; cats[j]; j++) {
            rf_labelled_row_t r = { (char *) cats[i], "fr", (char *) "t", (char *) "" };
            ck_assert (rf_labelled_label_known (cats[i], strlen (cats[i])));
            ck_assert_int_eq (rf_labelled_role (&r, cats[j]), i == j ? P : N);
        }
    ck_assert (!rf_labelled_label_known ("complain", 8));
    ck_assert (rf_labelled_label_known ("none|x", 4));
}
END_TEST

/* ---- reading */

START_TEST (test_read_tiny)
{
    GError *err = NULL;
    GPtrArray *rows = rf_labelled_read (TINY, &err);
    const rf_labelled_row_t *r;
    ck_assert_msg (rows != NULL, "%s", err ? err->message : "");
    ck_assert_uint_eq (rows->len, 9);        /* 2 comment lines and a blank one skipped */
    r = rows->pdata[2];
    ck_assert_str_eq (r->labels, "none");
    ck_assert_str_eq (r->lang, "en");
    ck_assert_str_eq (r->text, "Once again, you are completely useless!!");
    ck_assert_str_eq (r->source, "written");
    g_ptr_array_unref (rows);
}
END_TEST

/* The error for a file holding text, or NULL when it reads. */
static char *
read_error (const char *text, int *code)
{
    char *path = g_build_filename (g_get_tmp_dir (), "rf-labelled-XXXXXX", NULL), *msg = NULL;
    int fd = g_mkstemp (path);
    GError *err = NULL;
    GPtrArray *rows;
    ck_assert (fd >= 0);
    ck_assert (write (fd, text, strlen (text) + (strstr (text, "NUL") ? 1 : 0)) >= 0);
    close (fd);
    rows = rf_labelled_read (path, &err);
    if (rows) {
        g_ptr_array_unref (rows);
    } else {
        /* Replace the temporary name by "F" to compare the message. */
        char **parts = g_strsplit (err->message, path, -1);
        msg = g_strjoinv ("F", parts);
        g_strfreev (parts);
        *code = err->code;
        g_error_free (err);
    }
    g_unlink (path);
    g_free (path);
    return msg;
}

typedef struct {
    const char *text, *error;   /* error NULL: the file reads */
} read_case_t;

static const read_case_t read_cases[] = {
    { "# c\n\nabuse\ten\tYou idiot.\tsrc\r\nnone\tfr\tBonjour.\t\n", NULL },
    { "abuse\ten\tok\tsrc\nabuse\ten\tno source column\n",
      "F:2: expected 4 tab-separated columns (label, language, text, source), found 3" },
    { "abuse\ten\ttext\twith\ttab\n",
      "F:1: expected 4 tab-separated columns (label, language, text, source), found 5" },
    { "#\n\ncomplain\ten\ttext\tsrc\n",
      "F:3: unknown label 'complain' (the labels are listed in doc/markers.md)" },
    { "abuse||complaint\ten\ttext\tsrc\n", "F:1: empty label (labels are joined by '|')" },
    { "none|abuse\ten\ttext\tsrc\n", "F:1: 'none' and 'neutral' cannot be joined to another label" },
    { "abuse\tEN\ttext\tsrc\n", "F:1: the language must be 2 or 3 lower-case letters (en, fr, es)" },
    { "abuse\ten\t\tsrc\n", "F:1: empty text" },
    { "abuse\ten\ta\tsrc\nabuse\ten\tNUL", "F:2: a NUL byte in the line" },
};

START_TEST (test_read_malformed)
{
    for (gsize i = 0; i < G_N_ELEMENTS (read_cases); i++) {
        int code = 0;
        char *msg = read_error (read_cases[i].text, &code);
        if (!read_cases[i].error) {
            ck_assert_msg (msg == NULL, "case %zu: %s", i, msg);
            continue;
        }
        ck_assert_msg (msg != NULL, "case %zu read", i);
        ck_assert_str_eq (msg, read_cases[i].error);
        ck_assert_int_eq (code, RF_LABELLED_ERR_SYNTAX);
        g_free (msg);
    }
}
END_TEST

START_TEST (test_read_missing)
{
    GError *err = NULL;
    ck_assert (rf_labelled_read (FIXTURES_DIR "/labelled/no-such-file.tsv", &err) == NULL);
    ck_assert_int_eq (err->code, RF_LABELLED_ERR_IO);
    ck_assert (strstr (err->message, "no-such-file.tsv") != NULL);
    g_error_free (err);
}
END_TEST

/* ---- the evaluation */

START_TEST (test_set_names)
{
    const char *cases[][2] = {
        { "../shared/davidson_offensive_tweets_en.tsv", "davidson_offensive_tweets_en" },
        { "guard.tsv", "guard" },
        { "tests/eval/written/fr/abuse.tsv", "written-fr" },
        { "/x/written/es/status_chasing.tsv", "written-es" },
        { "tests/eval/general/en/none.tsv", "general-en" },
        { "tests/eval/workplace/fr/workplace.tsv", "workplace-fr" },
        { "/x/general/es/written/abuse.tsv", "abuse" },
        { "notes.txt", "notes.txt" },
    };
    for (gsize i = 0; i < G_N_ELEMENTS (cases); i++) {
        char *s = rf_eval_set_name (cases[i][0]);
        ck_assert_str_eq (s, cases[i][1]);
        g_free (s);
    }
}
END_TEST

static rf_markers_t *
load_builtin (void)
{
    GError *err = NULL;
    rf_markers_t *m = rf_markers_load (TOP_SRCDIR "/patterns", NULL, &err);
    ck_assert_msg (m != NULL, "%s", err ? err->message : "");
    return m;
}

/* Evaluate the two fixture files on one split. */
static rf_marker_eval_t *
eval_fixture (const rf_markers_t *m, rf_eval_split_t split, guint *n_scanned)
{
    rf_marker_eval_t *ev = rf_marker_eval_new (m, split);
    const char *files[] = { TINY, WRITTEN_FR };
    *n_scanned = 0;
    for (gsize i = 0; i < G_N_ELEMENTS (files); i++) {
        GPtrArray *rows = rf_labelled_read (files[i], NULL);
        char *set = rf_eval_set_name (files[i]);
        ck_assert (rows != NULL);
        *n_scanned += rf_marker_eval_add (ev, set, rows);
        g_ptr_array_unref (rows);
        g_free (set);
    }
    return ev;
}

static void
check_pair (const GArray *pairs, guint i, const char *set, const char *lang, const char *cat,
            guint n_true, guint n_flagged, guint n_tp, double f1)
{
    const rf_eval_pair_t *p = &g_array_index (pairs, rf_eval_pair_t, i);
    ck_assert_uint_lt (i, pairs->len);
    ck_assert_str_eq (p->set, set);
    ck_assert_str_eq (p->lang, lang);
    ck_assert_str_eq (p->category, cat);
    ck_assert_uint_eq (p->n_true, n_true);
    ck_assert_uint_eq (p->n_flagged, n_flagged);
    ck_assert_uint_eq (p->n_tp, n_tp);
    ck_assert_double_eq_tol (p->f1, f1, 1e-9);
}

START_TEST (test_eval_all)
{
    rf_markers_t *m = load_builtin ();
    guint n, n_macro;
    rf_marker_eval_t *ev = eval_fixture (m, RF_EVAL_ALL, &n);
    GArray *pairs = rf_marker_eval_pairs (ev), *groups = rf_marker_eval_groups (ev);
    const rf_eval_group_t *g;

    ck_assert_uint_eq (n, 11);
    ck_assert_uint_eq (pairs->len, 4);
    check_pair (pairs, 0, "tiny", "en", "abuse", 2, 2, 1, 0.5);
    ck_assert_double_eq_tol (g_array_index (pairs, rf_eval_pair_t, 0).precision, 0.5, 1e-9);
    ck_assert_double_eq_tol (g_array_index (pairs, rf_eval_pair_t, 0).recall, 0.5, 1e-9);
    check_pair (pairs, 1, "tiny", "en", "status_chasing", 1, 1, 1, 1.0);
    check_pair (pairs, 2, "tiny", "en", "appreciation", 1, 1, 1, 1.0);
    check_pair (pairs, 3, "written-fr", "fr", "abuse", 1, 1, 1, 1.0);
    ck_assert_uint_eq (groups->len, 2);
    g = &g_array_index (groups, rf_eval_group_t, 0);
    ck_assert_str_eq (g->set, "tiny");
    ck_assert_uint_eq (g->n_rows, 9);
    ck_assert_uint_eq (g->n_lang_ok, 9);
    ck_assert_uint_eq (g->n_quiet, 5);
    ck_assert_uint_eq (g->n_alarm, 1);
    g = &g_array_index (groups, rf_eval_group_t, 1);
    ck_assert_str_eq (g->set, "written-fr");
    ck_assert_uint_eq (g->n_rows, 2);
    ck_assert_uint_eq (g->n_quiet, 1);
    ck_assert_uint_eq (g->n_alarm, 0);
    ck_assert_double_eq_tol (rf_eval_macro_f1 (pairs, RF_EVAL_MACRO_MIN_TRUE, &n_macro), 0, 1e-9);
    ck_assert_uint_eq (n_macro, 0);
    ck_assert_double_eq_tol (rf_eval_macro_f1 (pairs, 1, &n_macro), 0.875, 1e-9);
    ck_assert_uint_eq (n_macro, 4);
    /* The public sets alone: tiny's three pairs, (0.5 + 1 + 1) / 3. */
    ck_assert_double_eq_tol (rf_eval_macro_f1_of (pairs, 1, TRUE, &n_macro), 2.5 / 3, 1e-9);
    ck_assert_uint_eq (n_macro, 3);
    g_array_unref (pairs);
    g_array_unref (groups);
    rf_marker_eval_free (ev);
    rf_markers_free (m);
}
END_TEST

START_TEST (test_eval_split)
{
    rf_markers_t *m = load_builtin ();
    guint n_held, n_train;
    rf_marker_eval_t *held = eval_fixture (m, RF_EVAL_HELD, &n_held);
    rf_marker_eval_t *train = eval_fixture (m, RF_EVAL_TRAIN, &n_train);
    GArray *pairs = rf_marker_eval_pairs (held), *groups = rf_marker_eval_groups (held);
    const rf_eval_group_t *g = &g_array_index (groups, rf_eval_group_t, 0);

    ck_assert_uint_eq (n_held, 2);           /* rows 2 and 9 of tiny.tsv */
    ck_assert_uint_eq (n_train, 9);
    ck_assert_uint_eq (pairs->len, 2);
    check_pair (pairs, 0, "tiny", "en", "abuse", 1, 0, 0, 0.0);
    ck_assert_double_eq_tol (g_array_index (pairs, rf_eval_pair_t, 0).precision, 0, 1e-9);
    check_pair (pairs, 1, "tiny", "en", "appreciation", 1, 1, 1, 1.0);
    ck_assert_uint_eq (groups->len, 1);
    ck_assert_uint_eq (g->n_quiet, 1);
    ck_assert_uint_eq (g->n_alarm, 0);
    ck_assert (rf_eval_split_parse ("train", &(rf_eval_split_t) { RF_EVAL_HELD }));
    ck_assert (!rf_eval_split_parse ("test", &(rf_eval_split_t) { RF_EVAL_HELD }));
    ck_assert_str_eq (rf_eval_split_name (RF_EVAL_ALL), "all");
    g_array_unref (pairs);
    g_array_unref (groups);
    rf_marker_eval_free (held);
    rf_marker_eval_free (train);
    rf_markers_free (m);
}
END_TEST

static Suite *
labelled_suite (void)
{
    Suite *s = suite_create ("labelled");
    TCase *tc = tcase_create ("core");
    tcase_set_timeout (tc, 60);
    tcase_add_test (tc, test_hash_known);
    tcase_add_test (tc, test_split_quarter);
    tcase_add_test (tc, test_roles);
    tcase_add_test (tc, test_every_category_positive);
    tcase_add_test (tc, test_read_tiny);
    tcase_add_test (tc, test_read_malformed);
    tcase_add_test (tc, test_read_missing);
    tcase_add_test (tc, test_set_names);
    tcase_add_test (tc, test_eval_all);
    tcase_add_test (tc, test_eval_split);
    suite_add_tcase (s, tc);
    return s;
}

int
main (void)
{
    SRunner *sr = srunner_create (labelled_suite ());
    int failed;
    srunner_run_all (sr, CK_ENV);
    failed = srunner_ntests_failed (sr);
    srunner_free (sr);
    return failed ? 1 : 0;
}
