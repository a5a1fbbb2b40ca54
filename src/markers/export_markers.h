/* export_markers.h - 'redflag export markers': one row per marker hit on an
 * inbound message. Columns (stable): message_id, date_utc, client,
 * category, pattern_id, lang, matched, snippet. */
#ifndef RF_EXPORT_MARKERS_H
#define RF_EXPORT_MARKERS_H

#include <glib.h>
#include "base/csv.h"
#include "store/store.h"

/* Write the header and the rows, oldest message first (undated last), then
 * by position in the message. message_id is the Message-ID; date_utc is
 * ISO 8601 UTC (empty when undated); client is client.name (empty when the
 * message has no client). */
gboolean rf_export_markers (rf_store_t *st, rf_csv_t *w, GError **err);

#endif
