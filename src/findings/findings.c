/* findings.c - evaluate every signal of every client and store the
 * findings that fire, then the scores. */
#include "config.h"
#include "findings/findings.h"
#include "findings/findings_p.h"

#include <math.h>
#include <string.h>

#define DAY G_GINT64_CONSTANT (86400)

int
rf_findings_window_days (const rf_config_t *cfg)
{
    /* [redflag] window_days; the configuration checked it is a number. */
    GError *e = NULL;
    int v = g_key_file_get_integer (cfg->kf, "redflag", "window_days", &e);
    g_clear_error (&e);
    return v > 0 ? v : 180;
}

/* Thresholds of a rule for a client: configuration first; rules tied to
 * the agreed response time use it (in hours) for warning, and keep the
 * default ratio between warning and critical. */
static void
thresholds (const fc_ctx_t *c, const fc_client_t *cl, const fc_rule_t *r, double *w, double *k)
{
    double dw = r->warning, dk = r->critical;
    if (r->agreed && cl->response_seconds > 0) {
        dk = dk / dw * (cl->response_seconds / 3600.0);
        dw = cl->response_seconds / 3600.0;
    }
    *w = rf_findings_threshold (c, cl, r->signal, "warning", dw);
    *k = rf_findings_threshold (c, cl, r->signal, "critical", dk);
}

static fc_severity_t
judge (const fc_ctx_t *c, const fc_client_t *cl, const fc_rule_t *r, double v, double w, double k)
{
    if (r->judge)
        return r->judge (c, cl, v, w, k);
    if (r->lower_is_worse)
        return v <= k ? FS_CRITICAL : v <= w ? FS_WARNING : FS_NONE;
    return v >= k ? FS_CRITICAL : v >= w ? FS_WARNING : FS_NONE;
}

/* Last 90 days against the 90 before: a change counts when it is larger
 * than the rule's smallest delta and a quarter of the earlier value. */
static const char *
trend (const fc_rule_t *r, gboolean known_recent, double recent, gboolean known_prev, double prev)
{
    double diff, margin;
    if (!known_recent || !known_prev)
        return "unknown";
    diff = r->lower_is_worse ? prev - recent : recent - prev;
    margin = MAX (r->min_delta, 0.25 * fabs (prev));
    if (diff > margin)
        return "worsening";
    if (diff < -margin)
        return "improving";
    return "stable";
}

static gint64
insert_finding (const fc_ctx_t *c, const fc_client_t *cl, const char *signal, const char *sign,
                fc_severity_t sev, double value, double threshold, const char *unit,
                const char *trend_, gboolean kr, double recent, gboolean kp, double prev, int points,
                const char *summary, gboolean few_data, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (c->st,
        "INSERT INTO finding (client_id, signal, sign, severity, value, threshold, unit, trend,"
        " recent_value, previous_value, points, evidence_count, summary, few_data)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 0, ?12, ?13) RETURNING id", err);
    gint64 id = 0;
    if (!q)
        return 0;
    sqlite3_bind_int64 (q, 1, cl->id);
    sqlite3_bind_text (q, 2, signal, -1, SQLITE_STATIC);
    sqlite3_bind_text (q, 3, sign, -1, SQLITE_STATIC);
    sqlite3_bind_text (q, 4, rf_findings_severity_name (sev), -1, SQLITE_STATIC);
    sqlite3_bind_double (q, 5, value);
    sqlite3_bind_double (q, 6, threshold);
    sqlite3_bind_text (q, 7, unit, -1, SQLITE_STATIC);
    sqlite3_bind_text (q, 8, trend_, -1, SQLITE_STATIC);
    if (kr)
        sqlite3_bind_double (q, 9, recent);
    if (kp)
        sqlite3_bind_double (q, 10, prev);
    sqlite3_bind_int (q, 11, points);
    sqlite3_bind_text (q, 12, summary, -1, SQLITE_STATIC);
    sqlite3_bind_int (q, 13, few_data);
    if (sqlite3_step (q) == SQLITE_ROW)
        id = sqlite3_column_int64 (q, 0);
    else
        rf_store_set_error (c->st, err, "storing a finding");
    sqlite3_finalize (q);
    return id;
}

static gboolean
set_evidence_count (const fc_ctx_t *c, gint64 id, gint64 n, GError **err)
{
    char *sql = g_strdup_printf ("UPDATE finding SET evidence_count = %" G_GINT64_FORMAT
                                 " WHERE id = %" G_GINT64_FORMAT, n, id);
    gboolean ok = rf_store_exec (c->st, sql, err);
    g_free (sql);
    return ok;
}

