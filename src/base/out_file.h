/* out_file.h - write an output file (an export, an audit page) so that it
 * cannot be turned against the user.
 *
 * A regular file is written to a new temporary file in its directory,
 * flushed to disk, then renamed over the target: a failure (a full disk)
 * leaves the previous file as it was, and readers never see half a file.
 * An existing file keeps its mode; a new one is created 0600. A symbolic
 * link is never written through: it is refused, so the file it points to
 * (anyone's) is left alone; the one exception is a link to a pipe, a
 * terminal or /dev/null (/dev/stdout on a pipe), which is written to as
 * it is, like a pipe or a character device named directly. A directory or
 * a block device is refused. Paths that must never be written (the
 * database and its companions) are refused by file identity and by
 * canonical path. */
#ifndef RF_OUT_FILE_H
#define RF_OUT_FILE_H

#include <glib.h>
#include <stdio.h>

#define RF_OUT_FILE_ERROR rf_out_file_error_quark ()
GQuark rf_out_file_error_quark (void);
typedef enum {
    RF_OUT_FILE_ERR_PROTECTED = 1,   /* one of the paths that must not be written */
    RF_OUT_FILE_ERR_REFUSED,         /* a symbolic link, a directory, a block device */
    RF_OUT_FILE_ERR_IO,              /* cannot create, write or rename */
} rf_out_file_err_t;

typedef struct rf_out_file rf_out_file_t;

/* Start writing path. protect: paths that must not be written, or NULL
 * (NULL-terminated; they need not exist; the first one names them all in
 * the message). NULL and err when refused or when the file cannot be
 * created. */
rf_out_file_t *rf_out_file_open (const char *path, const char *const *protect, GError **err);

/* Where to write. */
FILE *rf_out_file_stream (rf_out_file_t *f);

/* Flush everything to disk and put the file in place; on any write error
 * the temporary file is removed and the target left as it was. Frees f. */
gboolean rf_out_file_commit (rf_out_file_t *f, GError **err);

/* Give up: remove the temporary file, leave the target as it was. Frees f
 * (NULL is allowed). */
void rf_out_file_abort (rf_out_file_t *f);

/* TRUE when a and b name the same file: the same device and inode, or
 * (for files that do not exist yet) the same canonical path. */
gboolean rf_same_file (const char *a, const char *b);

#endif
