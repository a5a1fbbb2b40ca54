/* export_findings.h - findings, their evidence, scores and monthly metrics
 * as CSV/TSV (stable columns; see doc/findings.md). Reads only the database. */
#ifndef RF_EXPORT_FINDINGS_H
#define RF_EXPORT_FINDINGS_H

#include "base/csv.h"
#include "store/store.h"

gboolean rf_export_findings (rf_store_t *st, rf_csv_t *w, GError **err);
gboolean rf_export_evidence (rf_store_t *st, rf_csv_t *w, GError **err);
gboolean rf_export_scores (rf_store_t *st, rf_csv_t *w, GError **err);
gboolean rf_export_metrics (rf_store_t *st, rf_csv_t *w, GError **err);
/* Every signal measured for each client, fired or not (client_measure). */
gboolean rf_export_measures (rf_store_t *st, rf_csv_t *w, GError **err);

#endif
