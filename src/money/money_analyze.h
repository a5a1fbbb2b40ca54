/* money_analyze.h - attribute invoices to clients, match payments, and
 * measure payment behaviour per invoice and per client.
 *
 * The rules are written out in doc/money-rules.md and the tables it fills
 * in doc/money-tables.md. */
#ifndef RF_MONEY_ANALYZE_H
#define RF_MONEY_ANALYZE_H

#include <glib.h>
#include "base/rfconfig.h"
#include "store/store.h"

/* Attribute invoices, match payments, compute per-invoice and per-client
 * measures as of the given date (unix time, 00:00 UTC of a day; events
 * dated on that day count). cfg may have no clients (then invoices go to
 * clients by the buyer's e-mail domain, created when missing).
 * Fully recomputes its derived tables each call (delete + insert), so it is
 * idempotent. Called inside the caller's transaction. FALSE only on a
 * database error. */
gboolean rf_money_analyze (rf_store_t *st, const rf_config_t *cfg, gint64 as_of, GError **err);

/* The aging query of the measures, shared with the aging export. Parameter ?1 is
 * the as-of date 'YYYY-MM-DD'. Columns: client_id (NULL when
 * unattributed), currency, b0 (current), b1 (1-30), b2 (31-60),
 * b3 (61-90), b4 (90+), inv90 (invoiced in the 90 days ending on ?1). */
extern const char rf_money_aging_sql[];

#endif
