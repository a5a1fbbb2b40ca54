/* pipeline.h - one run of redflag's data flow: read the inputs, bring the
 * marker hits up to date, analyze, and log the run. 'scan' and 'analyze'
 * are both this, with or without inputs. */
#ifndef RF_PIPELINE_H
#define RF_PIPELINE_H

#include "pipeline/scan.h"

typedef enum {
    RF_ANALYZE_NONE,        /* only read the inputs (scan --no-analyze) */
    RF_ANALYZE_IF_NEEDED,   /* when facts, configuration or day changed */
    RF_ANALYZE_ALWAYS,      /* recompute everything derived */
} rf_analyze_mode_t;

typedef struct {
    const char *command;        /* "scan" or "analyze", for the run log */
    char **paths;               /* inputs, NULL-terminated; NULL reads nothing */
    rf_analyze_mode_t analyze;
    gint64 as_of;               /* reference day (unix seconds) */
    gint64 since;               /* findings window start, -1 for the default */
} rf_pipeline_job_t;

/* Run the job on an open, writable store. counts may be NULL when no
 * paths are read. On failure the run is logged as failed and err set;
 * what was committed before the failure stays (each stage commits whole). */
gboolean rf_pipeline_run (rf_store_t *st, rf_scan_opts_t *opts, const rf_pipeline_job_t *job,
                          rf_scan_counts_t *counts, GError **err);

#endif
