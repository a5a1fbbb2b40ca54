/* money_ingest.h - read one invoice or bank file and store what it holds.
 *
 * Called by the scan for every input that is not mail and looks like XML,
 * inside a transaction the scan manages. */
#ifndef RF_MONEY_INGEST_H
#define RF_MONEY_INGEST_H

#include <glib.h>
#include "store/store.h"
#include "money/xml_safe.h"   /* rf_xml_sniff, for callers telling XML from mail */

typedef enum { RF_MONEY_STORED, RF_MONEY_UNCHANGED, RF_MONEY_SKIPPED } rf_money_result_t;

/* Parse one file's bytes and store what it holds (idempotent: the same file
 * twice changes nothing; a file already stored returns UNCHANGED).
 * Returns FALSE only on a database error (err set). On SKIPPED, *reason
 * (g_free) is a one-line reason and *kind is "invoice" or "payment" (or
 * "other"); the caller prints and records it. On STORED and UNCHANGED,
 * *reason is NULL and *kind says what the file was. */
gboolean rf_money_ingest (rf_store_t *st, const char *path, const char *data, gsize len,
                          rf_money_result_t *result, const char **kind, char **reason,
                          GError **err);

#endif
