/* check_scan_races.c - no mail lost to a mail client working while we scan:
 * files moved or deleted between listing and reading, files made
 * unreadable and readable again, a second process renaming files through
 * a whole scan. */
#include "config.h"
#include "testlib.h"

#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>

#define CONF FIXTURES_DIR "/mail/redflag.conf"
#define NOBODY 65534

static char *tmp, *db, *box;

static void
make_maildir (const char *path)
{
    static const char *const subs[] = { "cur", "new", "tmp" };
    for (size_t i = 0; i < G_N_ELEMENTS (subs); i++) {
        char *d = g_build_filename (path, subs[i], NULL);
        g_mkdir_with_parents (d, 0755);
        g_free (d);
    }
}

static void
setup (void)
{
    tmp = t_tmpdir ();
    db = g_build_filename (tmp, "t.db", NULL);
    box = g_build_filename (tmp, "Maildir", NULL);
    make_maildir (box);
}

static void
teardown (void)
{
    t_rmtree (tmp);
    g_free (tmp);
    g_free (db);
    g_free (box);
}

/* Message n of the made-up mailbox: clients of two domains write to us,
 * and every third message is our answer to the one before. */
static char *
message_text (int n)
{
    const char *client = n % 2 ? "boss@acme.example" : "ops@globex.example";
    if (n % 3 == 2)
        return g_strdup_printf ("From: Anna <anna@studio.example>\nTo: %s\nSubject: Re: request %d\n"
                                "Date: %d Nov 2026 %02d:%02d:00 +0000\nMessage-ID: <m%d@studio.example>\n"
                                "In-Reply-To: <m%d@client.example>\n\nDone, see attached.\n",
                                client, n - 1, 2 + n % 14, 9 + n % 8, n % 60, n, n - 1);
    return g_strdup_printf ("From: %s\nTo: anna@studio.example\nSubject: request %d\n"
                            "Date: %d Nov 2026 %02d:%02d:00 +0000\nMessage-ID: <m%d@client.example>\n\n"
                            "Could you please change the banner? Thanks!\n",
                            client, n, 2 + n % 14, 8 + n % 8, n % 60, n);
}

/* Deliver message n into new/ as a mail server does (write, then link). */
static char *
deliver (const char *maildir, int n)
{
    char *name = g_strdup_printf ("17900%05d.M%dP77Q1.race", n, n);
    char *path = g_build_filename (maildir, "new", name, NULL), *text = message_text (n);
    ck_assert (g_file_set_contents (path, text, -1, NULL));
    g_free (text);
    g_free (name);
    return path;
}

static int
scan_env (const char *env, char **err_out)
{
    char *out = NULL, *err = NULL;
    int rc = t_redflag (&out, &err, env, "scan", "--db", db, "--config", CONF, "--as-of", "2026-11-20", box,
                        NULL);
    g_free (out);
    if (err_out)
        *err_out = err;
    else
        g_free (err);
    return rc;
}

static gint64
count (const char *sql)
{
    return t_db_int (db, sql);
}

/* A file moved from new/ to cur/ (seen by a mail client) after it was
 * listed and before it was read is found under its new name in the same
 * run; it is neither skipped nor lost. */
START_TEST (moved_before_reading_found_in_same_run)
{
    char *err = NULL, *moved;
    g_free (deliver (box, 1));
    g_free (deliver (box, 2));
    ck_assert_int_eq (scan_env ("REDFLAG_TEST_MOVE_BEFORE_READ=M1P77", &err), 0);
    moved = g_build_filename (box, "cur", "1790000001.M1P77Q1.race:2,S", NULL);
    ck_assert_msg (g_file_test (moved, G_FILE_TEST_EXISTS), "the hook did not move the file");
    ck_assert_int_eq (count ("SELECT count(*) FROM message WHERE msgid='m1@client.example'"), 1);
    ck_assert_int_eq (count ("SELECT count(*) FROM file WHERE name='cur/1790000001.M1P77Q1.race:2,S'"
                             " AND message_id IS NOT NULL"), 1);
    ck_assert_int_eq (count ("SELECT count(*) FROM skipped"), 0);
    ck_assert_msg (strstr (err, "M1P77") == NULL, "a moved file is no news: %s", err);
    /* The next run has nothing to do. */
    ck_assert_int_eq (scan_env (NULL, NULL), 0);
    ck_assert_int_eq (count ("SELECT files_parsed FROM run WHERE command='scan' ORDER BY id DESC LIMIT 1"), 0);
    ck_assert_int_eq (count ("SELECT count(*) FROM message"), 2);
    g_free (moved);
    g_free (err);
}
END_TEST

