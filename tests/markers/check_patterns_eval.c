/* check_patterns_eval.c - the 'redflag patterns eval' command, run as a
 * user runs it, on fixtures/labelled (figures worked out in its README):
 * the table, the CSV, --split, --patterns, and bad input. */
#include "config.h"
#include "testlib.h"

#include <check.h>
#include <string.h>

#define TINY FIXTURES_DIR "/labelled/tiny.tsv"
#define WRITTEN_FR FIXTURES_DIR "/labelled/written/fr/abuse.tsv"

/* The line of out whose first three words are set, lang, category (or
 * set, lang for the false-alarm lines), squeezed to single spaces. */
static char *
find_line (const char *out, const char *prefix)
{
    char **lines = g_strsplit (out, "\n", -1), *found = NULL;
    for (int i = 0; lines[i] && !found; i++) {
        char **words = g_strsplit_set (lines[i], " ", -1);
        GString *s = g_string_new (NULL);
        for (int j = 0; words[j]; j++)
            if (words[j][0])
                g_string_append_printf (s, "%s%s", s->len ? " " : "", words[j]);
        if (g_str_has_prefix (s->str, prefix))
            found = g_strdup (s->str);
        g_string_free (s, TRUE);
        g_strfreev (words);
    }
    g_strfreev (lines);
    return found;
}

static void
assert_line (const char *out, const char *prefix, const char *expected)
{
    char *line = find_line (out, prefix);
    ck_assert_msg (line != NULL, "no line '%s' in:\n%s", prefix, out);
    ck_assert_str_eq (line, expected);
    g_free (line);
}

START_TEST (test_table_all)
{
    char *out = NULL, *err = NULL;
    int rc = t_redflag (&out, &err, NULL, "patterns", "eval", "--split", "all", TINY, WRITTEN_FR, NULL);
    ck_assert_msg (rc == 0, "%s", err);
    assert_line (out, "tiny en abuse", "tiny en abuse 2 2 1 0.500 0.500 0.500");
    assert_line (out, "tiny en status_chasing", "tiny en status_chasing 1 1 1 1.000 1.000 1.000");
    assert_line (out, "tiny en appreciation", "tiny en appreciation 1 1 1 1.000 1.000 1.000");
    assert_line (out, "written-fr fr abuse", "written-fr fr abuse 1 1 1 1.000 1.000 1.000");
    ck_assert (find_line (out, "tiny en complaint") == NULL);   /* no true complaint */
    assert_line (out, "tiny en 9", "tiny en 9 100% 5 1 0.200");
    assert_line (out, "written-fr fr 2", "written-fr fr 2 100% 1 0 0.000");
    assert_line (out, "macro F1", "macro F1 0.000 over 0 (set, language, category) pairs with at "
                 "least 20 true rows");
    ck_assert (strstr (out, "11 of 11 rows scanned (split all) in ") != NULL);
    g_free (out);
    g_free (err);
}
END_TEST

START_TEST (test_table_held)
{
    char *out = NULL, *err = NULL;
    int rc = t_redflag (&out, &err, NULL, "patterns", "eval", TINY, WRITTEN_FR, NULL);
    ck_assert_msg (rc == 0, "%s", err);
    assert_line (out, "tiny en abuse", "tiny en abuse 1 0 0 - 0.000 0.000");
    assert_line (out, "tiny en appreciation", "tiny en appreciation 1 1 1 1.000 1.000 1.000");
    ck_assert (find_line (out, "written-fr") == NULL);
    ck_assert (strstr (out, "2 of 11 rows scanned (split held)") != NULL);
    g_free (out);
    g_free (err);
    rc = t_redflag (&out, &err, NULL, "patterns", "eval", "--split", "train", TINY, WRITTEN_FR, NULL);
    ck_assert_int_eq (rc, 0);
    ck_assert (strstr (out, "9 of 11 rows scanned (split train)") != NULL);
    g_free (out);
    g_free (err);
}
END_TEST

