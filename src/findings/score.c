/* score.c - a score from 0 (healthy) to 100 per client, the sum of its
 * findings' points, and a recommendation under the rules of the README:
 *
 *   exit         a critical abuse or unethical finding; or a score of at
 *                least 60 with three warnings or worse, two of them
 *                critical, on two different signs (never one weak signal);
 *   renegotiate  a score of at least 30 with two warnings or one critical;
 *   watch        a score of at least 10, or any warning;
 *   keep         otherwise.
 *
 * A client bringing more than half of the revenue is never proposed for
 * exit on costs alone: renegotiate, with a caution. */
#include "config.h"
#include "findings/findings_p.h"
#include "base/stats.h"

#include <string.h>

typedef struct {
    int points, strong, critical, signs, critical_signs;
    gboolean conduct;          /* critical abuse or unethical */
    GString *lead;             /* the findings that drove the score */
    char *conduct_summary;
} tally_t;

static gboolean
tally_findings (const fc_ctx_t *c, const fc_client_t *cl, tally_t *t, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (c->st,
        "SELECT signal, sign, severity, points, summary FROM finding WHERE client_id = ?1"
        " ORDER BY points DESC, signal", err);
    GHashTable *signs = g_hash_table_new (g_str_hash, g_str_equal);
    GHashTable *critical_signs = g_hash_table_new (g_str_hash, g_str_equal);
    int rc, led = 0;
    if (!q) {
        g_hash_table_unref (signs);
        g_hash_table_unref (critical_signs);
        return FALSE;
    }
    sqlite3_bind_int64 (q, 1, cl->id);
    while ((rc = sqlite3_step (q)) == SQLITE_ROW) {
        const char *signal = (const char *) sqlite3_column_text (q, 0);
        const char *sev = (const char *) sqlite3_column_text (q, 2);
        int points = sqlite3_column_int (q, 3);
        t->points += points;
        if (points <= 0 || !strcmp (sev, "info"))
            continue;
        t->strong++;
        g_hash_table_add (signs, (gpointer) g_intern_string ((const char *) sqlite3_column_text (q, 1)));
        if (!strcmp (sev, "critical")) {
            const char *sign = g_intern_string ((const char *) sqlite3_column_text (q, 1));
            t->critical++;
            if (!g_hash_table_contains (critical_signs, sign)) {
                g_hash_table_add (critical_signs, (gpointer) sign);
                t->critical_signs++;
            }
            if ((!strcmp (signal, "abuse") || !strcmp (signal, "unethical")) && !t->conduct) {
                t->conduct = TRUE;
                t->conduct_summary = g_strdup ((const char *) sqlite3_column_text (q, 4));
            }
        }
        if (led++ < 3)
            g_string_append_printf (t->lead, "%s%s (%s)", led > 1 ? ", " : "", signal, sev);
    }
    t->signs = g_hash_table_size (signs);
    g_hash_table_unref (signs);
    g_hash_table_unref (critical_signs);
    sqlite3_finalize (q);
    if (rc != SQLITE_DONE) {
        rf_store_set_error (c->st, err, "reading findings to score");
        return FALSE;
    }
    return TRUE;
}

static const char *
recommend (const fc_ctx_t *c, const fc_client_t *cl, const tally_t *t, int score, char **reason,
           char **caution)
{
    double dep = rf_findings_threshold (c, cl, "dependency", "warning", 0.5);
    double low = rf_findings_threshold (c, cl, "dependency", "low", 0.10);
    const char *rec;
    char *share = g_strdup_printf ("%.1f %%", 100 * cl->revenue_share);

    if (t->conduct) {
        rec = "exit";
        *reason = g_strdup_printf ("critical conduct finding: %s", t->conduct_summary);
    } else if (score >= rf_findings_threshold (c, cl, "score", "exit", 60) && t->strong >= 3
               && t->critical_signs >= 2) {
        rec = "exit";
        *reason = g_strdup_printf ("score %d from %d findings on %d signs, led by %s", score, t->strong,
                                   t->signs, t->lead->str);
    } else if (score >= rf_findings_threshold (c, cl, "score", "renegotiate", 30) && (t->strong >= 2 || t->critical >= 1)) {
        rec = "renegotiate";
        *reason = g_strdup_printf ("score %d, led by %s", score, t->lead->str);
    } else if (score >= rf_findings_threshold (c, cl, "score", "watch", 10) || t->strong > 0) {
        rec = "watch";
        *reason = t->strong ? g_strdup_printf ("score %d, led by %s", score, t->lead->str)
                            : g_strdup_printf ("score %d", score);
    } else {
        rec = "keep";
        *reason = g_strdup_printf ("score %d: no warning sign", score);
    }

    if (!strcmp (rec, "exit") && cl->revenue_share > dep) {
        *caution = g_strdup_printf ("brings %s of the revenue: replace that revenue before ending it", share);
        if (!t->conduct) {
            char *r = g_strdup_printf ("%s (exit would be proposed, but for the revenue share)", *reason);
            g_free (*reason);
            *reason = r;
            rec = "renegotiate";
        }
    } else if (!strcmp (rec, "exit") && c->has_money && cl->revenue_share < low) {
        *caution = g_strdup_printf ("brings %s of the revenue: letting go is cheap", share);
    } else if (cl->revenue_share > dep) {
        *caution = g_strdup_printf ("brings %s of the revenue", share);
    }
    g_free (share);
    return rec;
}

