/* check_markers_refresh.c - stored marker hits follow the patterns: a user
 * pattern added or removed, a changed built-in set (an upgrade), copies
 * that are gone, mbox messages, a killed refresh, and re-runs that must do
 * nothing. Runs the built binary on fixtures/mail. */
#include "config.h"
#include "testlib.h"

#include <check.h>
#include <stdio.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAIL FIXTURES_DIR "/mail"
#define CONF MAIL "/redflag.conf"

/* Two patterns matching two known inbound messages and nothing else:
 * a1-1.paul (two copies: cur/ and .Archive/) and g4-1.carol. */
static const char user_pat[] =
    "id: see_mockups\n"
    "regex: \\bmock-ups\\s+of\\s+the\\s+new\\s+home\\s+page\\b\n"
    "match: Could we see the mock-ups of the new home page?\n"
    "nomatch: Here are the mock-ups of the old page.\n"
    "\n"
    "id: six_seconds\n"
    "regex: \\bsix\\s+seconds\\s+to\\s+load\\b\n"
    "match: The pages take six seconds to load on mobile.\n"
    "nomatch: The pages take two seconds to load.\n";

static char *tmp, *db, *user_dir;

static void
setup (void)
{
    char *en;
    tmp = t_tmpdir ();
    db = g_build_filename (tmp, "t.db", NULL);
    user_dir = g_build_filename (tmp, "mine", NULL);
    en = g_build_filename (user_dir, "en", NULL);
    g_mkdir_with_parents (en, 0700);
    g_free (en);
    en = g_build_filename (user_dir, "en", "scope_change.pat", NULL);
    ck_assert (g_file_set_contents (en, user_pat, -1, NULL));
    g_free (en);
}

static void
teardown (void)
{
    t_rmtree (tmp);
    g_free (tmp);
    g_free (db);
    g_free (user_dir);
}

/* redflag scan of the given paths, with --patterns when patterns is not
 * NULL; returns the exit status and stderr (g_free). */
static int
scan (const char *env, const char *patterns, const char *path1, const char *path2, char **err_out)
{
    char *out = NULL, *err = NULL;
    int rc;
    if (patterns)
        rc = t_redflag (&out, &err, env, "scan", "--db", db, "--config", CONF, "--as-of", "2026-11-20",
                        "--patterns", patterns, path1, path2, NULL);
    else
        rc = t_redflag (&out, &err, env, "scan", "--db", db, "--config", CONF, "--as-of", "2026-11-20",
                        path1, path2, NULL);
    g_free (out);
    if (err_out)
        *err_out = err;
    else
        g_free (err);
    return rc;
}

/* redflag analyze, with --patterns when patterns is not NULL. */
static int
analyze_with (const char *env, const char *patterns, char **err_out)
{
    char *out = NULL, *err = NULL;
    int rc;
    if (patterns)
        rc = t_redflag (&out, &err, env, "analyze", "--db", db, "--config", CONF, "--as-of",
                        "2026-11-20", "--patterns", patterns, NULL);
    else
        rc = t_redflag (&out, &err, env, "analyze", "--db", db, "--config", CONF, "--as-of",
                        "2026-11-20", NULL);
    g_free (out);
    *err_out = err;
    return rc;
}

static int
analyze (const char *env, char **err_out)
{
    return analyze_with (env, NULL, err_out);
}

static char *
export_markers (void)
{
    char *out = NULL, *err = NULL;
    int rc = t_redflag (&out, &err, NULL, "export", "markers", "--db", db, NULL);
    ck_assert_msg (rc == 0, "export markers: %s", err);
    g_free (err);
    return out;
}

/* Number of exported marker rows of message msgid with pattern id. */
static int
exported (const char *msgid, const char *pattern_id)
{
    char *csv = export_markers (), **lines = g_strsplit (csv, "\n", -1);
    char *prefix = g_strconcat (msgid, ",", NULL);
    int n = 0;
    for (char **l = lines; *l; l++)
        n += g_str_has_prefix (*l, prefix) && strstr (*l, pattern_id) != NULL;
    g_free (prefix);
    g_strfreev (lines);
    g_free (csv);
    return n;
}

