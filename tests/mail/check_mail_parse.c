/* check_mail_parse.c - mail_parse.c one function at a time: one message parsed into a record: dates, ids, references, bodies.
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

/* The reference time of every parse: 2026-03-10 00:00:00 UTC
 * (day 20454 + 59 + 9 = 20522; 20522 * 86400). */
#define NOW G_GINT64_CONSTANT (1773100800)

static rf_mail_record_t *
parse_ok (const char *text)
{
    rf_mail_record_t *r = NULL;
    rf_parse_status_t s = rf_mail_parse_buffer (text, strlen (text), NOW, &r);
    ck_assert_msg (s == RF_PARSE_OK, "status %d (%s)", s, rf_parse_status_to_string (s));
    ck_assert (r != NULL);
    return r;
}

static rf_parse_status_t
parse_status (const char *text, gsize len)
{
    rf_mail_record_t *r = (rf_mail_record_t *) 0x1;
    rf_parse_status_t s = rf_mail_parse_buffer (text, len, NOW, &r);
    if (s != RF_PARSE_OK)
        ck_assert_msg (r == NULL, "a record came back with status %d", s);
    rf_mail_record_free (s == RF_PARSE_OK ? r : NULL);
    return s;
}

START_TEST (test_parse_refused)
{
    ck_assert_int_eq (parse_status ("", 0), RF_PARSE_EMPTY);
    {
        static const char nul[] = "From: a@client.example\nSubj\0ect: x\n\nbody\n";
        ck_assert_int_eq (parse_status (nul, sizeof nul - 1), RF_PARSE_BINARY);
    }
    {
        const char *list = "eggs\nmilk\nbread\n2 apples\n";
        ck_assert_int_eq (parse_status (list, strlen (list)), RF_PARSE_NOT_MAIL);
    }
    {
        const char *list = "Shopping: eggs, milk\nbread\n";
        ck_assert_int_eq (parse_status (list, strlen (list)), RF_PARSE_NOT_MAIL);
    }
    ck_assert_str_ne (rf_parse_status_to_string (RF_PARSE_BINARY), "");
}
END_TEST

START_TEST (test_parse_nul_in_body)
{
    /* NUL bytes after the header block do not make the file binary; the
     * body keeps its text around them. */
    static const char msg[] = "From: a@client.example\nMessage-ID: <nul@client.example>\n\nab\0cd\n";
    rf_mail_record_t *r = NULL;
    ck_assert_int_eq (rf_mail_parse_buffer (msg, sizeof msg - 1, NOW, &r), RF_PARSE_OK);
    ck_assert_uint_eq (r->body_len, strlen (r->body));
    ck_assert_msg (g_str_has_prefix (r->body, "ab") && g_str_has_suffix (r->body, "cd"),
                   "body \"%s\"", r->body);
    rf_mail_record_free (r);
}
END_TEST

static const char minimal_msg[] =
    "From: \"Anna Example\" <Anna.Example@Client.Example>\n"
    "To: bob@studio.example, \"Carol\" <CAROL@Studio.example>\n"
    "Cc: dave@client.example\n"
    "Subject: =?UTF-8?Q?Devis_r=C3=A9vis=C3=A9?=\n"
    "Date: Mon, 02 Mar 2026 10:15:00 +0100\n"
    "Message-ID: <abc123@client.example>\n"
    "\n"
    "Hello Bob,\n"
    "Here is the quote.\n";

