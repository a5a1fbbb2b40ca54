/* analyze.c - run the analysis steps in one transaction. */
#include "config.h"
#include "pipeline/analyze.h"
#include "mail/analyze_p.h"
#include "findings/findings.h"
#include "base/util.h"

#include <string.h>

/* Rebuilt whole; message_attr and reply are brought up to date in place
 * (rf_an_attr_publish). */
static const char clear_sql[] =
    "DELETE FROM client_month;";

gboolean
rf_an_is_ours (const rf_analysis_t *a, const char *addr)
{
    return addr && (rf_config_is_me (a->cfg, addr) || g_hash_table_contains (a->ours, addr));
}

char *
rf_an_client_key (const rf_analysis_t *a, const char *addr)
{
    const char *dom;
    if (!addr || rf_an_is_ours (a, addr))
        return NULL;
    if (!a->infer_clients) {
        rf_client_t *c = rf_config_client_for_addr (a->cfg, addr);
        return c ? g_strdup (c->id) : NULL;
    }
    dom = rf_addr_domain (addr);
    if (!dom)
        return NULL;
    return g_strdup (rf_config_is_freemail (a->cfg, dom) ? addr : dom);
}

const rf_an_client_t *
rf_an_client_by_id (const rf_analysis_t *a, gint64 id)
{
    return g_hash_table_lookup (a->by_id, &id);
}

/* Without me/my_domains, we are whoever sent the mail in the Sent folders. */
gboolean
rf_an_identity (rf_analysis_t *a, GError **err)
{
    sqlite3_stmt *q;
    if (a->cfg->me[0] || a->cfg->my_domains[0])
        return TRUE;
    q = rf_store_prepare (a->st, "SELECT DISTINCT m.from_addr FROM message m JOIN file f ON"
                                 " f.message_id=m.id JOIN folder d ON d.id=f.folder_id"
                                 " WHERE d.is_sent=1 AND m.from_addr IS NOT NULL", err);
    if (!q)
        return FALSE;
    while (sqlite3_step (q) == SQLITE_ROW)
        g_hash_table_add (a->ours, g_strdup ((const char *) sqlite3_column_text (q, 0)));
    sqlite3_finalize (q);
    if (g_hash_table_size (a->ours) == 0)
        rf_warn ("no Sent folder and no 'me' in the configuration: cannot tell our own mail; "
                 "use --me ADDRESS or a configuration file");
    return TRUE;
}

static void
client_free (gpointer p)
{
    rf_an_client_t *c = p;
    g_free (c->key);
    g_free (c);
}

gboolean
rf_analyze_data_changed (rf_store_t *st, GError **err)
{
    return rf_store_exec (st, "INSERT INTO meta(key, value) VALUES ('data_gen', '1')"
                              " ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1", err);
}

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

static gint64 step_started;

void
rf_an_clock_start (void)
{
    step_started = g_get_monotonic_time ();
}

gboolean
rf_an_timed (const char *step, gboolean ok)
{
    rf_info ("analysis: %-10s %.3f s", step, (g_get_monotonic_time () - step_started) / 1e6);
    return ok;
}

gboolean
rf_analyze_window (rf_store_t *st, const rf_config_t *cfg, gint64 as_of, gint64 since,
                   gboolean commit, GError **err)
{
    rf_analysis_t a = { 0 };
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
        ok = rf_store_begin (st, err) && TIMED ("findings", rf_findings_analyze (st, cfg, from, until, err));
        if (!ok)
            rf_store_rollback (st);
        return ok;
    }
    a.st = st;
    a.cfg = cfg;
    a.as_of = as_of;
    a.ours = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    a.infer_clients = cfg->clients->len == 0;
    a.clients = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, client_free);
    a.by_id = g_hash_table_new (g_int64_hash, g_int64_equal);

    /* Every derived row comes from the facts in this same transaction, so
     * checking its references row by row only costs time (a fifth of the
     * analysis); foreign keys are back on for the next writer. */
    ok = rf_store_exec (st, "PRAGMA foreign_keys=OFF", err) && rf_store_begin (st, err);
    ok = ok && rf_store_exec (st, clear_sql, err)
         && TIMED ("identity", rf_an_identity (&a, err))
         && TIMED ("clients", rf_an_clients (&a, err))
         && TIMED ("headers", rf_an_pair_headers (&a, err))
         && TIMED ("attribute", rf_an_attribute (&a, err))
         && TIMED ("subjects", rf_an_pair_subjects (&a, err))
         && TIMED ("threads", rf_an_threads (&a, err))
         && TIMED ("latency", rf_an_latency (&a, err))
         && TIMED ("monthly", rf_an_monthly (&a, err))
         && rf_analyze_stages (st, cfg, as_of, from, until, err);
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
    g_hash_table_unref (a.by_id);
    g_hash_table_unref (a.clients);
    g_hash_table_unref (a.ours);
    return ok;
}
