/* check_scan.c - the scan end to end on the hand-made fixtures: golden
 * exports, re-runs, flag renames, new and deleted files, kill and resume,
 * the run lock (on the database's real path), and skipped files. Expected
 * values: fixtures/mail/README.md. */
#include "config.h"
#include "testlib.h"
#include "base/util.h"

#include <check.h>
#include <sqlite3.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

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

/* Scan the given Maildir and mbox folder; return the exit code. */
static int
scan (const char *maildir, const char *mbox, const char *env, char **err_out)
{
    char *out = NULL, *err = NULL;
    int rc = t_redflag (&out, &err, env, "scan", "--db", db, "--config", CONF, "--as-of", "2026-11-20",
                        maildir, mbox, NULL);
    g_free (out);
    if (err_out)
        *err_out = err;
    else
        g_free (err);
    return rc;
}

static char *
export (const char *table)
{
    char *out = NULL, *err = NULL;
    int rc = t_redflag (&out, &err, NULL, "export", table, "--db", db, NULL);
    ck_assert_msg (rc == 0, "export %s: %s", table, err);
    g_free (err);
    return out;
}

static void
assert_golden (const char *table)
{
    char *path = g_strdup_printf ("%s/expected/%s.csv", MAIL, table);
    char *want = t_read (path), *got = export (table);
    ck_assert_ptr_nonnull (want);
    ck_assert_msg (strcmp (want, got) == 0, "%s differs from %s:\n%s", table, path, got);
    g_free (want);
    g_free (got);
    g_free (path);
}

static gint64
last_run (const char *column)
{
    char *sql = g_strdup_printf ("SELECT %s FROM run WHERE command='scan' ORDER BY id DESC LIMIT 1", column);
    gint64 v = t_db_int (db, sql);
    g_free (sql);
    return v;
}

START_TEST (golden_exports)
{
    ck_assert_int_eq (scan (MAIL "/maildir", MAIL "/mbox", NULL, NULL), 0);
    assert_golden ("replies");
    assert_golden ("messages");
    assert_golden ("monthly");
}
END_TEST

/* Every file of expected/skipped.txt is skipped with its reason, named on
 * stderr, and recorded; nothing else is skipped. */
START_TEST (skipped_files_named_and_recorded)
{
    char *err = NULL, *want = t_read (MAIL "/expected/skipped.txt"), **lines;
    int n = 0;
    ck_assert_int_eq (scan (MAIL "/maildir", MAIL "/mbox", NULL, &err), 0);
    lines = g_strsplit (want, "\n", -1);
    for (char **l = lines; *l && **l; l++, n++) {
        char **f = g_strsplit (*l, "\t", 2);
        const char *reason = !strcmp (f[1], "empty") ? "empty file"
                             : !strcmp (f[1], "binary") ? "binary data" : "not a mail message";
        char *sql = g_strdup_printf ("SELECT count(*) FROM skipped WHERE path LIKE '%%%s' AND reason LIKE '%s%%'",
                                     f[0], reason);
        ck_assert_msg (strstr (err, f[0]) != NULL, "%s not named on stderr", f[0]);
        ck_assert_int_eq (t_db_int (db, sql), 1);
        g_free (sql);
        g_strfreev (f);
    }
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM skipped"), n);
    ck_assert_int_eq (last_run ("files_skipped"), n);
    g_strfreev (lines);
    g_free (want);
    g_free (err);
}
END_TEST

/* The same folders named another way (here with "..") are the same
 * folders: nothing parsed again, no second set of folder rows. */
START_TEST (same_folder_by_another_path)
{
    ck_assert_int_eq (scan (MAIL "/maildir", MAIL "/mbox", NULL, NULL), 0);
    ck_assert_int_eq (scan (MAIL "/maildir/../maildir", MAIL "/mbox/./", NULL, NULL), 0);
    ck_assert_int_eq (last_run ("files_parsed"), 0);
    ck_assert_int_eq (last_run ("files_unchanged"), 51);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM folder"), 4);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM folder WHERE path LIKE '%/./%' OR path LIKE '%/../%'"), 0);
}
END_TEST

START_TEST (rerun_changes_nothing)
{
    char *before, *after;
    ck_assert_int_eq (scan (MAIL "/maildir", MAIL "/mbox", NULL, NULL), 0);
    before = export ("messages");
    ck_assert_int_eq (scan (MAIL "/maildir", MAIL "/mbox", NULL, NULL), 0);
    ck_assert_int_eq (last_run ("files_parsed"), 0);
    /* Unchanged folders are counted from the folder rows, not listed: the
     * 27 + 20 + 3 files of the three Maildir folders, and the mbox file. */
    ck_assert_int_eq (last_run ("files_seen"), 51);
    ck_assert_int_eq (last_run ("files_unchanged"), 51);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM folder WHERE present_files !="
                                    " (SELECT count(*) FROM file WHERE folder_id = folder.id AND gone_run IS NULL)"), 0);
    ck_assert_int_eq (last_run ("messages_new"), 0);
    ck_assert_int_eq (last_run ("status = 'complete'"), 1);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM skipped"), 3);
    after = export ("messages");
    ck_assert_str_eq (before, after);
    assert_golden ("replies");
    assert_golden ("monthly");
    g_free (before);
    g_free (after);
}
END_TEST

