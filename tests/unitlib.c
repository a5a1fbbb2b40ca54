/* unitlib.c - see unitlib.h. */
#include "config.h"

#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "unitlib.h"

/* A private temporary directory, removed with rm_tree. */
char *
make_tmpdir (void)
{
    GError *e = NULL;
    char *d = g_dir_make_tmp ("rf-units-XXXXXX", &e);
    ck_assert_msg (d != NULL, "mkdtemp: %s", e ? e->message : "");
    return d;
}

void
rm_tree (const char *path)
{
    struct stat sb;
    if (lstat (path, &sb) != 0)
        return;
    if (S_ISDIR (sb.st_mode)) {
        GDir *d = g_dir_open (path, 0, NULL);
        const char *e;
        while (d && (e = g_dir_read_name (d))) {
            char *sub = g_build_filename (path, e, NULL);
            rm_tree (sub);
            g_free (sub);
        }
        if (d)
            g_dir_close (d);
        rmdir (path);
    } else {
        unlink (path);
    }
}

/* Create dir/rel (and its parents). */
void
make_dirs (const char *dir, const char *rel)
{
    char *p = g_build_filename (dir, rel, NULL);
    ck_assert_msg (g_mkdir_with_parents (p, 0700) == 0, "mkdir %s: %s", p, g_strerror (errno));
    g_free (p);
}

/* Write text to dir/rel; returns the full path (g_free). */
char *
write_file (const char *dir, const char *rel, const char *text)
{
    char *p = g_build_filename (dir, rel, NULL);
    GError *e = NULL;
    ck_assert_msg (g_file_set_contents (p, text, -1, &e), "write %s: %s", p, e ? e->message : "");
    return p;
}

gint32
julian (int y, int m, int d)
{
    GDate gd;
    g_date_clear (&gd, 1);
    g_date_set_dmy (&gd, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
    return (gint32) g_date_get_julian (&gd);
}

int
unit_run (Suite *s)
{
    SRunner *sr = srunner_create (s);
    int nf;
    srunner_run_all (sr, CK_ENV);
    nf = srunner_ntests_failed (sr);
    srunner_free (sr);
    return nf ? EXIT_FAILURE : EXIT_SUCCESS;
}