/* A file that vanished between listing and reading (deleted, or moved out
 * by another program) is not recorded; when it comes back, even under
 * other flags, it is read. */
START_TEST (vanished_file_read_when_it_comes_back)
{
    char *err = NULL, *away, *back;
    g_free (deliver (box, 1));
    g_free (deliver (box, 2));
    ck_assert_int_eq (scan_env ("REDFLAG_TEST_VANISH_BEFORE_READ=M1P77", &err), 0);
    away = g_build_filename (box, "tmp", "1790000001.M1P77Q1.race", NULL);
    ck_assert_msg (g_file_test (away, G_FILE_TEST_EXISTS), "the hook did not move the file");
    ck_assert_int_eq (count ("SELECT count(*) FROM message"), 1);
    ck_assert_int_eq (count ("SELECT count(*) FROM file"), 1);
    ck_assert_int_eq (count ("SELECT count(*) FROM skipped"), 0);
    back = g_build_filename (box, "cur", "1790000001.M1P77Q1.race:2,S", NULL);
    ck_assert_int_eq (rename (away, back), 0);
    ck_assert_int_eq (scan_env (NULL, NULL), 0);
    ck_assert_int_eq (count ("SELECT count(*) FROM message WHERE msgid='m1@client.example' AND gone=0"), 1);
    ck_assert_int_eq (count ("SELECT count(*) FROM skipped"), 0);
    g_free (back);
    g_free (away);
    g_free (err);
}
END_TEST

static void
drop_to_nobody (gpointer data)
{
    (void) data;
    if (setgroups (0, NULL) != 0 || setgid (NOBODY) != 0 || setuid (NOBODY) != 0)
        _exit (99);
}

/* Run redflag as user nobody (the test runs as root, whom chmod 000 does
 * not stop); returns the exit status, -1 when it cannot run at all. */
static int
redflag_as_nobody (char **err, ...)
{
    GPtrArray *argv = g_ptr_array_new ();
    va_list ap;
    const char *a;
    int status = 0;
    g_ptr_array_add (argv, (gpointer) TOP_BUILDDIR "/src/redflag");
    va_start (ap, err);
    while ((a = va_arg (ap, const char *)))
        g_ptr_array_add (argv, (gpointer) a);
    va_end (ap);
    g_ptr_array_add (argv, NULL);
    if (!g_spawn_sync (tmp, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, drop_to_nobody, NULL, NULL, err,
                       &status, NULL))
        status = -1;
    g_ptr_array_unref (argv);
    return status < 0 || !WIFEXITED (status) ? -1 : WEXITSTATUS (status);
}

/* Scan as a user chmod 000 stops: ourselves, or nobody when we are root.
 * Without that possibility (a tree nobody cannot enter), the test-only
 * REDFLAG_TEST_DENY_READ stands for the permission. */
static int
scan_unprivileged (const char *input, const char *deny, char **err)
{
    char *out = NULL, *env;
    int rc;
    if (geteuid () != 0) {
        rc = t_redflag (&out, err, NULL, "scan", "--db", db, "--config", CONF, "--as-of", "2026-11-20", input, NULL);
        g_free (out);
        return rc;
    }
    rc = redflag_as_nobody (err, "--version", NULL);
    g_free (*err);
    *err = NULL;
    if (rc == 0)
        return redflag_as_nobody (err, "scan", "--db", db, "--config", CONF, "--as-of", "2026-11-20", input, NULL);
    env = deny ? g_strconcat ("REDFLAG_TEST_DENY_READ=", deny, NULL) : NULL;
    rc = t_redflag (&out, err, env, "scan", "--db", db, "--config", CONF, "--as-of", "2026-11-20", input, NULL);
    g_free (out);
    g_free (env);
    return rc;
}