static const char expected_csv[] =
    "kind,set,lang,category,true,flagged,true_pos,precision,recall,f1,rows,detected_lang,quiet,"
    "false_alarms,false_alarm_rate,pairs\r\n"
    "pair,tiny,en,abuse,2,2,1,0.5000,0.5000,0.5000,,,,,,\r\n"
    "pair,tiny,en,status_chasing,1,1,1,1.0000,1.0000,1.0000,,,,,,\r\n"
    "pair,tiny,en,appreciation,1,1,1,1.0000,1.0000,1.0000,,,,,,\r\n"
    "pair,written-fr,fr,abuse,1,1,1,1.0000,1.0000,1.0000,,,,,,\r\n"
    "set,tiny,en,,,,,,,,9,9,5,1,0.2000,\r\n"
    "set,written-fr,fr,,,,,,,,2,2,1,0,0.0000,\r\n"
    "macro,,,,,,,,,0.0000,,,,,,0\r\n"
    "macro_public,,,,,,,,,0.0000,,,,,,0\r\n";

START_TEST (test_csv)
{
    char *dir = t_tmpdir (), *csv = g_build_filename (dir, "eval.csv", NULL), *text;
    char *out = NULL, *err = NULL;
    int rc = t_redflag (&out, &err, NULL, "patterns", "eval", "--split", "all", "--out", csv,
                        TINY, WRITTEN_FR, NULL);
    ck_assert_msg (rc == 0, "%s", err);
    text = t_read (csv);
    ck_assert_str_eq (text, expected_csv);
    g_free (text);
    g_free (out);
    g_free (err);
    g_free (csv);
    t_rmtree (dir);
    g_free (dir);
}
END_TEST

/* --errors: one line per row and category got wrong. Of tiny.tsv, row 2
 * ("The meeting is at noon.", labelled abuse) is missed; row 3 (none) is
 * flagged abuse and complaint; "Any update on this?" labelled request is
 * flagged status_chasing, which request leaves out: not an error. */
START_TEST (test_errors)
{
    char *dir = t_tmpdir (), *path = g_build_filename (dir, "errors.tsv", NULL), *text;
    char *out = NULL, *err = NULL;
    int rc = t_redflag (&out, &err, NULL, "patterns", "eval", "--split", "all", "--errors", path,
                        TINY, WRITTEN_FR, NULL);
    ck_assert_msg (rc == 0, "%s", err);
    text = t_read (path);
    ck_assert_str_eq (text,
                      "tiny\ten\tabuse\tmissed\tabuse\tThe meeting is at noon.\n"
                      "tiny\ten\tabuse\twrong\tnone\tOnce again, you are completely useless!!\n"
                      "tiny\ten\tcomplaint\twrong\tnone\tOnce again, you are completely useless!!\n");
    g_free (text);
    g_free (out);
    g_free (err);
    /* A file that cannot be written: exit 1, the path named. */
    rc = t_redflag (&out, &err, NULL, "patterns", "eval", "--errors", "/nonexistent/dir/e.tsv",
                    TINY, NULL);
    ck_assert_int_eq (rc, 1);
    ck_assert (strstr (err, "/nonexistent/dir/e.tsv") != NULL);
    g_free (out);
    g_free (err);
    g_free (path);
    t_rmtree (dir);
    g_free (dir);
}
END_TEST

/* A user pattern that calls the missed row 2 abuse: --patterns, or --config
 * naming the directory, reaches the scan. */
