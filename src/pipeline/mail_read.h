/* mail_read.h - read one message's bytes (a file, or an mbox entry) for the parser. */
#ifndef RF_MAIL_READ_H
#define RF_MAIL_READ_H

#include <glib.h>
#include <sys/stat.h>

typedef struct {
    char *data;        /* the message, NUL-terminated; NULL when not read */
    gsize len;
    char *reason;      /* why data is NULL */
    int read_errno;    /* set when that is a failure to read, not a verdict on the content */
    char *ident;       /* rf_file_ident of the file read, or NULL */
} rf_mail_bytes_t;

/* The identity of a file's content as far as the scan can tell without
 * reading it: "size:mtime_ns:inode" (g_free). A verdict on a file (empty,
 * not mail, too large) holds while its identity does not change. */
char *rf_file_ident (const struct stat *sb);

/* Read path whole (offset < 0), or the mbox entry of length bytes at
 * offset (its "From " line dropped, its escaping undone). Larger than
 * max_bytes, or not a regular file: not read, a verdict in reason. FALSE
 * when there is no data; clear out with rf_mail_bytes_clear either way. */
gboolean rf_mail_read (const char *path, gint64 offset, gint64 length, gint64 max_bytes,
                       rf_mail_bytes_t *out);
void rf_mail_bytes_clear (rf_mail_bytes_t *b);

/* Test-only: TRUE when REDFLAG_TEST_DENY_READ says path is to be refused
 * as unreadable (see mail_read.c). */
gboolean rf_mail_read_test_denied (const char *path);

#endif
