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

/* The same for some client-months only: those listed in the table named
 * (columns client_id, month), after new messages whose hits were stored
 * after_id (messages with larger ids are new). When a new message brings
 * a category the tables do not have yet, every client-month needs its
 * row: everything is recomputed. */
gboolean rf_markers_analyze_months (rf_store_t *st, const char *months, gint64 after_id, GError **err);

#endif
