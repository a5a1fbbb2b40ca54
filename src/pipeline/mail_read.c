/* mail_read.c - the bytes of one message for the parser: a whole file or
 * one mbox entry, never more than the size limit.
 *
 * A failure to read (the file moved, deleted or made unreadable while we
 * work, an I/O error) says nothing of the content: it is reported apart
 * (read_errno), so the scan reads the file again instead of judging it. */
#include "config.h"
#include "pipeline/mail_read.h"
#include "mail/mbox_read.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

void
rf_mail_bytes_clear (rf_mail_bytes_t *b)
{
    g_free (b->data);
    g_free (b->reason);
    g_free (b->ident);
    memset (b, 0, sizeof *b);
}

char *
rf_file_ident (const struct stat *sb)
{
    return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":%" G_GUINT64_FORMAT,
                            (gint64) sb->st_size,
                            (gint64) sb->st_mtim.tv_sec * 1000000000 + sb->st_mtim.tv_nsec,
                            (guint64) sb->st_ino);
}

gboolean
rf_mail_read_test_denied (const char *path)
{
    const char *deny = g_getenv ("REDFLAG_TEST_DENY_READ");
    return deny && *deny && strstr (path, deny);
}

/* Test-only hooks (never set in use): each takes a text; a file whose path
 * contains it is, just before it is read,
 * - REDFLAG_TEST_MOVE_BEFORE_READ: when in new/, moved to cur/ with the
 *   flag S, as a mail client does when the message is seen;
 * - REDFLAG_TEST_VANISH_BEFORE_READ: moved out of the folder, into tmp/;
 * - REDFLAG_TEST_DENY_READ: refused with EACCES (as chmod 000 does for
 *   anyone but root), directories too (rf_mail_read_test_denied).
 * They stand for races and permissions a test cannot time or, as root,
 * cannot cause. Returns the errno to fail with, or 0. */
static int
test_hook (const char *path)
{
    const char *move = g_getenv ("REDFLAG_TEST_MOVE_BEFORE_READ");
    const char *vanish = g_getenv ("REDFLAG_TEST_VANISH_BEFORE_READ");
    char *dir, *base, *box, *to = NULL;

    if (rf_mail_read_test_denied (path))
        return EACCES;
    if (!(move && *move && strstr (path, move)) && !(vanish && *vanish && strstr (path, vanish)))
        return 0;
    dir = g_path_get_dirname (path);
    base = g_path_get_basename (path);
    box = g_path_get_dirname (dir);
    if (vanish && *vanish && strstr (path, vanish))
        to = g_build_filename (box, "tmp", base, NULL);
    else if (g_str_has_suffix (dir, "/new"))
        to = g_strdup_printf ("%s/cur/%s:2,S", box, base);
    if (to && rename (path, to) != 0)
        g_printerr ("test hook: cannot move %s: %s\n", path, g_strerror (errno));
    g_free (to);
    g_free (box);
    g_free (base);
    g_free (dir);
    return 0;
}

static gboolean
fail_read (rf_mail_bytes_t *out, int e)
{
    out->read_errno = e;
    out->reason = e == EAGAIN ? g_strdup ("changed while it was read")
                              : g_strdup_printf ("cannot read: %s", g_strerror (e));
    return FALSE;
}

/* Read exactly len bytes at offset; FALSE with errno set (EAGAIN when the
 * file ended early: it changed while we read it). */
static gboolean
read_at (int fd, char *buf, gsize len, gint64 offset)
{
    gsize got = 0;
    while (got < len) {
        ssize_t n = pread (fd, buf + got, len - got, (off_t) offset + (off_t) got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EAGAIN;
            return FALSE;
        }
        got += (gsize) n;
    }
    return TRUE;
}

gboolean
rf_mail_read (const char *path, gint64 offset, gint64 length, gint64 max_bytes, rf_mail_bytes_t *out)
{
    struct stat sb;
    int fd, hooked = test_hook (path);
    gint64 len;

    memset (out, 0, sizeof *out);
    if (hooked)
        return fail_read (out, hooked);
    /* Non-blocking: opening a FIFO must not wait for a writer. */
    if ((fd = open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)) < 0)
        return fail_read (out, errno);
    if (fstat (fd, &sb) != 0) {
        int e = errno;
        close (fd);
        return fail_read (out, e);
    }
    out->ident = rf_file_ident (&sb);
    len = offset < 0 ? (gint64) sb.st_size : length;
    if (!S_ISREG (sb.st_mode))
        out->reason = g_strdup ("not a regular file");
    else if (len > max_bytes)
        out->reason = g_strdup_printf ("larger than %" G_GINT64_FORMAT " MiB (max_message_mb)",
                                       max_bytes / (1024 * 1024));
    else if (offset >= 0 && offset + length > (gint64) sb.st_size)
        fail_read (out, EAGAIN);    /* the mbox shrank since it was split */
    if (out->reason) {
        close (fd);
        return FALSE;
    }
    out->data = g_malloc ((gsize) len + 1);
    if (!read_at (fd, out->data, (gsize) len, offset < 0 ? 0 : offset)) {
        int e = errno;
        close (fd);
        g_clear_pointer (&out->data, g_free);
        return fail_read (out, e);
    }
    close (fd);
    out->data[len] = '\0';
    out->len = offset < 0 ? (gsize) len : rf_mbox_entry_unescape (out->data, (gsize) len);
    return TRUE;
}
