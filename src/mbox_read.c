/* mbox_read.c - stream an mbox through GMime's mbox parser. */
#include "config.h"
#include "mbox_read.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>

gboolean
rf_mbox_sniff (const char *head, gsize len)
{
    return len >= 5 && memcmp (head, "From ", 5) == 0;
}

gboolean
rf_mbox_read (const char *path, gint64 now, rf_mbox_cb cb, gpointer data, GError **err)
{
    GMimeStream *stream = g_mime_stream_fs_open (path, O_RDONLY, 0, err);
    GMimeParser *parser;
    GMimeParserOptions *po;

    if (!stream) {
        g_prefix_error (err, "%s: ", path);
        return FALSE;
    }
    parser = g_mime_parser_new_with_stream (stream);
    g_object_unref (stream);
    g_mime_parser_set_format (parser, GMIME_FORMAT_MBOX);
    po = g_mime_parser_options_new ();
    while (!g_mime_parser_eos (parser)) {
        GMimeMessage *m = g_mime_parser_construct_message (parser, po);
        gint64 offset = g_mime_parser_get_mbox_marker_offset (parser);
        rf_mail_record_t *rec = NULL;
        rf_parse_status_t st;
        gboolean go_on;

        if (!m)
            break;
        /* size_bytes stays 0 for mbox messages: GMime does not report
         * where a message ends, and nothing depends on it. */
        st = rf_mail_parse_message (m, 0, now, TRUE, &rec);
        g_object_unref (m);
        go_on = cb (rec, st, offset, data);
        if (!go_on)
            break;
    }
    g_mime_parser_options_free (po);
    g_object_unref (parser);
    return TRUE;
}
