/* check_incremental.c - an analysis of what changed equals a whole one.
 *
 * On a generated corpus (scripts/gen-corpus), random sequences (fixed
 * seeds) of mail arriving (old and new, in any order), flag renames,
 * deletions, configuration changes and later reference dates are scanned
 * into one database, whose scan analyses only what changed. After every
 * step a copy of it is analysed whole ('redflag analyze'), and every
 * exported table and every derived table must be the same, row for row.
 * This extends check_scan's "analysis in place equals a fresh one". */
#include "config.h"
#include "testlib.h"

#include <check.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define GEN TOP_SRCDIR "/scripts/gen-corpus"

/* Every derived table, in a fixed order (a row per line). */
static const char *const derived[] = {
    "SELECT * FROM message_attr ORDER BY message_id",
    "SELECT * FROM reply ORDER BY reply_id",
    "SELECT * FROM client ORDER BY id",
    "SELECT * FROM client_month ORDER BY client_id, month",
    "SELECT * FROM marker_month ORDER BY client_id, month",
    "SELECT * FROM marker_month_category ORDER BY client_id, month, category",
    "SELECT * FROM counterpart ORDER BY addr",
    "SELECT * FROM counterpart_party ORDER BY party",
    "SELECT * FROM client_lang ORDER BY client_id, lang",
    "SELECT * FROM client_measure ORDER BY 1, 2",
    "SELECT * FROM finding_month ORDER BY 1, 2, 3",
};

static const char *const exports[] = { "messages", "replies", "monthly", "clients", "markers",
                                       "findings", "evidence", "scores", "invoices", "aging" };

typedef struct {
    char *tmp, *corpus, *mail, *held, *gen_conf, *conf, *db, *copy;
    GPtrArray *pool;      /* held-back files (paths under held), not yet arrived */
    GRand *rand;
    int as_of_day;        /* days after 2026-01-01 */
    int conf_variant;
    gboolean inferred;    /* no [client:...] groups: clients inferred from our mail */
    int scoped;           /* scans whose analysis worked on what changed only */
} world_t;

static void
run_or_fail (const char *const *argv)
{
    char *out = NULL, *err = NULL;
    int status = 0;
    gboolean ran = g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                                 &status, NULL);
    ck_assert_msg (ran && status == 0, "%s failed: %s", argv[0], err ? err : "");
    g_free (out);
    g_free (err);
}

/* Every regular file under dir, sorted (g_ptr_array of g_free'd paths). */
static void
list_files (const char *dir, GPtrArray *out)
{
    GDir *d = g_dir_open (dir, 0, NULL);
    const char *name;
    while (d && (name = g_dir_read_name (d))) {
        char *path = g_build_filename (dir, name, NULL);
        if (g_file_test (path, G_FILE_TEST_IS_DIR)) {
            list_files (path, out);
            g_free (path);
        } else {
            g_ptr_array_add (out, path);
        }
    }
    if (d)
        g_dir_close (d);
}

static int
by_string (gconstpointer a, gconstpointer b)
{
    return strcmp (*(char *const *) a, *(char *const *) b);
}

/* The configuration: the generated one, or ours only (clients inferred),
 * with a variant of a [redflag] setting that changes derived rows. */
static void
write_conf (world_t *w, const char *generated)
{
    static const char *const variants[][2] = { { NULL, NULL }, { "grace_days = ", "3" },
                                               { "working_hours = ", "08:00-17:00" } };
    const char *key = variants[w->conf_variant][0];
    char *text = NULL, *at, *eol, *out;
    ck_assert (g_file_get_contents (generated, &text, NULL, NULL));
    if (w->inferred) {
        char *group = strstr (text, "\n[client:");
        if (group)
            group[1] = '\0';
    }
    /* The first occurrence is the [redflag] group's. */
    at = key ? strstr (text, key) : NULL;
    if (key)
        ck_assert_ptr_nonnull (at);
    eol = at ? strchr (at, '\n') : NULL;
    out = at && eol ? g_strdup_printf ("%.*s%s%s%s", (int) (at - text), text, key, variants[w->conf_variant][1], eol)
                    : g_strdup (text);
    ck_assert (g_file_set_contents (w->conf, out, -1, NULL));
    g_free (out);
    g_free (text);
}

