/* check_hardening.c - hostile input and hostile places: an empty body,
 * control characters on the terminal, output files that must not be
 * turned against the user, private files, and broken databases. */
#include "config.h"
#include "testlib.h"
#include "base/util.h"
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

/* ---- Control characters never reach the terminal. */

static void
put_file (const char *path, const char *text)
{
    char *dir = g_path_get_dirname (path);
    ck_assert_int_eq (g_mkdir_with_parents (dir, 0700), 0);
    ck_assert (g_file_set_contents (path, text, -1, NULL));
    g_free (dir);
}

START_TEST (term_safe_forms)
{
    static const char *const cases[][2] = {
        { "plain text, accents: é ü ñ", "plain text, accents: é ü ñ" },
        { "a\tb\nc\rd\ve\ff", "a b c d e f" },
        { "x\033[2Jy", "x\\x1b[2Jy" },
        { "\033]52;c;QQ==\007", "\\x1b]52;c;QQ==\\x07" },
        { "del\177", "del\\x7f" },
        { "csi\302\2331m", "csi\\u009b1m" },
        { "nel\302\205.", "nel\\u0085." },
        { "latin1 \351t\351", "latin1 \\xe9t\\xe9" },
        { "cut \303", "cut \\xc3" },
        { "", "" },
    };
    char *s;
    for (size_t i = 0; i < G_N_ELEMENTS (cases); i++) {
        s = rf_term_safe (cases[i][0]);
        ck_assert_str_eq (s, cases[i][1]);
        g_free (s);
    }
    s = rf_term_safe (NULL);
    ck_assert_str_eq (s, "");
    g_free (s);
}
END_TEST

/* Nothing but printable text and line ends: no ESC, BEL, CR, DEL or C1. */
static void
assert_no_controls (const char *what, const char *text)
{
    for (const unsigned char *p = (const unsigned char *) text; *p; p++) {
        ck_assert_msg ((*p >= 0x20 && *p != 0x7f) || *p == '\n', "%s: control byte 0x%02x:\n%s", what, *p, text);
        ck_assert_msg (!(p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f), "%s: C1 control:\n%s", what, text);
    }
}

/* Two shouting messages from a client, each answered four days later: the
 * subject carries OSC 52 (a clipboard write), clear-screen and a C1 CSI;
 * the client's name in the configuration a line break, a CR and a colour
 * escape; one more file is named with an OSC window-title sequence. */
static void
hostile_maildir (const char *dir, const char *conf)
{
    const char subject[] = "Urgent \033]52;c;cm0gLXJmIH4=\007\033[2J\033[H\302\23331m now";
    char *b64 = g_base64_encode ((const guchar *) subject, strlen (subject));
    for (int i = 0; i < 2; i++) {
        char *in = g_strdup_printf ("From: Paul <paul@evil.example>\nTo: anna@studio.example\n"
                                    "Subject: =?UTF-8?B?%s?=\nMessage-ID: <e%da@evil.example>\n"
                                    "Date: Mon, %02d Nov 2026 10:00:00 +0000\n\n"
                                    "THIS IS COMPLETELY UNACCEPTABLE!!! FIX IT NOW!!!\n", b64, i, 2 + 7 * i);
        char *out = g_strdup_printf ("From: anna@studio.example\nTo: paul@evil.example\nSubject: Re: Urgent\n"
                                     "Message-ID: <e%db@studio.example>\nIn-Reply-To: <e%da@evil.example>\n"
                                     "Date: Fri, %02d Nov 2026 16:00:00 +0000\n\nDone.\n", i, i, 6 + 7 * i);
        char *p1 = g_strdup_printf ("%s/cur/%d1.M1P1Q1.x:2,S", dir, i);
        char *p2 = g_strdup_printf ("%s/cur/%d2.M2P1Q1.x:2,S", dir, i);
        put_file (p1, in);
        put_file (p2, out);
        g_free (p1);
        g_free (p2);
        g_free (in);
        g_free (out);
    }
    {
        char *bad = g_strdup_printf ("%s/cur/bad\033]0;pwned\007.M3:2,S", dir);
        put_file (bad, "shopping list\nmilk\n");
        g_free (bad);
    }
    put_file (conf, "[redflag]\nme = anna@studio.example\n\n"
                    "[client:evil]\nname = Evil\\nCorp\\rX\033[31mRed\ndomains = evil.example\n");
    g_free (b64);
}

