/* check_scan_limits.c - memory bounded on any input: the streaming mbox
 * splitter, max_message_mb on every mbox entry, mbox entries parsed (and
 * crashing) in the parser processes, the memory a large message costs,
 * the caps on the text scanned for markers and on the hits kept per
 * message and category, and on the elements of an XML document. */
#include "config.h"
#include "testlib.h"
#include "mail/mbox_read.h"
#include "pipeline/mail_read.h"
#include "pipeline/marker_cap.h"
#include "money/xml_safe.h"

#include <check.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#define CONF FIXTURES_DIR "/mail/redflag.conf"

static char *tmp, *db;

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

static char *
entry_text (int n, const char *body)
{
    return g_strdup_printf ("From client%d@acme.example Mon Nov  2 10:00:00 2026\n"
                            "From: boss@acme.example\nTo: anna@studio.example\nSubject: note %d\n"
                            "Date: 2 Nov 2026 10:%02d:00 +0000\nMessage-ID: <note%d@acme.example>\n\n%s\n\n",
                            n, n, n % 60, n, body);
}

typedef struct {
    GArray *offsets, *lengths;
} seen_t;

static gboolean
collect (gint64 offset, gint64 length, gpointer data)
{
    seen_t *s = data;
    g_array_append_val (s->offsets, offset);
    g_array_append_val (s->lengths, length);
    return TRUE;
}

/* Entries of every size, so that separators fall on every side of the
 * splitter's block boundaries; bodies hold escaped and unescaped "From"
 * lines that are not separators. The entries found are exactly those
 * written. */
START_TEST (split_finds_every_entry)
{
    GString *mbox = g_string_new (NULL), *body = g_string_new (NULL);
    GArray *want = g_array_new (FALSE, FALSE, sizeof (gint64));
    seen_t seen = { g_array_new (FALSE, FALSE, sizeof (gint64)), g_array_new (FALSE, FALSE, sizeof (gint64)) };
    char *path = g_build_filename (tmp, "box.mbox", NULL);
    GRand *rand = g_rand_new_with_seed (42);

    for (int n = 0; n < 120; n++) {
        gint64 at = (gint64) mbox->len;
        char *e;
        g_string_assign (body, ">From the start\nFrom inside a paragraph\n");
        for (int k = g_rand_int_range (rand, 0, 4000); k > 0; k--)
            g_string_append_c (body, k % 61 ? 'x' : '\n');
        e = entry_text (n, body->str);
        g_array_append_val (want, at);
        g_string_append (mbox, e);
        g_free (e);
    }
    ck_assert (g_file_set_contents (path, mbox->str, (gssize) mbox->len, NULL));
    ck_assert (rf_mbox_split (path, collect, &seen, NULL));
    ck_assert_uint_eq (seen.offsets->len, want->len);
    for (guint i = 0; i < want->len; i++) {
        gint64 end = i + 1 < want->len ? g_array_index (want, gint64, i + 1) : (gint64) mbox->len;
        ck_assert_int_eq (g_array_index (seen.offsets, gint64, i), g_array_index (want, gint64, i));
        ck_assert_int_eq (g_array_index (seen.lengths, gint64, i), end - g_array_index (want, gint64, i));
    }
    g_rand_free (rand);
    g_array_unref (want);
    g_array_unref (seen.offsets);
    g_array_unref (seen.lengths);
    g_string_free (body, TRUE);
    g_string_free (mbox, TRUE);
    g_free (path);
}
END_TEST

