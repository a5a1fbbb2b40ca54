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

/* The same after an analysis of what changed: was and now name tables of
 * the changed messages' attribution before and after it (columns
 * message_id, direction, conversation, client_id, month); their counts
 * are taken off and added again, and the messages with ids above after_id
 * are new (their hits too). When a new message brings a category the
 * tables do not have yet, every client-month needs its row: everything is
 * recomputed. */
gboolean rf_markers_analyze_changes (rf_store_t *st, const char *was, const char *now, gint64 after_id,
                                     GError **err);

#endif
