/* mbox_read.c - split an mbox into entries ourselves, streaming.
 *
 * GMime's mbox parser stops at an entry it cannot build, silently losing
 * the rest of the file; splitting on "From " lines ourselves makes a bad
 * entry cost only itself. The splitter only notes where entries start and
 * end, reading fixed blocks: a line or a message of any length costs no
 * memory. Each entry is read and parsed on its own, by whoever parses. */
#include "config.h"
#include "mail/mbox_read.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#define BLOCK (64 * 1024)

gboolean
rf_mbox_sniff (const char *head, gsize len)
{
    return len >= 5 && memcmp (head, "From ", 5) == 0;
}

typedef struct {
    rf_mbox_entry_cb cb;
    gpointer data;
    gint64 start;        /* the current entry's "From " line; -1 before the first */
    gint64 line_start;   /* the line being read */
    gint64 line_len;
    char head[5];        /* its first bytes */
    gsize head_len;
    gboolean prev_blank;
    gboolean go_on;
} splitter_t;

/* A whole line was read: an entry starts at a "From " line after a blank
 * line (or at the start of the file). */
static void
end_line (splitter_t *sp)
{
    gboolean blank = (sp->line_len == 1 && sp->head[0] == '\n')
                     || (sp->line_len == 2 && sp->head[0] == '\r' && sp->head[1] == '\n');
    if (sp->prev_blank && sp->head_len == 5 && memcmp (sp->head, "From ", 5) == 0) {
        if (sp->start >= 0)
            sp->go_on = sp->cb (sp->start, sp->line_start - sp->start, sp->data);
        sp->start = sp->line_start;
    }
    sp->prev_blank = blank;
    sp->line_start += sp->line_len;
    sp->line_len = 0;
    sp->head_len = 0;
}

static void
feed (splitter_t *sp, const char *buf, gsize n)
{
    gsize i = 0;
    while (i < n && sp->go_on) {
        const char *nl = memchr (buf + i, '\n', n - i);
        gsize end = nl ? (gsize) (nl - buf) + 1 : n;
        gsize take = MIN (sizeof sp->head - sp->head_len, end - i);
        memcpy (sp->head + sp->head_len, buf + i, take);
        sp->head_len += take;
        sp->line_len += (gint64) (end - i);
        i = end;
        if (nl)
            end_line (sp);
    }
}

gboolean
rf_mbox_split (const char *path, rf_mbox_entry_cb cb, gpointer data, GError **err)
{
    splitter_t sp = { .cb = cb, .data = data, .start = -1, .prev_blank = TRUE, .go_on = TRUE };
    char *buf;
    ssize_t n = 0;
    /* Non-blocking: a FIFO put in place of the file must not hang the scan. */
    int fd = open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);

    if (fd < 0) {
        g_set_error (err, G_FILE_ERROR, g_file_error_from_errno (errno), "%s", g_strerror (errno));
        return FALSE;
    }
    buf = g_malloc (BLOCK);
    while (sp.go_on && ((n = read (fd, buf, BLOCK)) > 0 || (n < 0 && errno == EINTR)))
        if (n > 0)
            feed (&sp, buf, (gsize) n);
    if (n < 0) {
        int e = errno;
        g_set_error (err, G_FILE_ERROR, g_file_error_from_errno (e), "%s", g_strerror (e));
    } else if (sp.go_on) {
        if (sp.line_len > 0)
            end_line (&sp);
        if (sp.go_on && sp.start >= 0)
            cb (sp.start, sp.line_start - sp.start, data);
    }
    g_free (buf);
    close (fd);
    return n >= 0;
}

/* mboxrd: a body line "From " was written ">From ", ">From " as ">>From ". */
static gboolean
escaped_from (const char *line, gsize len)
{
    const char *q = line, *end = line + len;
    while (q < end && *q == '>')
        q++;
    return q > line && (gsize) (end - q) >= 5 && memcmp (q, "From ", 5) == 0;
}

gsize
rf_mbox_entry_unescape (char *data, gsize len)
{
    const char *nl = memchr (data, '\n', len);
    gsize r = nl ? (gsize) (nl - data) + 1 : len, w = 0;
    while (r < len) {
        const char *next = memchr (data + r, '\n', len - r);
        gsize line = next ? (gsize) (next - (data + r)) + 1 : len - r;
        gsize drop = escaped_from (data + r, line) ? 1 : 0;
        memmove (data + w, data + r + drop, line - drop);
        w += line - drop;
        r += line;
    }
    data[w] = '\0';
    return w;
}