static gint64
data_gen (void)
{
    return t_db_int (db, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'data_gen'");
}

/* A fingerprint of the stored hits: rows rewritten get new ids. */
static gint64
hit_ids (void)
{
    return t_db_int (db, "SELECT count(*) * 1000000 + COALESCE(sum(id), 0) FROM marker_hit");
}

START_TEST (user_patterns_added_then_removed)
{
    char *err = NULL;
    gint64 gen, ids;

    ck_assert_int_eq (scan (NULL, NULL, MAIL "/maildir", MAIL "/mbox", NULL), 0);
    /* The fixture's one built-in hit, and none of ours yet. */
    ck_assert_int_eq (exported ("a2-2.julie@mail.acme.example", "en.status_chasing.any_update"), 1);
    ck_assert_int_eq (exported ("a1-1.paul@mail.acme.example", "en.scope_change.see_mockups"), 0);
    gen = data_gen ();

    /* Nothing new to read, but the patterns changed: the old messages get
     * the new hits and analysis runs again. */
    ck_assert_int_eq (scan (NULL, user_dir, MAIL "/maildir", MAIL "/mbox", &err), 0);
    ck_assert_msg (strstr (err, "marker patterns changed") != NULL, "%s", err);
    g_free (err);
    ck_assert_int_eq (exported ("a1-1.paul@mail.acme.example", "en.scope_change.see_mockups"), 1);
    ck_assert_int_eq (exported ("g4-1.carol@mx.globex.example", "en.scope_change.six_seconds"), 1);
    ck_assert_int_eq (exported ("a2-2.julie@mail.acme.example", "en.status_chasing.any_update"), 1);
    /* Two months from our patterns, one from the built-in scorer: "Could
     * you add the figures for the newsletter sign-ups as well?" asks for
     * more work (en.scope_change.model). */
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM marker_month_category WHERE "
                                    "category = 'scope_change' AND hits > 0"), 3);
    ck_assert_int_eq (data_gen (), gen + 1);

    /* Same patterns again: nothing read, nothing rewritten, no analysis. */
    gen = data_gen ();
    ids = hit_ids ();
    ck_assert_int_eq (scan (NULL, user_dir, MAIL "/maildir", MAIL "/mbox", &err), 0);
    ck_assert_msg (strstr (err, "marker patterns changed") == NULL, "%s", err);
    g_free (err);
    ck_assert_int_eq (data_gen (), gen);
    ck_assert_int_eq (hit_ids (), ids);

    /* Without --patterns the set is the built-in one again: our hits go. */
    ck_assert_int_eq (scan (NULL, NULL, MAIL "/maildir", MAIL "/mbox", NULL), 0);
    ck_assert_int_eq (exported ("a1-1.paul@mail.acme.example", "en.scope_change.see_mockups"), 0);
    ck_assert_int_eq (exported ("a2-2.julie@mail.acme.example", "en.status_chasing.any_update"), 1);
    ck_assert_int_eq (data_gen (), gen + 1);
}
END_TEST

/* [redflag] patterns names the directory once: runs without --patterns
 * use it (a relative directory is relative to the configuration file),
 * and so does 'redflag patterns'. */