static void
world_new (world_t *w, guint32 seed, gboolean inferred)
{
    char *seed_s = g_strdup_printf ("%u", seed + 10);
    GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
    memset (w, 0, sizeof *w);
    w->tmp = t_tmpdir ();
    w->inferred = inferred;
    w->corpus = g_build_filename (w->tmp, "corpus", NULL);
    {
        const char *argv[] = { "python3", GEN, "--seed", seed_s, "--messages", "250", "--with-invoices",
                               w->corpus, NULL };
        run_or_fail (argv);
    }
    w->mail = g_build_filename (w->corpus, "mail", NULL);
    w->gen_conf = g_build_filename (w->corpus, "redflag.conf", NULL);
    w->held = g_build_filename (w->tmp, "held", NULL);
    w->conf = g_build_filename (w->tmp, "redflag.conf", NULL);
    w->db = g_build_filename (w->tmp, "inc.db", NULL);
    w->copy = g_build_filename (w->tmp, "whole.db", NULL);
    w->rand = g_rand_new_with_seed (seed);
    w->pool = g_ptr_array_new_with_free_func (g_free);
    w->as_of_day = 120;
    write_conf (w, w->gen_conf);
    g_mkdir_with_parents (w->held, 0700);
    /* Two files in five arrive later, in random order: replies before the
     * mail they answer, old mail after new. */
    list_files (w->mail, files);
    g_ptr_array_sort (files, by_string);
    for (guint i = 0; i < files->len; i++) {
        const char *f = files->pdata[i];
        char *to;
        if (g_rand_int_range (w->rand, 0, 5) >= 2)
            continue;
        to = g_strdup_printf ("%s/%u", w->held, i);
        ck_assert_int_eq (rename (f, to), 0);
        /* Remembered with where it goes back to. */
        g_ptr_array_add (w->pool, g_strdup_printf ("%s\t%s", to, f));
        g_free (to);
    }
    g_ptr_array_unref (files);
    g_free (seed_s);
}

static void
world_free (world_t *w)
{
    t_rmtree (w->tmp);
    g_ptr_array_unref (w->pool);
    g_rand_free (w->rand);
    g_free (w->tmp);
    g_free (w->corpus);
    g_free (w->gen_conf);
    g_free (w->mail);
    g_free (w->held);
    g_free (w->conf);
    g_free (w->db);
    g_free (w->copy);
}

/* ---- The steps. */

/* k held-back files arrive, at the place they were taken from. */
static void
arrive (world_t *w, guint k)
{
    for (; k > 0 && w->pool->len > 0; k--) {
        guint i = (guint) g_rand_int_range (w->rand, 0, (gint32) w->pool->len);
        char **f = g_strsplit (w->pool->pdata[i], "\t", 2);
        ck_assert_int_eq (rename (f[0], f[1]), 0);
        g_strfreev (f);
        g_ptr_array_remove_index_fast (w->pool, i);
    }
}

/* The files of the mailbox now, in a fixed order. */
static GPtrArray *
present (world_t *w)
{
    GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
    list_files (w->mail, files);
    g_ptr_array_sort (files, by_string);
    return files;
}

/* k files get their F flag toggled, as a mail client does. */
static void
rename_some (world_t *w, guint k)
{
    GPtrArray *files = present (w);
    for (; k > 0 && files->len > 0; k--) {
        const char *f = files->pdata[g_rand_int_range (w->rand, 0, (gint32) files->len)];
        const char *flags = strstr (f, ":2,");
        char *to;
        if (!flags || !g_file_test (f, G_FILE_TEST_EXISTS))
            continue;
        if (strchr (flags + 3, 'F')) {
            GString *g = g_string_new_len (f, flags - f + 3);
            for (const char *c = flags + 3; *c; c++)
                if (*c != 'F')
                    g_string_append_c (g, *c);
            to = g_string_free (g, FALSE);
        } else {
            to = g_strdup_printf ("%.*s:2,F%s", (int) (flags - f), f, flags + 3);
        }
        ck_assert_int_eq (rename (f, to), 0);
        g_free (to);
    }
    g_ptr_array_unref (files);
}

