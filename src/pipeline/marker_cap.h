/* marker_cap.h - bounds on the marker work of one message: the text
 * scanned, and the hits kept as evidence per category (with how many were
 * found beyond them). */
#ifndef RF_MARKER_CAP_H
#define RF_MARKER_CAP_H

#include <glib.h>
#include "store/store.h"

/* The text analysis (language, shouting, markers) reads the first this
 * many bytes of the sender's own text (cut at a character boundary). */
#define RF_MARKER_TEXT_MAX (1024 * 1024)

/* Hits kept per message and category, the first ones in the text. */
#define RF_MARKER_HITS_KEPT 20

/* A category of one message that had more hits than were kept. */
typedef struct {
    char *category;
    guint32 hits;        /* found, kept ones included */
} rf_marker_total_t;

void rf_marker_total_free (gpointer total);

/* How many bytes of text (len bytes of UTF-8) the analysis reads. */
gsize rf_marker_text_len (const char *text, gsize len);

/* Keep the first RF_MARKER_HITS_KEPT hits (rf_marker_hit_t*, sorted by
 * offset) of each category in hits, in place; returns the categories that
 * had more (rf_marker_total_t*, owning), or NULL when none did. */
GPtrArray *rf_marker_cap_hits (GPtrArray *hits);

/* Make the totals of message message_rowid exactly these (may be NULL),
 * in marker_hit_total, inside the caller's transaction. */
gboolean rf_marker_totals_store (rf_store_t *st, gint64 message_rowid, const GPtrArray *totals,
                                 GError **err);

#endif
