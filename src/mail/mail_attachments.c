/* mail_attachments.c - XML and PDF attachments of a message, decoded, for
 * the money stage to read (our own invoices, a client's remittance). */
#include "config.h"
#include "mail/mail_attachments.h"

#include <string.h>

#define MAX_DEPTH 32

static gsize keep_max = 0;

void
rf_mail_keep_attachments (gsize max_bytes)
{
    keep_max = max_bytes;
}

void
rf_mail_attachment_free (gpointer p)
{
    rf_mail_attachment_t *a = p;
    if (!a)
        return;
    g_free (a->name);
    g_free (a->content_type);
    if (a->data)
        g_bytes_unref (a->data);
    g_free (a);
}

static gboolean
is_candidate (const char *name, GMimeContentType *ct)
{
    if (name) {
        char *lower = g_ascii_strdown (name, -1);
        gboolean by_name = g_str_has_suffix (lower, ".xml") || g_str_has_suffix (lower, ".pdf");
        g_free (lower);
        if (by_name)
            return TRUE;
    }
    return ct && (g_mime_content_type_is_type (ct, "application", "pdf")
                  || g_mime_content_type_is_type (ct, "application", "xml")
                  || g_mime_content_type_is_type (ct, "text", "xml"));
}

/* The decoded content of a part, or NULL when larger than keep_max. */
static GBytes *
part_bytes (GMimePart *part)
{
    GMimeDataWrapper *w = g_mime_part_get_content (part);
    GMimeStream *mem;
    GByteArray *arr;
    GBytes *b = NULL;
    if (!w)
        return NULL;
    mem = g_mime_stream_mem_new ();
    g_mime_data_wrapper_write_to_stream (w, mem);
    arr = g_mime_stream_mem_get_byte_array (GMIME_STREAM_MEM (mem));
    if (arr->len <= keep_max)
        b = g_bytes_new (arr->data, arr->len);
    g_object_unref (mem);
    return b;
}

static void
walk (GMimeObject *o, GPtrArray *out, int depth)
{
    GMimeContentType *ct;
    const char *name;
    rf_mail_attachment_t *a;
    GBytes *data;
    if (!o || depth > MAX_DEPTH || out->len >= RF_MAIL_MAX_ATTACHMENTS)
        return;
    if (GMIME_IS_MULTIPART (o)) {
        GMimeMultipart *mp = GMIME_MULTIPART (o);
        for (int i = 0; i < g_mime_multipart_get_count (mp); i++)
            walk (g_mime_multipart_get_part (mp, i), out, depth + 1);
        return;
    }
    /* An attached message is someone else's mail: not ours to read. */
    if (!GMIME_IS_PART (o))
        return;
    ct = g_mime_object_get_content_type (o);
    name = g_mime_part_get_filename (GMIME_PART (o));
    if (!is_candidate (name, ct) || !(data = part_bytes (GMIME_PART (o))))
        return;
    a = g_new0 (rf_mail_attachment_t, 1);
    a->name = name ? g_strdup (name) : NULL;
    if (ct) {
        char *type = g_mime_content_type_get_mime_type (ct);
        a->content_type = g_ascii_strdown (type, -1);
        g_free (type);
    }
    a->data = data;
    g_ptr_array_add (out, a);
}

GPtrArray *
rf_mail_attachments (GMimeMessage *m)
{
    GPtrArray *out;
    if (!keep_max)
        return NULL;
    out = g_ptr_array_new_with_free_func (rf_mail_attachment_free);
    walk (g_mime_message_get_mime_part (m), out, 0);
    if (!out->len) {
        g_ptr_array_unref (out);
        return NULL;
    }
    return out;
}