/* k files are deleted: their messages stay in the history, marked gone. */
static void
delete_some (world_t *w, guint k)
{
    GPtrArray *files = present (w);
    for (; k > 0 && files->len > 0; k--) {
        guint i = (guint) g_rand_int_range (w->rand, 0, (gint32) files->len);
        unlink (files->pdata[i]);
        g_ptr_array_remove_index_fast (files, i);
    }
    g_ptr_array_unref (files);
}

static char *
as_of (const world_t *w)
{
    GDate *d = g_date_new_dmy (1, G_DATE_JANUARY, 2026);
    char buf[16];
    g_date_add_days (d, (guint) w->as_of_day);
    g_date_strftime (buf, sizeof buf, "%Y-%m-%d", d);
    g_date_free (d);
    return g_strdup (buf);
}

static void
scan (world_t *w)
{
    char *day = as_of (w), *inv = g_build_filename (w->corpus, "invoices", NULL);
    char *pay = g_build_filename (w->corpus, "payments", NULL), *out = NULL, *err = NULL;
    int rc = t_redflag (&out, &err, NULL, "scan", "--verbose", "--db", w->db, "--config", w->conf, "--as-of", day,
                        "--invoices", inv, "--payments", pay, w->mail, NULL);
    ck_assert_msg (rc == 0, "scan: %s", err);
    w->scoped += strstr (err, "messages to work out again") != NULL;
    g_free (day);
    g_free (inv);
    g_free (pay);
    g_free (out);
    g_free (err);
}

/* ---- The comparison. */