START_TEST (patterns_from_configuration)
{
    char *text = t_read (CONF), **halves, *conf = g_build_filename (tmp, "with-patterns.conf", NULL);
    char *joined, *out = NULL, *err = NULL;
    ck_assert_ptr_nonnull (text);
    halves = g_strsplit (text, "[redflag]\n", 2);
    ck_assert_ptr_nonnull (halves[1]);
    joined = g_strconcat (halves[0], "[redflag]\npatterns = mine\n", halves[1], NULL);
    ck_assert (g_file_set_contents (conf, joined, -1, NULL));
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "scan", "--db", db, "--config", conf, "--as-of", "2026-11-20",
                                 MAIL "/maildir", MAIL "/mbox", NULL), 0);
    g_free (out);
    g_free (err);
    ck_assert_int_eq (exported ("a1-1.paul@mail.acme.example", "en.scope_change.see_mockups"), 1);
    /* The same configuration again, through analyze: nothing scanned again. */
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "analyze", "--db", db, "--config", conf, "--as-of",
                                 "2026-11-20", NULL), 0);
    ck_assert_msg (strstr (err, "marker patterns changed") == NULL, "%s", err);
    g_free (out);
    g_free (err);
    ck_assert_int_eq (exported ("a1-1.paul@mail.acme.example", "en.scope_change.see_mockups"), 1);
    /* 'redflag patterns' reads the same key. */
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "patterns", "explain", "--config", conf,
                                 "The pages take six seconds to load on mobile.", NULL), 0);
    ck_assert_msg (strstr (out, "HIT     en.scope_change.six_seconds") != NULL, "%s", out);
    g_free (out);
    g_free (err);
    /* A configuration without the key is the built-in set alone. */
    ck_assert_int_eq (scan (NULL, NULL, MAIL "/maildir", MAIL "/mbox", NULL), 0);
    ck_assert_int_eq (exported ("a1-1.paul@mail.acme.example", "en.scope_change.see_mockups"), 0);
    g_strfreev (halves);
    g_free (joined);
    g_free (text);
    g_free (conf);
}
END_TEST

/* A pattern file edited without changing a pattern (a comment): the new
 * stamp is stored, nothing is scanned again; a changed regex is. */
START_TEST (comment_edit_restamps_without_rescan)
{
    char *err = NULL, *stamp, *path = g_build_filename (user_dir, "en", "scope_change.pat", NULL);
    char *edited = g_strconcat ("# our own scope patterns\n", user_pat, NULL);
    static const char stamp_sql[] = "SELECT value FROM meta WHERE key = 'patterns_stamp'";
    gint64 gen, ids;

    ck_assert_int_eq (scan (NULL, user_dir, MAIL "/maildir", MAIL "/mbox", NULL), 0);
    stamp = t_db_text (db, stamp_sql);
    ck_assert_ptr_nonnull (stamp);
    gen = data_gen ();
    ids = hit_ids ();

    ck_assert (g_file_set_contents (path, edited, -1, NULL));
    ck_assert_int_eq (scan (NULL, user_dir, MAIL "/maildir", MAIL "/mbox", &err), 0);
    ck_assert_msg (strstr (err, "marker patterns changed") == NULL, "%s", err);
    g_free (err);
    ck_assert_int_eq (data_gen (), gen);
    ck_assert_int_eq (hit_ids (), ids);
    err = t_db_text (db, stamp_sql);
    ck_assert_str_ne (err, stamp);
    g_free (err);

    /* The regex of six_seconds now wants "ten seconds": its hit goes. */
    g_free (edited);
    edited = g_strdup (user_pat);
    for (char *p = strstr (edited, "six"); p; p = strstr (p, "six"))
        if (strncmp (p - 4, "id: ", 4) != 0)
            memcpy (p, "ten", 3);
        else
            p += 3;
    ck_assert (g_file_set_contents (path, edited, -1, NULL));
    ck_assert_int_eq (scan (NULL, user_dir, MAIL "/maildir", MAIL "/mbox", &err), 0);
    ck_assert_msg (strstr (err, "marker patterns changed") != NULL, "%s", err);
    g_free (err);
    ck_assert_int_eq (exported ("g4-1.carol@mx.globex.example", "en.scope_change.six_seconds"), 0);
    ck_assert_int_eq (exported ("a1-1.paul@mail.acme.example", "en.scope_change.see_mockups"), 1);
    ck_assert_int_eq (data_gen (), gen + 1);
    g_free (edited);
    g_free (stamp);
    g_free (path);
}
END_TEST