START_TEST (report_and_warnings_show_no_control_characters)
{
    char *dir = g_build_filename (tmp, "md", NULL), *conf = g_build_filename (tmp, "evil.conf", NULL);
    char *out = NULL, *err = NULL;
    hostile_maildir (dir, conf);
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "scan", "--db", db, "--config", conf, "--as-of", "2026-11-20",
                                 dir, NULL), 0);
    assert_no_controls ("scan stderr", err);
    ck_assert_msg (strstr (err, "cur/bad\\x1b]0;pwned\\x07.M3:2,S: not a mail message") != NULL, "%s", err);
    g_free (out);
    g_free (err);

    ck_assert_int_eq (t_redflag (&out, &err, NULL, "report", "--db", db, NULL), 0);
    assert_no_controls ("report", out);
    ck_assert_msg (strstr (out, "\nEvil Corp X\\x1b[31mRed ") != NULL, "%s", out);
    g_free (out);
    g_free (err);

    ck_assert_int_eq (t_redflag (&out, &err, NULL, "report", "--details", "--db", db, NULL), 0);
    assert_no_controls ("report --details", out);
    ck_assert_msg (strstr (out, ": Urgent \\x1b]52;c;cm0gLXJmIH4=\\x07\\x1b[2J\\x1b[H\\u009b31m now\n") != NULL,
                   "%s", out);
    ck_assert_msg (strstr (out, "\nEvil Corp X\\x1b[31mRed (evil): ") != NULL, "%s", out);
    g_free (out);
    g_free (err);

    /* The same through --client, and a client asked for that is not there. */
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "report", "--client", "evil", "--db", db, NULL), 0);
    assert_no_controls ("report --client", out);
    g_free (out);
    g_free (err);
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "report", "--client", "no\033]0;x\007body", "--db", db, NULL), 6);
    assert_no_controls ("report --client unknown", out);
    ck_assert_msg (strstr (out, "No client 'no\\x1b]0;x\\x07body'") != NULL, "%s", out);
    g_free (out);
    g_free (err);
    g_free (dir);
    g_free (conf);
}
END_TEST

/* The text explained and a user pattern's note both reach the screen. */
START_TEST (patterns_explain_shows_no_control_characters)
{
    char *user = g_build_filename (tmp, "pats", NULL), *file = g_build_filename (user, "en", "mine.pat", NULL);
    char *out = NULL, *err = NULL;
    put_file (file, "id: please_now\nregex: \\bplease\\s+answer\\b\nnote: shown \033]0;title\007 here\n"
                    "match: please answer\nnomatch: pleased\n");
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "patterns", "explain", "--patterns", user,
                                 "THIS IS \033]52;c;QQ==\007UNACCEPTABLE!!!\r\033[2J please answer NOW", NULL), 0);
    assert_no_controls ("patterns explain", out);
    ck_assert_msg (strstr (out, "matched:  \"UNACCEPTABLE\"") != NULL, "%s", out);
    ck_assert_msg (strstr (out, "note:     shown \\x1b]0;title\\x07 here\n") != NULL, "%s", out);
    g_free (out);
    g_free (err);
    g_free (file);
    g_free (user);
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
    tc = tcase_create ("terminal");
    tcase_add_checked_fixture (tc, setup, teardown);
    tcase_set_timeout (tc, 60);
    tcase_add_test (tc, term_safe_forms);
    tcase_add_test (tc, report_and_warnings_show_no_control_characters);
    tcase_add_test (tc, patterns_explain_shows_no_control_characters);
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
