/* check_hardening.c - hostile input and hostile places: an empty body,
 * control characters on the terminal, output files that must not be
 * turned against the user, private files, and broken databases. */
#include "config.h"
#include "testlib.h"
#include "mail/gmime_compat.h"

#include <check.h>
#include <string.h>

#define MAIL FIXTURES_DIR "/mail"
#define CONF MAIL "/redflag.conf"

static char *tmp;
static char *db;

static void
setup (void)
{
    tmp = t_tmpdir ();
    db = g_build_filename (tmp, "t.db", NULL);
}

static void
teardown (void)
{
    t_rmtree (tmp);
    g_free (tmp);
    g_free (db);
}

/* An empty part has no bytes at all (a NULL pointer, length 0). */
START_TEST (empty_bytes_convert_to_empty_text)
{
    char *s = rf_to_utf8 (NULL, 0, NULL), *t = rf_to_utf8 (NULL, 0, "iso-8859-1");
    ck_assert_str_eq (s, "");
    ck_assert_str_eq (t, "");
    g_free (s);
    g_free (t);
}
END_TEST

/* The empty-body fixture is stored like any message, with one parser
 * (-j 1: parsed in the scanning process itself, where undefined
 * behaviour under the sanitizer build would end the scan). */
START_TEST (empty_body_message_scans)
{
    char *out = NULL, *err = NULL;
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "scan", "--db", db, "--config", CONF, "-j", "1",
                                 MAIL "/edge/empty-body.eml", NULL), 0);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM message WHERE body_chars = 0"
                                    " AND msgid = 'empty-body.paul@mail.acme.example'"), 1);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM skipped"), 0);
    ck_assert_msg (strstr (err, "runtime error") == NULL, "%s", err);
    g_free (out);
    g_free (err);
}
END_TEST

/* Found by fuzz_patterns: a pattern without a regex was freed before its
 * line number was read for the message. */
START_TEST (pattern_without_regex_named_with_its_line)
{
    char *dir = g_build_filename (tmp, "pats", "en", NULL), *file = g_build_filename (dir, "mine.pat", NULL);
    char *user = g_build_filename (tmp, "pats", NULL), *out = NULL, *err = NULL;
    g_mkdir_with_parents (dir, 0700);
    ck_assert (g_file_set_contents (file, "# mine\n\nid: lonely\nmatch: a\nnomatch: b\n", -1, NULL));
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "patterns", "test", "--patterns", user, NULL), 3);
    ck_assert_msg (strstr (err, "mine.pat:3: pattern has no regex") != NULL, "%s", err);
    g_free (out);
    g_free (err);
    g_free (user);
    g_free (file);
    g_free (dir);
}
END_TEST

static Suite *
hardening_suite (void)
{
    Suite *s = suite_create ("hardening");
    TCase *tc = tcase_create ("input");
    tcase_add_checked_fixture (tc, setup, teardown);
    tcase_set_timeout (tc, 60);
    tcase_add_test (tc, empty_bytes_convert_to_empty_text);
    tcase_add_test (tc, empty_body_message_scans);
    tcase_add_test (tc, pattern_without_regex_named_with_its_line);
    suite_add_tcase (s, tc);
    return s;
}

int
main (void)
{
    SRunner *sr = srunner_create (hardening_suite ());
    int failed;
    srunner_run_all (sr, CK_ENV);
    failed = srunner_ntests_failed (sr);
    srunner_free (sr);
    return failed ? 1 : 0;
}
