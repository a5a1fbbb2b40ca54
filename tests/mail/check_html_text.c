/* check_html_text.c - html_text.c one function at a time: HTML bodies turned into text.
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
#include "mail/html_text.h"
#include "mail/mail_parse.h"
#include "unitlib.h"

/* The text without trailing line ends, which rf_body_clean drops anyway. */
static char *
html_text (const char *html)
{
    char *t = rf_html_to_text (html, strlen (html));
    ck_assert (t != NULL);
    ck_assert_msg (g_utf8_validate (t, -1, NULL), "not UTF-8: %s", t);
    return g_strchomp (t);
}

START_TEST (test_html_drops_script_style_head)
{
    ASSERT_STR_TAKE (html_text ("<html><head><title>Title text</title>"
                                "<style>p { color: red }</style></head>"
                                "<body><script>var a = 1;</script><p>Hello</p></body></html>"),
                     "Hello");
}
END_TEST

START_TEST (test_html_drops_quotes)
{
    ASSERT_STR_TAKE (html_text ("<div>Yes, agreed.</div>"
                                "<blockquote type=\"cite\">Old question?</blockquote>"),
                     "Yes, agreed.");
    ASSERT_STR_TAKE (html_text ("<div dir=\"ltr\">Thanks!</div><br>"
                                "<div class=\"gmail_quote\"><div class=\"gmail_attr\">"
                                "On Mon, 2 Mar 2026 Anna wrote:<br></div>"
                                "<div>Old text in a div</div></div>"),
                     "Thanks!");
    /* Outlook: everything from the reply header div on is the original. */
    ASSERT_STR_TAKE (html_text ("<div>Reply text</div>"
                                "<div id=\"divRplyFwdMsg\"><b>From:</b> Anna</div>"
                                "<div>Old message</div>"),
                     "Reply text");
}
END_TEST

START_TEST (test_html_line_breaks)
{
    /* <br> ends a line inside a paragraph; each <p> is its own line. */
    ASSERT_STR_TAKE (html_text ("<p>Line one<br>Line two</p><p>Para</p>"), "Line one\nLine two\nPara");
    /* Inline elements do not break lines; source line ends are spaces. */
    ASSERT_STR_TAKE (html_text ("<p>Please <b>sign</b>\nthe <i>contract</i>.</p>"),
                     "Please sign the contract.");
}
END_TEST

START_TEST (test_html_entities)
{
    ASSERT_STR_TAKE (html_text ("<p>10&nbsp;000&nbsp;EUR</p>"), "10 000 EUR");
    ASSERT_STR_TAKE (html_text ("<p>Caf&eacute; &amp; cr&egrave;me &lt;ok&gt; &#8364;5 &#x263A;</p>"),
                     "Café & crème <ok> €5 ☺");
    /* The text is already UTF-8: a meta charset must not re-decode it. */
    ASSERT_STR_TAKE (html_text ("<html><head><meta http-equiv=\"Content-Type\" "
                                "content=\"text/html; charset=iso-8859-1\"></head>"
                                "<body>Café</body></html>"),
                     "Café");
}
END_TEST

START_TEST (test_html_malformed)
{
    char *t;
    GString *deep = g_string_new (NULL);

    ASSERT_STR_TAKE (html_text ("<p>unclosed <b>bold<table><tr><td>cell</p></i></div>"),
                     "unclosed bold\ncell");
    t = html_text ("<<<>>> </ &&& <p");
    g_free (t);
    /* Very deep nesting. */
    for (int i = 0; i < 5000; i++)
        g_string_append (deep, "<div>");
    g_string_append (deep, "deep");
    t = html_text (deep->str);
    g_free (t);
    g_string_free (deep, TRUE);
}
END_TEST

/* The input should be UTF-8, but a caller may hand over anything: libxml2
 * 2.9.14 passes invalid bytes through to the text nodes in recover mode,
 * so the walk must neither read past a truncated sequence at the end of a
 * text node nor return invalid UTF-8. */
START_TEST (test_html_invalid_utf8)
{
    char *t;
    /* A 4-byte lead byte just before the end of the text node. */
    t = html_text ("<p>ab\xf0</p>");
    ck_assert_msg (g_str_has_prefix (t, "ab"), "text \"%s\"", t);
    g_free (t);
    t = html_text ("<p>caf\xe9 \xff\xfe</p>");
    ck_assert_msg (g_str_has_prefix (t, "caf"), "text \"%s\"", t);
    g_free (t);
}
END_TEST

START_TEST (test_html_empty)
{
    ASSERT_STR_TAKE (rf_html_to_text ("", 0), "");
    ASSERT_STR_TAKE (rf_html_to_text (NULL, 0), "");
    ASSERT_STR_TAKE (html_text ("<html><body></body></html>"), "");
}
END_TEST

static Suite *
html_text_suite (void)
{
    Suite *s = suite_create ("html_text");
    TCase *tc = tcase_create ("html_text");
    tcase_add_test (tc, test_html_drops_script_style_head);
    tcase_add_test (tc, test_html_drops_quotes);
    tcase_add_test (tc, test_html_line_breaks);
    tcase_add_test (tc, test_html_entities);
    tcase_add_test (tc, test_html_malformed);
    tcase_add_test (tc, test_html_invalid_utf8);
    tcase_add_test (tc, test_html_empty);
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
    rc = unit_run (html_text_suite ());
    xmlCleanupParser ();
    rf_mail_parse_shutdown ();
    g_mime_shutdown ();
    return rc;
}
