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

static gboolean analyze_window (rf_store_t *st, const rf_config_t *cfg, gint64 as_of, gint64 since, gboolean evidence,
                                gboolean commit, gboolean changes_only, GError **err);

gboolean
rf_analyze_if_needed (rf_store_t *st, const rf_config_t *cfg, gint64 as_of, gboolean *done,
                      GError **err)
{
    char *key = analysis_key (st, cfg, as_of, -1), *last = rf_store_meta_get (st, "analysis_key");
    gboolean ok = TRUE;
    *done = g_strcmp0 (key, last) != 0;
    /* After a scan: only what changed, when the last analysis allows it. */
    if (*done)
        ok = analyze_window (st, cfg, as_of, -1, TRUE, TRUE, TRUE, err);
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

/* What an analysis of only what changed needs to be the same as last
 * time: the schema, the configuration and the marker patterns (g_free). */
static char *
base_key (rf_store_t *st, const rf_config_t *cfg)
{
    char *patterns = rf_store_meta_get (st, "patterns_digest");
    char *key = g_strdup_printf ("v%d|%s|%s", rf_store_schema_version (), cfg->digest ? cfg->digest : "",
                                 patterns ? patterns : "");
    g_free (patterns);
    return key;
}

static gboolean
meta_int (rf_store_t *st, const char *key, gint64 *out)
{
    char *v = rf_store_meta_get (st, key), *end = NULL;
    gboolean ok = v && *v;
    if (ok)
        *out = g_ascii_strtoll (v, &end, 10);
    ok = ok && end && !*end;
    g_free (v);
    return ok;
}

/* Whether the last analysis can be brought up to date with only what
 * changed since (the messages stored after it; a later reference time),
 * and what that is. A reference time moved back, or another schema,
 * configuration or set of patterns, needs everything again. */
static gboolean
changes_since_last (rf_store_t *st, const rf_config_t *cfg, gint64 as_of, rf_mail_change_t *ch)
{
    char *want = base_key (st, cfg), *have = rf_store_meta_get (st, "analysis_base");
    gint64 last_as_of = 0;
    gboolean ok = !g_strcmp0 (want, have) && meta_int (st, "analysis_last_message", &ch->after_id)
                  && meta_int (st, "analysis_as_of", &last_as_of) && as_of >= last_as_of;
    ch->aged = as_of > last_as_of;
    g_free (want);
    g_free (have);
    return ok;
}

/* What the next analysis of what changed starts from. */
static gboolean
remember_base (rf_store_t *st, const rf_config_t *cfg, gint64 as_of, GError **err)
{
    char *base = base_key (st, cfg);
    char *last = g_strdup_printf ("%" G_GINT64_FORMAT, rf_store_query_int (st, "SELECT max(id) FROM message", 0));
    char *when = g_strdup_printf ("%" G_GINT64_FORMAT, as_of);
    gboolean ok = rf_store_meta_set (st, "analysis_base", base, err)
                  && rf_store_meta_set (st, "analysis_last_message", last, err)
                  && rf_store_meta_set (st, "analysis_as_of", when, err);
    g_free (base);
    g_free (last);
    g_free (when);
    return ok;
}

/* The stages built on mail, each recomputed in turn (markers only for the
 * client-months the mail analysis touched, when it worked on what changed
 * only: change not NULL). Clients known only from invoices are clients too. */
static gboolean
later_stages (rf_store_t *st, const rf_config_t *cfg, gint64 as_of, gint64 since, gint64 until,
              const rf_mail_change_t *change, gboolean evidence, GError **err)
{
    return RF_TIMED ("markers", change ? rf_markers_analyze_changes (st, "temp.an_was", "temp.an_now",
                                                                     change->after_id, err)
                                       : rf_markers_analyze (st, err))
           && RF_TIMED ("money", rf_money_analyze (st, cfg, as_of, err))
           && rf_store_exec (st, "UPDATE client SET active = 1 WHERE id IN"
                                 " (SELECT client_id FROM invoice_status WHERE client_id IS NOT NULL)", err)
           && RF_TIMED ("findings", rf_findings_analyze_with (st, cfg, since, until, evidence, err));
}

/* The mail analysis, of what changed only when allowed and possible;
 * *change is left NULL when everything was worked out again. */
static gboolean
mail_stage (rf_store_t *st, const rf_config_t *cfg, gint64 as_of, gboolean changes_only,
            rf_mail_change_t *ch, const rf_mail_change_t **change, GError **err)
{
    gboolean whole = TRUE, ok;
    *change = NULL;
    if (!changes_only || !changes_since_last (st, cfg, as_of, ch))
        return rf_mail_analyze (st, cfg, as_of, err);
    ok = rf_mail_analyze_changes (st, cfg, as_of, ch, &whole, err);
    *change = whole ? NULL : ch;
    return ok;
}

static gboolean
analyze_window (rf_store_t *st, const rf_config_t *cfg, gint64 as_of, gint64 since, gboolean evidence, gboolean commit,
                gboolean changes_only, GError **err)
{
    gint64 from = window_since (cfg, as_of, since), until = window_until (as_of);
    rf_mail_change_t ch = { 0 };
    const rf_mail_change_t *change = NULL;
    gboolean ok;

    if (from >= until) {
        g_set_error (err, RF_STORE_ERROR, RF_STORE_ERR_SQL,
                     "the window is empty: --since must be before --until");
        return FALSE;
    }
    /* A window looked at without storing it (report, audit): when the mail
     * analysis is current, only the findings are worked out again. */
    if (!commit && mail_analysis_current (st, cfg, as_of)) {
        ok = rf_store_begin (st, err)
             && RF_TIMED ("findings", rf_findings_analyze_with (st, cfg, from, until, evidence, err));
        if (!ok)
            rf_store_rollback (st);
        return ok;
    }
    /* Every derived row comes from the facts in this same transaction, so
     * checking its references row by row only costs time (a fifth of the
     * analysis); foreign keys are back on for the next writer. */
    ok = rf_store_exec (st, "PRAGMA foreign_keys=OFF", err) && rf_store_begin (st, err);
    ok = ok && mail_stage (st, cfg, as_of, changes_only, &ch, &change, err)
         && later_stages (st, cfg, as_of, from, until, change, evidence, err);
    if (ok && commit) {
        char *key = analysis_key (st, cfg, as_of, since);
        ok = rf_store_meta_set (st, "analysis_key", key, err) && remember_inputs (st, cfg, err)
             && remember_base (st, cfg, as_of, err) && rf_store_commit (st, err);
        g_free (key);
    }
    if (!ok)
        rf_store_rollback (st);
    if (commit && !rf_store_exec (st, "PRAGMA foreign_keys=ON", ok ? err : NULL))
        ok = FALSE;
    return ok;
}

gboolean
rf_analyze_window (rf_store_t *st, const rf_config_t *cfg, gint64 as_of, gint64 since,
                   gboolean commit, GError **err)
{
    return analyze_window (st, cfg, as_of, since, TRUE, commit, FALSE, err);
}

gboolean
rf_analyze_window_unstored (rf_store_t *st, const rf_config_t *cfg, gint64 as_of, gint64 since,
                            gboolean evidence, GError **err)
{
    return analyze_window (st, cfg, as_of, since, evidence, FALSE, FALSE, err);
}

gboolean
rf_analyze_findings (rf_store_t *st, const rf_config_t *cfg, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (st, "SELECT since, until FROM finding_window", err);
    gint64 since = 0, until = 0;
    gboolean have;
    if (!q)
        return FALSE;
    have = sqlite3_step (q) == SQLITE_ROW && rf_parse_date ((const char *) sqlite3_column_text (q, 0), &since)
           && rf_parse_date ((const char *) sqlite3_column_text (q, 1), &until);
    sqlite3_finalize (q);
    return !have || RF_TIMED ("findings", rf_findings_analyze (st, cfg, since, until, err));
}