/* An entry read back: no "From " line, ">From " unescaped once. */
START_TEST (entry_read_and_unescaped)
{
    char *path = g_build_filename (tmp, "box.mbox", NULL);
    char *first = entry_text (1, ">From here\n>>From there\nFrom-less"), *second = entry_text (2, "bye");
    char *all = g_strconcat (first, second, NULL);
    rf_mail_bytes_t b;
    ck_assert (g_file_set_contents (path, all, -1, NULL));
    ck_assert (rf_mail_read (path, 0, (gint64) strlen (first), 1 << 20, &b));
    ck_assert (g_str_has_prefix (b.data, "From: boss@acme.example\n"));
    ck_assert_ptr_nonnull (strstr (b.data, "\n\nFrom here\n>From there\nFrom-less\n"));
    ck_assert_uint_eq (b.len, strlen (b.data));
    rf_mail_bytes_clear (&b);
    /* Past the limit: not read, a verdict. */
    ck_assert (!rf_mail_read (path, 0, (gint64) strlen (first), 100, &b));
    ck_assert_int_eq (b.read_errno, 0);
    ck_assert_str_eq (b.reason, "larger than 0 MiB (max_message_mb)");
    rf_mail_bytes_clear (&b);
    /* The file shrank since it was split: no verdict, read again later. */
    ck_assert (!rf_mail_read (path, (gint64) strlen (first), (gint64) strlen (second) + 10, 1 << 20, &b));
    ck_assert_int_ne (b.read_errno, 0);
    rf_mail_bytes_clear (&b);
    g_free (all);
    g_free (first);
    g_free (second);
    g_free (path);
}
END_TEST

/* Run redflag scan; returns the exit status and the peak resident memory
 * of it and its parser processes (KiB). */
static int
scan_measured (const char *conf, const char *input, const char *env, char **err_out, long *maxrss_kib)
{
    char *err_path = g_build_filename (tmp, "stderr.txt", NULL);
    struct rusage ru;
    int status = 0;
    pid_t pid = fork ();
    ck_assert_int_ge (pid, 0);
    if (pid == 0) {
        int fd = open (err_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        dup2 (fd, 2);
        if (env)
            putenv ((char *) env);
        execl (TOP_BUILDDIR "/src/redflag", "redflag", "scan", "--quiet", "--db", db, "--config", conf,
               "--as-of", "2026-11-20", input, (char *) NULL);
        _exit (127);
    }
    ck_assert_int_eq (wait4 (pid, &status, 0, &ru), pid);
    *maxrss_kib = ru.ru_maxrss;
    if (err_out)
        *err_out = t_read (err_path);
    g_free (err_path);
    return WIFEXITED (status) ? WEXITSTATUS (status) : 128 + WTERMSIG (status);
}

static char *
small_conf (void)
{
    char *conf = g_build_filename (tmp, "small.conf", NULL);
    ck_assert (g_file_set_contents (conf, "[redflag]\nme = anna@studio.example\nmax_message_mb = 1\n", -1, NULL));
    return conf;
}

/* max_message_mb holds for mbox entries: a 1.5 MB entry between two small
 * ones is skipped unread with one line naming the file and its offset. */
START_TEST (mbox_entry_over_limit_skipped)
{
    char *conf = small_conf (), *path = g_build_filename (tmp, "In.mbox", NULL), *err = NULL, *line;
    char *big_body = g_strnfill (1500 * 1024, 'y'), *a = entry_text (1, "hello"), *b = entry_text (2, big_body);
    char *c = entry_text (3, "bye"), *all = g_strconcat (a, b, c, NULL);
    long rss;
    ck_assert (g_file_set_contents (path, all, -1, NULL));
    ck_assert_int_eq (scan_measured (conf, path, NULL, &err, &rss), 0);
    line = g_strdup_printf ("In.mbox (message at byte %zu): larger than 1 MiB (max_message_mb); skipped\n",
                            strlen (a));
    ck_assert_msg (strstr (err, line) != NULL, "%s", err);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM message"), 2);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM skipped WHERE path LIKE '%In.mbox (message at byte %)'"
                                    " AND reason LIKE 'larger than 1 MiB%'"), 1);
    g_free (line);
    g_free (all);
    g_free (a);
    g_free (b);
    g_free (c);
    g_free (big_body);
    g_free (err);
    g_free (path);
    g_free (conf);
}
END_TEST

