/* report.h - the terminal report (reads only the database): one row per
 * client, worst first, from client_score and finding. */
#ifndef RF_REPORT_H
#define RF_REPORT_H

#include "store/store.h"

typedef struct {
    const char *client;      /* key or name, or NULL for all */
    gboolean details;        /* every finding with its evidence */
    gboolean all_evidence;   /* every piece of evidence, not the first few */
} rf_report_opts_t;

/* Print the report to standard output; returns an rf_exit_t. A window in
 * which no client has mail or invoices gets no verdict: RF_EXIT_NODATA. */
int rf_report_print (rf_store_t *st, const rf_report_opts_t *o, GError **err);

/* The same clients as JSON on standard output, for scripts: the window,
 * then per client its key, name, score, recommendation, money and reply
 * times, and every finding (with --details, its evidence). Returns an
 * rf_exit_t; nothing is printed when there is no verdict (RF_EXIT_NODATA).
 * In report_json.c. */
int rf_report_json (rf_store_t *st, const rf_report_opts_t *o, GError **err);

/* What moved since the previous analysis day (score_history): new
 * findings, worse ones, verdict changes and new evidence of critical
 * findings, a few lines per client; nothing at all when nothing moved.
 * Returns an rf_exit_t (report_changes.c). */
int rf_report_changes (rf_store_t *st, GError **err);

#endif