static char *
first_cur_file (const char *maildir, const char *suffix)
{
    char *cur = g_build_filename (maildir, "cur", NULL), *found = NULL;
    GDir *d = g_dir_open (cur, 0, NULL);
    const char *e;
    GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
    while ((e = g_dir_read_name (d)))
        if (g_str_has_suffix (e, suffix))
            g_ptr_array_add (names, g_strdup (e));
    g_dir_close (d);
    g_ptr_array_sort (names, rf_compare_string_ptrs);
    /* The fixture's first messages are ordinary conversation mail. */
    if (names->len > 3)
        found = g_build_filename (cur, (char *) names->pdata[3], NULL);
    g_ptr_array_unref (names);
    g_free (cur);
    return found;
}

START_TEST (flag_rename_costs_no_parse)
{
    char *copy = g_build_filename (tmp, "maildir", NULL), *file, *renamed;
    t_copy_tree (MAIL "/maildir", copy);
    ck_assert_int_eq (scan (copy, MAIL "/mbox", NULL, NULL), 0);
    file = first_cur_file (copy, ":2,S");
    ck_assert_ptr_nonnull (file);
    renamed = g_strconcat (file, "R", NULL);          /* ":2,SR": replied */
    ck_assert_int_eq (rename (file, renamed), 0);
    ck_assert_int_eq (scan (copy, MAIL "/mbox", NULL, NULL), 0);
    ck_assert_int_eq (last_run ("files_renamed"), 1);
    ck_assert_int_eq (last_run ("files_parsed"), 0);
    ck_assert_int_eq (last_run ("messages_new"), 0);
    assert_golden ("replies");
    assert_golden ("monthly");
    g_free (file);
    g_free (renamed);
    g_free (copy);
}
END_TEST

static const char new_message[] =
    "From: Anna <anna@studio.example>\nTo: boss@acme.example\nSubject: A new one\n"
    "Date: Tue, 17 Nov 2026 10:00:00 +0100\nMessage-ID: <new.one@studio.example>\n\nHello.\n";

/* A file rewritten in place under the same name leaves its directory's
 * mtime alone: a scan does not see it, 'scan --full-check' does, reading
 * every Maildir file again. */
START_TEST (full_check_reads_mail_rewritten_in_place)
{
    char *copy = g_build_filename (tmp, "maildir", NULL), *file, *out = NULL, *err = NULL;
    FILE *fp;
    t_copy_tree (MAIL "/maildir", copy);
    ck_assert_int_eq (scan (copy, MAIL "/mbox", NULL, NULL), 0);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM message"), 49);
    file = first_cur_file (copy, ":2,S");
    ck_assert_ptr_nonnull (file);
    fp = fopen (file, "w");
    ck_assert_ptr_nonnull (fp);
    ck_assert_int_eq (fputs (new_message, fp) >= 0, 1);
    ck_assert_int_eq (fclose (fp), 0);
    ck_assert_int_eq (scan (copy, MAIL "/mbox", NULL, NULL), 0);
    ck_assert_int_eq (last_run ("files_parsed"), 0);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM message"), 49);
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "scan", "--full-check", "--db", db, "--config", CONF,
                                 "--as-of", "2026-11-20", copy, MAIL "/mbox", NULL), 0);
    /* Every Maildir file was read again (the mbox, unchanged, was not). */
    ck_assert_int_eq (last_run ("files_parsed"),
                      t_db_int (db, "SELECT count(*) FROM file f JOIN folder d ON d.id = f.folder_id"
                                    " WHERE d.kind = 'maildir' AND f.gone_run IS NULL"));
    ck_assert_int_eq (last_run ("messages_new"), 1);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM message WHERE msgid = 'new.one@studio.example'"), 1);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM message"), 50);
    g_free (out);
    g_free (err);
    g_free (file);
    g_free (copy);
}
END_TEST