START_TEST (test_user_patterns)
{
    char *dir = t_tmpdir (), *en = g_build_filename (dir, "en", NULL), *pat, *conf;
    char *out = NULL, *err = NULL;
    int rc;
    g_mkdir_with_parents (en, 0700);
    pat = g_build_filename (en, "abuse.pat", NULL);
    ck_assert (g_file_set_contents (pat, "id: noon\nregex: \\bat\\s+noon\\b\n"
                                    "match: The meeting is at noon.\nnomatch: At midnight.\n", -1, NULL));
    rc = t_redflag (&out, &err, NULL, "patterns", "eval", "--split", "all", "--patterns", dir, TINY, NULL);
    ck_assert_msg (rc == 0, "%s", err);
    assert_line (out, "tiny en abuse", "tiny en abuse 2 3 2 0.667 1.000 0.800");
    g_free (out);
    g_free (err);
    /* The same directory named by a configuration file. */
    conf = g_build_filename (dir, "redflag.conf", NULL);
    ck_assert (g_file_set_contents (conf, "[redflag]\npatterns = .\n", -1, NULL));
    rc = t_redflag (&out, &err, NULL, "patterns", "eval", "--split", "all", "--config", conf, TINY, NULL);
    ck_assert_msg (rc == 0, "%s", err);
    assert_line (out, "tiny en abuse", "tiny en abuse 2 3 2 0.667 1.000 0.800");
    g_free (out);
    g_free (err);
    g_free (conf);
    g_free (pat);
    g_free (en);
    t_rmtree (dir);
    g_free (dir);
}
END_TEST

START_TEST (test_bad_input)
{
    char *dir = t_tmpdir (), *bad = g_build_filename (dir, "bad.tsv", NULL), *missing;
    char *out = NULL, *err = NULL;
    int rc;
    ck_assert (g_file_set_contents (bad, "abuse\ten\tfine\tsrc\ncomplain\ten\ttypo\tsrc\n", -1, NULL));
    rc = t_redflag (&out, &err, NULL, "patterns", "eval", TINY, bad, NULL);
    ck_assert_int_eq (rc, 1);
    ck_assert_msg (strstr (err, "bad.tsv:2: unknown label 'complain'") != NULL, "%s", err);
    g_free (out);
    g_free (err);
    missing = g_build_filename (dir, "missing.tsv", NULL);
    rc = t_redflag (&out, &err, NULL, "patterns", "eval", missing, NULL);
    ck_assert_int_eq (rc, 4);
    ck_assert (strstr (err, "missing.tsv") != NULL);
    g_free (out);
    g_free (err);
    rc = t_redflag (&out, &err, NULL, "patterns", "eval", "--split", "test", TINY, NULL);
    ck_assert_int_eq (rc, 2);
    ck_assert (strstr (err, "--split takes held, train or all") != NULL);
    g_free (out);
    g_free (err);
    rc = t_redflag (&out, &err, NULL, "patterns", "eval", NULL);
    ck_assert_int_eq (rc, 2);
    g_free (out);
    g_free (err);
    rc = t_redflag (&out, &err, NULL, "patterns", "eval", "--help", NULL);
    ck_assert_int_eq (rc, 0);
    ck_assert (strstr (out, "patterns eval [OPTION") != NULL);
    g_free (out);
    g_free (err);
    g_free (bad);
    g_free (missing);
    t_rmtree (dir);
    g_free (dir);
}
END_TEST

static Suite *
patterns_eval_suite (void)
{
    Suite *s = suite_create ("patterns_eval");
    TCase *tc = tcase_create ("command");
    tcase_set_timeout (tc, 60);
    tcase_add_test (tc, test_table_all);
    tcase_add_test (tc, test_table_held);
    tcase_add_test (tc, test_csv);
    tcase_add_test (tc, test_errors);
    tcase_add_test (tc, test_user_patterns);
    tcase_add_test (tc, test_bad_input);
    suite_add_tcase (s, tc);
    return s;
}

int
main (void)
{
    SRunner *sr = srunner_create (patterns_eval_suite ());
    int failed;
    srunner_run_all (sr, CK_ENV);
    failed = srunner_ntests_failed (sr);
    srunner_free (sr);
    return failed ? 1 : 0;
}