START_TEST (test_parse_minimal)
{
    rf_mail_record_t *r = parse_ok (minimal_msg);

    ck_assert_str_eq (r->message_id, "abc123@client.example");
    ck_assert (!r->synthetic_id);
    ck_assert_str_eq (r->from_addr, "anna.example@client.example");
    ck_assert_str_eq (r->from_name, "Anna Example");
    ck_assert_uint_eq (r->to->len, 2);
    ck_assert_str_eq (g_ptr_array_index (r->to, 0), "bob@studio.example");
    ck_assert_str_eq (g_ptr_array_index (r->to, 1), "carol@studio.example");
    ck_assert_uint_eq (r->cc->len, 1);
    ck_assert_str_eq (g_ptr_array_index (r->cc, 0), "dave@client.example");
    ck_assert_str_eq (r->subject, "Devis révisé");
    ck_assert_str_eq (r->norm_subject, "devis révisé");
    /* 2026-03-02 10:15 +01:00 = 09:15 UTC: day 20454 + 31 + 28 + 1 = 20514,
     * 20514 * 86400 + 9 * 3600 + 15 * 60 = 1772409600 + 33300. */
    ck_assert_int_eq (r->date_utc, G_GINT64_CONSTANT (1772442900));
    ck_assert_int_eq (r->tz_offset_min, 60);
    ck_assert_int_eq (r->date_source, RF_DATE_HEADER);
    /* "Hello Bob," (10) + "\n" (1) + "Here is the quote." (18) = 29. */
    ck_assert_str_eq (r->body, "Hello Bob,\nHere is the quote.");
    ck_assert_int_eq (r->body_chars, 29);
    ck_assert_uint_eq (r->body_len, 29);
    ck_assert (!r->html_only);
    ck_assert_ptr_null (r->auto_reason);
    ck_assert_ptr_null (r->in_reply_to);
    ck_assert_uint_eq (r->references->len, 0);
    ck_assert_int_eq (r->size_bytes, (gint64) strlen (minimal_msg));
    ck_assert_msg (r->warnings == NULL, "warnings: %s", r->warnings);
    rf_mail_record_free (r);
}
END_TEST

START_TEST (test_parse_crlf)
{
    rf_mail_record_t *r = parse_ok ("From: a@client.example\r\n"
                                    "Date: Mon, 02 Mar 2026 10:15:00 +0100\r\n"
                                    "Subject: Line ends\r\n"
                                    "\r\n"
                                    "Hi\r\nthere\r\n");
    ck_assert_str_eq (r->subject, "Line ends");
    ck_assert_str_eq (r->body, "Hi\nthere");
    ck_assert_int_eq (r->date_utc, G_GINT64_CONSTANT (1772442900));
    rf_mail_record_free (r);
}
END_TEST

START_TEST (test_parse_received_newest)
{
    /* The second Received is the newest once offsets are applied:
     *   08:00:05 +0000 = 08:00:05 UTC
     *   09:30:00 +0100 = 08:30:00 UTC   <- newest
     *   23:59:59 -0800 (2 Mar) = 07:59:59 UTC on 3 Mar
     * 2026-03-03 08:30 UTC = 20515 * 86400 + 30600 = 1772526600. */
    rf_mail_record_t *r = parse_ok (
        "Received: from mx2.example.net by mx.studio.example; Tue, 03 Mar 2026 08:00:05 +0000\n"
        "Received: from a.example.net by mx2.example.net; Tue, 03 Mar 2026 09:30:00 +0100\n"
        "Received: from laptop by a.example.net; Mon, 02 Mar 2026 23:59:59 -0800\n"
        "From: a@client.example\n"
        "Message-ID: <recv@client.example>\n"
        "\n"
        "x\n");
    ck_assert_int_eq (r->date_source, RF_DATE_RECEIVED);
    ck_assert_int_eq (r->date_utc, G_GINT64_CONSTANT (1772526600));
    rf_mail_record_free (r);
}
END_TEST

START_TEST (test_parse_date_1970)
{
    /* Impossible Date (before 1980): the Received date is used instead:
     * 2026-03-03 08:00:05 UTC = 20515 * 86400 + 28805 = 1772524805. */
    rf_mail_record_t *r = parse_ok (
        "Received: from mx2.example.net by mx.studio.example; Tue, 03 Mar 2026 08:00:05 +0000\n"
        "From: a@client.example\n"
        "Date: Thu, 01 Jan 1970 00:00:00 +0000\n"
        "\n"
        "x\n");
    ck_assert_int_eq (r->date_source, RF_DATE_RECEIVED);
    ck_assert_int_eq (r->date_utc, G_GINT64_CONSTANT (1772524805));
    rf_mail_record_free (r);
}
END_TEST

