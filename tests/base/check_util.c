/* check_util.c - util.c's helpers added for speed, against what they
 * replace: rf_split_lines against g_strsplit, rf_checksum_file's two kinds
 * of stamp, rf_time_zone_new's remembered zones. */
#include "config.h"

#include <check.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/util.h"
#include "base/lazy_lib.h"
#include "unitlib.h"

/* The same lines as g_strsplit (text, "\n", -1) on every edge: empty text,
 * no newline, trailing newline, empty lines, CR kept. */
START_TEST (test_split_lines)
{
    static const char *const texts[] = {
        "", "a", "a\n", "\n", "\n\n", "a\nb", "a\n\nb\n", "bias\t-2\r\nw:idiot\t2.5\n", "é\nü",
    };
    for (gsize i = 0; i < G_N_ELEMENTS (texts); i++) {
        char **want = g_strsplit (texts[i], "\n", -1), **got = rf_split_lines (texts[i]);
        ck_assert_uint_eq (g_strv_length (got), g_strv_length (want));
        for (guint k = 0; want[k]; k++)
            ck_assert_str_eq (got[k], want[k]);
        g_strfreev (want);
        g_strfreev (got);
    }
    {   /* "a\n\nb\n" is "a", "", "b", "": four lines, worked out by hand. */
        char **got = rf_split_lines ("a\n\nb\n");
        ck_assert_uint_eq (g_strv_length (got), 4);
        ck_assert_str_eq (got[1], "");
        ck_assert_str_eq (got[3], "");
        g_strfreev (got);
    }
}
END_TEST

static char *
stamp (const char *path, gboolean contents)
{
    GChecksum *sum = g_checksum_new (G_CHECKSUM_SHA256);
    char *hex = NULL;
    if (rf_checksum_file (sum, path, contents, NULL))
        hex = g_strdup (g_checksum_get_string (sum));
    g_checksum_free (sum);
    return hex;
}

/* Touching a file changes its stat stamp, not its content stamp; a missing
 * file gives neither. */
START_TEST (test_checksum_file)
{
    char *dir = g_dir_make_tmp ("rf-util-XXXXXX", NULL), *path = g_build_filename (dir, "f", NULL);
    char *c1, *c2, *s1, *s2, *missing = g_build_filename (dir, "none", NULL);
    struct timespec times[2] = { { 1700000000, 0 }, { 1700000000, 0 } };
    ck_assert (g_file_set_contents (path, "w:idiot\t2.5\n", -1, NULL));
    c1 = stamp (path, TRUE);
    s1 = stamp (path, FALSE);
    ck_assert_int_eq (utimensat (AT_FDCWD, path, times, 0), 0);
    c2 = stamp (path, TRUE);
    s2 = stamp (path, FALSE);
    ck_assert_ptr_nonnull (c1);
    ck_assert_ptr_nonnull (s1);
    ck_assert_str_eq (c1, c2);
    ck_assert_str_ne (s1, s2);
    ck_assert_ptr_null (stamp (missing, TRUE));
    ck_assert_ptr_null (stamp (missing, FALSE));
    g_free (c1);
    g_free (c2);
    g_free (s1);
    g_free (s2);
    unlink (path);
    rmdir (dir);
    g_free (missing);
    g_free (path);
    g_free (dir);
}
END_TEST

/* A zone asked for twice is the one zone; an unknown name is NULL both
 * times; Paris is UTC+1 on 2026-01-01 (unix 1767225600). */
START_TEST (test_time_zone_new)
{
    GTimeZone *a = rf_time_zone_new ("Europe/Paris"), *b = rf_time_zone_new ("Europe/Paris");
    ck_assert_ptr_nonnull (a);
    ck_assert_ptr_eq (a, b);
    ck_assert_int_eq (g_time_zone_get_offset (a, g_time_zone_find_interval (a, G_TIME_TYPE_UNIVERSAL,
                                                                             1767225600)), 3600);
    ck_assert_ptr_null (rf_time_zone_new ("Nowhere/Atlantis"));
    ck_assert_ptr_null (rf_time_zone_new ("Nowhere/Atlantis"));
    g_time_zone_unref (a);
    g_time_zone_unref (b);
}
END_TEST

/* A library opened by name: every function found, or none and why, with
 * the package to install; the environment variable names another file. */
START_TEST (test_lazy_lib_open)
{
    gpointer dup = NULL, none = NULL;
    rf_lazy_symbol_t found[] = { { "g_strdup", &dup } };
    rf_lazy_symbol_t missing[] = { { "g_strdup", &dup }, { "rf_no_such_function", &none } };
    char *why;
    g_unsetenv ("RF_TEST_LAZY_LIB");
    why = rf_lazy_lib_open ("RF_TEST_LAZY_LIB", "libglib-2.0.so.0", found, 1, "cannot test", "libglib2.0-0");
    ck_assert_msg (why == NULL, "%s", why);
    ck_assert_ptr_eq (dup, (gpointer) g_strdup);
    why = rf_lazy_lib_open ("RF_TEST_LAZY_LIB", "libglib-2.0.so.0", missing, 2, "cannot test", "libglib2.0-0");
    ck_assert_ptr_nonnull (why);
    ck_assert_msg (g_str_has_prefix (why, "cannot test: ") && strstr (why, "rf_no_such_function")
                   && g_str_has_suffix (why, " (install the Debian package libglib2.0-0)"), "%s", why);
    ck_assert_ptr_null (dup);
    ck_assert_ptr_null (none);
    g_free (why);
    g_setenv ("RF_TEST_LAZY_LIB", "/nonexistent/libnothing.so", TRUE);
    why = rf_lazy_lib_open ("RF_TEST_LAZY_LIB", "libglib-2.0.so.0", found, 1, "cannot test", "libglib2.0-0");
    ck_assert_msg (why && strstr (why, "/nonexistent/libnothing.so"), "%s", why);
    ck_assert_ptr_null (dup);
    g_free (why);
    g_unsetenv ("RF_TEST_LAZY_LIB");
}
END_TEST

static Suite *
util_suite (void)
{
    Suite *s = suite_create ("util");
    TCase *tc = tcase_create ("util");
    tcase_add_test (tc, test_split_lines);
    tcase_add_test (tc, test_checksum_file);
    tcase_add_test (tc, test_time_zone_new);
    tcase_add_test (tc, test_lazy_lib_open);
    suite_add_tcase (s, tc);
    return s;
}

int
main (void)
{
    return unit_run (util_suite ());
}