START_TEST (new_file_costs_one_parse_and_deleted_file_is_gone)
{
    char *copy = g_build_filename (tmp, "maildir", NULL), *path, *victim;
    gint64 total;
    t_copy_tree (MAIL "/maildir", copy);
    ck_assert_int_eq (scan (copy, MAIL "/mbox", NULL, NULL), 0);
    total = t_db_int (db, "SELECT count(*) FROM message");

    path = g_build_filename (copy, "new", "1800000000.M1P1Q1.test", NULL);
    ck_assert (g_file_set_contents (path, new_message, -1, NULL));
    ck_assert_int_eq (scan (copy, MAIL "/mbox", NULL, NULL), 0);
    ck_assert_int_eq (last_run ("files_parsed"), 1);
    ck_assert_int_eq (last_run ("messages_new"), 1);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM message"), total + 1);

    /* Deleting a file keeps its message in the history, marked gone. */
    ck_assert_int_eq (unlink (path), 0);
    ck_assert_int_eq (scan (copy, MAIL "/mbox", NULL, NULL), 0);
    ck_assert_int_eq (last_run ("files_gone"), 1);
    ck_assert_int_eq (last_run ("files_parsed"), 0);
    ck_assert_int_eq (t_db_int (db, "SELECT gone FROM message WHERE msgid='new.one@studio.example'"), 1);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM message"), total + 1);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM folder WHERE present_files !="
                                    " (SELECT count(*) FROM file WHERE folder_id = folder.id AND gone_run IS NULL)"), 0);

    /* A file moved from new/ to cur/ with flags is a rename, not a new file. */
    victim = g_build_filename (copy, "new", "1800000001.M2P1Q1.test", NULL);
    ck_assert (g_file_set_contents (victim, new_message, -1, NULL));
    ck_assert_int_eq (scan (copy, MAIL "/mbox", NULL, NULL), 0);
    ck_assert_int_eq (t_db_int (db, "SELECT gone FROM message WHERE msgid='new.one@studio.example'"), 0);
    {
        char *moved = g_build_filename (copy, "cur", "1800000001.M2P1Q1.test:2,S", NULL);
        ck_assert_int_eq (rename (victim, moved), 0);
        ck_assert_int_eq (scan (copy, MAIL "/mbox", NULL, NULL), 0);
        ck_assert_int_eq (last_run ("files_renamed"), 1);
        ck_assert_int_eq (last_run ("files_parsed"), 0);
        g_free (moved);
    }
    g_free (victim);
    g_free (path);
    g_free (copy);
}
END_TEST

/* Killed after N parsed files, with small batches so some were committed;
 * the next run must end exactly where an uninterrupted run does. */
START_TEST (kill_and_resume)
{
    static const int kill_points[] = { 1, 7, 23, 40 };
    char env[64];
    int rc;
    g_snprintf (env, sizeof env, "REDFLAG_TEST_KILL_AFTER=%d", kill_points[_i]);
    g_setenv ("REDFLAG_BATCH", "5", TRUE);
    rc = scan (MAIL "/maildir", MAIL "/mbox", env, NULL);
    ck_assert_int_eq (rc, 128 + 9);
    /* The killed run is left 'running'; the next writer marks it interrupted. */
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM run WHERE status='running'"), 1);
    /* A first scan loads without the secondary message indexes... */
    if (_i > 0)
        ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM sqlite_master WHERE type='index'"
                                        " AND name IN ('message_date', 'message_subject', 'message_msgid_date')"), 0);
    ck_assert_int_eq (scan (MAIL "/maildir", MAIL "/mbox", NULL, NULL), 0);
    /* ...and the next run builds them. */
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM sqlite_master WHERE type='index'"
                                    " AND name IN ('message_date', 'message_subject', 'message_msgid_date')"), 3);
    g_unsetenv ("REDFLAG_BATCH");
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM run WHERE status='interrupted'"), 1);
    assert_golden ("replies");
    assert_golden ("messages");
    assert_golden ("monthly");
    ck_assert_int_eq (t_db_int (db, "SELECT count(DISTINCT path) FROM skipped"), 3);
}
END_TEST

START_TEST (second_run_refused_while_locked)
{
    char *lock = g_strconcat (db, ".lock", NULL), *err = NULL;
    int fd = open (lock, O_RDWR | O_CREAT, 0644);
    ck_assert_int_ge (fd, 0);
    ck_assert_int_eq (flock (fd, LOCK_EX | LOCK_NB), 0);
    ck_assert_int_eq (scan (MAIL "/maildir", MAIL "/mbox", NULL, &err), 5);
    ck_assert_msg (strstr (err, "another redflag run") != NULL, "%s", err);
    close (fd);
    ck_assert_int_eq (scan (MAIL "/maildir", MAIL "/mbox", NULL, NULL), 0);
    g_free (err);
    g_free (lock);
}
END_TEST

/* Two paths to one database (a symbolic link, a path through "..") take
 * one lock, beside the real file: while a writer holds it, a second one
 * named the other way exits 5. */
START_TEST (lock_follows_the_real_path)
{
    char *link = g_build_filename (tmp, "link.db", NULL), *sub = g_build_filename (tmp, "sub", NULL);
    char *dotdot = g_build_filename (sub, "..", "t.db", NULL), *lock = g_strconcat (db, ".lock", NULL);
    char *link_lock = g_strconcat (link, ".lock", NULL), *out = NULL, *err = NULL;
    int fd;

    ck_assert_int_eq (symlink ("t.db", link), 0);
    g_mkdir_with_parents (sub, 0755);
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "scan", "--db", link, "--config", CONF, MAIL "/mbox", NULL), 0);
    ck_assert_msg (!g_file_test (link_lock, G_FILE_TEST_EXISTS), "the lock was taken beside the link");
    ck_assert_int_gt (t_db_int (db, "SELECT count(*) FROM message"), 0);
    g_free (out);
    g_free (err);
    fd = open (lock, O_RDWR | O_CREAT, 0644);
    ck_assert_int_ge (fd, 0);
    ck_assert_int_eq (flock (fd, LOCK_EX | LOCK_NB), 0);
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "scan", "--db", link, "--config", CONF, MAIL "/mbox", NULL), 5);
    ck_assert_msg (strstr (err, "another redflag run") != NULL, "%s", err);
    g_free (out);
    g_free (err);
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "analyze", "--db", dotdot, "--config", CONF, NULL), 5);
    g_free (out);
    g_free (err);
    close (fd);
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "analyze", "--db", link, "--config", CONF, NULL), 0);
    g_free (out);
    g_free (err);
    g_free (link_lock);
    g_free (lock);
    g_free (dotdot);
    g_free (sub);
    g_free (link);
}
END_TEST