/* A 48 MB entry on one line costs no memory: the splitter never holds a
 * line, and the entry is past the limit so nobody reads it. Peak memory is
 * compared with a scan of a small mbox (the old reader held the line twice). */
START_TEST (one_line_mbox_costs_no_memory)
{
    char *conf = small_conf (), *small = g_build_filename (tmp, "small.mbox", NULL);
    char *huge = g_build_filename (tmp, "huge.mbox", NULL), *head = entry_text (1, "hi"), *err = NULL;
    char *line = g_strnfill (48 * 1024 * 1024, 'z');
    FILE *f;
    long base, rss;
    ck_assert (g_file_set_contents (small, head, -1, NULL));
    f = fopen (huge, "wb");
    ck_assert_ptr_nonnull (f);
    fputs (head, f);
    fputs ("From giant@acme.example Mon Nov  2 10:00:00 2026\nFrom: giant@acme.example\n\n", f);
    fputs (line, f);
    fclose (f);
    ck_assert_int_eq (scan_measured (conf, small, NULL, NULL, &base), 0);
    ck_assert_int_eq (scan_measured (conf, huge, NULL, &err, &rss), 0);
    ck_assert_msg (strstr (err, "huge.mbox (message at byte") != NULL, "%s", err);
    ck_assert_msg (rss < base + 16 * 1024, "peak %ld KiB against %ld KiB for a small mbox", rss, base);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM message"), 1);
    g_free (line);
    g_free (err);
    g_free (head);
    g_free (huge);
    g_free (small);
    g_free (conf);
}
END_TEST

/* A large text message (here 24 MB, under the limit) costs about its size
 * in memory, not six times it: the decoded text is taken over, not copied,
 * and cleaned in place. Not measured under AddressSanitizer, which keeps
 * freed memory in quarantine. */
START_TEST (large_text_message_costs_its_size)
{
#ifndef __SANITIZE_ADDRESS__
    char *box = g_build_filename (tmp, "box", NULL), *cur = g_build_filename (box, "cur", NULL);
    char *small = g_build_filename (cur, "1.M1P1Q1.small:2,S", NULL), *big_path;
    GString *big = g_string_new ("From: boss@acme.example\nTo: anna@studio.example\nSubject: long\n"
                                 "Date: 2 Nov 2026 10:00:00 +0000\nMessage-ID: <long@acme.example>\n"
                                 "Content-Type: text/plain; charset=utf-8\n\n");
    long base, rss;
    g_mkdir_with_parents (cur, 0755);
    ck_assert (g_file_set_contents (small, "From: a@acme.example\nMessage-ID: <s@acme.example>\n\nHi.\n", -1, NULL));
    ck_assert_int_eq (scan_measured (CONF, box, NULL, NULL, &base), 0);
    while (big->len < 24 * 1024 * 1024)
        g_string_append (big, "The meeting notes, as promised, with the figures for the third quarter.\n");
    big_path = g_build_filename (cur, "2.M2P1Q1.big:2,S", NULL);
    ck_assert (g_file_set_contents (big_path, big->str, (gssize) big->len, NULL));
    ck_assert_int_eq (scan_measured (CONF, box, NULL, NULL, &rss), 0);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM message WHERE msgid='long@acme.example'"), 1);
    ck_assert_msg (rss < base + 60 * 1024, "peak %ld KiB against %ld KiB for a small message", rss, base);
    g_string_free (big, TRUE);
    g_free (big_path);
    g_free (small);
    g_free (cur);
    g_free (box);
#endif
}
END_TEST

/* mbox entries are parsed in the parser processes: one that kills its
 * parser costs that entry alone (here every entry of the file does). */