START_TEST (test_parse_date_future)
{
    rf_mail_record_t *r;
    /* Two days after NOW (2026-03-12 00:00 UTC, 1773273600): impossible;
     * the Received date 2026-03-09 12:00 UTC = 20521 * 86400 + 43200 wins. */
    r = parse_ok ("Received: by mx.studio.example; Mon, 09 Mar 2026 12:00:00 +0000\n"
                  "From: a@client.example\n"
                  "Date: Thu, 12 Mar 2026 00:00:00 +0000\n"
                  "\n"
                  "x\n");
    ck_assert_int_eq (r->date_source, RF_DATE_RECEIVED);
    ck_assert_int_eq (r->date_utc, G_GINT64_CONSTANT (1773057600));
    rf_mail_record_free (r);

    /* The same without Received: undated. */
    r = parse_ok ("From: a@client.example\n"
                  "Date: Thu, 12 Mar 2026 00:00:00 +0000\n"
                  "\n"
                  "x\n");
    ck_assert_int_eq (r->date_source, RF_DATE_NONE);
    rf_mail_record_free (r);

    /* Exactly one day after NOW is still accepted: 1773100800 + 86400. */
    r = parse_ok ("From: a@client.example\n"
                  "Date: Wed, 11 Mar 2026 00:00:00 +0000\n"
                  "\n"
                  "x\n");
    ck_assert_int_eq (r->date_source, RF_DATE_HEADER);
    ck_assert_int_eq (r->date_utc, G_GINT64_CONSTANT (1773187200));
    rf_mail_record_free (r);

    /* One second more is not. */
    r = parse_ok ("From: a@client.example\n"
                  "Date: Wed, 11 Mar 2026 00:00:01 +0000\n"
                  "\n"
                  "x\n");
    ck_assert_int_eq (r->date_source, RF_DATE_NONE);
    rf_mail_record_free (r);
}
END_TEST

START_TEST (test_parse_undated)
{
    rf_mail_record_t *r = parse_ok ("From: a@client.example\nSubject: no date\n\nx\n");
    ck_assert_int_eq (r->date_source, RF_DATE_NONE);
    rf_mail_record_free (r);
    /* An unparsable Date with no Received: undated as well. */
    r = parse_ok ("From: a@client.example\nDate: sometime next week\n\nx\n");
    ck_assert_int_eq (r->date_source, RF_DATE_NONE);
    rf_mail_record_free (r);
}
END_TEST

static gboolean
is_synthetic_id (const char *id)
{
    if (!g_str_has_prefix (id, "sha256-") || !g_str_has_suffix (id, "@redflag.invalid"))
        return FALSE;
    if (strlen (id) != strlen ("sha256-") + 32 + strlen ("@redflag.invalid"))
        return FALSE;
    for (int i = 7; i < 7 + 32; i++)
        if (!g_ascii_isxdigit (id[i]) || g_ascii_isupper (id[i]))
            return FALSE;
    return TRUE;
}

START_TEST (test_parse_synthetic_id)
{
    const char *a = "From: a@client.example\nSubject: one\nDate: Mon, 02 Mar 2026 10:15:00 +0100\n\nbody\n";
    const char *a_other_body = "From: a@client.example\nSubject: one\nDate: Mon, 02 Mar 2026 10:15:00 +0100\n\nanother\n";
    const char *b = "From: a@client.example\nSubject: two\nDate: Mon, 02 Mar 2026 10:15:00 +0100\n\nbody\n";
    rf_mail_record_t *r1 = parse_ok (a), *r2 = parse_ok (a), *r3 = parse_ok (b), *r4 = parse_ok (a_other_body);

    ck_assert (r1->synthetic_id);
    ck_assert_msg (is_synthetic_id (r1->message_id), "id \"%s\"", r1->message_id);
    ck_assert_str_eq (r1->message_id, r2->message_id);
    ck_assert_str_ne (r1->message_id, r3->message_id);
    /* The hash covers the header block only. */
    ck_assert_str_eq (r1->message_id, r4->message_id);
    rf_mail_record_free (r1);
    rf_mail_record_free (r2);
    rf_mail_record_free (r3);
    rf_mail_record_free (r4);
}
END_TEST

