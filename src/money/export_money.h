/* export_money.h - CSV/TSV exports of invoices and receivables aging.
 * Reads only the database (the tables of doc/money-tables.md). */
#ifndef RF_EXPORT_MONEY_H
#define RF_EXPORT_MONEY_H

#include <glib.h>
#include "base/csv.h"
#include "store/store.h"

/* invoice_number,client,kind,issue_date,due_date,paid_date,currency,
 * amount_minor,paid_minor,days_late,status - one row per invoice and
 * credit note, as of the last analysis; client is empty when unattributed. */
gboolean rf_export_invoices (rf_store_t *st, rf_csv_t *w, GError **err);

/* client,currency,current,d1_30,d31_60,d61_90,d90_plus - open amounts in
 * minor units by days past due as of the given date (unix time of a day),
 * counting only payments, reversals and credit notes dated on or before
 * it. One row per client and currency with invoices issued by then. */
gboolean rf_export_aging (rf_store_t *st, rf_csv_t *w, gint64 as_of, GError **err);

#endif
