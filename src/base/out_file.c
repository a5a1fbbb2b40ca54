/* out_file.c - see out_file.h. */
#include "config.h"
#include "base/out_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

G_DEFINE_QUARK (rf-out-file, rf_out_file_error)

struct rf_out_file {
    char *path;       /* the target */
    char *tmp;        /* the temporary file renamed over it; NULL when written directly */
    gboolean had_file;
    int fd;
    int first_errno;  /* of the first failed write: stdio forgets it */
    FILE *f;
};

typedef enum {
    TARGET_NEW,       /* nothing there yet */
    TARGET_REGULAR,   /* a regular file, replaced */
    TARGET_STREAM,    /* a pipe or a device named directly, written to */
    TARGET_LINKED,    /* a link to a pipe, a terminal or /dev/null, written to */
} target_t;

/* A path whose file may not exist yet: the real path of its directory and
 * its own name (g_free); NULL when the directory cannot be resolved. */
static char *
canonical (const char *path)
{
    char *real = realpath (path, NULL), *dir, *base, *rdir, *out;
    if (real) {
        out = g_strdup (real);
        free (real);
        return out;
    }
    dir = g_path_get_dirname (path);
    base = g_path_get_basename (path);
    rdir = realpath (dir, NULL);
    out = rdir ? g_build_filename (rdir, base, NULL) : NULL;
    free (rdir);
    g_free (base);
    g_free (dir);
    return out;
}