/* A file made unreadable (chmod 000) is a warning, not a verdict: made
 * readable again, without any other change, it is read on the next run. */
START_TEST (unreadable_file_read_once_readable)
{
    char *err = NULL, *locked, *chown_cmd;
    locked = deliver (box, 1);
    g_free (deliver (box, 2));
    chown_cmd = g_strdup_printf ("chown -R %d:%d %s", NOBODY, NOBODY, tmp);
    if (geteuid () == 0)
        ck_assert_int_eq (system (chown_cmd), 0);
    ck_assert_int_eq (chmod (locked, 0), 0);
    ck_assert_int_eq (scan_unprivileged (box, "M1P77", &err), 0);
    ck_assert_msg (strstr (err, "M1P77Q1.race: cannot read: Permission denied; it will be read again") != NULL,
                   "%s", err);
    ck_assert_int_eq (count ("SELECT count(*) FROM message"), 1);
    ck_assert_int_eq (count ("SELECT count(*) FROM skipped"), 0);
    g_free (err);
    ck_assert_int_eq (chmod (locked, 0644), 0);
    ck_assert_int_eq (scan_unprivileged (box, NULL, &err), 0);
    ck_assert_int_eq (count ("SELECT count(*) FROM message WHERE msgid='m1@client.example'"), 1);
    ck_assert_int_eq (count ("SELECT count(*) FROM skipped"), 0);
    g_free (chown_cmd);
    g_free (locked);
    g_free (err);
}
END_TEST

/* A cur/ that cannot be listed (chmod 000) is no news of its files: none
 * is marked gone, and it is listed again once it can be. */
START_TEST (unlistable_directory_loses_nothing)
{
    char *err = NULL, *cur = g_build_filename (box, "cur", NULL), *moved, *from;
    char *chown_cmd = g_strdup_printf ("chown -R %d:%d %s", NOBODY, NOBODY, tmp);
    from = deliver (box, 1);
    moved = g_build_filename (cur, "1790000001.M1P77Q1.race:2,S", NULL);
    ck_assert_int_eq (rename (from, moved), 0);
    g_free (deliver (box, 2));
    ck_assert_int_eq (scan_env (NULL, NULL), 0);
    if (geteuid () == 0)
        ck_assert_int_eq (system (chown_cmd), 0);
    ck_assert_int_eq (chmod (cur, 0), 0);
    g_free (deliver (box, 3));
    ck_assert_int_eq (scan_unprivileged (box, "Maildir/cur", &err), 0);
    ck_assert_msg (strstr (err, "/cur: cannot list: ") != NULL, "%s", err);
    ck_assert_int_eq (count ("SELECT count(*) FROM message WHERE gone=0"), 3);
    g_free (err);
    ck_assert_int_eq (chmod (cur, 0755), 0);
    ck_assert_int_eq (scan_unprivileged (box, NULL, &err), 0);
    ck_assert_int_eq (count ("SELECT count(*) FROM message WHERE gone=0"), 3);
    ck_assert_int_eq (count ("SELECT count(*) FROM skipped"), 0);
    g_free (chown_cmd);
    g_free (moved);
    g_free (from);
    g_free (cur);
    g_free (err);
}
END_TEST

/* An mbox made unreadable is not remembered as read: once readable again,
 * unchanged, its messages are read. */
START_TEST (unreadable_mbox_read_once_readable)
{
    char *dir = g_build_filename (tmp, "boxes", NULL), *path = g_build_filename (dir, "In.mbox", NULL), *err = NULL;
    char *chown_cmd = g_strdup_printf ("chown -R %d:%d %s", NOBODY, NOBODY, tmp);
    GString *mbox = g_string_new (NULL);
    for (int n = 1; n <= 3; n += 2) {
        char *text = message_text (n);
        g_string_append_printf (mbox, "From boss@acme.example Mon Nov  2 10:00:00 2026\n%s\n", text);
        g_free (text);
    }
    g_mkdir_with_parents (dir, 0755);
    ck_assert (g_file_set_contents (path, mbox->str, -1, NULL));
    if (geteuid () == 0)
        ck_assert_int_eq (system (chown_cmd), 0);
    ck_assert_int_eq (chmod (path, 0), 0);
    ck_assert_int_eq (scan_unprivileged (dir, "In.mbox", &err), 0);
    ck_assert_msg (strstr (err, "In.mbox") && strstr (err, "cannot read: Permission denied; it will be read again"),
                   "%s", err);
    ck_assert_int_eq (count ("SELECT count(*) FROM message"), 0);
    g_free (err);
    ck_assert_int_eq (chmod (path, 0644), 0);
    ck_assert_int_eq (scan_unprivileged (dir, NULL, &err), 0);
    ck_assert_int_eq (count ("SELECT count(*) FROM message"), 2);
    ck_assert_int_eq (count ("SELECT count(*) FROM skipped"), 0);
    g_string_free (mbox, TRUE);
    g_free (chown_cmd);
    g_free (path);
    g_free (dir);
    g_free (err);
}
END_TEST