static void
bind_median (sqlite3_stmt *q, int col, GArray *v)
{
    if (v->len)
        sqlite3_bind_int64 (q, col, rf_median ((gint64 *) v->data, v->len));
}

static gboolean
store_score (const fc_ctx_t *c, const fc_client_t *cl, GError **err)
{
    tally_t t = { 0 };
    char *reason = NULL, *caution = NULL, act_by[16];
    const char *rec;
    sqlite3_stmt *q;
    gboolean ok = FALSE;
    int score;

    t.lead = g_string_new (NULL);
    if (!tally_findings (c, cl, &t, err))
        goto done;
    score = CLAMP (t.points, 0, 100);
    rec = recommend (c, cl, &t, score, &reason, &caution);
    q = rf_store_prepare (c->st,
        "INSERT INTO client_score (client_id, score, raw_points, recommendation, reason, caution,"
        " act_by, lang, inbound, outbound, client_latency_median, our_latency_median, currency,"
        " revenue_minor, revenue_share, weighted_days_late, max_days_late, overdue_minor)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)", err);
    if (!q)
        goto done;
    sqlite3_bind_int64 (q, 1, cl->id);
    sqlite3_bind_int (q, 2, score);
    sqlite3_bind_int (q, 3, t.points);
    sqlite3_bind_text (q, 4, rec, -1, SQLITE_STATIC);
    sqlite3_bind_text (q, 5, reason, -1, SQLITE_STATIC);
    if (caution)
        sqlite3_bind_text (q, 6, caution, -1, SQLITE_STATIC);
    /* A contract that ended before the reference date is no date to act by. */
    if (cl->contract_end >= c->until - 86400 && strcmp (rec, "keep") && strcmp (rec, "watch")) {
        rf_format_date (cl->contract_end, act_by);
        sqlite3_bind_text (q, 7, act_by, -1, SQLITE_STATIC);
    }
    sqlite3_bind_text (q, 8, cl->lang, -1, SQLITE_STATIC);
    sqlite3_bind_int64 (q, 9, cl->in[FP_WINDOW]);
    sqlite3_bind_int64 (q, 10, cl->out[FP_WINDOW]);
    bind_median (q, 11, cl->client_latency[FP_WINDOW]);
    bind_median (q, 12, cl->our_latency[FP_WINDOW]);
    if (cl->currency) {
        sqlite3_bind_text (q, 13, cl->currency, -1, SQLITE_STATIC);
        sqlite3_bind_int64 (q, 14, cl->invoiced[FP_WINDOW] - cl->credited[FP_WINDOW]);
        if (!g_strcmp0 (cl->currency, c->main_currency) && c->total_revenue > 0)
            sqlite3_bind_double (q, 15, cl->revenue_share);
        if (cl->paid_amount[FP_WINDOW] > 0)
            sqlite3_bind_double (q, 16, cl->late_weighted_sum[FP_WINDOW] / cl->paid_amount[FP_WINDOW]);
        if (cl->paid_invoices[FP_WINDOW] > 0)
            sqlite3_bind_int64 (q, 17, cl->max_days_late);
        sqlite3_bind_int64 (q, 18, cl->overdue_minor);
    }
    ok = sqlite3_step (q) == SQLITE_DONE;
    if (!ok)
        rf_store_set_error (c->st, err, "storing a score");
    sqlite3_finalize (q);
done:
    g_string_free (t.lead, TRUE);
    g_free (t.conduct_summary);
    g_free (reason);
    g_free (caution);
    return ok;
}

gboolean
rf_findings_score (fc_ctx_t *c, GError **err)
{
    for (guint i = 0; i < c->clients->len; i++)
        if (!store_score (c, c->clients->pdata[i], err))
            return FALSE;
    return TRUE;
}