/* Every measure of a client, fired or not: what the pages state. */
static gboolean
store_measure (const fc_ctx_t *c, const fc_client_t *cl, const fc_rule_t *r, gboolean known, double v,
               const fc_tally_t *t, gboolean kr, double recent, gboolean kp, double prev, GError **err)
{
    sqlite3_stmt *q = c->measure_insert;
    gboolean ok;
    sqlite3_reset (q);
    sqlite3_clear_bindings (q);
    sqlite3_bind_int64 (q, 1, cl->id);
    sqlite3_bind_text (q, 2, r->signal, -1, SQLITE_STATIC);
    if (known)
        sqlite3_bind_double (q, 3, v);
    if (t->n >= 0)
        sqlite3_bind_int64 (q, 4, t->n);
    if (t->n_of >= 0)
        sqlite3_bind_int64 (q, 5, t->n_of);
    sqlite3_bind_text (q, 6, t->counts, -1, SQLITE_STATIC);
    sqlite3_bind_int64 (q, 7, t->observations);
    sqlite3_bind_int (q, 8, r->min_obs);
    if (kr)
        sqlite3_bind_double (q, 9, recent);
    if (kp)
        sqlite3_bind_double (q, 10, prev);
    ok = sqlite3_step (q) == SQLITE_DONE;
    if (!ok)
        rf_store_set_error (c->st, err, "storing a measure");
    sqlite3_reset (q);
    return ok;
}

/* The names of the signals that got worse and matter now, comma-separated. */
typedef struct {
    GString *names;
    int n;
} worse_t;

/* Below its minimum of observations a finding is information only. */
static fc_severity_t
cap_few_data (const fc_rule_t *r, fc_severity_t sev, const fc_tally_t *t, gboolean *few)
{
    *few = sev > FS_INFO && r->min_obs > 0 && t->observations < r->min_obs;
    return *few ? FS_INFO : sev;
}

/* The summary, with the few-data label: "...; few data: 2 replies of the 5 needed". */
static char *
summary_of (const fc_ctx_t *c, const fc_client_t *cl, const fc_rule_t *r, double v, gboolean few,
            const fc_tally_t *t)
{
    char *s = r->summary (c, cl, v), *x;
    if (!few)
        return s;
    x = g_strdup_printf ("%s; few data: %" G_GINT64_FORMAT " %s of the %d needed", s, t->observations,
                         t->counts, r->min_obs);
    g_free (s);
    return x;
}

static gboolean
evaluate_rule (const fc_ctx_t *c, const fc_client_t *cl, const fc_rule_t *r, worse_t *worse, GError **err)
{
    double v = 0, recent = 0, prev = 0, w, k;
    gboolean known, kr, kp, few, few_recent;
    fc_tally_t t = { -1, -1, 0, "" }, tr_ = { -1, -1, 0, "" };
    fc_severity_t sev, full;
    gint64 id, n = 0;
    char *summary;
    int points;

    known = r->measure (c, cl, FP_WINDOW, &v);
    kr = r->measure (c, cl, FP_RECENT, &recent);
    kp = r->measure (c, cl, FP_PREVIOUS, &prev);
    r->tally (c, cl, FP_WINDOW, &t);
    if (!store_measure (c, cl, r, known, v, &t, kr, recent, kp, prev, err))
        return FALSE;
    if (!known)
        return TRUE;
    thresholds (c, cl, r, &w, &k);
    const char *tr = trend (r, kr, recent, kp, prev);
    /* A signal that got worse and is past its warning threshold now, on
     * enough observations of the last 90 days. */
    r->tally (c, cl, FP_RECENT, &tr_);
    if (!strcmp (tr, "worsening") && r->warning_points > 0
        && cap_few_data (r, judge (c, cl, r, recent, w, k), &tr_, &few_recent) >= FS_WARNING) {
        g_string_append_printf (worse->names, "%s%s", worse->n ? ", " : "", r->signal);
        worse->n++;
    }
    full = judge (c, cl, r, v, w, k);
    sev = cap_few_data (r, full, &t, &few);
    if (sev == FS_NONE)
        return TRUE;
    points = few ? 0 : sev == FS_CRITICAL ? r->critical_points : sev == FS_WARNING ? r->warning_points
                                                                                   : r->info_points;
    summary = summary_of (c, cl, r, v, few, &t);
    /* The threshold the value crossed, also when few data hold it back. */
    id = insert_finding (c, cl, r->signal, r->sign, sev, v, full == FS_CRITICAL ? k : w, r->unit, tr,
                         kr, recent, kp, prev, points, summary, few, err);
    g_free (summary);
    if (id <= 0 || !c->evidence)
        return id > 0;
    return (!r->evidence || r->evidence (c, cl, id, &n, err)) && set_evidence_count (c, id, n, err);
}

