/* scan_p.h - what the parts of the scan share (scan.c, scan_maildir.c,
 * scan_mbox.c); not for other modules. */
#ifndef RF_SCAN_P_H
#define RF_SCAN_P_H

#include "pipeline/scan.h"
#include "pipeline/parse_pool.h"
#include "mail/mailbox_walk.h"
#include "mail/store_mail.h"
#include "mail/known_files.h"

#define PARSE_WORK 8         /* a parsed file weighs as much as 8 renamed ones */

typedef struct {
    rf_store_t *st;
    const rf_scan_opts_t *opts;
    rf_mail_writer_t *w;
    rf_parse_pool_t *pool;
    rf_scan_counts_t *c;
    gint64 work_in_txn;
    gboolean changed;        /* data_gen bumped in this run */
    const char *phase;
    gint64 listed_present;   /* files of the folder being listed, present before, listed */
    /* Files that could not be read in this run (moved, deleted, unreadable):
     * no verdict on them, they are read again. */
    gint64 retry_later;      /* to read in the next run: their folder or file is not marked done */
    gint64 vanished;         /* files of the Maildir being listed gone missing before being read */
    GHashTable *failed;      /* their keys -> errno, while a Maildir is listed (else NULL) */
    gboolean relisting;      /* listing a Maildir again: what was counted is not counted again */
    gboolean entry_failed;   /* an entry of the mbox being read could not be read */
    rf_known_files_t *known; /* the files of the Maildir being listed, read before (or NULL) */
} scan_t;

/* Commit the batch when enough work piled up (or when forced). */
gboolean rf_scan_maybe_commit (scan_t *s, gboolean force, GError **err);
/* Name a file not used on stderr and record it in the skipped table. */
gboolean rf_scan_skip (scan_t *s, const char *path, const char *kind, const char *reason, GError **err);
/* Once per run, in the transaction of the first change. */
gboolean rf_scan_mark_changed (scan_t *s, GError **err);
/* Store one parsed message (or the verdict on a file) and link the file. */
gboolean rf_scan_store_parsed (scan_t *s, gint64 folder_id, const char *key, const char *name,
                               const rf_parse_result_t *res, GError **err);
/* Hand a job to the parsers (taken over), storing results while they are busy. */
gboolean rf_scan_queue (scan_t *s, rf_parse_job_t *job, GError **err);
/* Store every result still pending. */
gboolean rf_scan_drain (scan_t *s, GError **err);
/* A file that cannot be read now: said on stderr, read again next run. */
void rf_scan_read_later (scan_t *s, const char *path, const char *why);

/* The parts: a Maildir (listed until it holds still), an mbox (split,
 * its entries parsed by the parsers), and an mbox entry's result. */
gboolean rf_scan_maildir (scan_t *s, const rf_input_t *in, GError **err);
gboolean rf_scan_mbox (scan_t *s, const rf_input_t *in, GError **err);
gboolean rf_scan_store_entry (scan_t *s, const rf_parse_job_t *job, const rf_parse_result_t *res,
                              GError **err);

#endif