START_TEST (oversized_file_skipped)
{
    char *dir = g_build_filename (tmp, "big", NULL), *conf = g_build_filename (tmp, "small.conf", NULL);
    char *path, *err = NULL, *out = NULL;
    GString *big = g_string_new ("From: a@acme.example\nTo: anna@studio.example\nSubject: big\n"
                                 "Message-ID: <big@acme.example>\nDate: Mon, 02 Nov 2026 10:00:00 +0000\n\n");
    while (big->len < 1100 * 1024)
        g_string_append (big, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n");
    g_mkdir_with_parents (dir, 0755);
    path = g_build_filename (dir, "big.eml", NULL);
    ck_assert (g_file_set_contents (path, big->str, (gssize) big->len, NULL));
    ck_assert (g_file_set_contents (conf, "[redflag]\nmax_message_mb = 1\nme = anna@studio.example\n", -1, NULL));
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "scan", "--db", db, "--config", conf, path, NULL), 0);
    ck_assert_msg (strstr (err, "big.eml: larger than 1 MiB") != NULL, "%s", err);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM skipped WHERE reason LIKE 'larger than%'"), 1);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM message"), 0);
    g_string_free (big, TRUE);
    g_free (path);
    g_free (dir);
    g_free (conf);
    g_free (err);
    g_free (out);
}
END_TEST

START_TEST (command_line)
{
    char *out = NULL, *err = NULL;
    static const char *const cmds[] = { "scan", "analyze", "report", "export" };
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "--version", NULL), 0);
    ck_assert (g_str_has_prefix (out, "redflag "));
    g_free (out);
    g_free (err);
    for (size_t i = 0; i < G_N_ELEMENTS (cmds); i++) {
        ck_assert_int_eq (t_redflag (&out, &err, NULL, cmds[i], "--help", NULL), 0);
        ck_assert_msg (strstr (out, "Usage:") != NULL, "%s --help: %s", cmds[i], out);
        g_free (out);
        g_free (err);
    }
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "frobnicate", NULL), 2);
    g_free (out);
    g_free (err);
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "scan", "--db", db, NULL), 2);
    g_free (out);
    g_free (err);
    /* An empty PATH is a mistake, not the current directory. */
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "scan", "--db", db, "", NULL), 2);
    ck_assert (strstr (err, "empty PATH") != NULL);
    g_free (out);
    g_free (err);
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "scan", "--db", db, "/nonexistent/mail", NULL), 4);
    ck_assert (strstr (err, "/nonexistent/mail") != NULL);
    g_free (out);
    g_free (err);
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "report", "--db", db, NULL), 6);
    g_free (out);
    g_free (err);
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "scan", "--db", db, "--config", "/nonexistent.conf",
                                 MAIL "/maildir", NULL), 3);
    g_free (out);
    g_free (err);
}
END_TEST

/* A database kept in the folder it scans is not read as input: neither
 * the file nor its write-ahead log is named or recorded as skipped. */
START_TEST (own_database_not_an_input)
{
    char *dir = g_build_filename (tmp, "box", NULL), *mbox = g_build_filename (dir, "Sent.mbox", NULL);
    char *data = t_read (MAIL "/mbox/Sent.mbox"), *inside = g_build_filename (dir, "mail.db", NULL);
    char *out = NULL, *err = NULL;
    ck_assert_ptr_nonnull (data);
    g_mkdir_with_parents (dir, 0700);
    ck_assert (g_file_set_contents (mbox, data, -1, NULL));
    for (int run = 0; run < 2; run++) {
        ck_assert_int_eq (t_redflag (&out, &err, NULL, "scan", "--db", inside, "--config", CONF, dir, NULL), 0);
        ck_assert_msg (strstr (err, "mail.db") == NULL, "%s", err);
        g_free (out);
        g_free (err);
    }
    ck_assert_int_eq (t_db_int (inside, "SELECT count(*) FROM skipped"), 0);
    ck_assert_int_gt (t_db_int (inside, "SELECT count(*) FROM message"), 0);
    g_free (inside);
    g_free (data);
    g_free (mbox);
    g_free (dir);
}
END_TEST

