/* check_pairs.c - reply pairing on awkward two-sided mail, through the
 * real command line: addresses GMime refuses, To before Cc, an address that
 * is no valid mailbox, forwards, and clock skew. The mailbox and every
 * expected value are in fixtures/mail/pairs (README.md works them out by
 * hand from doc/mail-rules.md). */
#include "config.h"
#include "testlib.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#define PAIRS FIXTURES_DIR "/mail/pairs"
#define AS_OF "2026-12-01"

/* The Message-IDs of the README's labels. */
#define M1 "20260302090000.l1.taro@docomo.ne.jp"
#define M2 "l2.6A3C11F0.frank@brawner.example"
#define M3 "20260303081500.l3.taro@docomo.ne.jp"
#define M4 "l4.6A3C2B77.frank@brawner.example"
#define M5 "20260305100000.l5.taro@docomo.ne.jp"
#define M6 "t1.6A3D0F21.frank@brawner.example"
#define M7 "1773180000.t2.m_besch@yahoo.com"
#define M8 "f4.6A3D3C90.frank@brawner.example"
#define M9 "t3.ken.merideth@mail.entergykoch.example"
#define M10 "t4.6A3E77A2.frank@brawner.example"
#define M11 "t5.ken.merideth@mail.entergykoch.example"
#define M12 "t6.6A3FA010.frank@brawner.example"
#define M13 "x1.6A3FF2C4.frank@brawner.example"
#define M14 "f1.6A41B230.frank@brawner.example"
#define M15 "f2.ken.merideth@mail.entergykoch.example"
#define M16 "f3.6A42F155.frank@brawner.example"
#define M17 "s1.6A43A0E0.frank@brawner.example"
#define M18 "s2.ken.merideth@mail.entergykoch.example"
#define M19 "s3.6A43BD10.frank@brawner.example"
#define M20 "h1.6A44E9A0.frank@brawner.example"
#define M21 "h2.ken.merideth@mail.entergykoch.example"
#define M22 "h3.6A44F7B0.frank@brawner.example"
#define M23 "g1.6A4621A0.frank@brawner.example"
#define M24 "g2.ken.merideth@mail.entergykoch.example"

#define DOCOMO "docomo.ne.jp"
#define BESCH "m_besch@yahoo.com"
#define ENTERGY "entergykoch.example"

static char *tmp, *db, *scan_err;

static void
setup (void)
{
    char *out = NULL;
    int rc;
    tmp = t_tmpdir ();
    db = g_build_filename (tmp, "pairs.db", NULL);
    rc = t_redflag (&out, &scan_err, NULL, "scan", "--db", db, "--config", PAIRS "/redflag.conf", "--as-of",
                    AS_OF, PAIRS "/maildir", NULL);
    ck_assert_msg (rc == 0, "scan failed: %s", scan_err);
    g_free (out);
}

static void
teardown (void)
{
    t_rmtree (tmp);
    g_free (tmp);
    g_free (db);
    g_free (scan_err);
}

/* The README's table of reply rows. */
typedef struct {
    const char *clock_start, *answer, *client, *direction;
    gint64 latency, business, skew;
    const char *method;
} pair_t;

static const pair_t pairs[] = {
    { M1, M2, DOCOMO, "client_to_us", 59400, 27000, 0, "subject" },
    { M2, M3, DOCOMO, "us_to_client", 24300, 5400, 0, "subject" },
    { M4, M5, DOCOMO, "us_to_client", 36000, 10800, 0, "subject" },
    { M6, M7, BESCH, "us_to_client", 108000, 39600, 0, "subject" },
    { M7, M8, BESCH, "client_to_us", 61200, 21600, 0, "in-reply-to" },
    { M9, M10, ENTERGY, "client_to_us", 79200, 25200, 0, "subject" },
    { M10, M11, ENTERGY, "us_to_client", 360, 360, 0, "subject" },
    { M15, M16, ENTERGY, "client_to_us", 5400, 5400, 0, "subject" },
    { M17, M18, ENTERGY, "us_to_client", 0, 0, 840, "subject" },
    { M18, M19, ENTERGY, "client_to_us", 7200, 7200, 0, "subject" },
    { M20, M21, ENTERGY, "us_to_client", 0, 0, 480, "in-reply-to" },
    { M21, M22, ENTERGY, "client_to_us", 3600, 3600, 0, "in-reply-to" },
};

