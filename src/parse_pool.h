/* parse_pool.h - read and parse new mail files, in this process or in
 * forked worker processes (GMime parsing scales with processes, not threads). */
#ifndef RF_PARSE_POOL_H
#define RF_PARSE_POOL_H

#include <glib.h>
#include "mail_parse.h"
#include "scan.h"

typedef struct {
    gint64 folder_id;
    char *key;        /* identity in the folder */
    char *name;       /* name relative to the folder (cur/NAME) */
    char *path;       /* full path to read */
} rf_parse_job_t;

/* path is taken over (transfer full); key and name are copied. */
rf_parse_job_t *rf_parse_job_new (gint64 folder_id, const char *key, const char *name, char *path);
void rf_parse_job_free (gpointer job);

typedef struct {
    rf_parse_status_t status;
    char *reason;              /* set for failures parse status cannot express */
    char *path;
    rf_mail_record_t *record;  /* NULL unless status is RF_PARSE_OK */
} rf_parse_result_t;

void rf_parse_result_clear (rf_parse_result_t *res);

typedef struct rf_parse_pool rf_parse_pool_t;

rf_parse_pool_t *rf_parse_pool_new (const rf_scan_opts_t *opts, GError **err);
void rf_parse_pool_free (rf_parse_pool_t *pool);

/* Parse every job; results (rf_parse_result_t*, owning) come back in job order. */
GPtrArray *rf_parse_pool_run (rf_parse_pool_t *pool, GPtrArray *jobs);

/* Text analysis for a record parsed outside the pool (mbox messages). */
void rf_parse_pool_analyze (rf_parse_pool_t *pool, rf_mail_record_t *rec);

/* Read and parse one file (used by the pool and its workers). */
void rf_parse_file (const char *path, gint64 max_bytes, gint64 now, rf_parse_result_t *res);

#endif