/* Each client's language is the one most of their mail is in; among
 * equals en, then es, then fr. By hand: a writes fr, fr, en -> fr; b writes
 * en, es -> en (a tie); c writes es, fr -> es (a tie). */
START_TEST (client_language_from_mail)
{
    static const char *const text[] = {
        /* en */ "Hello, we received your proposal and we thank you for the work. Could you send us the"
                 " invoice before the end of the week? Thank you very much and have a good day.",
        /* es */ "Hola, hemos recibido su presupuesto y le agradecemos el trabajo. ¿Puede enviarnos la"
                 " factura antes del final de la semana? Muchas gracias y que tenga un buen día.",
        /* fr */ "Bonjour, nous avons bien reçu votre devis et nous vous remercions pour votre travail."
                 " Pouvez-vous nous envoyer la facture avant la fin de la semaine ? Merci beaucoup.",
    };
    static const struct { const char *client; int lang; } mail[] = {
        { "a", 2 }, { "a", 2 }, { "a", 0 }, { "b", 0 }, { "b", 1 }, { "c", 1 }, { "c", 2 },
    };
    char *box = g_build_filename (tmp, "langs", NULL), *conf = g_build_filename (tmp, "langs.conf", NULL);
    char *out = NULL, *err = NULL, *got;
    for (const char *sub = "cur"; sub; sub = strcmp (sub, "cur") ? NULL : "new") {
        char *d = g_build_filename (box, sub, NULL);
        g_mkdir_with_parents (d, 0700);
        g_free (d);
    }
    for (guint i = 0; i < G_N_ELEMENTS (mail); i++) {
        char *path = g_strdup_printf ("%s/cur/17800000%02u.M%uP1Q1.test:2,S", box, i, i);
        char *msg = g_strdup_printf ("From: someone@%s.example\nTo: us@studio.example\n"
                                     "Date: Tue, 2 Jun 2026 10:%02u:00 +0000\nMessage-ID: <lang%u@%s.example>\n"
                                     "Subject: Devis %u\nContent-Type: text/plain; charset=utf-8\n\n%s\n",
                                     mail[i].client, i, i, mail[i].client, i, text[mail[i].lang]);
        ck_assert (g_file_set_contents (path, msg, -1, NULL));
        g_free (msg);
        g_free (path);
    }
    ck_assert (g_file_set_contents (conf, "[redflag]\nme = us@studio.example\n"
                                          "[client:a]\ndomains = a.example\n[client:b]\ndomains = b.example\n"
                                          "[client:c]\ndomains = c.example\n", -1, NULL));
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "scan", "--db", db, "--config", conf, "--as-of", "2026-06-30",
                                 box, NULL), 0);
    /* The detection the rule counts on: 2 en, 2 es, 3 fr messages. */
    got = t_db_text (db, "SELECT group_concat(lang || '=' || n, ',') FROM"
                         " (SELECT lang, count(*) AS n FROM message GROUP BY lang ORDER BY lang)");
    ck_assert_str_eq (got, "en=2,es=2,fr=3");
    g_free (got);
    got = t_db_text (db, "SELECT group_concat(key || '=' || COALESCE(mail_lang, '-'), ',') FROM"
                         " (SELECT key, mail_lang FROM client ORDER BY key)");
    ck_assert_str_eq (got, "a=fr,b=en,c=es");
    g_free (got);
    g_free (out);
    g_free (err);
    g_free (conf);
    g_free (box);
}
END_TEST

/* A parser process that dies costs only the file it was reading. */
START_TEST (worker_crash_skips_one_file)
{
    char *err = NULL;
    ck_assert_int_eq (scan (MAIL "/maildir", MAIL "/mbox", "REDFLAG_TEST_CRASH_ON=M5P4242", &err), 0);
    ck_assert_msg (strstr (err, "M5P4242Q1.fixture:2,RS: the parser crashed on this file") != NULL, "%s", err);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM skipped WHERE reason LIKE 'the parser crashed%'"), 1);
    /* The same message's copy in .Archive still brings it in; all else is whole. */
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM message"), 49);
    g_free (err);
}
END_TEST

/* Two ';'-separated row lists must be equal; on a difference, name the
 * first differing row (whole lists are too long for a failure message). */
static void
assert_same_rows (const char *what, const char *want, const char *got)
{
    char **a = g_strsplit (want, ";", -1), **b = g_strsplit (got, ";", -1);
    guint k = 0;
    while (a[k] && b[k] && !strcmp (a[k], b[k]))
        k++;
    ck_assert_msg (!a[k] && !b[k], "%s: row %u is '%s', expected '%s'", what, k, b[k] ? b[k] : "(none)",
                   a[k] ? a[k] : "(none)");
    g_strfreev (a);
    g_strfreev (b);
}