START_TEST (test_parse_references)
{
    rf_mail_record_t *r = parse_ok ("From: a@client.example\n"
                                    "Message-ID: <child@client.example>\n"
                                    "In-Reply-To: <parent@studio.example>\n"
                                    "References: <root@client.example> <mid@studio.example>\n"
                                    " <parent@studio.example>\n"
                                    "\n"
                                    "x\n");
    ck_assert_str_eq (r->in_reply_to, "parent@studio.example");
    ck_assert_uint_eq (r->references->len, 3);
    ck_assert_str_eq (g_ptr_array_index (r->references, 0), "root@client.example");
    ck_assert_str_eq (g_ptr_array_index (r->references, 1), "mid@studio.example");
    ck_assert_str_eq (g_ptr_array_index (r->references, 2), "parent@studio.example");
    rf_mail_record_free (r);

    /* Two ids in In-Reply-To: the first one. */
    r = parse_ok ("From: a@client.example\n"
                  "In-Reply-To: <one@studio.example> <two@studio.example>\n"
                  "\n"
                  "x\n");
    ck_assert_str_eq (r->in_reply_to, "one@studio.example");
    ck_assert_uint_eq (r->references->len, 0);
    rf_mail_record_free (r);
}
END_TEST

static char *
auto_reason_of (const char *extra_header)
{
    char *msg = g_strdup_printf ("From: a@client.example\n%s\n\nx\n", extra_header);
    rf_mail_record_t *r = parse_ok (msg);
    char *reason = g_strdup (r->auto_reason);
    rf_mail_record_free (r);
    g_free (msg);
    return reason;
}

START_TEST (test_parse_auto_reason)
{
    char *a;
    a = auto_reason_of ("Auto-Submitted: auto-replied");
    ck_assert_msg (a && strstr (a, "auto-replied"), "reason \"%s\"", a ? a : "(null)");
    g_free (a);
    a = auto_reason_of ("Auto-Submitted: no");
    ck_assert_msg (a == NULL, "reason \"%s\"", a);
    a = auto_reason_of ("Auto-Submitted: No");
    ck_assert_msg (a == NULL, "reason \"%s\"", a);
    a = auto_reason_of ("Precedence: bulk");
    ck_assert_msg (a && strstr (a, "bulk"), "reason \"%s\"", a ? a : "(null)");
    g_free (a);
    a = auto_reason_of ("Precedence: first-class");
    ck_assert_msg (a == NULL, "reason \"%s\"", a);
    a = auto_reason_of ("List-Id: News <news.client.example>");
    ck_assert_msg (a && strstr (a, "list"), "reason \"%s\"", a ? a : "(null)");
    g_free (a);
    a = auto_reason_of ("X-Autoreply: yes");
    ck_assert_msg (a != NULL, "X-Autoreply gave no reason");
    g_free (a);
}
END_TEST

START_TEST (test_parse_alternative_picks_plain)
{
    /* The HTML part comes first; the text/plain one is still the body. */
    rf_mail_record_t *r = parse_ok ("From: a@client.example\n"
                                    "MIME-Version: 1.0\n"
                                    "Content-Type: multipart/alternative; boundary=\"b1\"\n"
                                    "\n"
                                    "--b1\n"
                                    "Content-Type: text/html; charset=utf-8\n"
                                    "\n"
                                    "<p>HTML version.</p>\n"
                                    "--b1\n"
                                    "Content-Type: text/plain; charset=utf-8\n"
                                    "\n"
                                    "Plain version.\n"
                                    "--b1--\n");
    ck_assert_str_eq (r->body, "Plain version.");
    ck_assert (!r->html_only);
    rf_mail_record_free (r);
}
END_TEST

START_TEST (test_parse_html_only)
{
    rf_mail_record_t *r = parse_ok ("From: a@client.example\n"
                                    "MIME-Version: 1.0\n"
                                    "Content-Type: text/html; charset=utf-8\n"
                                    "\n"
                                    "<div>Agreed, send it.</div>"
                                    "<div class=\"gmail_quote\">On Mon, Anna wrote:"
                                    "<blockquote>Old text</blockquote></div>\n");
    ck_assert_str_eq (r->body, "Agreed, send it.");
    ck_assert (r->html_only);
    /* "Agreed, send it." is 16 characters. */
    ck_assert_int_eq (r->body_chars, 16);
    rf_mail_record_free (r);
}
END_TEST

