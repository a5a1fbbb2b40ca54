/* analyze.h - derive clients, directions, replies, latency and metrics from
 * the facts the scan stored. Idempotent: the same facts give the same rows. */
#ifndef RF_ANALYZE_H
#define RF_ANALYZE_H

#include "rfconfig.h"
#include "store.h"

/* Recompute everything derived, in one transaction, as of the given time
 * (unix seconds; decides unanswered versus pending, and payment aging). */
gboolean rf_analyze (rf_store_t *st, const rf_config_t *cfg, gint64 as_of, GError **err);

#endif