/* A query's rows, one line each, columns separated by '|'. */
static char *
rows_of (const char *db, const char *sql)
{
    sqlite3 *h = NULL;
    sqlite3_stmt *q = NULL;
    GString *out = g_string_new (NULL);
    ck_assert_int_eq (sqlite3_open_v2 (db, &h, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    ck_assert_msg (sqlite3_prepare_v2 (h, sql, -1, &q, NULL) == SQLITE_OK, "%s: %s", sql, sqlite3_errmsg (h));
    while (sqlite3_step (q) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count (q); c++) {
            const unsigned char *v = sqlite3_column_text (q, c);
            g_string_append_printf (out, "%s%s", c ? "|" : "", v ? (const char *) v : "NULL");
        }
        g_string_append_c (out, '\n');
    }
    sqlite3_finalize (q);
    sqlite3_close (h);
    return g_string_free (out, FALSE);
}

/* Two texts line by line; on a difference, name the first differing line. */
static void
assert_same_lines (const char *what, const char *want, const char *got)
{
    char **a = g_strsplit (want, "\n", -1), **b = g_strsplit (got, "\n", -1);
    guint k = 0;
    while (a[k] && b[k] && !strcmp (a[k], b[k]))
        k++;
    ck_assert_msg (!a[k] && !b[k], "%s: line %u is '%s', a whole analysis gives '%s'", what, k + 1,
                   b[k] ? b[k] : "(none)", a[k] ? a[k] : "(none)");
    g_strfreev (a);
    g_strfreev (b);
}

static char *
export_of (const char *db, const char *table)
{
    char *out = NULL, *err = NULL;
    int rc = t_redflag (&out, &err, NULL, "export", table, "--db", db, NULL);
    ck_assert_msg (rc == 0, "export %s: %s", table, err);
    g_free (err);
    return out;
}

/* A copy of the database analysed whole gives the same rows. */
static void
assert_same_as_whole (world_t *w, const char *step)
{
    char *day = as_of (w), *out = NULL, *err = NULL, *bytes = NULL;
    gsize len = 0;
    int rc;
    ck_assert (g_file_get_contents (w->db, &bytes, &len, NULL));
    ck_assert (g_file_set_contents (w->copy, bytes, (gssize) len, NULL));
    g_free (bytes);
    rc = t_redflag (&out, &err, NULL, "analyze", "--quiet", "--db", w->copy, "--config", w->conf, "--as-of", day,
                    NULL);
    ck_assert_msg (rc == 0, "analyze: %s", err);
    for (gsize i = 0; i < G_N_ELEMENTS (exports); i++) {
        char *a = export_of (w->copy, exports[i]), *b = export_of (w->db, exports[i]);
        char *what = g_strdup_printf ("after %s, export %s", step, exports[i]);
        assert_same_lines (what, a, b);
        g_free (what);
        g_free (a);
        g_free (b);
    }
    for (gsize i = 0; i < G_N_ELEMENTS (derived); i++) {
        char *a = rows_of (w->copy, derived[i]), *b = rows_of (w->db, derived[i]);
        char *what = g_strdup_printf ("after %s, %s", step, derived[i]);
        assert_same_lines (what, a, b);
        g_free (what);
        g_free (a);
        g_free (b);
    }
    g_free (day);
    g_free (out);
    g_free (err);
}

/* One random sequence: a first scan of three files in five, then steps
 * of each kind in random order, each followed by a scan and the check. */
static void
run_sequence (guint32 seed, gboolean inferred)
{
    static const char *const names[] = { "mail arriving", "renames", "deletions", "a configuration change",
                                         "a later reference date", "arrivals and renames on a later day" };
    world_t w;
    world_new (&w, seed, inferred);
    scan (&w);
    assert_same_as_whole (&w, "the first scan");
    for (int step = 0; step < 8; step++) {
        int kind = step < 2 ? 0 : g_rand_int_range (w.rand, 0, (gint32) G_N_ELEMENTS (names));
        char *what;
        switch (kind) {
        case 0: arrive (&w, (guint) g_rand_int_range (w.rand, 1, 40)); break;
        case 1: rename_some (&w, (guint) g_rand_int_range (w.rand, 1, 30)); break;
        case 2: delete_some (&w, (guint) g_rand_int_range (w.rand, 1, 10)); break;
        case 3: w.conf_variant = (w.conf_variant + 1) % 3; write_conf (&w, w.gen_conf); break;
        case 4: w.as_of_day += g_rand_int_range (w.rand, 1, 30); break;
        default:
            w.as_of_day += g_rand_int_range (w.rand, 1, 5);
            arrive (&w, (guint) g_rand_int_range (w.rand, 1, 20));
            rename_some (&w, (guint) g_rand_int_range (w.rand, 1, 20));
        }
        scan (&w);
        what = g_strdup_printf ("step %d (%s, seed %u)", step + 1, names[kind], seed);
        assert_same_as_whole (&w, what);
        g_free (what);
    }
    /* Not every step could be analysed alone (a configuration change
     * cannot), but most were. */
    ck_assert_int_ge (w.scoped, 3);
    world_free (&w);
}

START_TEST (changes_equal_whole_configured)
{
    run_sequence (100 + (guint32) _i, FALSE);
}
END_TEST

START_TEST (changes_equal_whole_inferred)
{
    run_sequence (200 + (guint32) _i, TRUE);
}
END_TEST

static Suite *
incremental_suite (void)
{
    Suite *s = suite_create ("incremental");
    TCase *tc = tcase_create ("equal");
    tcase_set_timeout (tc, 300);
    tcase_add_loop_test (tc, changes_equal_whole_configured, 0, 3);
    tcase_add_loop_test (tc, changes_equal_whole_inferred, 0, 2);
    suite_add_tcase (s, tc);
    return s;
}

int
main (void)
{
    SRunner *sr = srunner_create (incremental_suite ());
    int failed;
    srunner_run_all (sr, CK_ENV);
    failed = srunner_ntests_failed (sr);
    srunner_free (sr);
    return failed ? 1 : 0;
}
