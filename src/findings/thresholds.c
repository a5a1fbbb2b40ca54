/* thresholds.c - the thresholds of a signal for a client, and the
 * wording shared by every finding (severity names, money, durations). */
#include "config.h"
#include "findings/findings_p.h"
#include "money/money.h"

#define DAY G_GINT64_CONSTANT (86400)

double
rf_findings_threshold (const fc_ctx_t *c, const fc_client_t *cl, const char *signal, const char *level,
                 double def)
{
    char *key = g_strdup_printf ("%s_%s", signal, level);
    double v = rf_config_threshold (c->cfg, cl && cl->conf ? cl->conf->id : NULL, key, def);
    g_free (key);
    return v;
}

const char *
rf_findings_severity_name (fc_severity_t s)
{
    return s == FS_CRITICAL ? "critical" : s == FS_WARNING ? "warning" : "info";
}

char *
rf_findings_format_money (gint64 minor, const char *currency)
{
    char buf[48];
    int exp = currency ? rf_currency_exponent (currency) : 2;
    rf_amount_format (minor, exp < 0 ? 2 : exp, buf);
    return g_strdup_printf ("%s %s", buf, currency ? currency : "");
}

char *
rf_findings_format_duration (gint64 s)
{
    if (s < 3600)
        return g_strdup_printf ("%" G_GINT64_FORMAT " min", s / 60);
    if (s < 2 * DAY)
        return g_strdup_printf ("%.1f h", s / 3600.0);
    return g_strdup_printf ("%.1f days", (double) s / DAY);
}
