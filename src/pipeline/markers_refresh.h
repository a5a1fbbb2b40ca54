/* markers_refresh.h - keep stored marker hits in step with the patterns.
 *
 * Marker hits are computed when a message is first parsed. When the pattern
 * set changes (an upgrade, or a different --patterns DIR), the database
 * records a different digest than the loaded set; the refresh then reads
 * the stored messages again and replaces their hits, in one transaction. */
#ifndef RF_MARKERS_REFRESH_H
#define RF_MARKERS_REFRESH_H

#include <glib.h>
#include "pipeline/scan.h"
#include "store/store.h"

typedef struct {
    gboolean ran;         /* the digest differed: messages were read again */
    gint64 messages;      /* messages whose hits were recomputed */
    gint64 unreadable;    /* messages whose files are gone: they keep their old hits */
    gint64 hits_before, hits_after;
} rf_markers_refresh_t;

/* Compare the digest of the patterns opts names (built-in plus
 * opts->user_patterns) with the one stored in meta 'patterns_digest' (the
 * patterns are loaded only when the stamp of their files, meta
 * 'patterns_stamp', changed; opts->loaded_digest spares the load). When
 * they differ, recompute the marker hits of every stored message that is
 * not ours (inbound, unattributed, or not yet analyzed; messages first
 * stored by the current run already have fresh hits), store the new digest
 * and bump the data generation so analysis reruns. Everything happens in
 * one transaction: a killed refresh leaves the old hits and digest. Opens
 * and commits its own transaction; the store must hold the run lock and a
 * begun run. listed: the mail was listed in this run, so a file that
 * cannot be read is gone or unreadable for good; otherwise ('redflag
 * analyze') a mail client may have renamed it since the last scan, and
 * while any message could not be read the new digest is not stored: the
 * next run (a scan, after its listing) refreshes again. out may be NULL.
 * FALSE and err on a pattern or database error. */
gboolean rf_markers_refresh (rf_store_t *st, const rf_scan_opts_t *opts, gboolean listed,
                             rf_markers_refresh_t *out, GError **err);

#endif