static gboolean
evaluate_client (const fc_ctx_t *c, const fc_client_t *cl, GError **err)
{
    worse_t worse = { g_string_new (NULL), 0 };
    gboolean ok = TRUE;

    for (const fc_rule_t *r = rf_findings_rules; ok && r->signal; r++)
        ok = evaluate_rule (c, cl, r, &worse, err);

    /* No progress: several signals worse in the last 90 days than before. */
    if (ok && worse.n > 0) {
        double w = rf_findings_threshold (c, cl, "trend", "warning", 2);
        double k = rf_findings_threshold (c, cl, "trend", "critical", 4);
        fc_severity_t sev = worse.n >= k ? FS_CRITICAL : worse.n >= w ? FS_WARNING : FS_NONE;
        if (sev != FS_NONE) {
            char *summary = g_strdup_printf ("%d signals worse in the last 90 days than in the 90 before: %s",
                                             worse.n, worse.names->str);
            gint64 id = insert_finding (c, cl, "trend", "no_progress", sev, worse.n, sev == FS_CRITICAL ? k : w,
                                        "signals", "worsening", FALSE, 0, FALSE, 0,
                                        sev == FS_CRITICAL ? 10 : 5, summary, FALSE, err);
            ok = id > 0
                 && (!c->evidence
                     || (rf_findings_evidence_add (c, id, 0, "total", NULL, 0, 0, NULL, 0, NULL, worse.n, TRUE,
                                                   worse.names->str, err)
                         && set_evidence_count (c, id, 1, err)));
            g_free (summary);
        }
    }
    g_string_free (worse.names, TRUE);
    return ok;
}

static gboolean
store_window (const fc_ctx_t *c, GError **err)
{
    char a[16], b[16], r[16], p[16], as_of[16], *sql;
    gboolean ok;
    rf_format_date (c->since, a);
    rf_format_date (c->until, b);
    rf_format_date (c->start[FP_RECENT], r);
    rf_format_date (c->start[FP_PREVIOUS], p);
    rf_format_date (c->until - DAY, as_of);
    sql = g_strdup_printf ("INSERT INTO finding_window (id, since, until, recent_since, previous_since, as_of)"
                           " VALUES (1, '%s', '%s', '%s', '%s', '%s')", a, b, r, p, as_of);
    ok = rf_store_exec (c->st, sql, err);
    g_free (sql);
    return ok;
}

gboolean
rf_findings_analyze (rf_store_t *st, const rf_config_t *cfg, gint64 since, gint64 until, GError **err)
{
    return rf_findings_analyze_with (st, cfg, since, until, TRUE, err);
}

gboolean
rf_findings_analyze_with (rf_store_t *st, const rf_config_t *cfg, gint64 since, gint64 until,
                          gboolean evidence, GError **err)
{
    fc_ctx_t c = { 0 };
    gboolean ok;

    c.st = st;
    c.cfg = cfg;
    c.evidence = evidence;
    c.since = since;
    c.until = until;
    c.start[FP_WINDOW] = since;
    c.end[FP_WINDOW] = until;
    c.start[FP_RECENT] = until - 90 * DAY;
    c.end[FP_RECENT] = until;
    c.start[FP_PREVIOUS] = until - 180 * DAY;
    c.end[FP_PREVIOUS] = until - 90 * DAY;
    c.clients = g_ptr_array_new_with_free_func (rf_findings_client_free);
    c.by_id = g_hash_table_new (g_int64_hash, g_int64_equal);

    ok = rf_store_exec (st, "DELETE FROM finding_evidence; DELETE FROM finding; DELETE FROM client_measure;"
                            " DELETE FROM finding_month; DELETE FROM client_score; DELETE FROM finding_window", err)
         && store_window (&c, err) && rf_findings_load (&c, err)
         && (c.evidence_insert = rf_store_prepare (st,
                 "INSERT INTO finding_evidence (finding_id, pos, kind, date, message_id, invoice_id, ref,"
                 " amount_minor, currency, value, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", err))
         && (c.measure_insert = rf_store_prepare (st,
                 "INSERT INTO client_measure (client_id, signal, value, n, n_of, counts, observations,"
                 " min_observations, recent_value, previous_value) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                 err));
    /* A client with nothing in the window is not judged at all. */
    for (guint i = 0; ok && i < c.clients->len; i++)
        if (rf_findings_client_has_data (c.clients->pdata[i]))
            ok = evaluate_client (&c, c.clients->pdata[i], err);
    ok = ok && rf_findings_score (&c, err) && rf_findings_store_months (&c, err) && rf_findings_history (&c, err);

    sqlite3_finalize (c.evidence_insert);
    sqlite3_finalize (c.measure_insert);
    g_hash_table_unref (c.by_id);
    g_ptr_array_unref (c.clients);
    g_free (c.main_currency);
    return ok;
}
