/* check_body_clean.c - body_clean.c one function at a time: body cleaning: quoted replies, attribution lines, forwarded blocks and signatures removed.
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
#include "mail/body_clean.h"
#include "mail/mail_parse.h"
#include "unitlib.h"

START_TEST (test_clean_quoted_lines)
{
    ASSERT_STR_TAKE (rf_body_clean ("Yes, Tuesday works.\n\n> Can we meet Tuesday?\n> Anna\n"),
                     "Yes, Tuesday works.");
    /* Inline answers between quotes stay; only the "> " lines go. */
    ASSERT_STR_TAKE (rf_body_clean ("> Price?\n1200 EUR.\n> Delay?\nTwo weeks.\n"),
                     "1200 EUR.\nTwo weeks.");
    /* Nested quotes and a quote indented by a space. */
    ASSERT_STR_TAKE (rf_body_clean ("Done.\n>> older\n  > indented quote\n"), "Done.");
}
END_TEST

START_TEST (test_clean_attribution_one_line)
{
    /* The attribution line is removed, not the text that follows it. */
    ASSERT_STR_TAKE (rf_body_clean ("Sounds good.\n"
                                    "On Mon, 2 Mar 2026 at 10:00, Anna <a@x> wrote:\n"
                                    "> Shall we start on Monday?\n"
                                    "Inline: yes, Monday.\n"),
                     "Sounds good.\nInline: yes, Monday.");
}
END_TEST

START_TEST (test_clean_attribution_wrapped)
{
    /* Mail clients wrap long attributions: both lines go, the next stays. */
    ASSERT_STR_TAKE (rf_body_clean ("Fine by me.\n"
                                    "On Mon, 2 Mar 2026 at 10:00, Anna Example\n"
                                    "<anna@client.example> wrote:\n"
                                    "> question\n"
                                    "After the quote.\n"),
                     "Fine by me.\nAfter the quote.");
    /* A line starting with "On " that is not followed by "wrote:" is text. */
    ASSERT_STR_TAKE (rf_body_clean ("On Monday I will call you.\nBob\n"),
                     "On Monday I will call you.\nBob");
}
END_TEST

START_TEST (test_clean_attribution_fr_es)
{
    ASSERT_STR_TAKE (rf_body_clean ("D'accord.\n"
                                    "Le lun. 2 mars 2026 à 10:00, Anna <a@x> a écrit :\n"
                                    "> Bonjour\n"),
                     "D'accord.");
    ASSERT_STR_TAKE (rf_body_clean ("De acuerdo.\n"
                                    "El lun, 2 mar 2026 a las 10:00, Anna <a@x> escribió:\n"
                                    "> Hola\n"),
                     "De acuerdo.");
    /* Wrapped French attribution. */
    ASSERT_STR_TAKE (rf_body_clean ("Merci.\n"
                                    "Le lun. 2 mars 2026 à 10:00, Anna Exemple <anna@client.example>\n"
                                    "a écrit :\n"
                                    "> Bonjour\n"),
                     "Merci.");
}
END_TEST

START_TEST (test_clean_outlook_block)
{
    /* From:/Sent: header block: everything from it to the end goes. */
    ASSERT_STR_TAKE (rf_body_clean ("Done.\n\n"
                                    "From: Anna <a@client.example>\n"
                                    "Sent: Monday, March 2, 2026 10:00 AM\n"
                                    "To: Bob <b@studio.example>\n"
                                    "Subject: Re: plan\n\n"
                                    "Old text that is not ours.\n"),
                     "Done.");
    ASSERT_STR_TAKE (rf_body_clean ("Noted.\n"
                                    "-----Original Message-----\n"
                                    "From: x\n"
                                    "old\n"),
                     "Noted.");
    ASSERT_STR_TAKE (rf_body_clean ("C'est noté.\n"
                                    "De : Anna <a@client.example>\n"
                                    "Envoyé : lundi 2 mars 2026 10:00\n"
                                    "Objet : devis\n"
                                    "ancien texte\n"),
                     "C'est noté.");
    ASSERT_STR_TAKE (rf_body_clean ("See below.\n---------- Forwarded message ---------\nFrom: a\nfwd body\n"),
                     "See below.");
    /* A "From:" line without a Sent:/Date: line after it is the sender's text. */
    ASSERT_STR_TAKE (rf_body_clean ("From: the whole team, thanks.\nRegards\n"),
                     "From: the whole team, thanks.\nRegards");
}
END_TEST