START_TEST (mbox_entry_crash_costs_one_message)
{
    char *conf = small_conf (), *dir = g_build_filename (tmp, "box", NULL);
    char *crash = g_build_filename (dir, "Crash.mbox", NULL), *fine = g_build_filename (dir, "Fine.mbox", NULL);
    char *a = entry_text (1, "one"), *b = entry_text (2, "two"), *c = entry_text (3, "three");
    char *ab = g_strconcat (a, b, NULL), *err = NULL;
    long rss;
    g_mkdir_with_parents (dir, 0755);
    ck_assert (g_file_set_contents (crash, ab, -1, NULL));
    ck_assert (g_file_set_contents (fine, c, -1, NULL));
    ck_assert_int_eq (scan_measured (conf, dir, "REDFLAG_TEST_CRASH_ON=Crash.mbox", &err, &rss), 0);
    ck_assert_msg (strstr (err, "Crash.mbox (message at byte 0): the parser crashed") != NULL, "%s", err);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM skipped WHERE reason LIKE 'the parser crashed%'"), 2);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM message WHERE msgid='note3@acme.example'"), 1);
    g_free (ab);
    g_free (a);
    g_free (b);
    g_free (c);
    g_free (err);
    g_free (crash);
    g_free (fine);
    g_free (dir);
    g_free (conf);
}
END_TEST

/* A message from a client with the given text (Maildir file). */
static char *
client_mail (const char *box_name, const char *text)
{
    char *box = g_build_filename (tmp, box_name, NULL), *cur = g_build_filename (box, "cur", NULL);
    char *path = g_build_filename (cur, "1790000000.M1P9Q1.cap:2,S", NULL), *msg;
    g_mkdir_with_parents (cur, 0755);
    msg = g_strdup_printf ("From: boss@acme.example\nTo: anna@studio.example\nSubject: again\n"
                           "Date: 2 Nov 2026 10:00:00 +0000\nMessage-ID: <cap@acme.example>\n"
                           "Content-Type: text/plain; charset=utf-8\n\n%s", text);
    ck_assert (g_file_set_contents (path, msg, -1, NULL));
    g_free (msg);
    g_free (path);
    g_free (cur);
    return box;
}

static int
scan_quiet (const char *input)
{
    char *out = NULL, *err = NULL;
    int rc = t_redflag (&out, &err, NULL, "scan", "--db", db, "--config", CONF, "--as-of", "2026-11-20", input, NULL);
    g_free (out);
    g_free (err);
    return rc;
}

/* The cut falls back to the start of the character it would split. */
START_TEST (text_cut_at_a_character)
{
    GString *t = g_string_new (NULL);
    while (t->len < RF_MARKER_TEXT_MAX - 1)
        g_string_append_c (t, 'a');
    g_string_append (t, "\xc3\xa9tude");
    ck_assert_uint_eq (rf_marker_text_len (t->str, t->len), RF_MARKER_TEXT_MAX - 1);
    ck_assert_uint_eq (rf_marker_text_len ("short", 5), 5);
    g_string_free (t, TRUE);
}
END_TEST

/* Markers are looked for in the first MiB of the sender's text only: a
 * demand at the start is found, one after 1.1 MB of plain text is not. */
START_TEST (marker_text_capped)
{
    GString *text = g_string_new ("I don't want to hear any more excuses.\n\n");
    char *box;
    while (text->len < 1100 * 1024)
        g_string_append (text, "The weather is mild and the garden is green this week.\n");
    g_string_append (text, "\nDrop whatever you are doing and fix the homepage now.\n");
    box = client_mail ("Maildir", text->str);
    ck_assert_int_eq (scan_quiet (box), 0);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM marker_hit WHERE matched LIKE '%excuses%'"), 1);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM marker_hit WHERE matched LIKE '%whatever%'"), 0);
    g_string_free (text, TRUE);
    g_free (box);
}
END_TEST

/* 50 demands and 3 thanks in one message: the first 20 demands are kept
 * as evidence and the 50 counted in marker_hit_total; the thanks are all
 * kept, with no total row. */
