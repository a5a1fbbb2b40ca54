/* analyze.h - derive clients, directions, replies, latency and metrics from
 * the facts the scan stored. Idempotent: the same facts give the same rows. */
#ifndef RF_ANALYZE_H
#define RF_ANALYZE_H

#include "base/rfconfig.h"
#include "store/store.h"

/* Recompute everything derived, in one transaction, as of the given time
 * (unix seconds; decides unanswered versus pending, and payment aging). */
gboolean rf_analyze (rf_store_t *st, const rf_config_t *cfg, gint64 as_of, GError **err);

/* The same over the findings window [since, end of the as_of day) (since
 * -1: window_days before). Without commit, the transaction is left open
 * for the caller to read the result and roll it back. */
gboolean rf_analyze_window (rf_store_t *st, const rf_config_t *cfg, gint64 as_of, gint64 since,
                            gboolean commit, GError **err);

/* rf_analyze_window without commit; without evidence, the findings'
 * evidence is not gathered (rf_findings_analyze_with): for a caller that
 * shows neither the evidence nor how much of it there is. */
gboolean rf_analyze_window_unstored (rf_store_t *st, const rf_config_t *cfg, gint64 as_of, gint64 since,
                                     gboolean evidence, GError **err);

/* Work the findings out again for the stored window, in the caller's
 * transaction: after evidence was dismissed, nothing else needs redoing.
 * Without a stored window (never analysed) there is nothing to redo. */
gboolean rf_analyze_findings (rf_store_t *st, const rf_config_t *cfg, GError **err);

/* Analyze only when something it depends on changed since the last
 * analysis: the data (see rf_store_data_changed), the configuration, or
 * the reference day. *done tells whether it ran. */
gboolean rf_analyze_if_needed (rf_store_t *st, const rf_config_t *cfg, gint64 as_of,
                               gboolean *done, GError **err);

#endif