/* A file judged not mail is judged again once it changed: here an empty
 * file in an otherwise unchanged folder, written in place. */
START_TEST (verdict_kept_until_the_file_changes)
{
    char *err = NULL, *path = g_build_filename (box, "cur", "1790000009.M9P77Q1.race:2,S", NULL), *text;
    ck_assert (g_file_set_contents (path, "", 0, NULL));
    ck_assert_int_eq (scan_env (NULL, &err), 0);
    ck_assert_msg (strstr (err, "empty file; skipped") != NULL, "%s", err);
    g_free (err);
    /* Unchanged: not judged again. */
    ck_assert_int_eq (scan_env (NULL, &err), 0);
    ck_assert_msg (strstr (err, "M9P77") == NULL, "%s", err);
    g_free (err);
    /* Written in place (the folder's directories do not change). */
    text = message_text (9);
    ck_assert (g_file_set_contents (path, text, -1, NULL));
    ck_assert_int_eq (scan_env (NULL, &err), 0);
    ck_assert_int_eq (count ("SELECT count(*) FROM file WHERE message_id IS NOT NULL"), 1);
    ck_assert_int_eq (count ("SELECT count(*) FROM message WHERE msgid='m9@client.example'"), 1);
    g_free (text);
    g_free (path);
    g_free (err);
}
END_TEST

/* A file that killed its parser is not read again while it does not
 * change (each reading would kill a parser again); changed, it is. */
START_TEST (crash_verdict_kept_until_the_file_changes)
{
    char *err = NULL, *path;
    struct utimbuf later = { 1800000000, 1800000000 };
    g_free (deliver (box, 2));
    path = deliver (box, 1);
    ck_assert_int_eq (scan_env ("REDFLAG_TEST_CRASH_ON=M1P77", &err), 0);
    ck_assert_msg (strstr (err, "M1P77Q1.race: the parser crashed") != NULL, "%s", err);
    g_free (err);
    /* Another message makes the folder be listed again. */
    g_free (deliver (box, 3));
    ck_assert_int_eq (scan_env ("REDFLAG_TEST_CRASH_ON=M1P77", &err), 0);
    ck_assert_msg (strstr (err, "M1P77") == NULL, "read again: %s", err);
    ck_assert_int_eq (count ("SELECT count(*) FROM skipped"), 1);
    g_free (err);
    ck_assert_int_eq (utime (path, &later), 0);
    ck_assert_int_eq (scan_env (NULL, &err), 0);
    ck_assert_int_eq (count ("SELECT count(*) FROM message WHERE msgid='m1@client.example'"), 1);
    g_free (path);
    g_free (err);
}
END_TEST

/* A mail client at work: moves new/ files to cur/ and flips flags on every
 * file, over and over, until killed. */
static void
renamer (const char *maildir)
{
    char *new_dir = g_build_filename (maildir, "new", NULL), *cur_dir = g_build_filename (maildir, "cur", NULL);
    for (;;) {
        for (int pass = 0; pass < 2; pass++) {
            const char *dir = pass ? cur_dir : new_dir;
            GDir *d = g_dir_open (dir, 0, NULL);
            const char *e;
            while (d && (e = g_dir_read_name (d))) {
                char *from = g_build_filename (dir, e, NULL), *to;
                if (!pass)
                    to = g_strdup_printf ("%s/%s:2,S", cur_dir, e);
                else if (g_str_has_suffix (e, ":2,S"))
                    to = g_strdup_printf ("%s/%.*s:2,RS", cur_dir, (int) strlen (e) - 4, e);
                else
                    to = g_strdup_printf ("%s/%.*s:2,S", cur_dir, (int) strlen (e) - 5, e);
                rename (from, to);
                g_free (from);
                g_free (to);
                g_usleep (100);
            }
            if (d)
                g_dir_close (d);
        }
    }
}