START_TEST (test_parse_latin1_qp)
{
    rf_mail_record_t *r = parse_ok ("From: a@client.example\n"
                                    "MIME-Version: 1.0\n"
                                    "Content-Type: text/plain; charset=iso-8859-1\n"
                                    "Content-Transfer-Encoding: quoted-printable\n"
                                    "\n"
                                    "Voil=E0 le devis r=E9vis=E9.\n");
    ck_assert_str_eq (r->body, "Voilà le devis révisé.");
    /* 22 characters; à, é, é take two bytes each in UTF-8: 25 bytes. */
    ck_assert_int_eq (r->body_chars, 22);
    ck_assert_uint_eq (r->body_len, 25);
    rf_mail_record_free (r);
}
END_TEST

START_TEST (test_parse_base64_body)
{
    /* "UGFpZW1lbnQgcmXDp3UsIG1lcmNpLgo=" is "Paiement reçu, merci.\n" in UTF-8. */
    rf_mail_record_t *r = parse_ok ("From: a@client.example\n"
                                    "MIME-Version: 1.0\n"
                                    "Content-Type: text/plain; charset=utf-8\n"
                                    "Content-Transfer-Encoding: base64\n"
                                    "\n"
                                    "UGFpZW1lbnQgcmXDp3UsIG1lcmNpLgo=\n");
    ck_assert_str_eq (r->body, "Paiement reçu, merci.");
    rf_mail_record_free (r);
}
END_TEST

START_TEST (test_parse_unknown_charset_body)
{
    /* Unknown charset, bytes not UTF-8: read as Windows-1252. */
    rf_mail_record_t *r = parse_ok ("From: a@client.example\n"
                                    "Content-Type: text/plain; charset=x-bogus\n"
                                    "\n"
                                    "D\xe9j\xe0 pay\xe9 \x80.\n");
    ck_assert_str_eq (r->body, "Déjà payé €.");
    rf_mail_record_free (r);
}
END_TEST

START_TEST (test_parse_attachment_not_body)
{
    rf_mail_record_t *r = parse_ok ("From: a@client.example\n"
                                    "MIME-Version: 1.0\n"
                                    "Content-Type: multipart/mixed; boundary=\"b2\"\n"
                                    "\n"
                                    "--b2\n"
                                    "Content-Type: text/plain; charset=utf-8\n"
                                    "Content-Disposition: attachment; filename=\"notes.txt\"\n"
                                    "\n"
                                    "Attachment text.\n"
                                    "--b2\n"
                                    "Content-Type: text/plain; charset=utf-8\n"
                                    "\n"
                                    "Real body.\n"
                                    "--b2--\n");
    ck_assert_str_eq (r->body, "Real body.");
    rf_mail_record_free (r);
}
END_TEST

START_TEST (test_parse_truncated_multipart)
{
    rf_mail_record_t *r = parse_ok ("From: a@client.example\n"
                                    "Message-ID: <cut@client.example>\n"
                                    "MIME-Version: 1.0\n"
                                    "Content-Type: multipart/mixed; boundary=\"b3\"\n"
                                    "\n"
                                    "--b3\n"
                                    "Content-Type: text/plain; charset=utf-8\n"
                                    "\n"
                                    "Partial text that never ends\n");
    ck_assert_str_eq (r->message_id, "cut@client.example");
    ck_assert_str_eq (r->body, "Partial text that never ends");
    ck_assert_msg (r->warnings != NULL && *r->warnings, "no warning recorded for a truncated multipart");
    rf_mail_record_free (r);
}
END_TEST

START_TEST (test_parse_body_chars)
{
    /* "Ça coûte 3 €": 12 characters; Ç and û take 2 bytes, € 3: 16 bytes. */
    rf_mail_record_t *r = parse_ok ("From: a@client.example\n"
                                    "Content-Type: text/plain; charset=utf-8\n"
                                    "\n"
                                    "Ça coûte 3 €\n");
    ck_assert_str_eq (r->body, "Ça coûte 3 €");
    ck_assert_int_eq (r->body_chars, 12);
    ck_assert_uint_eq (r->body_len, 16);
    rf_mail_record_free (r);
}
END_TEST