gboolean
rf_same_file (const char *a, const char *b)
{
    struct stat sa, sb;
    char *ca, *cb;
    gboolean same;
    if (stat (a, &sa) == 0 && stat (b, &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    ca = canonical (a);
    cb = canonical (b);
    same = ca && cb && strcmp (ca, cb) == 0;
    g_free (ca);
    g_free (cb);
    return same;
}

static gboolean
refuse (GError **err, int code, const char *path, const char *why)
{
    g_set_error (err, RF_OUT_FILE_ERROR, code, "%s: %s", path, why);
    return FALSE;
}

/* What is at path now, and whether it may be written. */
static gboolean
classify (const char *path, target_t *kind, struct stat *st, GError **err)
{
    struct stat to;
    if (lstat (path, st) != 0) {
        if (errno != ENOENT)
            return refuse (err, RF_OUT_FILE_ERR_IO, path, g_strerror (errno));
        *kind = TARGET_NEW;
        return TRUE;
    }
    if (S_ISREG (st->st_mode))
        *kind = TARGET_REGULAR;
    else if (S_ISDIR (st->st_mode))
        return refuse (err, RF_OUT_FILE_ERR_REFUSED, path, "a directory; name a file to write");
    else if (S_ISBLK (st->st_mode))
        return refuse (err, RF_OUT_FILE_ERR_REFUSED, path, "a block device; name a file to write");
    else if (!S_ISLNK (st->st_mode))
        *kind = TARGET_STREAM;
    else if (stat (path, &to) == 0 && (S_ISFIFO (to.st_mode) || S_ISSOCK (to.st_mode) || S_ISCHR (to.st_mode)))
        *kind = TARGET_LINKED;   /* checked again once open */
    else
        return refuse (err, RF_OUT_FILE_ERR_REFUSED, path,
                       "a symbolic link; redflag does not write through links (the file it points to "
                       "could be anyone's): name the file itself, or remove the link");
    return TRUE;
}

/* Writes through stdio, remembering why the first failed write failed. */
static ssize_t
cookie_write (void *cookie, const char *buf, size_t n)
{
    rf_out_file_t *o = cookie;
    size_t done = 0;
    while (done < n) {
        ssize_t k = write (o->fd, buf + done, n - done);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0) {
            if (!o->first_errno)
                o->first_errno = k < 0 ? errno : ENOSPC;
            return done > 0 ? (ssize_t) done : -1;
        }
        done += (size_t) k;
    }
    return (ssize_t) done;
}

static gboolean
attach_stream (rf_out_file_t *o, int fd)
{
    cookie_io_functions_t io = { NULL, cookie_write, NULL, NULL };
    o->fd = fd;
    o->f = fopencookie (o, "w", io);
    return o->f != NULL;
}

/* A link may lead to a pipe, a socket, a terminal or /dev/null only. */
static gboolean
stream_ok (int fd, target_t kind)
{
    struct stat st, null;
    if (fstat (fd, &st) != 0 || !(S_ISFIFO (st.st_mode) || S_ISSOCK (st.st_mode) || S_ISCHR (st.st_mode)))
        return FALSE;
    if (kind == TARGET_STREAM || !S_ISCHR (st.st_mode) || isatty (fd))
        return TRUE;
    return stat ("/dev/null", &null) == 0 && null.st_rdev == st.st_rdev;
}

/* A pipe or device is written to as it is: renaming over it would put a
 * plain file in its place. */
static gboolean
open_stream (rf_out_file_t *o, target_t kind, GError **err)
{
    int fd = open (o->path, O_WRONLY | O_NOCTTY | O_CLOEXEC | (kind == TARGET_STREAM ? O_NOFOLLOW : 0));
    if (fd < 0)
        return refuse (err, RF_OUT_FILE_ERR_IO, o->path, g_strerror (errno));
    if (!stream_ok (fd, kind)) {
        close (fd);
        return refuse (err, RF_OUT_FILE_ERR_REFUSED, o->path,
                       "changed while being opened, or leads to a device redflag does not write to");
    }
    if (!attach_stream (o, fd)) {
        close (fd);
        return refuse (err, RF_OUT_FILE_ERR_IO, o->path, g_strerror (errno));
    }
    return TRUE;
}

/* A new file in the target's directory, with the target's mode and owner
 * when it exists (private when it does not). */
static gboolean
open_temporary (rf_out_file_t *o, target_t kind, const struct stat *st, GError **err)
{
    char *dir = g_path_get_dirname (o->path), *base = g_path_get_basename (o->path);
    int fd;
    o->tmp = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
    fd = g_mkstemp_full (o->tmp, O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0) {
        g_set_error (err, RF_OUT_FILE_ERROR, RF_OUT_FILE_ERR_IO, "%s: cannot create a file in %s: %s", o->path,
                     dir, g_strerror (errno));
        g_free (o->tmp);
        o->tmp = NULL;
    } else if (kind == TARGET_REGULAR) {
        /* Best effort: only root may give a file to someone else, and a
         * file we cannot give back stays ours. */
        if (st->st_uid != geteuid () || st->st_gid != getegid ()) {
            G_GNUC_UNUSED int ignored = fchown (fd, st->st_uid, st->st_gid);
        }
        fchmod (fd, st->st_mode & 07777);
    }
    if (fd >= 0 && !attach_stream (o, fd)) {
        close (fd);
        unlink (o->tmp);
        fd = -1;
        g_set_error (err, RF_OUT_FILE_ERROR, RF_OUT_FILE_ERR_IO, "%s: %s", o->path, g_strerror (errno));
    }
    g_free (base);
    g_free (dir);
    return fd >= 0;
}

rf_out_file_t *
rf_out_file_open (const char *path, const char *const *protect, GError **err)
{
    rf_out_file_t *o;
    struct stat st;
    target_t kind;
    gboolean ok;
    for (const char *const *p = protect; p && *p; p++)
        if (rf_same_file (path, *p)) {
            g_set_error (err, RF_OUT_FILE_ERROR, RF_OUT_FILE_ERR_PROTECTED,
                         "%s: this is the database %s or one of its files; name another output file", path,
                         protect[0]);
            return NULL;
        }
    if (!classify (path, &kind, &st, err))
        return NULL;
    o = g_new0 (rf_out_file_t, 1);
    o->path = g_strdup (path);
    o->had_file = kind == TARGET_REGULAR;
    o->fd = -1;
    ok = kind == TARGET_NEW || kind == TARGET_REGULAR ? open_temporary (o, kind, &st, err)
                                                      : open_stream (o, kind, err);
    if (!ok) {
        g_free (o->tmp);
        g_free (o->path);
        g_free (o);
        return NULL;
    }
    return o;
}

FILE *
rf_out_file_stream (rf_out_file_t *o)
{
    return o->f;
}

static void
out_free (rf_out_file_t *o)
{
    g_free (o->tmp);
    g_free (o->path);
    g_free (o);
}

/* Close the stream and the file; the first error met, or 0. */
static int
close_all (rf_out_file_t *o, gboolean sync)
{
    int e = 0;
    if (fflush (o->f) != 0 || ferror (o->f))
        e = o->first_errno ? o->first_errno : EIO;
    if (!e && sync && fsync (o->fd) != 0)
        e = errno;
    fclose (o->f);
    if (close (o->fd) != 0 && !e)
        e = errno;
    return e;
}

gboolean
rf_out_file_commit (rf_out_file_t *o, GError **err)
{
    int e = close_all (o, o->tmp != NULL);
    if (!e && o->tmp && rename (o->tmp, o->path) != 0)
        e = errno;
    if (e) {
        if (o->tmp)
            unlink (o->tmp);
        g_set_error (err, RF_OUT_FILE_ERROR, RF_OUT_FILE_ERR_IO, "%s: cannot write: %s%s", o->path, g_strerror (e),
                     o->had_file ? "; the file that was there is left as it was" : "");
    }
    out_free (o);
    return e == 0;
}

void
rf_out_file_abort (rf_out_file_t *o)
{
    if (!o)
        return;
    close_all (o, FALSE);
    if (o->tmp)
        unlink (o->tmp);
    out_free (o);
}
