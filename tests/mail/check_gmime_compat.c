/* check_gmime_compat.c - gmime_compat.c one function at a time: header decoding and text conversion around GMime 3.2.13's bugs.
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

#include "base/util.h"
#include "mail/gmime_compat.h"
#include "mail/mail_parse.h"
#include "unitlib.h"

START_TEST (test_decode_two_b_words)
{
    /* "SGVsbG8=" is "Hello", "IHdvcmxk" is " world"; the space between the
     * two encoded words is not text (RFC 2047 section 6.2). */
    ASSERT_STR_TAKE (rf_header_decode ("=?UTF-8?B?SGVsbG8=?= =?UTF-8?B?IHdvcmxk?="), "Hello world");
    /* Same when the words are on two folded lines. */
    ASSERT_STR_TAKE (rf_header_decode ("=?UTF-8?B?SGVsbG8=?=\r\n =?UTF-8?B?IHdvcmxk?="), "Hello world");
}
END_TEST

/* Why rf_header_decode exists: GMime 3.2.13 loses the second word
 * (upstream issue 133, fixed in 3.2.14). Either answer passes, so an
 * upgrade does not break the build, and the log says which one we got. */
START_TEST (test_gmime_decoder_bug_documented)
{
    char *g = g_mime_utils_header_decode_text (NULL, "=?UTF-8?B?SGVsbG8=?= =?UTF-8?B?IHdvcmxk?=");
    ck_assert (g != NULL);
    ck_assert_msg (strcmp (g, "Hello") == 0 || strcmp (g, "Hello world") == 0,
                   "GMime decoded the two words as \"%s\"", g);
    fprintf (stderr, "# GMime %u.%u.%u decodes two consecutive B-words as \"%s\": %s\n",
             gmime_major_version, gmime_minor_version, gmime_micro_version, g,
             strcmp (g, "Hello") == 0 ? "bug present, our decoder is needed"
                                      : "bug fixed, rf_header_decode could go");
    g_free (g);
}
END_TEST

START_TEST (test_decode_q_and_latin1)
{
    /* Q: "_" is a space, =E9 is é in ISO-8859-1. */
    ASSERT_STR_TAKE (rf_header_decode ("=?ISO-8859-1?Q?R=E9union_de_lundi?="), "Réunion de lundi");
    ASSERT_STR_TAKE (rf_header_decode ("=?utf-8?q?caf=C3=A9_cr=C3=A8me?="), "café crème");
    /* B in ISO-8859-1: "RnJhbudhaXM=" is the bytes F r a n \xe7 a i s. */
    ASSERT_STR_TAKE (rf_header_decode ("=?iso-8859-1?b?RnJhbudhaXM=?="), "Français");
    /* 0x80 is the euro sign in Windows-1252. */
    ASSERT_STR_TAKE (rf_header_decode ("=?windows-1252?Q?100_=80?="), "100 €");
}
END_TEST

START_TEST (test_decode_mixed)
{
    /* The space between an encoded word and plain text is kept. */
    ASSERT_STR_TAKE (rf_header_decode ("Re: =?UTF-8?Q?caf=C3=A9?= tomorrow"), "Re: café tomorrow");
    ASSERT_STR_TAKE (rf_header_decode ("Invoice =?UTF-8?Q?n=C2=B0?= 42 due"), "Invoice n° 42 due");
    /* Folded plain text is unfolded. */
    ASSERT_STR_TAKE (rf_header_decode ("Meeting\r\n  tomorrow"), "Meeting tomorrow");
    ASSERT_STR_TAKE (rf_header_decode ("plain subject"), "plain subject");
    ASSERT_STR_TAKE (rf_header_decode (""), "");
}
END_TEST

START_TEST (test_decode_bad_input)
{
    char *t;
    /* "***" has no base64 letters at all: the word stands for no text. */
    ASSERT_STR_TAKE (rf_header_decode ("A =?UTF-8?B?***?= B"), "A B");
    t = rf_header_decode ("=?UTF-8?B?!!!notbase64@@@?=");
    ck_assert (g_utf8_validate (t, -1, NULL));
    g_free (t);
    /* An unknown charset: bytes that are not UTF-8 are read as Windows-1252. */
    ASSERT_STR_TAKE (rf_header_decode ("=?x-unknown?Q?caf=E9?="), "café");
    ASSERT_STR_TAKE (rf_header_decode ("=?x-unknown?Q?caf=C3=A9?="), "café");
    /* Raw 8-bit Latin-1 in a header. */
    ASSERT_STR_TAKE (rf_header_decode ("Re: caf\xe9"), "Re: café");
    /* Unterminated encoded word: left as it is. */
    ASSERT_STR_TAKE (rf_header_decode ("=?UTF-8?Q?abc"), "=?UTF-8?Q?abc");
}
END_TEST

START_TEST (test_to_utf8)
{
    char *t;
    ASSERT_STR_TAKE (rf_to_utf8 ("caf\xe9", -1, NULL), "café");
    /* Windows-1252 rather than ISO-8859-1: 0x80 is the euro sign, 0x93/0x94 curly quotes. */
    ASSERT_STR_TAKE (rf_to_utf8 ("\x80" "5 \x93ok\x94", -1, NULL), "€5 “ok”");
    ASSERT_STR_TAKE (rf_to_utf8 ("caf\xe9", 4, "ISO-8859-1"), "café");
    /* Declared UTF-8 but it is not: Windows-1252 is the usual truth. */
    ASSERT_STR_TAKE (rf_to_utf8 ("caf\xe9", 4, "utf-8"), "café");
    ASSERT_STR_TAKE (rf_to_utf8 ("café", -1, NULL), "café");
    /* NUL bytes are replaced, so the C string keeps its 3 characters and
     * the text after the NUL is still there. */
    t = rf_to_utf8 ("a\0b", 3, NULL);
    ck_assert_msg (strlen (t) == 3 && t[0] == 'a' && t[1] != '\0' && t[2] == 'b',
                   "rf_to_utf8 (\"a\\0b\", 3): expected \"a?b\", got \"%s\"", t);
    g_free (t);
}
END_TEST

static Suite *
gmime_compat_suite (void)
{
    Suite *s = suite_create ("gmime_compat");
    TCase *tc = tcase_create ("gmime_compat");
    tcase_add_test (tc, test_decode_two_b_words);
    tcase_add_test (tc, test_gmime_decoder_bug_documented);
    tcase_add_test (tc, test_decode_q_and_latin1);
    tcase_add_test (tc, test_decode_mixed);
    tcase_add_test (tc, test_decode_bad_input);
    tcase_add_test (tc, test_to_utf8);
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
    rc = unit_run (gmime_compat_suite ());
    xmlCleanupParser ();
    rf_mail_parse_shutdown ();
    g_mime_shutdown ();
    return rc;
}
