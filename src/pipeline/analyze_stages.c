/* analyze_stages.c - the analysis steps of the stages built on mail. */
#include "config.h"
#include "mail/analyze_p.h"
#include "money/money_analyze.h"
#include "markers/markers_analyze.h"
#include "findings/findings.h"

gboolean
rf_analyze_stages (rf_store_t *st, const rf_config_t *cfg, gint64 as_of, gint64 since, gint64 until,
                   GError **err)
{
    /* Clients known only from invoices are clients too. */
    return TIMED ("markers", rf_markers_analyze (st, err))
           && TIMED ("money", rf_money_analyze (st, cfg, as_of, err))
           && rf_store_exec (st, "UPDATE client SET active = 1 WHERE id IN"
                                 " (SELECT client_id FROM invoice_status WHERE client_id IS NOT NULL)", err)
           && TIMED ("findings", rf_findings_analyze (st, cfg, since, until, err));
}