START_TEST (test_clean_outlook_separator)
{
    /* Outlook's line of underscores, then the header block: both go, and
     * everything after them. */
    ASSERT_STR_TAKE (rf_body_clean ("Fine, go ahead.\n\n"
                                    "________________________________\n"
                                    "From: Anna Martin <anna@studio.example>\n"
                                    "Sent: Monday, March 2, 2026 10:00 AM\n"
                                    "To: Bob <b@client.example>\n"
                                    "Subject: RE: plan\n\n"
                                    "You are right, this is useless garbage.\n"),
                     "Fine, go ahead.");
    ASSERT_STR_TAKE (rf_body_clean ("D'accord.\r\n"
                                    "________________________________\r\n"
                                    "De : Anna Martin <anna@studio.example>\r\n"
                                    "Envoyé : lundi 2 mars 2026 10:00\r\n"
                                    "Objet : devis\r\n\r\n"
                                    "ancien texte\r\n"),
                     "D'accord.");
    /* A blank line between them, Spanish "Enviado el:", no Sent: at all,
     * indented or shortened separators. */
    ASSERT_STR_TAKE (rf_body_clean ("Vale.\n"
                                    "________________________________\n\n"
                                    "De: Anna Martin <anna@studio.example>\n"
                                    "Enviado el: lunes, 2 de marzo de 2026 10:00\n"
                                    "texto antiguo\n"),
                     "Vale.");
    ASSERT_STR_TAKE (rf_body_clean ("Gut.\n  ______________ \nVon: Anna\nAn: Bob\nalt\n"), "Gut.");
    ASSERT_STR_TAKE (rf_body_clean ("Noted.\n________________________________\n"
                                    "From: Anna <anna@studio.example>\n"
                                    "To: Bob <b@client.example>\n"
                                    "Cc: Carl <c@client.example>\n"
                                    "Subject: RE: plan\n"
                                    "old\n"),
                     "Noted.");
    /* "Enviado el:" also makes a header block without the separator. */
    ASSERT_STR_TAKE (rf_body_clean ("Vale.\nDe: Anna\nEnviado el: lunes\nviejo\n"), "Vale.");
    /* Underscores that are not Outlook's: kept. */
    ASSERT_STR_TAKE (rf_body_clean ("Sign here:\n____________________\nName and date\n"),
                     "Sign here:\n____________________\nName and date");
    ASSERT_STR_TAKE (rf_body_clean ("Total: _________\nFrom: the whole team, thanks.\n"),
                     "Total: _________\nFrom: the whole team, thanks.");
    ASSERT_STR_TAKE (rf_body_clean ("Short:\n_____\nFrom: us, thanks.\n"),
                     "Short:\n_____\nFrom: us, thanks.");
}
END_TEST

START_TEST (test_clean_signature)
{
    ASSERT_STR_TAKE (rf_body_clean ("Call me.\n-- \nBob Example\n+33 1 00 00 00 00\n"), "Call me.");
    /* "--" followed by text on the same line is not the delimiter. */
    ASSERT_STR_TAKE (rf_body_clean ("Step 1 -- done.\nStep 2\n"), "Step 1 -- done.\nStep 2");
}
END_TEST

START_TEST (test_clean_mobile_signature)
{
    ASSERT_STR_TAKE (rf_body_clean ("On my way.\n\nSent from my iPhone\n"), "On my way.");
    /* Only the line goes: what follows it is still the sender's. */
    ASSERT_STR_TAKE (rf_body_clean ("See you.\nSent from my iPhone\nP.S. bring the contract.\n"),
                     "See you.\nP.S. bring the contract.");
    ASSERT_STR_TAKE (rf_body_clean ("Bien reçu.\nEnvoyé de mon iPhone\n"), "Bien reçu.");
    ASSERT_STR_TAKE (rf_body_clean ("Recibido.\nEnviado desde mi iPhone\n"), "Recibido.");
}
END_TEST

START_TEST (test_clean_crlf_and_blanks)
{
    ASSERT_STR_TAKE (rf_body_clean ("Line one\r\nLine two\r\n"), "Line one\nLine two");
    /* A lone CR (old Mac line end) is a line end too. */
    ASSERT_STR_TAKE (rf_body_clean ("a\rb"), "a\nb");
    /* Leading blank lines dropped, runs of blank lines become one, trailing ones dropped. */
    ASSERT_STR_TAKE (rf_body_clean ("\n\nPara one\n\n\n\nPara two\n\n"), "Para one\n\nPara two");
    ASSERT_STR_TAKE (rf_body_clean ("One\r\n\r\n\r\nTwo\r\n"), "One\n\nTwo");
}
END_TEST

START_TEST (test_clean_unchanged)
{
    const char *plain = "Hello Anna,\nthe report is attached.\n\nBob";
    ASSERT_STR_TAKE (rf_body_clean (plain), plain);
    ASSERT_STR_TAKE (rf_body_clean (""), "");
    ASSERT_STR_TAKE (rf_body_clean (NULL), "");
}
END_TEST

static Suite *
body_clean_suite (void)
{
    Suite *s = suite_create ("body_clean");
    TCase *tc = tcase_create ("body_clean");
    tcase_add_test (tc, test_clean_quoted_lines);
    tcase_add_test (tc, test_clean_attribution_one_line);
    tcase_add_test (tc, test_clean_attribution_wrapped);
    tcase_add_test (tc, test_clean_attribution_fr_es);
    tcase_add_test (tc, test_clean_outlook_block);
    tcase_add_test (tc, test_clean_outlook_separator);
    tcase_add_test (tc, test_clean_signature);
    tcase_add_test (tc, test_clean_mobile_signature);
    tcase_add_test (tc, test_clean_crlf_and_blanks);
    tcase_add_test (tc, test_clean_unchanged);
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
    rc = unit_run (body_clean_suite ());
    xmlCleanupParser ();
    rf_mail_parse_shutdown ();
    g_mime_shutdown ();
    return rc;
}
