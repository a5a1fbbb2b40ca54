/* findings.h - per-client findings, scores and recommendations, derived
 * from the mail, marker and money tables over a window of dates. The rules
 * (signals, thresholds, points) are documented in doc/findings.md. */
#ifndef RF_FINDINGS_H
#define RF_FINDINGS_H

#include "base/rfconfig.h"
#include "store/store.h"

/* Rebuild finding, finding_evidence, client_score and finding_window for
 * the window [since, until) (unix seconds, day starts). The caller holds a
 * transaction. */
gboolean rf_findings_analyze (rf_store_t *st, const rf_config_t *cfg, gint64 since, gint64 until,
                              GError **err);

/* The same; without evidence, the findings and scores only: no
 * finding_evidence rows, evidence_count 0 (for a caller that shows
 * neither, as the report's table of a window it does not store). */
gboolean rf_findings_analyze_with (rf_store_t *st, const rf_config_t *cfg, gint64 since, gint64 until,
                                   gboolean evidence, GError **err);

/* The default window length in days ([redflag] window_days, else 180). */
int rf_findings_window_days (const rf_config_t *cfg);

#endif
