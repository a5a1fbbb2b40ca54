/* export_mail.h - a query's rows as CSV, and the reply counts of a run. */
#ifndef RF_EXPORT_MAIL_H
#define RF_EXPORT_MAIL_H

#include "base/csv.h"
#include "store/store.h"

/* The replies of the last analysis: how many, how many paired by subject,
 * and how many with the answer dated before the message its clock started
 * from (clock skew, doc/mail-rules.md). For the summary of a run. */
gboolean rf_mail_reply_counts (rf_store_t *st, gint64 *replies, gint64 *by_subject, gint64 *skewed,
                               GError **err);

/* Write every row of a query: integers as numbers, NULL as empty, and the
 * columns listed in utc_cols (0-based, -1 terminated) as ISO 8601 UTC. */
gboolean rf_export_query (rf_store_t *st, rf_csv_t *w, const char *const *header,
                          const char *sql, const int *utc_cols, GError **err);

#endif