/* A run reads the pattern files only when their stat data changed since
 * their contents were stamped. A file touched (same bytes) is stamped
 * again without a rescan; a file rewritten in place with the same size and
 * its old modification time put back is still seen (its change time
 * moved). */
START_TEST (pattern_files_read_only_when_touched)
{
    char *err = NULL, *path = g_build_filename (user_dir, "en", "scope_change.pat", NULL);
    char *edited = g_strdup (user_pat), *stamp, *files, *now;
    static const char stamp_sql[] = "SELECT value FROM meta WHERE key = 'patterns_stamp'";
    static const char files_sql[] = "SELECT value FROM meta WHERE key = 'patterns_files'";
    struct stat sb;
    struct timespec times[2];
    gint64 gen;

    ck_assert_int_eq (scan (NULL, user_dir, MAIL "/maildir", MAIL "/mbox", NULL), 0);
    ck_assert_int_eq (exported ("g4-1.carol@mx.globex.example", "en.scope_change.six_seconds"), 1);
    stamp = t_db_text (db, stamp_sql);
    files = t_db_text (db, files_sql);
    ck_assert_ptr_nonnull (files);
    gen = data_gen ();

    /* Touched: same bytes, new times. */
    times[0].tv_sec = times[1].tv_sec = 1700000000;
    times[0].tv_nsec = times[1].tv_nsec = 0;
    ck_assert_int_eq (utimensat (AT_FDCWD, path, times, 0), 0);
    ck_assert_int_eq (scan (NULL, user_dir, MAIL "/maildir", MAIL "/mbox", &err), 0);
    ck_assert_msg (strstr (err, "marker patterns changed") == NULL, "%s", err);
    g_free (err);
    ck_assert_int_eq (data_gen (), gen);
    now = t_db_text (db, files_sql);
    ck_assert_str_ne (now, files);
    g_free (now);
    now = t_db_text (db, stamp_sql);
    ck_assert_str_eq (now, stamp);
    g_free (now);

    /* "six" becomes "ten" in the regex: the same size; the old times are
     * put back, only the change time tells. */
    ck_assert_int_eq (stat (path, &sb), 0);
    for (char *p = strstr (edited, "six"); p; p = strstr (p, "six"))
        if (strncmp (p - 4, "id: ", 4) != 0)
            memcpy (p, "ten", 3);
        else
            p += 3;
    {
        /* Written in place: a new file would have a new inode. */
        FILE *f = fopen (path, "r+");
        ck_assert_ptr_nonnull (f);
        ck_assert_uint_eq (fwrite (edited, 1, strlen (edited), f), strlen (edited));
        ck_assert_int_eq (fclose (f), 0);
    }
    times[0] = sb.st_atim;
    times[1] = sb.st_mtim;
    ck_assert_int_eq (utimensat (AT_FDCWD, path, times, 0), 0);
    ck_assert_int_eq (stat (path, &sb), 0);
    ck_assert_int_eq (sb.st_mtim.tv_sec, 1700000000);
    ck_assert_int_eq (scan (NULL, user_dir, MAIL "/maildir", MAIL "/mbox", &err), 0);
    ck_assert_msg (strstr (err, "marker patterns changed") != NULL, "%s", err);
    g_free (err);
    ck_assert_int_eq (exported ("g4-1.carol@mx.globex.example", "en.scope_change.six_seconds"), 0);
    ck_assert_int_eq (data_gen (), gen + 1);
    g_free (edited);
    g_free (stamp);
    g_free (files);
    g_free (path);
}
END_TEST

/* An upgrade changes the built-in files: 'redflag analyze' alone notices.
 * One copy of a1-1.paul is gone, so the other is read; both copies of
 * a2-2.julie are gone, so it keeps its hit and is counted in a warning. */
