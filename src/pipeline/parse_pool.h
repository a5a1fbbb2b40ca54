/* parse_pool.h - read and parse new mail files, in this process or in
 * forked worker processes (GMime parsing scales with processes, not threads).
 *
 * Jobs stream through the pool: the caller submits them one at a time and
 * takes the results back in submission order, storing one result while the
 * workers parse the next ones. */
#ifndef RF_PARSE_POOL_H
#define RF_PARSE_POOL_H

#include <glib.h>
#include "mail/mail_parse.h"
#include "pipeline/scan.h"

typedef struct {
    gint64 folder_id;
    char *key;        /* identity in the folder (NULL for an mbox entry: its Message-ID) */
    char *name;       /* name relative to the folder (cur/NAME), or the entry's offset */
    char *path;       /* full path to read */
    gint64 offset;    /* an mbox entry's offset and length; -1: the whole file */
    gint64 length;
    gboolean pdf;     /* a loose PDF: the worker opens it for its invoice */
} rf_parse_job_t;

/* path is taken over (transfer full); key and name are copied. */
rf_parse_job_t *rf_parse_job_new (gint64 folder_id, const char *key, const char *name, char *path);
/* A loose PDF file at path (taken over): read in a parser process. */
rf_parse_job_t *rf_parse_job_new_pdf (char *path);
/* One entry of the mbox at path (copied), named by its offset. */
rf_parse_job_t *rf_parse_job_new_entry (gint64 folder_id, const char *path, gint64 offset, gint64 length);
void rf_parse_job_free (gpointer job);

typedef struct {
    rf_parse_status_t status;
    char *reason;              /* set for failures parse status cannot express */
    char *path;
    int read_errno;            /* the file could not be read now: no verdict on it */
    char *ident;               /* rf_file_ident of the file read, or NULL */
    rf_mail_record_t *record;  /* NULL unless status is RF_PARSE_OK */
    GPtrArray *docs;           /* rf_mail_doc_t* (mail_docs.h): the message's XML and PDF
                                * attachments, or the PDF of a pdf job; NULL when none */
} rf_parse_result_t;

void rf_parse_result_clear (rf_parse_result_t *res);

typedef struct rf_parse_pool rf_parse_pool_t;

/* Load the marker patterns, then fork the workers. */
rf_parse_pool_t *rf_parse_pool_new (const rf_scan_opts_t *opts, GError **err);
/* The same, started in the background: the patterns load in a thread and
 * jobs are held (rf_parse_pool_full after a few thousand) until
 * rf_parse_pool_start, which waits for the thread, then forks the workers
 * and sends them the jobs held; FALSE and err when the patterns could not
 * be loaded. Call it before rf_parse_pool_next (a no-op once started, and
 * for a pool made by rf_parse_pool_new). */
rf_parse_pool_t *rf_parse_pool_new_background (const rf_scan_opts_t *opts);
gboolean rf_parse_pool_start (rf_parse_pool_t *pool, GError **err);
void rf_parse_pool_free (rf_parse_pool_t *pool);

/* Streaming. rf_parse_pool_full: no job can be submitted before a result
 * is taken. rf_parse_pool_submit takes the job over (the pool must not be
 * full). rf_parse_pool_next returns the oldest job still pending and fills
 * *res with its result (clear it with rf_parse_result_clear); NULL when
 * nothing is pending. A worker that dies costs only the file it was on. */
gboolean rf_parse_pool_full (const rf_parse_pool_t *pool);
void rf_parse_pool_submit (rf_parse_pool_t *pool, rf_parse_job_t *job);
guint rf_parse_pool_pending (const rf_parse_pool_t *pool);
rf_parse_job_t *rf_parse_pool_next (rf_parse_pool_t *pool, rf_parse_result_t *res);

/* Parse every job; results (rf_parse_result_t*, owning) come back in job
 * order. The jobs stay the caller's. */
GPtrArray *rf_parse_pool_run (rf_parse_pool_t *pool, GPtrArray *jobs);

/* The digest of the marker patterns the pool loaded (borrowed). */
const char *rf_parse_pool_patterns_digest (const rf_parse_pool_t *pool);

#endif