START_TEST (hits_kept_per_category_capped)
{
    GString *text = g_string_new (NULL);
    char *box, *out = NULL, *err = NULL;
    for (int i = 0; i < 50; i++)
        g_string_append_printf (text, "Point %d. No more excuses.\n\n", i);
    for (int i = 0; i < 3; i++)
        g_string_append (text, "Thank you so much for the quick turnaround!\n\n");
    box = client_mail ("Maildir", text->str);
    ck_assert_int_eq (scan_quiet (box), 0);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM marker_hit WHERE category='demanding'"), 20);
    ck_assert_int_eq (t_db_int (db, "SELECT max(offset) < (SELECT min(offset) FROM marker_hit"
                                    " WHERE category='appreciation') FROM marker_hit WHERE category='demanding'"), 1);
    ck_assert_int_eq (t_db_int (db, "SELECT hits FROM marker_hit_total WHERE category='demanding'"), 50);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM marker_hit WHERE category='appreciation'"), 3);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM marker_hit_total"), 1);
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "export", "markers", "--db", db, NULL), 0);
    {
        char **lines = g_strsplit (out, "\r\n", -1);
        ck_assert_uint_eq (g_strv_length (lines), 1 + 23 + 1);   /* header, rows, "" after the last */
        g_strfreev (lines);
    }
    g_free (out);
    g_free (err);
    g_string_free (text, TRUE);
    g_free (box);
}
END_TEST

/* An XML document of more elements than RF_XML_MAX_ELEMENTS is refused
 * before it is parsed (its tree would take hundreds of MB); one just under
 * the limit is read. */
START_TEST (xml_element_count_capped)
{
    GString *x = g_string_new ("<?xml version=\"1.0\"?><!-- <a> --><r>");
    char *reason = NULL;
    xmlDocPtr doc;
    for (int i = 0; i < RF_XML_MAX_ELEMENTS - 2; i++)
        g_string_append (x, "<e/>");
    g_string_append (x, "</r>");
    doc = rf_xml_read (x->str, x->len, RF_XML_MAX_BYTES, "t.xml", &reason);
    ck_assert_msg (doc != NULL, "%s", reason);
    xmlFreeDoc (doc);
    g_string_insert (x, x->len - 4, "<e/><e/>");
    ck_assert_ptr_null (rf_xml_read (x->str, x->len, RF_XML_MAX_BYTES, "t.xml", &reason));
    ck_assert_str_eq (reason, "more than 500000 XML elements; too many to read within the memory limit");
    g_free (reason);
    g_string_free (x, TRUE);
}
END_TEST

static Suite *
limits_suite (void)
{
    Suite *s = suite_create ("scan_limits");
    TCase *tc = tcase_create ("mbox");
    tcase_add_checked_fixture (tc, setup, teardown);
    tcase_set_timeout (tc, 120);
    tcase_add_test (tc, split_finds_every_entry);
    tcase_add_test (tc, entry_read_and_unescaped);
    tcase_add_test (tc, mbox_entry_over_limit_skipped);
    tcase_add_test (tc, one_line_mbox_costs_no_memory);
    tcase_add_test (tc, large_text_message_costs_its_size);
    tcase_add_test (tc, mbox_entry_crash_costs_one_message);
    suite_add_tcase (s, tc);
    tc = tcase_create ("markers");
    tcase_add_checked_fixture (tc, setup, teardown);
    tcase_set_timeout (tc, 120);
    tcase_add_test (tc, text_cut_at_a_character);
    tcase_add_test (tc, marker_text_capped);
    tcase_add_test (tc, hits_kept_per_category_capped);
    tcase_add_test (tc, xml_element_count_capped);
    suite_add_tcase (s, tc);
    return s;
}

int
main (void)
{
    SRunner *sr = srunner_create (limits_suite ());
    int failed;
    srunner_run_all (sr, CK_ENV);
    failed = srunner_ntests_failed (sr);
    srunner_free (sr);
    return failed ? 1 : 0;
}