START_TEST (builtin_change_seen_by_analyze)
{
    char *builtin = g_build_filename (tmp, "builtin", NULL), *maildir = g_build_filename (tmp, "maildir", NULL);
    char *env = g_strconcat ("REDFLAG_DATADIR=", builtin, NULL), *err = NULL, *f, *all;
    char *pat = g_build_filename (builtin, "en", "scope_change.pat", NULL);
    gint64 gen;

    t_copy_tree (TOP_SRCDIR "/patterns", builtin);
    t_copy_tree (MAIL "/maildir", maildir);
    ck_assert_int_eq (scan (env, NULL, maildir, MAIL "/mbox", NULL), 0);
    ck_assert_int_eq (exported ("a1-1.paul@mail.acme.example", "en.scope_change.see_mockups"), 0);

    /* The new release: one more built-in pattern. */
    ck_assert (g_file_get_contents (pat, &f, NULL, NULL));
    all = g_strconcat (f, "\n", user_pat, NULL);
    ck_assert (g_file_set_contents (pat, all, -1, NULL));
    g_free (f);
    g_free (all);
    f = g_build_filename (maildir, "cur", "1774623620.M5P4242Q1.fixture:2,RS", NULL);
    ck_assert_int_eq (unlink (f), 0);   /* a1-1.paul in cur/ (its .Archive copy stays) */
    g_free (f);
    f = g_build_filename (maildir, "cur", "1768641320.M2P4242Q1.fixture:2,S", NULL);
    ck_assert_int_eq (unlink (f), 0);   /* a2-2.julie, its only copy */
    g_free (f);

    gen = data_gen ();
    ck_assert_int_eq (analyze (env, &err), 0);
    ck_assert_msg (strstr (err, "1 messages could not be read again") != NULL, "%s", err);
    g_free (err);
    ck_assert_int_eq (exported ("a1-1.paul@mail.acme.example", "en.scope_change.see_mockups"), 1);
    ck_assert_int_eq (exported ("a2-2.julie@mail.acme.example", "en.status_chasing.any_update"), 1);
    ck_assert_int_eq (data_gen (), gen + 1);

    /* Without a listing, a file not found may have been renamed: not
     * done, so analyze reads them again... */
    ck_assert_int_eq (analyze (env, &err), 0);
    ck_assert_msg (strstr (err, "1 messages could not be read again") != NULL, "%s", err);
    g_free (err);
    ck_assert_int_eq (data_gen (), gen + 2);
    /* ...until a scan lists the folders: julie's message is gone, done. */
    ck_assert_int_eq (scan (env, NULL, maildir, MAIL "/mbox", &err), 0);
    ck_assert_msg (strstr (err, "could not be read") == NULL, "%s", err);
    g_free (err);
    gen = data_gen ();
    ck_assert_int_eq (analyze (env, &err), 0);
    ck_assert_msg (strstr (err, "marker patterns changed") == NULL, "%s", err);
    g_free (err);
    ck_assert_int_eq (data_gen (), gen);
    g_free (pat);
    g_free (env);
    g_free (maildir);
    g_free (builtin);
}
END_TEST

/* A mail client renames files (their flags) between a scan and an
 * 'analyze' that finds the patterns changed: the renamed message cannot
 * be read there, and the next scan, after its listing, reads it again. */
