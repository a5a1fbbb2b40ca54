/* analyze_stages.c - the analysis steps of the stages built on mail. */
#include "config.h"
#include "analyze_p.h"

gboolean
rf_analyze_stages (rf_store_t *st, const rf_config_t *cfg, gint64 as_of, GError **err)
{
    return TRUE;
}
