/* fuzz_mbox.c - an mbox file: split into entries, each one unescaped and
 * parsed as the worker processes do. The entries handed out must follow
 * each other and stay inside the file. */
#include "config.h"
#include "fuzz_common.h"
#include "mail/mail_parse.h"
#include "mail/mbox_read.h"

#include <gmime/gmime.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const uint8_t *data;
    gint64 next, size;
    guint n;
} seen_t;

static gboolean
on_entry (gint64 offset, gint64 length, gpointer data)
{
    seen_t *s = data;
    rf_mail_record_t *rec = NULL;
    char *copy;
    if (offset < s->next || length <= 0 || offset + length > s->size)
        abort ();
    s->next = offset + length;
    s->n++;
    copy = g_malloc ((gsize) length + 1);
    memcpy (copy, s->data + offset, (gsize) length);
    copy[length] = '\0';
    gsize len = rf_mbox_entry_unescape (copy, (gsize) length);
    if ((gint64) len > length)
        abort ();
    if (rf_mail_parse_buffer (copy, len, FUZZ_NOW, &rec) == RF_PARSE_OK && !rec)
        abort ();
    rf_mail_record_free (rec);
    g_free (copy);
    return TRUE;
}

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
    (void) argc;
    (void) argv;
    g_mime_init ();
    rf_mail_parse_init ();
    return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
    char *path = fuzz_write_file ("input.mbox", data, size);
    seen_t s = { data, 0, (gint64) size, 0 };
    GError *err = NULL;
    rf_mbox_sniff ((const char *) data, size);
    if (!rf_mbox_split (path, on_entry, &s, &err))
        abort ();   /* the file is there: reading it cannot fail */
    g_free (path);
    return 0;
}