START_TEST (renamed_before_analyze_refreshed_by_next_scan)
{
    char *maildir = g_build_filename (tmp, "maildir", NULL), *err = NULL;
    static const char *const copies[][2] = {
        { "cur", "1774623620.M5P4242Q1.fixture:2,RS" },
        { ".Archive/cur", "1774623620.M6P4242Q1.fixture:2,RS" },
    };
    t_copy_tree (MAIL "/maildir", maildir);
    ck_assert_int_eq (scan (NULL, NULL, maildir, MAIL "/mbox", NULL), 0);
    for (guint i = 0; i < G_N_ELEMENTS (copies); i++) {
        char *from = g_build_filename (maildir, copies[i][0], copies[i][1], NULL);
        char *to = g_strconcat (from, "F", NULL);      /* flagged */
        ck_assert_int_eq (rename (from, to), 0);
        g_free (from);
        g_free (to);
    }
    ck_assert_int_eq (analyze_with (NULL, user_dir, &err), 0);
    ck_assert_msg (strstr (err, "1 messages could not be read again") != NULL, "%s", err);
    ck_assert_msg (strstr (err, "the next scan reads them again") != NULL, "%s", err);
    g_free (err);
    ck_assert_int_eq (exported ("a1-1.paul@mail.acme.example", "en.scope_change.see_mockups"), 0);
    ck_assert_int_eq (exported ("g4-1.carol@mx.globex.example", "en.scope_change.six_seconds"), 1);
    ck_assert_int_eq (scan (NULL, user_dir, maildir, MAIL "/mbox", &err), 0);
    ck_assert_msg (strstr (err, "could not be read") == NULL, "%s", err);
    g_free (err);
    ck_assert_int_eq (exported ("a1-1.paul@mail.acme.example", "en.scope_change.see_mockups"), 1);
    g_free (maildir);
}
END_TEST

/* 'analyze --patterns DIR' means what it means for scan. */
START_TEST (analyze_takes_patterns)
{
    char *err = NULL, *missing = g_build_filename (tmp, "nowhere", NULL);
    gint64 gen;

    ck_assert_int_eq (scan (NULL, NULL, MAIL "/maildir", MAIL "/mbox", NULL), 0);
    gen = data_gen ();
    ck_assert_int_eq (analyze_with (NULL, user_dir, &err), 0);
    ck_assert_msg (strstr (err, "marker patterns changed") != NULL, "%s", err);
    g_free (err);
    ck_assert_int_eq (exported ("a1-1.paul@mail.acme.example", "en.scope_change.see_mockups"), 1);
    ck_assert_int_eq (data_gen (), gen + 1);
    /* A scan with the same directory has nothing to redo. */
    ck_assert_int_eq (scan (NULL, user_dir, MAIL "/maildir", MAIL "/mbox", &err), 0);
    ck_assert_msg (strstr (err, "marker patterns changed") == NULL, "%s", err);
    g_free (err);
    ck_assert_int_eq (data_gen (), gen + 1);
    /* A directory that does not exist is an error that changes nothing. */
    ck_assert_int_ne (analyze_with (NULL, missing, &err), 0);
    ck_assert_msg (strstr (err, "nowhere") != NULL, "%s", err);
    g_free (err);
    ck_assert_int_eq (exported ("a1-1.paul@mail.acme.example", "en.scope_change.see_mockups"), 1);
    ck_assert_int_eq (data_gen (), gen + 1);
    g_free (missing);
}
END_TEST

/* A message read from an mbox is found again in it by its Message-ID. */
START_TEST (mbox_message_refreshed)
{
    char *mbox_dir = g_build_filename (tmp, "box", NULL), *mbox = g_build_filename (mbox_dir, "In.mbox", NULL);
    char *msg = t_read (MAIL "/maildir/.Archive/cur/1774623620.M6P4242Q1.fixture:2,RS");
    char *data;

    ck_assert_ptr_nonnull (msg);
    ck_assert_ptr_nonnull (strstr (msg, "Message-ID: <a1-1.paul@mail.acme.example>"));
    g_mkdir_with_parents (mbox_dir, 0700);
    data = g_strconcat ("From paul@acme.example Fri Mar 27 15:00:00 2026\n", msg, "\n", NULL);
    ck_assert (g_file_set_contents (mbox, data, -1, NULL));
    /* Our sent mail as well, so that Paul counts as a client's sender. */
    ck_assert_int_eq (scan (NULL, NULL, mbox, MAIL "/mbox", NULL), 0);
    ck_assert_int_eq (exported ("a1-1.paul@mail.acme.example", "en.scope_change.see_mockups"), 0);
    ck_assert_int_eq (scan (NULL, user_dir, mbox, MAIL "/mbox", NULL), 0);
    ck_assert_int_eq (exported ("a1-1.paul@mail.acme.example", "en.scope_change.see_mockups"), 1);
    g_free (data);
    g_free (msg);
    g_free (mbox);
    g_free (mbox_dir);
}
END_TEST

