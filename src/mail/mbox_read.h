/* mbox_read.h - split an mbox file into parsed messages. */
#ifndef RF_MBOX_READ_H
#define RF_MBOX_READ_H

#include <glib.h>
#include "mail/mail_parse.h"

/* Called for each message: rec is (transfer full) NULL when status is not
 * RF_PARSE_OK. offset is the byte offset of the message's "From " line.
 * Return FALSE to stop reading. */
typedef gboolean (*rf_mbox_cb) (rf_mail_record_t *rec, rf_parse_status_t status,
                                gint64 offset, gpointer data);

/* TRUE when the bytes start like an mbox ("From "). */
gboolean rf_mbox_sniff (const char *head, gsize len);

/* Read the mbox at path from start to end, streaming: one message in
 * memory at a time. FALSE and err if the file cannot be opened. */
gboolean rf_mbox_read (const char *path, gint64 now, rf_mbox_cb cb, gpointer data, GError **err);

#endif