START_TEST (test_parse_subject_two_b_words)
{
    /* The Subject goes through our decoder, not GMime's. */
    rf_mail_record_t *r = parse_ok ("From: a@client.example\n"
                                    "Subject: =?UTF-8?B?SGVsbG8=?= =?UTF-8?B?IHdvcmxk?=\n"
                                    "\n"
                                    "x\n");
    ck_assert_str_eq (r->subject, "Hello world");
    ck_assert_str_eq (r->norm_subject, "hello world");
    rf_mail_record_free (r);
}
END_TEST

START_TEST (test_parse_from_name_two_b_words)
{
    /* The display name must not lose its second encoded word either
     * (GMime 3.2.13's own decoder gives "Hello"). */
    rf_mail_record_t *r = parse_ok ("From: =?UTF-8?B?SGVsbG8=?= =?UTF-8?B?IHdvcmxk?= <a@client.example>\n"
                                    "\n"
                                    "x\n");
    ck_assert_str_eq (r->from_addr, "a@client.example");
    ck_assert_msg (r->from_name && strcmp (r->from_name, "Hello world") == 0,
                   "from_name: expected \"Hello world\", got \"%s\"", r->from_name ? r->from_name : "(null)");
    rf_mail_record_free (r);
}
END_TEST

START_TEST (test_parse_offsets_and_groups)
{
    rf_mail_record_t *r;
    /* 15:45 +05:30 = 10:15 UTC on 2026-03-02: 1772409600 + 36900 = 1772446500. */
    r = parse_ok ("From: a@client.example\n"
                  "Date: Mon, 02 Mar 2026 15:45:00 +0530\n"
                  "To: team: b@studio.example, C@Studio.example;\n"
                  "\n"
                  "x\n");
    ck_assert_int_eq (r->date_utc, G_GINT64_CONSTANT (1772446500));
    ck_assert_int_eq (r->tz_offset_min, 330);
    /* The members of a group are recipients. */
    ck_assert_uint_eq (r->to->len, 2);
    ck_assert_str_eq (g_ptr_array_index (r->to, 0), "b@studio.example");
    ck_assert_str_eq (g_ptr_array_index (r->to, 1), "c@studio.example");
    rf_mail_record_free (r);
    /* 02:15 -08:00 = the same instant. */
    r = parse_ok ("From: a@client.example\n"
                  "Date: Mon, 02 Mar 2026 02:15:00 -0800\n"
                  "\n"
                  "x\n");
    ck_assert_int_eq (r->date_utc, G_GINT64_CONSTANT (1772446500));
    ck_assert_int_eq (r->tz_offset_min, -480);
    rf_mail_record_free (r);
    /* Raw Latin-1 in the Subject, a From without an address. */
    r = parse_ok ("From: Anna Only\n"
                  "Subject: Caf\xe9 cr\xe8me\n"
                  "\n"
                  "x\n");
    ck_assert_str_eq (r->subject, "Café crème");
    ck_assert_ptr_null (r->from_addr);
    rf_mail_record_free (r);
}
END_TEST

/* Addresses GMime refuses are read leniently, in From, To and Cc, each
 * entry on its own: the good addresses around them stay, in order. */
