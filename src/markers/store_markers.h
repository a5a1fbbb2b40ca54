/* store_markers.h - write a message's marker hits to the database. */
#ifndef RF_STORE_MARKERS_H
#define RF_STORE_MARKERS_H

#include <glib.h>
#include "markers/markers.h"
#include "store/store.h"

/* Make the hits of message message_rowid (message.id) exactly these
 * (rf_marker_hit_t*; may be empty): earlier rows of that message are
 * replaced, so a rescan with a changed pattern set leaves no stale hit,
 * and storing the same hits twice stores them once. Runs inside the
 * caller's open transaction. FALSE and err set on a database error. */
gboolean rf_store_marker_hits (rf_store_t *st, gint64 message_rowid, const GPtrArray *hits,
                               GError **err);

#endif