/* The derived rows of every message and answer, as one text. */
static char *
derived_rows (void)
{
    return t_db_text (db,
        "SELECT (SELECT group_concat(x, ';') FROM (SELECT message_id || ',' || direction || ','"
        " || COALESCE(client_id, '-') || ',' || COALESCE(note, '-') || ',' || conversation || ',' || after_hours"
        " || ',' || COALESCE(month, '-') || ',' || COALESCE(local_day, '-') || ',' || COALESCE(thread_id, '-')"
        " || ',' || COALESCE(parent_id, '-') || ',' || COALESCE(pair_method, '-') || ',' || COALESCE(answer, '-')"
        " AS x FROM message_attr ORDER BY message_id)) || '|' || (SELECT group_concat(y, ';') FROM"
        " (SELECT reply_id || ',' || parent_id || ',' || clock_start_id || ',' || client_id || ',' || direction"
        " || ',' || latency_seconds || ',' || business_latency_seconds || ',' || method AS y FROM reply"
        " ORDER BY reply_id))");
}

static int
analyze_as_of (const char *day)
{
    char *out = NULL, *err = NULL;
    int rc = t_redflag (&out, &err, NULL, "analyze", "--db", db, "--config", CONF, "--as-of", day, NULL);
    g_free (out);
    g_free (err);
    return rc;
}

/* An analysis brings the stored rows up to date in place (only what
 * changed is written): the result is the same as into empty tables. */
START_TEST (analysis_in_place_equals_fresh)
{
    char *in_place, *fresh;
    sqlite3 *h = NULL;
    ck_assert_int_eq (scan (MAIL "/maildir", MAIL "/mbox", NULL, NULL), 0);
    /* Another reference date turns pending answers into unanswered ones. */
    ck_assert_int_eq (analyze_as_of ("2026-03-25"), 0);
    ck_assert_int_eq (analyze_as_of ("2026-12-31"), 0);
    in_place = derived_rows ();
    ck_assert_ptr_nonnull (in_place);
    ck_assert_int_gt (t_db_int (db, "SELECT count(*) FROM message_attr WHERE answer = 'unanswered'"), 0);
    ck_assert_int_eq (sqlite3_open (db, &h), SQLITE_OK);
    ck_assert_int_eq (sqlite3_exec (h, "DELETE FROM reply; DELETE FROM message_attr", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close (h);
    ck_assert_int_eq (analyze_as_of ("2026-12-31"), 0);
    fresh = derived_rows ();
    ck_assert_ptr_nonnull (fresh);
    assert_same_rows ("analysed in place", fresh, in_place);
    g_free (in_place);
    g_free (fresh);
}
END_TEST

/* A database from before the per-folder file counts (schema step 6) gets
 * them counted when it is opened, and keeps them exact afterwards. */
START_TEST (migration_counts_present_files)
{
    sqlite3 *h = NULL;
    char *copy = g_build_filename (tmp, "maildir", NULL), *victim;
    t_copy_tree (MAIL "/maildir", copy);
    ck_assert_int_eq (scan (copy, MAIL "/mbox", NULL, NULL), 0);
    /* Back to step 5: without the column and its triggers, nor the later
     * steps' columns and tables. */
    ck_assert_int_eq (sqlite3_open (db, &h), SQLITE_OK);
    ck_assert_int_eq (sqlite3_exec (h, "DROP TRIGGER file_present_insert; DROP TRIGGER file_present_delete;"
                                       " DROP TRIGGER file_present_update;"
                                       " ALTER TABLE folder DROP COLUMN present_files;"
                                       " ALTER TABLE client DROP COLUMN mail_lang;"
                                       " DROP TABLE counterpart; DROP TABLE counterpart_party; DROP INDEX file_skipped;"
                                       " ALTER TABLE file DROP COLUMN skip_ident; ALTER TABLE input_file DROP COLUMN ino;"
                                       " DROP TABLE marker_hit_total;  ALTER TABLE invoice DROP COLUMN payment_ref;  ALTER TABLE reply DROP COLUMN skew_seconds;"
                                       " ALTER TABLE finding DROP COLUMN few_data; DROP TABLE client_measure;"
                                       " DROP TABLE finding_month; DROP TABLE dismissed; DROP TABLE score_history;"
                                       " DROP TABLE finding_history; DROP TABLE evidence_history;"
                                       " DROP TABLE mail_document;"
                                       " DROP INDEX message_attr_thread; DROP INDEX message_attr_parent;"
                                       " DROP INDEX message_reply_to; DROP INDEX message_ref_msgid;"
                                       " DROP INDEX message_msgid_date;"
                                       " DROP INDEX message_attr_client_month; DROP TABLE client_lang;"
                                       " DELETE FROM meta WHERE key LIKE 'analysis_%';"
                                       " PRAGMA user_version=5",
                                    NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close (h);
    victim = g_build_filename (copy, ".Archive", "cur", "1787070020.M46P4242Q1.fixture:2,S", NULL);
    ck_assert_int_eq (unlink (victim), 0);
    ck_assert_int_eq (scan (copy, MAIL "/mbox", NULL, NULL), 0);
    ck_assert_int_ge (t_db_int (db, "PRAGMA user_version"), 16);
    /* Step 14 made mail_document again, empty and usable. */
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM mail_document"), 0);
    /* Step 15: the indexes the analysis of what changed looks up. */
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM sqlite_master WHERE name IN ('message_attr_thread',"
                                    " 'message_attr_parent', 'message_attr_client_month', 'client_lang',"
                                    " 'message_reply_to', 'message_ref_msgid')"), 6);
    /* Step 16: the index pairing replies reads. */
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM sqlite_master WHERE name = 'message_msgid_date'"), 1);
    /* The first analysis after it counted the clients' languages whole. */
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM client WHERE mail_lang IS NOT NULL AND mail_lang !="
                                    " (SELECT lang FROM client_lang WHERE client_id = client.id"
                                    "  ORDER BY messages DESC, lang LIMIT 1)"), 0);
    ck_assert_int_gt (t_db_int (db, "SELECT count(*) FROM client_lang"), 0);
    ck_assert_int_eq (last_run ("files_gone"), 1);
    ck_assert_int_eq (t_db_int (db, "SELECT present_files FROM folder WHERE name='Archive'"), 2);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM folder WHERE present_files !="
                                    " (SELECT count(*) FROM file WHERE folder_id = folder.id AND gone_run IS NULL)"), 0);
    ck_assert_int_eq (scan (copy, MAIL "/mbox", NULL, NULL), 0);
    ck_assert_int_eq (last_run ("files_seen"), 50);
    g_free (victim);
    g_free (copy);
}
END_TEST

