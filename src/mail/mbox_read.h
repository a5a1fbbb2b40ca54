/* mbox_read.h - split an mbox file into entries, and undo an entry's escaping. */
#ifndef RF_MBOX_READ_H
#define RF_MBOX_READ_H

#include <glib.h>

/* Called for each entry: the byte offset of its "From " line and its
 * length, that line included, up to the next entry or the end of the file.
 * Return FALSE to stop. */
typedef gboolean (*rf_mbox_entry_cb) (gint64 offset, gint64 length, gpointer data);

/* TRUE when the bytes start like an mbox ("From "). */
gboolean rf_mbox_sniff (const char *head, gsize len);

/* Split the mbox at path from start to end, streaming: memory stays one
 * block whatever the length of its lines or entries. FALSE and err (a
 * G_FILE_ERROR from errno) when the file cannot be opened or read. */
gboolean rf_mbox_split (const char *path, rf_mbox_entry_cb cb, gpointer data, GError **err);

/* An entry's bytes, its "From " line first, to the message: the line is
 * dropped and the mboxrd escaping (">From ") undone, in place; data[len]
 * must be writable. Returns the message's length (NUL-terminated). */
gsize rf_mbox_entry_unescape (char *data, gsize len);

#endif
