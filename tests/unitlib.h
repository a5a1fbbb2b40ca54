/* unitlib.h - small helpers shared by the unit tests: compare a returned
 * string, temporary directories, files, and day numbers. */
#ifndef RF_TEST_UNITLIB_H
#define RF_TEST_UNITLIB_H

#include <check.h>
#include <glib.h>
#include <string.h>

/* Compare a function's new string with the expected one, then free it. */
#define ASSERT_STR_TAKE(expr, expected) do { \
        char *got_ = (expr); \
        ck_assert_msg (got_ != NULL, "%s returned NULL", #expr); \
        ck_assert_msg (strcmp (got_, (expected)) == 0, "%s:\n  expected \"%s\"\n  got      \"%s\"", \
                       #expr, (expected), got_); \
        g_free (got_); \
    } while (0)

/* A private temporary directory (g_free), removed with rm_tree. */
char *make_tmpdir (void);
void rm_tree (const char *path);
/* Create dir/rel (and its parents). */
void make_dirs (const char *dir, const char *rel);
/* Write text to dir/rel; returns the full path (g_free). */
char *write_file (const char *dir, const char *rel, const char *text);
/* The Julian day number of a date (GDate's count). */
gint32 julian (int y, int m, int d);

/* Run a suite (Check's CK_ENV verbosity); the exit status for main. */
int unit_run (Suite *s);

#endif
