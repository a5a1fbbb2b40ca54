/* markers_analyze.h - monthly marker rates per client.
 *
 * Reads marker_hit, message (shout_ratio, exclaim_bursts) and message_attr
 * (direction, client_id, conversation, month), and rebuilds marker_month and
 * marker_month_category. Only inbound conversation messages with a client
 * and a month count. Definitions: doc/marker-tables.md. */
#ifndef RF_MARKERS_ANALYZE_H
#define RF_MARKERS_ANALYZE_H

#include <glib.h>
#include "store/store.h"

/* Delete and recompute both tables (idempotent). Works inside or outside
 * an open transaction (it uses a savepoint). */
gboolean rf_markers_analyze (rf_store_t *st, GError **err);

#endif
