/* mbox_read.c - split an mbox ourselves and parse each message from memory.
 *
 * GMime's mbox parser stops at an entry it cannot build, silently losing
 * the rest of the file; splitting on "From " lines ourselves makes a bad
 * entry cost only itself. One message is held in memory at a time. */
#include "config.h"
#include "mail/mbox_read.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

gboolean
rf_mbox_sniff (const char *head, gsize len)
{
    return len >= 5 && memcmp (head, "From ", 5) == 0;
}

/* mboxrd: a body line "From " was written ">From ", ">From " as ">>From ". */
static void
append_unescaped (GString *msg, const char *line, gssize len)
{
    const char *q = line;
    while (q < line + len && *q == '>')
        q++;
    if (q > line && (line + len - q) >= 5 && memcmp (q, "From ", 5) == 0) {
        line++;
        len--;
    }
    g_string_append_len (msg, line, len);
}

static gboolean
emit (GString *msg, gint64 offset, gint64 now, rf_mbox_cb cb, gpointer data)
{
    rf_mail_record_t *rec = NULL;
    rf_parse_status_t st = rf_mail_parse_buffer (msg->str, msg->len, now, &rec);
    g_string_truncate (msg, 0);
    return cb (rec, st, offset, data);
}

gboolean
rf_mbox_read (const char *path, gint64 now, rf_mbox_cb cb, gpointer data, GError **err)
{
    FILE *f = fopen (path, "rb");
    GString *msg = g_string_sized_new (64 * 1024);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    gint64 pos = 0, start = -1;
    gboolean prev_blank = TRUE, go_on = TRUE;

    if (!f) {
        g_set_error (err, G_FILE_ERROR, g_file_error_from_errno (errno), "%s: %s", path,
                     g_strerror (errno));
        g_string_free (msg, TRUE);
        return FALSE;
    }
    while (go_on && (n = getline (&line, &cap, f)) > 0) {
        gboolean blank = (n == 1 && line[0] == '\n') || (n == 2 && line[0] == '\r' && line[1] == '\n');
        if (prev_blank && n >= 5 && memcmp (line, "From ", 5) == 0) {
            if (start >= 0)
                go_on = emit (msg, start, now, cb, data);
            start = pos;
        } else if (start >= 0) {
            append_unescaped (msg, line, n);
        }
        prev_blank = blank;
        pos += n;
    }
    if (go_on && start >= 0)
        emit (msg, start, now, cb, data);
    free (line);
    fclose (f);
    g_string_free (msg, TRUE);
    return TRUE;
}