/* fixtures/mail-invoices (its README): the invoices attached to our sent
 * mail are read in the parser processes and linked to their messages;
 * the client's camt.054 and invoice are listed and never counted; the
 * quote PDF without an invoice is refused, named on stderr. The same with
 * parsing in this process (--jobs 1) and in two parser processes. */
START_TEST (invoices_from_sent_mail)
{
    static const char *const jobs[] = { "1", "2" };
    for (size_t i = 0; i < G_N_ELEMENTS (jobs); i++) {
        char *one = g_strdup_printf ("%s/mi%s.db", tmp, jobs[i]), *out = NULL, *err = NULL, *rows;
        ck_assert_int_eq (t_redflag (&out, &err, NULL, "scan", "--db", one, "--config",
                                     FIXTURES_DIR "/mail-invoices/redflag.conf", "--jobs", jobs[i], "--as-of",
                                     "2026-03-01", FIXTURES_DIR "/mail-invoices/maildir", NULL), 0);
        ck_assert_msg (strstr (err, "attachment 'quote-Q-7.pdf' of message <quote-q-7@studio.example> is not read"
                                    " as an invoice: PDF without an invoice: it has no embedded files") != NULL,
                       "%s", err);
        rows = t_db_text (one, "SELECT group_concat(x, ';') FROM (SELECT m.msgid || ' ' || d.name || ' '"
                               " || d.direction || ' ' || d.kind || ' ' || d.use || ' ' || coalesce(i.number, '-') AS x"
                               " FROM mail_document d JOIN message m ON m.id = d.message_id"
                               " LEFT JOIN invoice i ON i.id = d.invoice_id ORDER BY m.msgid, d.name)");
        ck_assert_str_eq (rows, "inv-2026-001@studio.example INV-2026-001.xml sent invoice our_invoice INV-2026-001;"
                                "nw-2026-001@studio.example facturx-NW-2026-001.pdf sent invoice our_invoice NW-2026-001;"
                                "quote-q-7@studio.example quote-Q-7.pdf sent other refused -;"
                                "remit-0203@acme.example A-901.xml received invoice received -;"
                                "remit-0203@acme.example camt054-0203.xml received payment received -");
        g_free (rows);
        rows = t_db_text (one, "SELECT group_concat(number || ' ' || format, ';') FROM (SELECT i.number,"
                               " f.format FROM invoice i JOIN money_file f ON f.id = i.file_id ORDER BY i.number)");
        ck_assert_str_eq (rows, "INV-2026-001 ubl;NW-2026-001 pdf+cii");
        ck_assert_int_eq (t_db_int (one, "SELECT count(*) FROM payment"), 0);
        ck_assert_int_eq (t_db_int (one, "SELECT count(*) FROM skipped"), 0);
        g_free (rows);
        g_free (out);
        g_free (err);
        g_free (one);
    }
}
END_TEST

/* A parser process that dies on a PDF costs that file only: it is skipped
 * with the reason, the other PDF is read. */
START_TEST (pdf_parser_crash_costs_one_file)
{
    char *out = NULL, *err = NULL;
    ck_assert_int_eq (t_redflag (&out, &err, "REDFLAG_TEST_CRASH_ON=no-attachment", "scan", "--db", db, "--jobs",
                                 "2", "--invoices", FIXTURES_DIR "/invoices/pdf/no-attachment.pdf", "--invoices",
                                 FIXTURES_DIR "/invoices/pdf/facturx-NW-2026-001.pdf", NULL), 0);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM skipped WHERE path LIKE '%no-attachment.pdf'"
                                    " AND kind='invoice' AND reason LIKE 'the parser crashed on this file%'"), 1);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM invoice WHERE number='NW-2026-001'"), 1);
    g_free (out);
    g_free (err);
}
END_TEST

