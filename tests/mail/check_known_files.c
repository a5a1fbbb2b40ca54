/* check_known_files.c - a folder's files read before, found in memory by
 * key and name (src/mail/known_files.c); anything else is not found, so
 * the scan looks it up in the database. */
#include "config.h"
#include "unitlib.h"
#include "mail/known_files.h"

static char *tmp;
static rf_store_t *st;

/* Folder 1: a.1 (cur, read), b.2 (cur, read), c.3 (gone), d.4 (judged
 * not mail); folder 2: e.5 (read). */
static const char rows_sql[] =
    "INSERT INTO folder(id, path, name, kind) VALUES (1, '/m', 'INBOX', 'maildir'), (2, '/m/.Sent', 'Sent', 'maildir');"
    "INSERT INTO message(id, msgid, date_source, first_run) VALUES (1, 'a@x', 'none', 1), (2, 'b@x', 'none', 1),"
    " (3, 'c@x', 'none', 1), (5, 'e@x', 'none', 1);"
    "INSERT INTO file(id, folder_id, key, name, message_id, skip_reason, gone_run) VALUES"
    " (11, 1, 'a.1', 'cur/a.1:2,S', 1, NULL, NULL), (12, 1, 'b.2', 'cur/b.2:2,', 2, NULL, NULL),"
    " (13, 1, 'c.3', 'cur/c.3:2,S', 3, NULL, 7), (14, 1, 'd.4', 'cur/d.4:2,', NULL, 'empty file', NULL),"
    " (15, 2, 'e.5', 'cur/e.5:2,S', 5, NULL, NULL);";

static void
setup (void)
{
    char *path;
    GError *err = NULL;
    tmp = make_tmpdir ();
    path = g_build_filename (tmp, "t.db", NULL);
    st = rf_store_open (path, RF_STORE_WRITE, &err);
    ck_assert_msg (st != NULL, "%s", err ? err->message : "");
    ck_assert (rf_store_exec (st, rows_sql, NULL));
    g_free (path);
}

static void
teardown (void)
{
    rf_store_close (st);
    rm_tree (tmp);
    g_free (tmp);
}

START_TEST (finds_read_files_by_key_and_name)
{
    rf_known_files_t *k = rf_known_files_load (st, 1, NULL);
    ck_assert_ptr_nonnull (k);
    ck_assert_int_eq (rf_known_files_find (k, "a.1", "cur/a.1:2,S"), 11);
    ck_assert_int_eq (rf_known_files_find (k, "b.2", "cur/b.2:2,"), 12);
    rf_known_files_free (k);
}
END_TEST

START_TEST (anything_else_is_not_found)
{
    rf_known_files_t *k = rf_known_files_load (st, 1, NULL);
    ck_assert_ptr_nonnull (k);
    /* Renamed (flags changed), moved to new/, gone, judged not mail, of
     * another folder, never seen. */
    ck_assert_int_eq (rf_known_files_find (k, "a.1", "cur/a.1:2,RS"), 0);
    ck_assert_int_eq (rf_known_files_find (k, "b.2", "new/b.2"), 0);
    ck_assert_int_eq (rf_known_files_find (k, "c.3", "cur/c.3:2,S"), 0);
    ck_assert_int_eq (rf_known_files_find (k, "d.4", "cur/d.4:2,"), 0);
    ck_assert_int_eq (rf_known_files_find (k, "e.5", "cur/e.5:2,S"), 0);
    ck_assert_int_eq (rf_known_files_find (k, "z.9", "cur/z.9:2,"), 0);
    /* No table, nothing found. */
    ck_assert_int_eq (rf_known_files_find (NULL, "a.1", "cur/a.1:2,S"), 0);
    rf_known_files_free (k);
}
END_TEST

/* A folder of many files: every one is found, in a table two thirds full
 * at most (the count of present files sizes it). */
START_TEST (many_files_all_found)
{
    rf_known_files_t *k;
    ck_assert (rf_store_exec (st, "WITH RECURSIVE n(i) AS (SELECT 100 UNION ALL SELECT i + 1 FROM n WHERE i < 5099)"
                                  " INSERT INTO message(id, msgid, date_source, first_run)"
                                  "  SELECT i, 'm' || i || '@x', 'none', 1 FROM n;"
                                  "WITH RECURSIVE n(i) AS (SELECT 100 UNION ALL SELECT i + 1 FROM n WHERE i < 5099)"
                                  " INSERT INTO file(id, folder_id, key, name, message_id)"
                                  "  SELECT 1000 + i, 2, 'k' || i, 'cur/k' || i || ':2,S', i FROM n;", NULL));
    k = rf_known_files_load (st, 2, NULL);
    ck_assert_ptr_nonnull (k);
    for (int i = 100; i < 5100; i++) {
        char key[16], name[32];
        g_snprintf (key, sizeof key, "k%d", i);
        g_snprintf (name, sizeof name, "cur/k%d:2,S", i);
        ck_assert_int_eq (rf_known_files_find (k, key, name), 1000 + i);
    }
    ck_assert_int_eq (rf_known_files_find (k, "e.5", "cur/e.5:2,S"), 15);
    rf_known_files_free (k);
}
END_TEST

int
main (void)
{
    Suite *s = suite_create ("known_files");
    TCase *tc = tcase_create ("known_files");
    tcase_add_checked_fixture (tc, setup, teardown);
    tcase_add_test (tc, finds_read_files_by_key_and_name);
    tcase_add_test (tc, anything_else_is_not_found);
    tcase_add_test (tc, many_files_all_found);
    suite_add_tcase (s, tc);
    return unit_run (s);
}