START_TEST (test_parse_addresses_gmime_refuses)
{
    rf_mail_record_t *r = parse_ok ("From: \"Brawner, Frank\" <F..Brawner@Enron.com>\n"
                                    "To: \"Taro\" <taro.@docomo.ne.jp>, kim@studio.example,\n"
                                    "  taro..yamada@docomo.ne.jp\n"
                                    "Cc: .lead@docomo.ne.jp (Lead), Team: x@studio.example;\n"
                                    "Cc: bad@@, \"no address\"\n"
                                    "Date: Mon, 02 Mar 2026 09:00:00 +0000\n"
                                    "Message-ID: <odd@enron.com>\n\nHello\n");
    ck_assert_str_eq (r->from_addr, "f..brawner@enron.com");
    ck_assert_str_eq (r->from_name, "Brawner, Frank");
    ck_assert_uint_eq (r->to->len, 3);
    ck_assert_str_eq (g_ptr_array_index (r->to, 0), "taro.@docomo.ne.jp");
    ck_assert_str_eq (g_ptr_array_index (r->to, 1), "kim@studio.example");
    ck_assert_str_eq (g_ptr_array_index (r->to, 2), "taro..yamada@docomo.ne.jp");
    /* Two Cc headers; the unusable entries of the second are dropped. */
    ck_assert_uint_eq (r->cc->len, 2);
    ck_assert_str_eq (g_ptr_array_index (r->cc, 0), ".lead@docomo.ne.jp");
    ck_assert_str_eq (g_ptr_array_index (r->cc, 1), "x@studio.example");
    rf_mail_record_free (r);

    /* A bare odd address: no display name. */
    r = parse_ok ("From: taro.@docomo.ne.jp\nTo: a@studio.example\nMessage-ID: <t@x>\n\nx\n");
    ck_assert_str_eq (r->from_addr, "taro.@docomo.ne.jp");
    ck_assert_ptr_null (r->from_name);
    rf_mail_record_free (r);

    /* Nothing usable at all: no sender. */
    r = parse_ok ("From: Frank Brawner\nTo: a@studio.example\nMessage-ID: <n@x>\n\nx\n");
    ck_assert_ptr_null (r->from_addr);
    rf_mail_record_free (r);
}
END_TEST

/* The outermost prefix decides whether a subject is a forward. */
START_TEST (test_subject_is_forward)
{
    static const char *const forwards[] = {
        "Fw: Society for the Performing Arts", "FW: My concern", "Fwd: Gas nomination", "FWD : x",
        "TR: Devis", "RV: Presupuesto", "WG: Angebot", "ENC: Proposta", "Enc: proposta", "Doorst: offerte",
        "I: Preventivo", "VS: Tilbud", "VB: Offert", "VL: Tarjous", "PD: Oferta", "TOV: Ajanlat",
        "[EXT] Fw: Planning", "  [client-x] [urgent] TR : Devis", "Fw: Re: x", "fw:x",
    };
    static const char *const not_forwards[] = {
        "Re: FW: My concern", "RE: Fwd: x", "AW: WG: x", "Réf. : TR: x", "Society for the Performing Arts",
        "Fwd the invoice please", "Inquiry: prices", "Trends: Q1", "Envoi: x", "[Fw: x]", "", NULL,
    };
    for (size_t i = 0; i < G_N_ELEMENTS (forwards); i++)
        ck_assert_msg (rf_subject_is_forward (forwards[i]), "\"%s\" is a forward", forwards[i]);
    for (size_t i = 0; i < G_N_ELEMENTS (not_forwards); i++)
        ck_assert_msg (!rf_subject_is_forward (not_forwards[i]), "\"%s\" is no forward",
                       not_forwards[i] ? not_forwards[i] : "(null)");
}
END_TEST

/* Each shape GMime refuses, bare and with a display name, in each of
 * From, To and Cc, next to a good address in the same field. */
START_TEST (test_parse_odd_shapes_each_field)
{
    static const char *const shapes[] = { "f..brawner@enron.com", "taro.@docomo.ne.jp",
                                          "taro..yamada@docomo.ne.jp", ".taro@docomo.ne.jp" };
    static const char *const fields[] = { "From", "To", "Cc" };
    for (size_t s = 0; s < G_N_ELEMENTS (shapes); s++) {
        for (size_t f = 0; f < G_N_ELEMENTS (fields); f++) {
            for (int named = 0; named < 2; named++) {
                char *entry = named ? g_strdup_printf ("\"Odd, Name\" <%s>", shapes[s]) : g_strdup (shapes[s]);
                char *text = g_strdup_printf ("%s%s: %s%s\n%s%s"
                                              "Date: Mon, 02 Mar 2026 09:00:00 +0000\nMessage-ID: <s@x>\n\nx\n",
                                              f == 0 ? "" : "From: kim@studio.example\n", fields[f], entry,
                                              f == 0 ? "" : ", ok@studio.example",
                                              f == 1 ? "" : "To: to@studio.example\n",
                                              f == 2 ? "" : "Cc: cc@studio.example\n");
                rf_mail_record_t *r = parse_ok (text);
                GPtrArray *list = f == 1 ? r->to : r->cc;
                if (f == 0) {
                    ck_assert_str_eq (r->from_addr, shapes[s]);
                    if (named)
                        ck_assert_str_eq (r->from_name, "Odd, Name");
                } else {
                    ck_assert_msg (list->len == 2, "%s of \"%s\": %u addresses", fields[f], entry, list->len);
                    ck_assert_str_eq (g_ptr_array_index (list, 0), shapes[s]);
                    ck_assert_str_eq (g_ptr_array_index (list, 1), "ok@studio.example");
                }
                rf_mail_record_free (r);
                g_free (text);
                g_free (entry);
            }
        }
    }
}
END_TEST

