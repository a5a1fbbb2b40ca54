/* store_mail.h - write what the scan finds: folders, files, messages. */
#ifndef RF_STORE_MAIL_H
#define RF_STORE_MAIL_H

#include "mail/mail_parse.h"
#include "store/store.h"

typedef struct rf_mail_writer rf_mail_writer_t;

rf_mail_writer_t *rf_mail_writer_new (rf_store_t *st, GError **err);
/* Frees without writing what was not flushed. */
void rf_mail_writer_free (rf_mail_writer_t *w);
/* Write the rows still held in batches (before every commit). */
gboolean rf_mail_writer_flush (rf_mail_writer_t *w, GError **err);

typedef struct {
    gint64 id;
    gint64 cur_mtime_ns;   /* -1 when never listed */
    gint64 new_mtime_ns;
    gint64 present;        /* its files not gone (kept by triggers, see schema_mail.c) */
} rf_folder_state_t;

/* Find or create the folder row for a Maildir or mbox path. */
gboolean rf_mail_folder_ensure (rf_mail_writer_t *w, const char *path, const char *name,
                                const char *kind, gboolean is_sent, rf_folder_state_t *out,
                                GError **err);
gboolean rf_mail_folder_set_mtimes (rf_mail_writer_t *w, gint64 folder_id, gint64 cur_ns,
                                    gint64 new_ns, GError **err);

typedef struct {
    gint64 id;             /* 0 when not known */
    char *name;
    gboolean gone;
    gboolean skipped;      /* judged not mail (no message) */
    char *skip_ident;      /* the identity of the content so judged, or NULL */
} rf_file_state_t;

void rf_file_state_clear (rf_file_state_t *f);

/* Look a file up by its key in a folder. */
gboolean rf_mail_file_lookup (rf_mail_writer_t *w, gint64 folder_id, const char *key,
                              rf_file_state_t *out, GError **err);
/* A known file seen again: record a new name (flag change) and revive it if
 * it had been marked gone. */
gboolean rf_mail_file_seen (rf_mail_writer_t *w, const rf_file_state_t *f, const char *name,
                            GError **err);
/* A new file: message_rowid 0 with skip_reason for a file that is not mail,
 * and skip_ident the identity of the content judged (rf_file_ident). A key
 * already there (a file listed twice in one listing) is left as it is,
 * unless it was skipped: a file judged again is updated. */
gboolean rf_mail_file_add (rf_mail_writer_t *w, gint64 folder_id, const char *key,
                           const char *name, gint64 message_rowid, const char *skip_reason,
                           const char *skip_ident, GError **err);

/* Every file of a folder judged not mail and still present: key, name and
 * skip_ident (may be NULL) to cb, which returns FALSE to stop (and then so
 * does this, leaving any error to cb). */
typedef gboolean (*rf_skipped_cb) (const char *key, const char *name, const char *skip_ident,
                                   gpointer data);
gboolean rf_mail_skipped_files (rf_mail_writer_t *w, gint64 folder_id, rf_skipped_cb cb,
                                gpointer data, GError **err);

/* Store a parsed message unless its Message-ID is already known.
 * *rowid is the message's row either way; *is_new tells which. Its
 * recipients and references are written in batches: rf_mail_writer_flush
 * before a commit. */
gboolean rf_mail_store_record (rf_mail_writer_t *w, const rf_mail_record_t *rec,
                               gint64 *rowid, gboolean *is_new, GError **err);

/* Marking files that disappeared: start a sweep for a folder, note the
 * row id of every known file listed (TRUE the first time an id older than
 * the sweep is noted), then end it. Only when any_missing (fewer files
 * were listed than were present) are the present files not noted read
 * and marked gone; *gone says how many. One bit per file id. */
gboolean rf_mail_sweep_begin (rf_mail_writer_t *w, GError **err);
gboolean rf_mail_sweep_note (rf_mail_writer_t *w, gint64 file_id);
gboolean rf_mail_sweep_end (rf_mail_writer_t *w, gint64 folder_id, gboolean any_missing,
                            gint64 *gone, GError **err);

/* Loading into an empty database (*bulk set TRUE): the secondary message
 * indexes are dropped, to be built at the end by rf_mail_indexes_ensure.
 * rf_mail_indexes_ensure creates them when missing (after a killed first
 * scan too); it is cheap when they exist. */
gboolean rf_mail_bulk_begin (rf_mail_writer_t *w, gboolean *bulk, GError **err);
gboolean rf_mail_indexes_ensure (rf_store_t *st, GError **err);

/* Remembered state of a loose input file (mbox, XML, single message), by
 * size, mtime and inode. Recorded only once it was read through: a file
 * that could not be read is not recorded, so it is read next time. */
gboolean rf_input_file_unchanged (rf_mail_writer_t *w, const char *path, gint64 size,
                                  gint64 mtime_ns, gint64 ino, gboolean *unchanged, GError **err);
gboolean rf_input_file_record (rf_mail_writer_t *w, const char *path, gint64 size, gint64 mtime_ns,
                               gint64 ino, const char *kind, const char *skip_reason, GError **err);

#endif
