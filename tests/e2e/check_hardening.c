/* check_hardening.c - hostile input and hostile places: an empty body,
 * control characters on the terminal, output files that must not be
 * turned against the user, private files, and broken databases. */
#include "config.h"
#include "testlib.h"
#include "base/util.h"
#include "mail/gmime_compat.h"
#include "store/store.h"

#include <check.h>
#include <errno.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
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

/* Found by fuzz_config: response_hours times 3600 overflowed (undefined
 * behaviour); whole numbers in the configuration are now bounded. */
START_TEST (huge_numbers_in_the_configuration_refused)
{
    static const char *const cases[][2] = {
        { "[client:acme]\ndomains = acme.example\nresponse_hours = 9223372036854775807\n", "response_hours" },
        { "[client:acme]\ndomains = acme.example\nresponse_hours = 99999999999999999999999\n", "response_hours" },
        { "[redflag]\nmax_message_mb = 17592186044416\n", "max_message_mb" },
        { "[redflag]\ngrace_days = 4294967297\n", "grace_days" },
    };
    char *conf = g_build_filename (tmp, "big.conf", NULL), *out = NULL, *err = NULL;
    for (size_t i = 0; i < G_N_ELEMENTS (cases); i++) {
        char *want = g_strdup_printf ("%s: expected a whole number up to 1000000", cases[i][1]);
        ck_assert (g_file_set_contents (conf, cases[i][0], -1, NULL));
        ck_assert_int_eq (t_redflag (&out, &err, NULL, "scan", "--db", db, "--config", conf, MAIL "/edge", NULL), 3);
        ck_assert_msg (strstr (err, want) != NULL, "%s", err);
        g_free (want);
        g_free (out);
        g_free (err);
    }
    g_free (conf);
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
        { "rlo \342\200\256txt.exe", "rlo \\u202etxt.exe" },          /* U+202E */
        { "iso \342\201\246x\342\201\251", "iso \\u2066x\\u2069" },  /* U+2066, U+2069 */
        { "dash \342\200\224 ok", "dash \342\200\224 ok" },          /* U+2014 stays */
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
    assert_no_controls ("report --client unknown (errors)", err);
    ck_assert_msg (strstr (err, "no client 'no\\x1b]0;x\\x07body'") != NULL, "%s", err);
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

/* ---- Private files, and a clear word on a database that cannot be used. */

static int
scan_fixtures (const char *path)
{
    char *out = NULL, *err = NULL;
    int rc = t_redflag (&out, &err, NULL, "scan", "--db", path, "--config", CONF, "--as-of", "2026-11-20",
                        MAIL "/maildir", NULL);
    g_free (out);
    g_free (err);
    return rc;
}

static int
file_mode (const char *path)
{
    struct stat sb;
    ck_assert_msg (stat (path, &sb) == 0, "%s: %s", path, g_strerror (errno));
    return (int) (sb.st_mode & 07777);
}

START_TEST (database_files_created_private)
{
    char *lock = g_strconcat (db, ".lock", NULL), *wal = g_strconcat (db, "-wal", NULL);
    char *shm = g_strconcat (db, "-shm", NULL), *older = g_build_filename (tmp, "shared.db", NULL);
    sqlite3 *h = NULL;
    umask (022);
    ck_assert_int_eq (scan_fixtures (db), 0);
    ck_assert_int_eq (file_mode (db), 0600);
    ck_assert_int_eq (file_mode (lock), 0600);
    /* The journal files exist while a writer has the database open. */
    ck_assert_int_eq (sqlite3_open (db, &h), SQLITE_OK);
    ck_assert_int_eq (sqlite3_exec (h, "BEGIN IMMEDIATE; CREATE TABLE probe(x); COMMIT", NULL, NULL, NULL),
                      SQLITE_OK);
    ck_assert_int_eq (file_mode (wal), 0600);
    ck_assert_int_eq (file_mode (shm), 0600);
    sqlite3_close (h);
    /* An existing database keeps the mode its owner gave it. */
    ck_assert (g_file_set_contents (older, "", 0, NULL));
    ck_assert_int_eq (chmod (older, 0640), 0);
    ck_assert_int_eq (scan_fixtures (older), 0);
    ck_assert_int_eq (file_mode (older), 0640);
    g_free (older);
    g_free (shm);
    g_free (wal);
    g_free (lock);
}
END_TEST

/* Run a command on a database; check its exit code and that stderr says
 * what is wrong, and never blames an older redflag. */
static void
expect_refusal (const char *path, int want_rc, const char *want_text, const char *cmd, const char *arg)
{
    char *out = NULL, *err = NULL;
    int rc = arg ? t_redflag (&out, &err, NULL, cmd, arg, "--db", path, NULL)
                 : t_redflag (&out, &err, NULL, cmd, "--db", path, NULL);
    ck_assert_msg (rc == want_rc, "%s on %s: exit %d, not %d: %s", cmd, path, rc, want_rc, err);
    ck_assert_msg (strstr (err, want_text) != NULL, "%s on %s: no \"%s\" in: %s", cmd, path, want_text, err);
    ck_assert_msg (strstr (err, "older redflag") == NULL, "%s", err);
    g_free (out);
    g_free (err);
}

static char *
tmp_file (const char *name, const char *data, gssize len)
{
    char *p = g_build_filename (tmp, name, NULL);
    ck_assert (g_file_set_contents (p, data, len, NULL));
    return p;
}

START_TEST (bad_databases_each_say_what_is_wrong)
{
    char *good = NULL, *copy, *text, *empty, *header, *cut, *foreign;
    gsize len = 0;
    sqlite3 *h = NULL;
    ck_assert_int_eq (scan_fixtures (db), 0);
    ck_assert (g_file_get_contents (db, &good, &len, NULL));
    ck_assert_uint_gt (len, 4096);

    empty = tmp_file ("empty.db", "", 0);
    expect_refusal (empty, 6, "an empty file (0 bytes), not a redflag database yet; run 'redflag scan", "report", NULL);
    text = tmp_file ("notes.db", "shopping list: milk, eggs\n", -1);
    expect_refusal (text, 1, "not an SQLite database (it does not start with the SQLite header)", "report", NULL);
    expect_refusal (text, 1, "not an SQLite database", "scan", MAIL "/edge");
    /* Page size 3: the header says SQLite but cannot be one. */
    copy = g_memdup2 (good, len);
    copy[16] = 0;
    copy[17] = 3;
    header = tmp_file ("header.db", copy, (gssize) len);
    expect_refusal (header, 1, "the database's header is damaged (SQLite: file is not a database); restore it",
                    "export", "messages");
    cut = tmp_file ("cut.db", good, (gssize) len / 2);
    expect_refusal (cut, 1, "the database is truncated:", "report", NULL);
    expect_refusal (cut, 1, "the database is truncated:", "analyze", NULL);
    expect_refusal (tmp, 1, "a directory, not a database file", "report", NULL);
    /* Another program's database is neither read nor written. */
    foreign = g_build_filename (tmp, "other.db", NULL);
    ck_assert_int_eq (sqlite3_open (foreign, &h), SQLITE_OK);
    ck_assert_int_eq (sqlite3_exec (h, "CREATE TABLE bookmarks(url)", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close (h);
    expect_refusal (foreign, 1, "an SQLite database, but not redflag's", "report", NULL);
    expect_refusal (foreign, 1, "an SQLite database, but not redflag's", "scan", MAIL "/edge");
    ck_assert_int_eq (t_db_int (foreign, "SELECT count(*) FROM sqlite_schema"), 1);
    g_free (foreign);
    g_free (cut);
    g_free (header);
    g_free (copy);
    g_free (text);
    g_free (empty);
    g_free (good);
}
END_TEST

START_TEST (newer_database_refused_by_every_command)
{
    static const char *const cmds[][2] = {
        { "report", NULL }, { "export", "messages" }, { "audit", "acme" }, { "analyze", NULL }, { "scan", MAIL "/edge" },
    };
    char *want = g_strdup_printf ("database schema version %d is newer than this redflag (%d); upgrade redflag",
                                  rf_store_schema_version () + 1, rf_store_schema_version ());
    char *sql = g_strdup_printf ("PRAGMA user_version=%d", rf_store_schema_version () + 1);
    sqlite3 *h = NULL;
    ck_assert_int_eq (scan_fixtures (db), 0);
    ck_assert_int_eq (sqlite3_open (db, &h), SQLITE_OK);
    ck_assert_int_eq (sqlite3_exec (h, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close (h);
    for (size_t i = 0; i < G_N_ELEMENTS (cmds); i++)
        expect_refusal (db, 1, want, cmds[i][0], cmds[i][1]);
    g_free (sql);
    g_free (want);
}
END_TEST

/* A failed query is reported with SQLite's words, not taken for a default. */
START_TEST (query_errors_are_not_hidden)
{
    GError *err = NULL;
    rf_store_t *st = rf_store_open (db, RF_STORE_WRITE, &err);
    gint64 v = 0;
    ck_assert_ptr_nonnull (st);
    ck_assert (rf_store_query_value (st, "SELECT count(*) FROM message", -1, &v, &err));
    ck_assert_int_eq (v, 0);
    ck_assert (rf_store_query_value (st, "SELECT max(id) FROM message", -1, &v, &err));
    ck_assert_int_eq (v, -1);
    ck_assert (!rf_store_query_value (st, "SELECT count(*) FROM no_such_table", -1, &v, &err));
    ck_assert_msg (strstr (err->message, "no such table: no_such_table") != NULL, "%s", err->message);
    ck_assert_int_eq (v, -1);
    g_error_free (err);
    rf_store_close (st);
}
END_TEST

/* Run redflag as an unprivileged user (root ignores file modes), with
 * setpriv when the tests run as root. Returns the exit code, or -1 when
 * that cannot be done here. */
static int
run_unprivileged (char **out, char **err, const char *const *args)
{
    GPtrArray *argv = g_ptr_array_new ();
    int status = 0;
    if (geteuid () == 0) {
        if (!g_file_test ("/usr/bin/setpriv", G_FILE_TEST_IS_EXECUTABLE)) {
            g_ptr_array_unref (argv);
            return -1;
        }
        g_ptr_array_add (argv, (gpointer) "/usr/bin/setpriv");
        g_ptr_array_add (argv, (gpointer) "--reuid=65534");
        g_ptr_array_add (argv, (gpointer) "--regid=65534");
        g_ptr_array_add (argv, (gpointer) "--clear-groups");
    }
    g_ptr_array_add (argv, (gpointer) TOP_BUILDDIR "/src/redflag");
    for (const char *const *a = args; *a; a++)
        g_ptr_array_add (argv, (gpointer) *a);
    g_ptr_array_add (argv, NULL);
    ck_assert (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status,
                             NULL));
    g_ptr_array_unref (argv);
    return WIFEXITED (status) ? WEXITSTATUS (status) : 128;
}

START_TEST (read_only_places_named)
{
    char *ro = g_build_filename (tmp, "ro", NULL), *inside = g_build_filename (ro, "r.db", NULL);
    char *fresh = g_build_filename (ro, "new.db", NULL), *out = NULL, *err = NULL;
    const char *scan_new[] = { "scan", "--db", fresh, MAIL "/edge", NULL };
    const char *scan_old[] = { "scan", "--db", inside, MAIL "/edge", NULL };
    const char *report[] = { "report", "--db", inside, NULL };
    int rc;
    g_mkdir_with_parents (ro, 0755);
    ck_assert_int_eq (scan_fixtures (inside), 0);
    ck_assert_int_eq (chmod (tmp, 0755), 0);
    ck_assert_int_eq (chmod (inside, 0444), 0);
    ck_assert_int_eq (chmod (ro, 0555), 0);
    rc = run_unprivileged (&out, &err, scan_new);
    if (rc < 0) {
        g_free (ro);
        g_free (inside);
        g_free (fresh);
        return;   /* root without setpriv: modes cannot be tested */
    }
    ck_assert_int_eq (rc, 1);
    ck_assert_msg (strstr (err, "cannot write in the directory") != NULL && strstr (err, "choose another place with --db"),
                   "%s", err);
    g_free (out);
    g_free (err);
    /* The file itself is read-only to this user. */
    ck_assert_int_eq (run_unprivileged (&out, &err, scan_old), 1);
    ck_assert_msg (strstr (err, "the database file is read-only for you") != NULL, "%s", err);
    g_free (out);
    g_free (err);
    /* A reader must create the -shm file of a database in WAL mode. */
    ck_assert_int_eq (run_unprivileged (&out, &err, report), 1);
    ck_assert_msg (strstr (err, "r.db-shm beside it to read it (the database is in WAL mode), and the directory")
                   != NULL && strstr (err, "is not writable for you; make it writable, or copy the database"),
                   "%s", err);
    g_free (out);
    g_free (err);
    ck_assert_int_eq (chmod (ro, 0755), 0);
    g_free (fresh);
    g_free (inside);
    g_free (ro);
}
END_TEST

/* ---- Output files that cannot be turned against the user. */

static char *
sha_of (const char *path)
{
    char *data = NULL, *sum;
    gsize len = 0;
    ck_assert_msg (g_file_get_contents (path, &data, &len, NULL), "%s", path);
    sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, len);
    g_free (data);
    return sum;
}

static int
export_to (const char *flag, const char *path, char **err_out)
{
    char *out = NULL, *err = NULL;
    int rc = !strcmp (flag, "--all") ? t_redflag (&out, &err, NULL, "export", "--all", path, "--db", db, NULL)
                                     : t_redflag (&out, &err, NULL, "export", "messages", flag, path, "--db", db, NULL);
    g_free (out);
    if (err_out)
        *err_out = err;
    else
        g_free (err);
    return rc;
}

START_TEST (outputs_never_replace_the_database)
{
    char *sub = g_build_filename (tmp, "sub", NULL), *other = g_build_filename (sub, "..", "t.db", NULL);
    char *hard = g_build_filename (tmp, "hard.db", NULL), *before, *after, *err = NULL, *out = NULL;
    char *names[] = { db, other, hard, NULL, NULL, NULL, NULL };
    names[3] = g_strconcat (db, "-wal", NULL);
    names[4] = g_strconcat (db, "-shm", NULL);
    names[5] = g_strconcat (db, ".lock", NULL);
    ck_assert_int_eq (scan_fixtures (db), 0);
    g_mkdir_with_parents (sub, 0700);
    ck_assert_int_eq (link (db, hard), 0);
    before = sha_of (db);
    for (char **n = names; *n; n++) {
        ck_assert_msg (export_to ("--out", *n, &err) == 2, "export --out %s: %s", *n, err);
        ck_assert_msg (strstr (err, "this is the database") != NULL && strstr (err, "name another output file"),
                       "%s", err);
        g_free (err);
        ck_assert_int_eq (t_redflag (&out, &err, NULL, "audit", "acme", "--db", db, "--out", *n, NULL), 2);
        ck_assert_msg (strstr (err, "this is the database") != NULL, "%s", err);
        g_free (out);
        g_free (err);
    }
    after = sha_of (db);
    ck_assert_str_eq (before, after);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM message"), 46);
    for (int i = 3; i < 6; i++)
        g_free (names[i]);
    g_free (before);
    g_free (after);
    g_free (hard);
    g_free (other);
    g_free (sub);
}
END_TEST

START_TEST (outputs_never_written_through_a_link)
{
    char *victim = g_build_filename (tmp, "victim.txt", NULL), *link_out = g_build_filename (tmp, "out.csv", NULL);
    char *dir = g_build_filename (tmp, "all", NULL), *in_dir = g_build_filename (dir, "messages.csv", NULL);
    char *other = g_build_filename (dir, "clients.csv", NULL), *text, *err = NULL;
    struct stat sb;
    ck_assert_int_eq (scan_fixtures (db), 0);
    ck_assert (g_file_set_contents (victim, "precious\n", -1, NULL));
    ck_assert_int_eq (symlink (victim, link_out), 0);
    ck_assert_int_eq (export_to ("--out", link_out, &err), 1);
    ck_assert_msg (strstr (err, "a symbolic link; redflag does not write through links") != NULL, "%s", err);
    g_free (err);
    ck_assert_int_eq (lstat (link_out, &sb), 0);
    ck_assert (S_ISLNK (sb.st_mode));
    /* --all: one link among the tables, and nothing at all is written. */
    g_mkdir_with_parents (dir, 0700);
    ck_assert_int_eq (symlink (victim, in_dir), 0);
    ck_assert_int_eq (export_to ("--all", dir, &err), 1);
    ck_assert_msg (strstr (err, "messages.csv: a symbolic link") != NULL, "%s", err);
    g_free (err);
    ck_assert (!g_file_test (other, G_FILE_TEST_EXISTS));
    text = t_read (victim);
    ck_assert_str_eq (text, "precious\n");
    g_free (text);
    /* A device named directly is written to as it is. */
    ck_assert_int_eq (export_to ("--out", "/dev/null", NULL), 0);
    g_free (other);
    g_free (in_dir);
    g_free (dir);
    g_free (link_out);
    g_free (victim);
}
END_TEST

START_TEST (outputs_private_unless_the_file_exists)
{
    char *fresh = g_build_filename (tmp, "new.csv", NULL), *kept = g_build_filename (tmp, "kept.csv", NULL);
    char *dir = g_build_filename (tmp, "tables", NULL), *table = g_build_filename (dir, "invoices.csv", NULL);
    char *page = g_build_filename (tmp, "page.html", NULL), *out = NULL, *err = NULL, *text;
    umask (022);
    ck_assert_int_eq (scan_fixtures (db), 0);
    ck_assert_int_eq (export_to ("--out", fresh, NULL), 0);
    ck_assert_int_eq (file_mode (fresh), 0600);
    ck_assert (g_file_set_contents (kept, "old\n", -1, NULL));
    ck_assert_int_eq (chmod (kept, 0640), 0);
    ck_assert_int_eq (export_to ("--out", kept, NULL), 0);
    ck_assert_int_eq (file_mode (kept), 0640);
    text = t_read (kept);
    ck_assert (g_str_has_prefix (text, "message_id,"));
    g_free (text);
    ck_assert_int_eq (export_to ("--all", dir, NULL), 0);
    ck_assert_int_eq (file_mode (dir), 0700);
    ck_assert_int_eq (file_mode (table), 0600);
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "audit", "acme", "--db", db, "--out", page, NULL), 0);
    ck_assert_int_eq (file_mode (page), 0600);
    g_free (out);
    g_free (err);
    g_free (page);
    g_free (table);
    g_free (dir);
    g_free (kept);
    g_free (fresh);
}
END_TEST

/* A disk that fills up (here a file size limit of 1 KiB: the table is
 * about 8 KiB) leaves the previous file whole and no temporary file. */
START_TEST (write_failure_keeps_the_previous_file)
{
    char *target = g_build_filename (tmp, "messages.csv", NULL), *out = NULL, *err = NULL, *text;
    const char *argv[] = { "/bin/sh", "-c", "ulimit -f 2 && exec \"$0\" \"$@\"", TOP_BUILDDIR "/src/redflag",
                           "export", "messages", "--db", db, "--out", target, NULL };
    sqlite3 *h = NULL;
    int status = 0;
    GDir *d;
    const char *name;
    ck_assert_int_eq (scan_fixtures (db), 0);
    ck_assert (g_file_set_contents (target, "previous export\n", -1, NULL));
    /* Keep the -shm file full size, so that only the export grows a file. */
    ck_assert_int_eq (sqlite3_open (db, &h), SQLITE_OK);
    ck_assert_int_eq (sqlite3_exec (h, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL), SQLITE_OK);
    ck_assert (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, NULL));
    sqlite3_close (h);
    ck_assert_msg (WIFEXITED (status) && WEXITSTATUS (status) == 1, "status %d: %s", status, err);
    ck_assert_msg (strstr (err, "messages.csv: cannot write: File too large; the file that was there is left")
                   != NULL, "%s", err);
    text = t_read (target);
    ck_assert_str_eq (text, "previous export\n");
    d = g_dir_open (tmp, 0, NULL);
    while ((name = g_dir_read_name (d)))
        ck_assert_msg (!g_str_has_prefix (name, ".messages.csv."), "temporary file left: %s", name);
    g_dir_close (d);
    g_free (text);
    g_free (out);
    g_free (err);
    g_free (target);
}
END_TEST