START_TEST (test_normalize_subject)
{
    ASSERT_STR_TAKE (rf_normalize_subject ("Re: RE: Fwd: [EXT] Hello   World"), "hello world");
    ASSERT_STR_TAKE (rf_normalize_subject ("TR: Devis"), "devis");
    ASSERT_STR_TAKE (rf_normalize_subject ("RV: Presupuesto"), "presupuesto");
    ASSERT_STR_TAKE (rf_normalize_subject ("AW: WG: x"), "x");
    ASSERT_STR_TAKE (rf_normalize_subject ("Réf. : Contrat"), "contrat");
    ASSERT_STR_TAKE (rf_normalize_subject ("RE : Devis"), "devis");   /* French spacing */
    ASSERT_STR_TAKE (rf_normalize_subject ("Re:Re:hello"), "hello");
    /* "Re" at the start of a word is not a prefix. */
    ASSERT_STR_TAKE (rf_normalize_subject ("Re: Recette"), "recette");
    ASSERT_STR_TAKE (rf_normalize_subject ("Fw: [client-x] Re: Planning  "), "planning");
    ASSERT_STR_TAKE (rf_normalize_subject ("Re: "), "");
    ASSERT_STR_TAKE (rf_normalize_subject (""), "");
    ASSERT_STR_TAKE (rf_normalize_subject (NULL), "");
}
END_TEST

static Suite *
mail_parse_suite (void)
{
    Suite *s = suite_create ("mail_parse");
    TCase *tc = tcase_create ("mail_parse");
    tcase_add_test (tc, test_parse_refused);
    tcase_add_test (tc, test_parse_nul_in_body);
    tcase_add_test (tc, test_parse_minimal);
    tcase_add_test (tc, test_parse_crlf);
    tcase_add_test (tc, test_parse_received_newest);
    tcase_add_test (tc, test_parse_date_1970);
    tcase_add_test (tc, test_parse_date_future);
    tcase_add_test (tc, test_parse_undated);
    tcase_add_test (tc, test_parse_synthetic_id);
    tcase_add_test (tc, test_parse_references);
    tcase_add_test (tc, test_parse_auto_reason);
    tcase_add_test (tc, test_parse_alternative_picks_plain);
    tcase_add_test (tc, test_parse_html_only);
    tcase_add_test (tc, test_parse_latin1_qp);
    tcase_add_test (tc, test_parse_base64_body);
    tcase_add_test (tc, test_parse_unknown_charset_body);
    tcase_add_test (tc, test_parse_attachment_not_body);
    tcase_add_test (tc, test_parse_truncated_multipart);
    tcase_add_test (tc, test_parse_body_chars);
    tcase_add_test (tc, test_parse_subject_two_b_words);
    tcase_add_test (tc, test_parse_from_name_two_b_words);
    tcase_add_test (tc, test_parse_offsets_and_groups);
    tcase_add_test (tc, test_parse_addresses_gmime_refuses);
    tcase_add_test (tc, test_parse_odd_shapes_each_field);
    tcase_add_test (tc, test_normalize_subject);
    tcase_add_test (tc, test_subject_is_forward);
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
    rc = unit_run (mail_parse_suite ());
    xmlCleanupParser ();
    rf_mail_parse_shutdown ();
    g_mime_shutdown ();
    return rc;
}
