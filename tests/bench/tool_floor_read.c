/* tool_floor_read.c - the I/O floor of a mail scan: list every file of one
 * or more Maildir trees and read each one fully into memory, nothing else.
 *
 *   tool_floor_read [-j N] DIR...
 *
 * With -j N the sorted file list is dealt round-robin to N forked worker
 * processes. One summary line goes to stdout:
 *   files=F bytes=B unreadable=U seconds=S
 * scripts/bench times this as the lower bound any scanner pays to see the
 * bytes at all. It is built with the project but never installed. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib.h>

typedef struct {
    guint64 files;
    guint64 bytes;
    guint64 unreadable;
} totals_t;

/* Collect regular files below dir, skipping Maildir tmp/ directories (files
 * there are still being delivered) and hidden files such as .keep. */
static void
walk (const char *dir, GPtrArray *out)
{
    DIR *d = opendir (dir);
    struct dirent *e;

    if (!d) {
        fprintf (stderr, "floor-read: %s: %s\n", dir, strerror (errno));
        return;
    }
    while ((e = readdir (d))) {
        char *path;
        struct stat st;

        if (strcmp (e->d_name, ".") == 0 || strcmp (e->d_name, "..") == 0)
            continue;
        path = g_build_filename (dir, e->d_name, NULL);
        if (lstat (path, &st) != 0) {
            g_free (path);
            continue;
        }
        if (S_ISDIR (st.st_mode) && strcmp (e->d_name, "tmp") != 0) {
            walk (path, out);
            g_free (path);
        } else if (S_ISREG (st.st_mode) && e->d_name[0] != '.') {
            g_ptr_array_add (out, path);
        } else {
            g_free (path);
        }
    }
    closedir (d);
}

static int
cmp_path (gconstpointer a, gconstpointer b)
{
    return strcmp (*(char *const *) a, *(char *const *) b);
}

/* Read the whole file into buf (grown as needed). Returns its size or -1. */
static gssize
read_whole (const char *path, char **buf, gsize *cap)
{
    int fd = open (path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    gsize len = 0;
    gssize ret = -1;

    if (fd < 0)
        return -1;
    if (fstat (fd, &st) != 0)
        goto done;
    if ((gsize) st.st_size + 1 > *cap) {
        *cap = (gsize) st.st_size + 1;
        *buf = g_realloc (*buf, *cap);
    }
    for (;;) {
        ssize_t n;

        if (len + 1 >= *cap) {
            *cap *= 2;
            *buf = g_realloc (*buf, *cap);
        }
        n = read (fd, *buf + len, *cap - len - 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            goto done;
        if (n == 0)
            break;
        len += (gsize) n;
    }
    ret = (gssize) len;
done:
    close (fd);
    return ret;
}

static void
run_share (GPtrArray *files, guint worker, guint nworkers, totals_t *t)
{
    char *buf = NULL;
    gsize cap = 0;

    for (guint i = worker; i < files->len; i += nworkers) {
        const char *path = g_ptr_array_index (files, i);
        gssize n = read_whole (path, &buf, &cap);

        t->files++;
        if (n < 0) {
            if (t->unreadable++ < 5)
                fprintf (stderr, "floor-read: %s: %s\n", path, strerror (errno));
            continue;
        }
        t->bytes += (guint64) n;
    }
    g_free (buf);
}

/* Fork nworkers children; each reads its share and writes its totals to a
 * pipe. Returns FALSE when a worker failed. */
static gboolean
run_forked (GPtrArray *files, guint nworkers, totals_t *sum)
{
    int fds[2];
    gboolean ok = TRUE;

    if (pipe (fds) != 0) {
        perror ("floor-read: pipe");
        return FALSE;
    }
    for (guint w = 0; w < nworkers; w++) {
        pid_t pid = fork ();

        if (pid < 0) {
            perror ("floor-read: fork");
            ok = FALSE;
            break;
        }
        if (pid == 0) {
            totals_t t = { 0 };

            close (fds[0]);
            run_share (files, w, nworkers, &t);
            _exit (write (fds[1], &t, sizeof t) == (ssize_t) sizeof t ? 0 : 1);
        }
    }
    close (fds[1]);
    for (;;) {
        totals_t t;
        ssize_t n = read (fds[0], &t, sizeof t);

        if (n != (ssize_t) sizeof t)
            break;
        sum->files += t.files;
        sum->bytes += t.bytes;
        sum->unreadable += t.unreadable;
    }
    close (fds[0]);
    for (;;) {
        int status;
        pid_t pid = wait (&status);

        if (pid < 0)
            break;
        if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
            ok = FALSE;
    }
    return ok;
}

int
main (int argc, char **argv)
{
    GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
    totals_t sum = { 0 };
    guint nworkers = 1;
    gint64 t0;
    int opt, status = EXIT_FAILURE;

    while ((opt = getopt (argc, argv, "j:")) != -1) {
        if (opt == 'j' && atoi (optarg) > 0) {
            nworkers = (guint) atoi (optarg);
        } else {
            fprintf (stderr, "usage: %s [-j N] MAILDIR...\n", argv[0]);
            goto done;
        }
    }
    if (optind >= argc) {
        fprintf (stderr, "usage: %s [-j N] MAILDIR...\n", argv[0]);
        goto done;
    }
    t0 = g_get_monotonic_time ();
    for (int i = optind; i < argc; i++)
        walk (argv[i], files);
    g_ptr_array_sort (files, cmp_path);
    if (nworkers == 1) {
        run_share (files, 0, 1, &sum);
    } else if (!run_forked (files, nworkers, &sum)) {
        goto done;
    }
    printf ("files=%" G_GUINT64_FORMAT " bytes=%" G_GUINT64_FORMAT
            " unreadable=%" G_GUINT64_FORMAT " seconds=%.3f\n",
            sum.files, sum.bytes, sum.unreadable,
            (double) (g_get_monotonic_time () - t0) / 1e6);
    if (sum.unreadable)
        fprintf (stderr, "floor-read: %" G_GUINT64_FORMAT " files could not be read\n",
                 sum.unreadable);
    status = sum.files == sum.unreadable && sum.files > 0 ? EXIT_FAILURE : EXIT_SUCCESS;
done:
    g_ptr_array_free (files, TRUE);
    return status;
}