static void
default_sigpipe (gpointer data)
{
    signal (SIGPIPE, SIG_DFL);
}

/* Run redflag with standard output on a pipe nobody reads any more (as
 * after `| head` has quit); returns the exit status, stderr in *err. */
static int
run_into_closed_pipe (const char *const *args, char **err)
{
    int out_pipe[2], err_pipe[2], status = 0;
    GPtrArray *argv = g_ptr_array_new ();
    GString *e = g_string_new (NULL);
    char buf[4096];
    ssize_t n;
    GPid pid;
    ck_assert_int_eq (pipe (out_pipe), 0);
    ck_assert_int_eq (pipe (err_pipe), 0);
    close (out_pipe[0]);
    g_ptr_array_add (argv, (gpointer) TOP_BUILDDIR "/src/redflag");
    for (const char *const *a = args; *a; a++)
        g_ptr_array_add (argv, (gpointer) *a);
    g_ptr_array_add (argv, NULL);
    ck_assert (g_spawn_async_with_fds (NULL, (char **) argv->pdata, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                       default_sigpipe, NULL, &pid, -1, out_pipe[1], err_pipe[1], NULL));
    close (out_pipe[1]);
    close (err_pipe[1]);
    while ((n = read (err_pipe[0], buf, sizeof buf)) > 0)
        g_string_append_len (e, buf, n);
    close (err_pipe[0]);
    ck_assert_int_eq (waitpid (pid, &status, 0), pid);
    g_spawn_close_pid (pid);
    g_ptr_array_unref (argv);
    *err = g_string_free (e, FALSE);
    return WIFEXITED (status) ? WEXITSTATUS (status) : 128 + WTERMSIG (status);
}