/* One row of the reply table, as "start answer client direction latency
 * business skew method", for the answer given; NULL when it has none. */
static char *
reply_row (const char *answer)
{
    char *sql = g_strdup_printf (
        "SELECT s.msgid || ' ' || m.msgid || ' ' || c.key || ' ' || r.direction || ' ' || r.latency_seconds"
        " || ' ' || r.business_latency_seconds || ' ' || r.skew_seconds || ' ' || r.method"
        " FROM reply r JOIN message m ON m.id = r.reply_id JOIN message s ON s.id = r.clock_start_id"
        " JOIN client c ON c.id = r.client_id WHERE m.msgid = '%s'", answer);
    char *row = t_db_text (db, sql);
    g_free (sql);
    return row;
}

START_TEST (each_pair_and_latency)
{
    const pair_t *p = &pairs[_i];
    char *want = g_strdup_printf ("%s %s %s %s %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %s",
                                  p->clock_start, p->answer, p->client, p->direction, p->latency, p->business,
                                  p->skew, p->method);
    char *got = reply_row (p->answer);
    ck_assert_msg (got && !strcmp (got, want), "reply row of %s:\n  want %s\n  got  %s", p->answer, want,
                   got ? got : "(none)");
    g_free (got);
    g_free (want);
}
END_TEST

START_TEST (no_other_pairs)
{
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM reply"), G_N_ELEMENTS (pairs));
    /* The forward and the answers dated an hour early answer nothing. */
    ck_assert_ptr_null (reply_row (M15));
    ck_assert_ptr_null (reply_row (M23));
    ck_assert_ptr_null (reply_row (M24));
}
END_TEST

/* direction, client key (or "-"), note (or "-"), answer state (or "-") of a message. */
static char *
attribution (const char *msgid)
{
    char *sql = g_strdup_printf ("SELECT a.direction || ' ' || coalesce(c.key, '-') || ' ' || coalesce(a.note, '-')"
                                 " || ' ' || coalesce(a.answer, '-') FROM message m"
                                 " JOIN message_attr a ON a.message_id = m.id"
                                 " LEFT JOIN client c ON c.id = a.client_id WHERE m.msgid = '%s'", msgid);
    char *v = t_db_text (db, sql);
    g_free (sql);
    return v;
}

#define ASSERT_ATTR(msgid, want) do { \
        char *got_ = attribution (msgid); \
        ck_assert_msg (got_ && !strcmp (got_, (want)), "%s: want \"%s\", got \"%s\"", (msgid), (want), \
                       got_ ? got_ : "(none)"); \
        g_free (got_); \
    } while (0)

START_TEST (odd_addresses_are_read)
{
    /* Ours through 'me' although GMime refuses the address. */
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM message WHERE from_addr = 'f..brawner@brawner.example'"), 2);
    ASSERT_ATTR (M2, "out " DOCOMO " - answered");
    ASSERT_ATTR (M4, "out " DOCOMO " - answered");
    /* Theirs, in both odd shapes. */
    ASSERT_ATTR (M1, "in " DOCOMO " - answered");
    ASSERT_ATTR (M3, "in " DOCOMO " - unanswered");
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM message_rcpt r JOIN message m ON m.id = r.message_id"
                                    " WHERE m.msgid = '" M2 "' AND r.kind = 'to' AND r.addr = 'taro.@docomo.ne.jp'"), 1);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM message_rcpt r JOIN message m ON m.id = r.message_id"
                                    " WHERE m.msgid = '" M4 "' AND r.kind = 'cc'"
                                    " AND r.addr = 'taro..yamada@docomo.ne.jp'"), 1);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM message WHERE from_addr IS NULL"), 0);
}
END_TEST

START_TEST (to_decides_before_cc)
{
    ASSERT_ATTR (M6, "out " BESCH " - answered");
    /* A truncated address does not make "several clients"... */
    ASSERT_ATTR (M10, "out " ENTERGY " - answered");
    /* ...but decides when it is all To names. */
    ASSERT_ATTR (M12, "out ncsc.dni - unanswered");
    /* Two valid mailboxes of two clients in To, answering nothing. */
    ASSERT_ATTR (M13, "out - sent to several clients -");
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM client WHERE active = 1"), 4);
}
END_TEST

