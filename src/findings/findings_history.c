/* findings_history.c - the day's verdicts kept for later: one row per
 * client and reference date in score_history, its findings, and the
 * Message-IDs and invoice numbers behind its warnings and criticals. An
 * analysis of the same day again replaces that day; other days stay. */
#include "config.h"
#include "findings/findings_p.h"

#define DAY G_GINT64_CONSTANT (86400)

gboolean
rf_findings_history (const fc_ctx_t *c, GError **err)
{
    static const char *const steps[] = {
        "DELETE FROM score_history WHERE as_of = ?1",
        "DELETE FROM finding_history WHERE as_of = ?1",
        "DELETE FROM evidence_history WHERE as_of = ?1",
        "INSERT INTO score_history (as_of, client_key, client_name, since, score, recommendation)"
        " SELECT ?1, c.key, c.name, ?2, s.score, s.recommendation FROM client_score s"
        " JOIN client c ON c.id = s.client_id",
        "INSERT INTO finding_history (as_of, client_key, signal, severity, points, summary)"
        " SELECT ?1, c.key, f.signal, f.severity, f.points, f.summary FROM finding f"
        " JOIN client c ON c.id = f.client_id",
        "INSERT OR IGNORE INTO evidence_history (as_of, client_key, signal, ref)"
        " SELECT ?1, c.key, f.signal, e.ref FROM finding_evidence e JOIN finding f ON f.id = e.finding_id"
        " JOIN client c ON c.id = f.client_id WHERE f.severity IN ('warning', 'critical') AND e.ref IS NOT NULL",
    };
    char as_of[16], since[16];
    rf_format_date (c->until - DAY, as_of);
    rf_format_date (c->since, since);
    for (guint i = 0; i < G_N_ELEMENTS (steps); i++) {
        sqlite3_stmt *q = rf_store_prepare (c->st, steps[i], err);
        int rc;
        if (!q)
            return FALSE;
        sqlite3_bind_text (q, 1, as_of, -1, SQLITE_STATIC);
        if (sqlite3_bind_parameter_count (q) >= 2)
            sqlite3_bind_text (q, 2, since, -1, SQLITE_STATIC);
        rc = sqlite3_step (q);
        sqlite3_finalize (q);
        if (rc != SQLITE_DONE) {
            rf_store_set_error (c->st, err, "keeping the score history");
            return FALSE;
        }
    }
    return TRUE;
}