/* Parsing in 1, 2 or 5 processes stores the same rows with the same ids:
 * results are stored in the order the files were listed, whatever order
 * the parsers finish in. */
START_TEST (same_rows_whatever_the_parser_count)
{
    static const char *const jobs[] = { "1", "2", "5" };
    static const char sql[] =
        "SELECT group_concat(x, ';') FROM (SELECT m.id || ' ' || m.msgid || ' ' || f.key || ' '"
        " || coalesce(f.message_id, '-') AS x FROM file f LEFT JOIN message m ON m.id = f.message_id"
        " ORDER BY f.id)";
    char *first = NULL;
    for (size_t i = 0; i < G_N_ELEMENTS (jobs); i++) {
        char *one = g_strdup_printf ("%s/j%s.db", tmp, jobs[i]), *out = NULL, *err = NULL, *rows;
        ck_assert_int_eq (t_redflag (&out, &err, NULL, "scan", "--db", one, "--config", CONF, "--jobs", jobs[i],
                                     MAIL "/maildir", MAIL "/mbox", NULL), 0);
        ck_assert_int_eq (t_db_int (one, "SELECT count(*) FROM message"), 49);
        rows = t_db_text (one, sql);
        ck_assert_ptr_nonnull (rows);
        if (!first) {
            first = rows;
        } else {
            char *skipped = t_db_text (one, "SELECT group_concat(reason, '; ') FROM skipped");
            char *what = g_strdup_printf ("--jobs %s (skipped: %s)", jobs[i], skipped);
            assert_same_rows (what, first, rows);
            g_free (what);
            g_free (skipped);
            g_free (rows);
        }
        g_free (one);
        g_free (out);
        g_free (err);
    }
    g_free (first);
}
END_TEST

/* The configuration example in the README must load as documented. */
START_TEST (readme_config_example_loads)
{
    char *readme = t_read (TOP_SRCDIR "/README.md"), *start, *end, *conf, *out = NULL, *err = NULL;
    ck_assert_ptr_nonnull (readme);
    start = strstr (readme, "```ini\n");
    ck_assert_ptr_nonnull (start);
    start += strlen ("```ini\n");
    end = strstr (start, "```");
    ck_assert_ptr_nonnull (end);
    *end = '\0';
    conf = g_build_filename (tmp, "readme.conf", NULL);
    ck_assert (g_file_set_contents (conf, start, -1, NULL));
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "scan", "--db", db, "--config", conf, MAIL "/mbox", NULL), 0);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM client WHERE key='acme' AND timezone='America/New_York'"
                                    " AND contract_end='2027-03-31' AND response_seconds=86400"), 1);
    g_free (conf);
    g_free (readme);
    g_free (out);
    g_free (err);
}
END_TEST

static Suite *
scan_suite (void)
{
    Suite *s = suite_create ("scan");
    TCase *tc = tcase_create ("golden");
    tcase_add_checked_fixture (tc, setup, teardown);
    tcase_set_timeout (tc, 60);
    tcase_add_test (tc, golden_exports);
    tcase_add_test (tc, skipped_files_named_and_recorded);
    tcase_add_test (tc, rerun_changes_nothing);
    tcase_add_test (tc, same_folder_by_another_path);
    tcase_add_test (tc, own_database_not_an_input);
    tcase_add_test (tc, client_language_from_mail);
    suite_add_tcase (s, tc);
    tc = tcase_create ("incremental");
    tcase_add_checked_fixture (tc, setup, teardown);
    tcase_set_timeout (tc, 60);
    tcase_add_test (tc, flag_rename_costs_no_parse);
    tcase_add_test (tc, new_file_costs_one_parse_and_deleted_file_is_gone);
    tcase_add_loop_test (tc, kill_and_resume, 0, 4);
    tcase_add_test (tc, second_run_refused_while_locked);
    tcase_add_test (tc, lock_follows_the_real_path);
    tcase_add_test (tc, oversized_file_skipped);
    tcase_add_test (tc, command_line);
    tcase_add_test (tc, readme_config_example_loads);
    tcase_add_test (tc, worker_crash_skips_one_file);
    tcase_add_test (tc, same_rows_whatever_the_parser_count);
    tcase_add_test (tc, migration_counts_present_files);
    tcase_add_test (tc, invoices_from_sent_mail);
    tcase_add_test (tc, pdf_parser_crash_costs_one_file);
    tcase_add_test (tc, analysis_in_place_equals_fresh);
    tcase_add_test (tc, full_check_reads_mail_rewritten_in_place);
    suite_add_tcase (s, tc);
    return s;
}

int
main (void)
{
    SRunner *sr = srunner_create (scan_suite ());
    int failed;
    srunner_run_all (sr, CK_ENV);
    failed = srunner_ntests_failed (sr);
    srunner_free (sr);
    return failed ? 1 : 0;
}