START_TEST (forward_is_no_answer)
{
    ASSERT_ATTR (M14, "out " ENTERGY " - unanswered");
    ASSERT_ATTR (M15, "in " ENTERGY " - answered");
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM message_attr a JOIN message m ON m.id = a.message_id"
                                    " WHERE m.msgid = '" M15 "' AND a.parent_id IS NULL"), 1);
    /* A forward still pairs by its headers. */
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM message_attr a JOIN message m ON m.id = a.message_id"
                                    " JOIN message p ON p.id = a.parent_id WHERE m.msgid = '" M8 "'"
                                    " AND p.msgid = '" M7 "' AND a.pair_method = 'in-reply-to'"), 1);
}
END_TEST

START_TEST (clock_skew)
{
    /* Within 15 minutes: the pair stands, its real parent kept. */
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM message_attr a JOIN message m ON m.id = a.message_id"
                                    " JOIN message p ON p.id = a.parent_id WHERE m.msgid = '" M18 "'"
                                    " AND p.msgid = '" M17 "' AND a.pair_method = 'subject'"), 1);
    /* An hour: no parent either way, both unanswered. */
    ASSERT_ATTR (M23, "out " ENTERGY " - unanswered");
    ASSERT_ATTR (M24, "in " ENTERGY " - unanswered");
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM message_attr a JOIN message m ON m.id = a.message_id"
                                    " WHERE m.msgid IN ('" M23 "', '" M24 "') AND a.parent_id IS NULL"), 2);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM reply WHERE skew_seconds > 0"), 2);
}
END_TEST

START_TEST (summary_counts_the_skew)
{
    char *out = NULL, *err = NULL;
    const char *line = "redflag: 12 replies paired (9 by subject alone); 2 dated before what they answer";
    ck_assert_msg (strstr (scan_err, line), "scan summary:\n%s", scan_err);
    /* 'analyze' says the same, and finds the same rows again. */
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "analyze", "--db", db, "--config", PAIRS "/redflag.conf",
                                 "--as-of", AS_OF, NULL), 0);
    ck_assert_msg (strstr (err, line), "analyze summary:\n%s", err);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM reply"), G_N_ELEMENTS (pairs));
    /* Quiet says nothing. */
    g_free (err);
    g_free (out);
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "analyze", "--quiet", "--db", db, "--config",
                                 PAIRS "/redflag.conf", "--as-of", AS_OF, NULL), 0);
    ck_assert_str_eq (err, "");
    g_free (err);
    g_free (out);
}
END_TEST

/* ---- Chains and loops of skewed dates, in a mailbox written here. All on
 * Monday 2026-05-04, UTC, inside working hours (09:00-18:00), so business
 * latency equals latency. Ken (entergykoch.example) is a client because
 * we write to him.
 *   c1 out 10:00          "Rates for May"
 *   c2 in  09:58 IRT c1   2 min before its parent: effective 10:00, rank 1
 *   c3 out 09:57 IRT c2   before c2 too: effective 10:00 (c2's), rank 2
 *   c4 in  10:30 IRT c3
 * Walk: c1, c2, c3 (all at 10:00, by rank; by own date c3 would come
 * first), c4. Rows: c1 -> c2 us_to_client 0, skew 120; c2 -> c3
 * client_to_us 0, skew 60; c3 -> c4 us_to_client 1800, skew 0.
 *   y1 out 11:00 IRT y2, y2 in 11:05 IRT y1: each names the other, y2 is
 * 5 min after y1: a loop. y1 takes y2's date (11:05, rank 1), y2 keeps its
 * own (rank 0). Walk: y2, y1: y2 -> y1 client_to_us 0, skew 300. */
static void
put_message (const char *dir, const char *name, const char *from, const char *to, const char *subject,
             const char *date, const char *id, const char *irt)
{
    char *path = g_build_filename (dir, name, NULL);
    char *text = g_strdup_printf ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s>\n%s%s%s"
                                  "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\nHello\n",
                                  from, to, subject, date, id, irt ? "In-Reply-To: <" : "", irt ? irt : "",
                                  irt ? ">\n" : "");
    ck_assert (g_file_set_contents (path, text, -1, NULL));
    g_free (text);
    g_free (path);
}