static void
export_all (const char *database, const char *dir)
{
    char *out = NULL, *err = NULL;
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "export", "--all", dir, "--db", database,
                                 "--as-of", "2026-11-20", NULL), 0);
    g_free (out);
    g_free (err);
}

/* Every exported table of two databases is the same. */
static void
assert_same_exports (const char *a, const char *b)
{
    char *da = g_build_filename (tmp, "export-a", NULL), *db_dir = g_build_filename (tmp, "export-b", NULL);
    GDir *d;
    const char *e;
    int tables = 0;
    export_all (a, da);
    export_all (b, db_dir);
    d = g_dir_open (da, 0, NULL);
    ck_assert_ptr_nonnull (d);
    while ((e = g_dir_read_name (d))) {
        char *pa = g_build_filename (da, e, NULL), *pb = g_build_filename (db_dir, e, NULL);
        char *ta = t_read (pa), *tb = t_read (pb);
        ck_assert_ptr_nonnull (tb);
        ck_assert_msg (strcmp (ta, tb) == 0, "%s differs after scans during renaming:\n%s\n--- settled:\n%s", e, ta, tb);
        tables++;
        g_free (ta);
        g_free (tb);
        g_free (pa);
        g_free (pb);
    }
    g_dir_close (d);
    ck_assert_int_ge (tables, 10);
    g_free (da);
    g_free (db_dir);
}

/* Scans while a second process renames the files all the time, then one
 * more once it stopped: the database ends as one scan of the settled
 * Maildir would make it. Mail keeps arriving between the scans. */
START_TEST (renames_during_scans_lose_nothing)
{
    char *settled_db = g_build_filename (tmp, "settled.db", NULL), *out = NULL, *err = NULL;
    pid_t pid;
    int status, n = 0;

    for (int wave = 0; wave < 3; wave++) {
        for (int i = 0; i < 150; i++)
            g_free (deliver (box, ++n));
        pid = fork ();
        ck_assert_int_ge (pid, 0);
        if (pid == 0)
            renamer (box);
        ck_assert_int_eq (scan_env (NULL, NULL), 0);
        kill (pid, SIGKILL);
        waitpid (pid, &status, 0);
    }
    ck_assert_int_eq (scan_env (NULL, NULL), 0);
    ck_assert_int_eq (count ("SELECT count(*) FROM message WHERE gone=0"), n);
    ck_assert_int_eq (count ("SELECT count(*) FROM skipped"), 0);
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "scan", "--db", settled_db, "--config", CONF,
                                 "--as-of", "2026-11-20", box, NULL), 0);
    assert_same_exports (db, settled_db);
    g_free (settled_db);
    g_free (out);
    g_free (err);
}
END_TEST

static Suite *
races_suite (void)
{
    Suite *s = suite_create ("scan_races");
    TCase *tc = tcase_create ("races");
    tcase_add_checked_fixture (tc, setup, teardown);
    tcase_set_timeout (tc, 120);
    tcase_add_test (tc, moved_before_reading_found_in_same_run);
    tcase_add_test (tc, vanished_file_read_when_it_comes_back);
    tcase_add_test (tc, unreadable_file_read_once_readable);
    tcase_add_test (tc, unlistable_directory_loses_nothing);
    tcase_add_test (tc, unreadable_mbox_read_once_readable);
    tcase_add_test (tc, verdict_kept_until_the_file_changes);
    tcase_add_test (tc, crash_verdict_kept_until_the_file_changes);
    tcase_add_test (tc, renames_during_scans_lose_nothing);
    suite_add_tcase (s, tc);
    return s;
}

int
main (void)
{
    SRunner *sr = srunner_create (races_suite ());
    int failed;
    srunner_run_all (sr, CK_ENV);
    failed = srunner_ntests_failed (sr);
    srunner_free (sr);
    return failed ? 1 : 0;
}
