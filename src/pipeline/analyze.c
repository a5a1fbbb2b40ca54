/* analyze.c - the analysis driver: every derived table, in one transaction,
 * recomputed only when what it depends on changed. */
#include "config.h"
#include "pipeline/analyze.h"
#include "mail/mail_analysis.h"
#include "markers/markers_analyze.h"
#include "money/money_analyze.h"
#include "findings/findings.h"
#include "base/util.h"

#include <string.h>

/* Rebuilt whole; message_attr and reply are brought up to date in place
 * (rf_mail_attr_publish). */
static const char clear_sql[] =
    "DELETE FROM client_month;";

/* The end of the findings window: the end of the reference day. */
static gint64
window_until (gint64 as_of)
{
    return (as_of / 86400 + 1) * 86400;
}

static gint64
window_since (const rf_config_t *cfg, gint64 as_of, gint64 since)
{
    return since >= 0 ? since : window_until (as_of) - (gint64) rf_findings_window_days (cfg) * 86400;
}

/* What the derived tables depend on, as one string. */
static char *
analysis_key (rf_store_t *st, const rf_config_t *cfg, gint64 as_of, gint64 since)
{
    char *gen = rf_store_meta_get (st, "data_gen"), day[16], from[16], *key;
    rf_format_date (as_of, day);
    rf_format_date (window_since (cfg, as_of, since), from);
    key = g_strdup_printf ("v%d|%s|%s|%s|%s", rf_store_schema_version (), gen ? gen : "0",
                           cfg->digest ? cfg->digest : "", day, from);
    g_free (gen);
    return key;
}

/* The key without its last part, the findings window's start. */
static gsize
key_without_window (const char *key)
{
    const char *bar = key ? strrchr (key, '|') : NULL;
    return bar ? (gsize) (bar - key) : 0;
}

/* The stored mail analysis is current for these facts, this configuration
 * and this reference day: of all the derived tables, only the findings
 * depend on the window's start. */
static gboolean
mail_analysis_current (rf_store_t *st, const rf_config_t *cfg, gint64 as_of)
{
    char *want = analysis_key (st, cfg, as_of, -1), *have = rf_store_meta_get (st, "analysis_key");
    gsize n = key_without_window (want);
    gboolean same = n > 0 && n == key_without_window (have) && !strncmp (want, have, n);
    g_free (want);
    g_free (have);
    return same;
}

gboolean
rf_analyze_if_needed (rf_store_t *st, const rf_config_t *cfg, gint64 as_of, gboolean *done,
                      GError **err)
{
    char *key = analysis_key (st, cfg, as_of, -1), *last = rf_store_meta_get (st, "analysis_key");
    gboolean ok = TRUE;
    *done = g_strcmp0 (key, last) != 0;
    if (*done)
        ok = rf_analyze (st, cfg, as_of, err);
    g_free (key);
    g_free (last);
    return ok;
}

/* What an output command needs to analyse another window later: the
 * configuration file and the addresses given with --me. */
static gboolean
remember_inputs (rf_store_t *st, const rf_config_t *cfg, GError **err)
{
    char *path = cfg->path ? g_canonicalize_filename (cfg->path, NULL) : g_strdup ("");
    char *me = g_strjoinv (",", cfg->me);
    gboolean ok = rf_store_meta_set (st, "config_path", path, err) && rf_store_meta_set (st, "me", me, err);
    g_free (path);
    g_free (me);
    return ok;
}

gboolean
rf_analyze (rf_store_t *st, const rf_config_t *cfg, gint64 as_of, GError **err)
{
    return rf_analyze_window (st, cfg, as_of, -1, TRUE, err);
}

/* The stages built on mail, each recomputed in turn. Clients known only
 * from invoices are clients too. */
static gboolean
later_stages (rf_store_t *st, const rf_config_t *cfg, gint64 as_of, gint64 since, gint64 until,
              GError **err)
{
    return RF_TIMED ("markers", rf_markers_analyze (st, err))
           && RF_TIMED ("money", rf_money_analyze (st, cfg, as_of, err))
           && rf_store_exec (st, "UPDATE client SET active = 1 WHERE id IN"
                                 " (SELECT client_id FROM invoice_status WHERE client_id IS NOT NULL)", err)
           && RF_TIMED ("findings", rf_findings_analyze (st, cfg, since, until, err));
}

gboolean
rf_analyze_window (rf_store_t *st, const rf_config_t *cfg, gint64 as_of, gint64 since,
                   gboolean commit, GError **err)
{
    gint64 from = window_since (cfg, as_of, since), until = window_until (as_of);
    gboolean ok;

    if (from >= until) {
        g_set_error (err, RF_STORE_ERROR, RF_STORE_ERR_SQL,
                     "the window is empty: --since must be before --until");
        return FALSE;
    }
    /* A window looked at without storing it (report, audit): when the mail
     * analysis is current, only the findings are worked out again. */
    if (!commit && mail_analysis_current (st, cfg, as_of)) {
        ok = rf_store_begin (st, err) && RF_TIMED ("findings", rf_findings_analyze (st, cfg, from, until, err));
        if (!ok)
            rf_store_rollback (st);
        return ok;
    }
    /* Every derived row comes from the facts in this same transaction, so
     * checking its references row by row only costs time (a fifth of the
     * analysis); foreign keys are back on for the next writer. */
    ok = rf_store_exec (st, "PRAGMA foreign_keys=OFF", err) && rf_store_begin (st, err);
    ok = ok && rf_store_exec (st, clear_sql, err)
         && rf_mail_analyze (st, cfg, as_of, err)
         && later_stages (st, cfg, as_of, from, until, err);
    if (ok && commit) {
        char *key = analysis_key (st, cfg, as_of, since);
        ok = rf_store_meta_set (st, "analysis_key", key, err) && remember_inputs (st, cfg, err)
             && rf_store_commit (st, err);
        g_free (key);
    }
    if (!ok)
        rf_store_rollback (st);
    if (commit && !rf_store_exec (st, "PRAGMA foreign_keys=ON", ok ? err : NULL))
        ok = FALSE;
    return ok;
}