START_TEST (skew_chain_and_loop)
{
    const char *frank = "Frank Brawner <frank@brawner.example>", *ken = "ken.merideth@entergykoch.example";
    char *mail = g_build_filename (tmp, "edge", NULL), *in = g_build_filename (mail, "cur", NULL);
    char *sent = g_build_filename (mail, ".Sent", "cur", NULL), *edb = g_build_filename (tmp, "edge.db", NULL);
    char *out = NULL, *err = NULL, *rows;
    ck_assert_int_eq (g_mkdir_with_parents (in, 0700), 0);
    ck_assert_int_eq (g_mkdir_with_parents (sent, 0700), 0);
    put_message (sent, "1.M1P1Q1.edge:2,S", frank, ken, "Rates for May", "Mon, 4 May 2026 10:00:00 +0000",
                 "c1@brawner.example", NULL);
    put_message (in, "2.M2P1Q1.edge:2,S", ken, frank, "RE: Rates for May", "Mon, 4 May 2026 09:58:00 +0000",
                 "c2@entergykoch.example", "c1@brawner.example");
    put_message (sent, "3.M3P1Q1.edge:2,S", frank, ken, "RE: Rates for May", "Mon, 4 May 2026 09:57:00 +0000",
                 "c3@brawner.example", "c2@entergykoch.example");
    put_message (in, "4.M4P1Q1.edge:2,S", ken, frank, "RE: Rates for May", "Mon, 4 May 2026 10:30:00 +0000",
                 "c4@entergykoch.example", "c3@brawner.example");
    put_message (sent, "5.M5P1Q1.edge:2,S", frank, ken, "Loop", "Mon, 4 May 2026 11:00:00 +0000",
                 "y1@brawner.example", "y2@entergykoch.example");
    put_message (in, "6.M6P1Q1.edge:2,S", ken, frank, "RE: Loop", "Mon, 4 May 2026 11:05:00 +0000",
                 "y2@entergykoch.example", "y1@brawner.example");
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "scan", "--quiet", "--db", edb, "--config",
                                 PAIRS "/redflag.conf", "--as-of", AS_OF, mail, NULL), 0);
    rows = t_db_text (edb, "SELECT group_concat(x, ' | ') FROM (SELECT s.msgid || '>' || m.msgid || ' '"
                           " || r.direction || ' ' || r.latency_seconds || ' ' || r.business_latency_seconds"
                           " || ' ' || r.skew_seconds AS x FROM reply r JOIN message m ON m.id = r.reply_id"
                           " JOIN message s ON s.id = r.clock_start_id ORDER BY m.msgid)");
    ck_assert_str_eq (rows, "c1@brawner.example>c2@entergykoch.example us_to_client 0 0 120"
                            " | c2@entergykoch.example>c3@brawner.example client_to_us 0 0 60"
                            " | c3@brawner.example>c4@entergykoch.example us_to_client 1800 1800 0"
                            " | y2@entergykoch.example>y1@brawner.example client_to_us 0 0 300");
    g_free (rows);
    g_free (out);
    g_free (err);
    g_free (edb);
    g_free (sent);
    g_free (in);
    g_free (mail);
}
END_TEST

static Suite *
pairs_suite (void)
{
    Suite *s = suite_create ("pairs");
    TCase *tc = tcase_create ("pairs");
    tcase_add_unchecked_fixture (tc, setup, teardown);
    tcase_set_timeout (tc, 60);
    tcase_add_loop_test (tc, each_pair_and_latency, 0, G_N_ELEMENTS (pairs));
    tcase_add_test (tc, no_other_pairs);
    tcase_add_test (tc, odd_addresses_are_read);
    tcase_add_test (tc, to_decides_before_cc);
    tcase_add_test (tc, forward_is_no_answer);
    tcase_add_test (tc, clock_skew);
    tcase_add_test (tc, summary_counts_the_skew);
    tcase_add_test (tc, skew_chain_and_loop);
    suite_add_tcase (s, tc);
    return s;
}

int
main (void)
{
    SRunner *sr = srunner_create (pairs_suite ());
    int failed;
    srunner_run_all (sr, CK_ENV);
    failed = srunner_ntests_failed (sr);
    srunner_free (sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
