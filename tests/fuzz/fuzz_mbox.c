/* fuzz_mbox.c - an mbox file: split into messages, each one parsed. The
 * offsets handed out must grow and stay inside the file. */
#include "config.h"
#include "fuzz_common.h"
#include "mail/mbox_read.h"

#include <stdlib.h>

typedef struct {
    gint64 last, size;
    guint n;
} seen_t;

static gboolean
on_message (rf_mail_record_t *rec, rf_parse_status_t status, gint64 offset, gpointer data)
{
    seen_t *s = data;
    if ((status == RF_PARSE_OK) != (rec != NULL) || offset < s->last || offset > s->size)
        abort ();
    s->last = offset;
    s->n++;
    rf_mail_record_free (rec);
    return TRUE;
}

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
    g_mime_init ();
    rf_mail_parse_init ();
    return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
    char *path = fuzz_write_file ("input.mbox", data, size);
    seen_t s = { 0, (gint64) size, 0 };
    GError *err = NULL;
    rf_mbox_sniff ((const char *) data, size);
    if (!rf_mbox_read (path, FUZZ_NOW, on_message, &s, &err))
        abort ();   /* the file is there: reading it cannot fail */
    g_free (path);
    return 0;
}