/* A message whose Maildir copy is gone is read from its mbox copy. */
START_TEST (maildir_copy_gone_mbox_copy_read)
{
    char *maildir = g_build_filename (tmp, "maildir", NULL), *mbox_dir = g_build_filename (tmp, "box", NULL);
    char *mbox = g_build_filename (mbox_dir, "In.mbox", NULL), *err = NULL, *f;
    char *msg = t_read (MAIL "/maildir/.Archive/cur/1774623620.M6P4242Q1.fixture:2,RS"), *data;

    ck_assert_ptr_nonnull (msg);
    t_copy_tree (MAIL "/maildir", maildir);
    g_mkdir_with_parents (mbox_dir, 0700);
    data = g_strconcat ("From paul@acme.example Fri Mar 27 15:00:00 2026\n", msg, "\n", NULL);
    ck_assert (g_file_set_contents (mbox, data, -1, NULL));
    ck_assert_int_eq (t_redflag (NULL, NULL, NULL, "scan", "--db", db, "--config", CONF, "--as-of", "2026-11-20",
                                 maildir, mbox, MAIL "/mbox", NULL), 0);
    /* Both Maildir copies of a1-1.paul go; the mbox holds the third. */
    f = g_build_filename (maildir, "cur", "1774623620.M5P4242Q1.fixture:2,RS", NULL);
    ck_assert_int_eq (unlink (f), 0);
    g_free (f);
    f = g_build_filename (maildir, ".Archive", "cur", "1774623620.M6P4242Q1.fixture:2,RS", NULL);
    ck_assert_int_eq (unlink (f), 0);
    g_free (f);
    ck_assert_int_eq (analyze_with (NULL, user_dir, &err), 0);
    ck_assert_msg (strstr (err, "marker patterns changed") != NULL, "%s", err);
    ck_assert_msg (strstr (err, "could not be read") == NULL, "%s", err);
    ck_assert_int_eq (exported ("a1-1.paul@mail.acme.example", "en.scope_change.see_mockups"), 1);
    g_free (err);
    g_free (data);
    g_free (msg);
    g_free (mbox);
    g_free (mbox_dir);
    g_free (maildir);
}
END_TEST

/* The messages to read again are taken a batch at a time: every one of
 * many more than a batch is read, each once, the hits as a fresh scan
 * stores them. */
