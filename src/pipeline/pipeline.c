/* pipeline.c - one run: read, refresh the marker hits, analyze, log it. */
#include "config.h"
#include "pipeline/pipeline.h"
#include "pipeline/analyze.h"
#include "pipeline/markers_refresh.h"

static gboolean
analyze (rf_store_t *st, const rf_scan_opts_t *opts, const rf_pipeline_job_t *job, GError **err)
{
    gboolean done;
    switch (job->analyze) {
    case RF_ANALYZE_NONE:
        return TRUE;
    case RF_ANALYZE_IF_NEEDED:
        return rf_analyze_if_needed (st, opts->cfg, job->as_of, &done, err);
    case RF_ANALYZE_ALWAYS:
    default:
        return rf_analyze_window (st, opts->cfg, job->as_of, job->since, TRUE, err);
    }
}

gboolean
rf_pipeline_run (rf_store_t *st, rf_scan_opts_t *opts, const rf_pipeline_job_t *job,
                 rf_scan_counts_t *counts, GError **err)
{
    gboolean ok = rf_store_run_begin (st, job->command, err);
    if (ok && job->paths) {
        ok = rf_scan_paths (st, opts, job->paths, counts, err);
        /* The marker refresh need not load the patterns the scan loaded. */
        if (counts->patterns_digest[0])
            opts->loaded_digest = counts->patterns_digest;
    }
    ok = ok && rf_markers_refresh (st, opts, job->paths != NULL, NULL, err) && analyze (st, opts, job, err)
         && rf_store_run_end (st, "complete", err);
    if (!ok)
        rf_store_run_end (st, "failed", NULL);
    return ok;
}