START_TEST (closed_pipe_ends_quietly)
{
    const char *export[] = { "export", "messages", "--db", db, NULL };
    const char *audit[] = { "audit", "acme", "--out", "-", "--db", db, NULL };
    const char *report[] = { "report", "--details", "--db", db, NULL };
    const char *const *cmds[] = { export, audit, report };
    char *err = NULL;
    ck_assert_int_eq (scan_fixtures (db), 0);
    for (size_t i = 0; i < G_N_ELEMENTS (cmds); i++) {
        ck_assert_msg (run_into_closed_pipe (cmds[i], &err) == 0, "%s: %s", cmds[i][0], err);
        ck_assert_msg (*err == '\0', "%s: %s", cmds[i][0], err);
        g_free (err);
    }
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
    tcase_add_test (tc, huge_numbers_in_the_configuration_refused);
    suite_add_tcase (s, tc);
    tc = tcase_create ("terminal");
    tcase_add_checked_fixture (tc, setup, teardown);
    tcase_set_timeout (tc, 60);
    tcase_add_test (tc, term_safe_forms);
    tcase_add_test (tc, report_and_warnings_show_no_control_characters);
    tcase_add_test (tc, patterns_explain_shows_no_control_characters);
    suite_add_tcase (s, tc);
    tc = tcase_create ("database");
    tcase_add_checked_fixture (tc, setup, teardown);
    tcase_set_timeout (tc, 60);
    tcase_add_test (tc, database_files_created_private);
    tcase_add_test (tc, bad_databases_each_say_what_is_wrong);
    tcase_add_test (tc, newer_database_refused_by_every_command);
    tcase_add_test (tc, query_errors_are_not_hidden);
    tcase_add_test (tc, read_only_places_named);
    suite_add_tcase (s, tc);
    tc = tcase_create ("outputs");
    tcase_add_checked_fixture (tc, setup, teardown);
    tcase_set_timeout (tc, 60);
    tcase_add_test (tc, outputs_never_replace_the_database);
    tcase_add_test (tc, outputs_never_written_through_a_link);
    tcase_add_test (tc, outputs_private_unless_the_file_exists);
    tcase_add_test (tc, write_failure_keeps_the_previous_file);
    tcase_add_test (tc, closed_pipe_ends_quietly);
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