START_TEST (many_messages_refreshed_once_each)
{
    char *maildir = g_build_filename (tmp, "many", NULL), *cur = g_build_filename (maildir, "cur", NULL);
    char *err = NULL, *want;
    const int n = 700;
    g_mkdir_with_parents (cur, 0700);
    for (const char *sub = "new"; sub; sub = !strcmp (sub, "new") ? "tmp" : NULL) {
        char *d = g_build_filename (maildir, sub, NULL);
        g_mkdir_with_parents (d, 0700);
        g_free (d);
    }
    for (int i = 0; i < n; i++) {
        char *name = g_strdup_printf ("%d.M%dP1Q1.many:2,S", 1770000000 + i, i);
        char *path = g_build_filename (cur, name, NULL);
        char *text = g_strdup_printf (
            "From: Carol <carol@globex.example>\nTo: Anna <anna@studio.example>\n"
            "Subject: page %d\nDate: Mon, 02 Feb 2026 10:%02d:00 +0100\n"
            "Message-ID: <many-%d@globex.example>\n\n%s\n", i, i % 60, i,
            i % 2 ? "The pages take six seconds to load on mobile." : "The pages load fine, thanks.");
        ck_assert (g_file_set_contents (path, text, -1, NULL));
        g_free (text);
        g_free (path);
        g_free (name);
    }
    ck_assert_int_eq (scan (NULL, NULL, maildir, NULL, NULL), 0);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM marker_hit WHERE pattern_id = 'en.scope_change.six_seconds'"), 0);
    ck_assert_int_eq (analyze_with (NULL, user_dir, &err), 0);
    want = g_strdup_printf ("marker patterns changed: %d messages scanned again", n);
    ck_assert_msg (strstr (err, want) != NULL, "%s", err);
    ck_assert_int_eq (t_db_int (db, "SELECT count(*) FROM marker_hit WHERE pattern_id = 'en.scope_change.six_seconds'"),
                      n / 2);
    ck_assert_int_eq (t_db_int (db, "SELECT count(DISTINCT message_id) FROM marker_hit"
                                    " WHERE pattern_id = 'en.scope_change.six_seconds'"), n / 2);
    g_free (want);
    g_free (err);
    g_free (cur);
    g_free (maildir);
}
END_TEST

/* Killed in the middle of a refresh: the old hits and the old digest stay,
 * and the next run does the whole refresh. */
START_TEST (killed_refresh_is_redone)
{
    gint64 gen, ids;
    ck_assert_int_eq (scan (NULL, NULL, MAIL "/maildir", MAIL "/mbox", NULL), 0);
    gen = data_gen ();
    ids = hit_ids ();
    ck_assert_int_eq (scan ("REDFLAG_TEST_KILL_REFRESH_AFTER=5", user_dir, MAIL "/maildir",
                            MAIL "/mbox", NULL), 128 + 9);
    ck_assert_int_eq (data_gen (), gen);
    ck_assert_int_eq (hit_ids (), ids);
    ck_assert_int_eq (exported ("a1-1.paul@mail.acme.example", "en.scope_change.see_mockups"), 0);
    ck_assert_int_eq (scan (NULL, user_dir, MAIL "/maildir", MAIL "/mbox", NULL), 0);
    ck_assert_int_eq (exported ("a1-1.paul@mail.acme.example", "en.scope_change.see_mockups"), 1);
    ck_assert_int_eq (exported ("g4-1.carol@mx.globex.example", "en.scope_change.six_seconds"), 1);
    ck_assert_int_eq (data_gen (), gen + 1);
}
END_TEST

static Suite *
refresh_suite (void)
{
    Suite *s = suite_create ("markers_refresh");
    TCase *tc = tcase_create ("refresh");
    tcase_add_checked_fixture (tc, setup, teardown);
    tcase_set_timeout (tc, 120);
    tcase_add_test (tc, user_patterns_added_then_removed);
    tcase_add_test (tc, comment_edit_restamps_without_rescan);
    tcase_add_test (tc, pattern_files_read_only_when_touched);
    tcase_add_test (tc, patterns_from_configuration);
    tcase_add_test (tc, builtin_change_seen_by_analyze);
    tcase_add_test (tc, renamed_before_analyze_refreshed_by_next_scan);
    tcase_add_test (tc, analyze_takes_patterns);
    tcase_add_test (tc, mbox_message_refreshed);
    tcase_add_test (tc, maildir_copy_gone_mbox_copy_read);
    tcase_add_test (tc, many_messages_refreshed_once_each);
    tcase_add_test (tc, killed_refresh_is_redone);
    suite_add_tcase (s, tc);
    return s;
}

int
main (void)
{
    SRunner *sr = srunner_create (refresh_suite ());
    int failed;
    srunner_run_all (sr, CK_ENV);
    failed = srunner_ntests_failed (sr);
    srunner_free (sr);
    return failed ? 1 : 0;
}
