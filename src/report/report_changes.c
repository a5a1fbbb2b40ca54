/* report_changes.c - 'redflag report --changes': what moved between the
 * previous analysis day and the last one, from the history every analysis
 * keeps (score_history, finding_history, evidence_history). Short enough
 * for the mail cron sends after a nightly scan, and empty when nothing
 * moved, so that cron sends nothing. */
#include "config.h"
#include "report/report.h"
#include "report/report_fmt.h"
#include "base/util.h"

#include <stdio.h>
#include <string.h>

#define NEW_EVIDENCE_SHOWN 3   /* per finding */

/* The findings of a client that are new or worse since prev: ?1 current
 * day, ?2 previous, ?3 client key. Severity order: info < warning < critical. */
static const char changed_sql[] =
    "SELECT f.signal, f.severity, f.summary, p.severity FROM finding_history f"
    " LEFT JOIN finding_history p ON p.as_of = ?2 AND p.client_key = f.client_key AND p.signal = f.signal"
    " WHERE f.as_of = ?1 AND f.client_key = ?3 AND f.points > 0 AND (p.signal IS NULL"
    "  OR (CASE f.severity WHEN 'critical' THEN 2 WHEN 'warning' THEN 1 ELSE 0 END)"
    "   > (CASE p.severity WHEN 'critical' THEN 2 WHEN 'warning' THEN 1 ELSE 0 END))"
    " ORDER BY f.points DESC, f.signal";

/* Evidence of the client's critical findings that was not there before. */
static const char new_evidence_sql[] =
    "SELECT e.signal, fe.date, fe.detail, c.timezone FROM evidence_history e"
    " JOIN finding_history f ON f.as_of = e.as_of AND f.client_key = e.client_key AND f.signal = e.signal"
    " JOIN client c ON c.key = e.client_key JOIN finding cf ON cf.client_id = c.id AND cf.signal = e.signal"
    " JOIN finding_evidence fe ON fe.finding_id = cf.id AND fe.ref = e.ref"
    " WHERE e.as_of = ?1 AND e.client_key = ?3 AND f.severity = 'critical'"
    " AND NOT EXISTS (SELECT 1 FROM evidence_history p WHERE p.as_of = ?2 AND p.client_key = e.client_key"
    "  AND p.signal = e.signal AND p.ref = e.ref)"
    " ORDER BY e.signal, fe.pos";

static sqlite3_stmt *
bound (rf_store_t *st, const char *sql, const char *cur, const char *prev, const char *key, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (st, sql, err);
    if (!q)
        return NULL;
    sqlite3_bind_text (q, 1, cur, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (q, 2, prev, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (q, 3, key, -1, SQLITE_TRANSIENT);
    return q;
}

/* A column's text made safe for a terminal; kept in keep until it is freed. */
static const char *
safe (sqlite3_stmt *q, int i, GPtrArray *keep)
{
    char *t = rf_term_safe ((const char *) sqlite3_column_text (q, i));
    g_ptr_array_add (keep, t);
    return t;
}

/* The lines of one client's new or worse findings and new critical
 * evidence, appended to out; FALSE on a database error. */
static gboolean
client_lines (rf_store_t *st, const char *cur, const char *prev, const char *key, GString *out, GError **err)
{
    sqlite3_stmt *q = bound (st, changed_sql, cur, prev, key, err);
    const char *last = "";
    int shown = 0, more = 0;
    GPtrArray *keep;
    if (!q)
        return FALSE;
    keep = g_ptr_array_new_with_free_func (g_free);
    while (sqlite3_step (q) == SQLITE_ROW) {
        const char *was = (const char *) sqlite3_column_text (q, 3);
        if (was)
            g_string_append_printf (out, "  worse: %s %s -> %s: %s\n", safe (q, 0, keep), safe (q, 3, keep),
                                    safe (q, 1, keep), safe (q, 2, keep));
        else
            g_string_append_printf (out, "  new: %s (%s): %s\n", safe (q, 0, keep), safe (q, 1, keep),
                                    safe (q, 2, keep));
    }
    sqlite3_finalize (q);
    if (!(q = bound (st, new_evidence_sql, cur, prev, key, err))) {
        g_ptr_array_unref (keep);
        return FALSE;
    }
    while (sqlite3_step (q) == SQLITE_ROW) {
        const char *signal = (const char *) sqlite3_column_text (q, 0);
        if (strcmp (signal, last)) {
            if (more)
                g_string_append_printf (out, "    ... and %d more\n", more);
            g_string_append_printf (out, "  new critical evidence of %s:\n", signal);
            last = g_intern_string (signal);
            shown = more = 0;
        }
        if (shown++ < NEW_EVIDENCE_SHOWN) {
            GTimeZone *tz = rf_time_zone_new (sqlite3_column_text (q, 3) ? (const char *) sqlite3_column_text (q, 3)
                                                                                   : "UTC");
            char *when;
            if (!tz)
                tz = g_time_zone_new_utc ();
            when = rf_fmt_local_when ((const char *) sqlite3_column_text (q, 1), tz);
            g_string_append_printf (out, "    %s%s%s\n", when, *when ? "  " : "", safe (q, 2, keep));
            g_free (when);
            g_time_zone_unref (tz);
        } else {
            more++;
        }
    }
    if (more)
        g_string_append_printf (out, "    ... and %d more\n", more);
    sqlite3_finalize (q);
    g_ptr_array_unref (keep);
    return TRUE;
}

/* Every client of either day: its verdicts then and now. */
static const char clients_sql[] =
    "SELECT k.client_key, COALESCE(n.client_name, o.client_name), n.recommendation, n.score,"
    " o.recommendation, o.score FROM (SELECT client_key FROM score_history WHERE as_of IN (?1, ?2)"
    "  GROUP BY client_key) k"
    " LEFT JOIN score_history n ON n.as_of = ?1 AND n.client_key = k.client_key"
    " LEFT JOIN score_history o ON o.as_of = ?2 AND o.client_key = k.client_key"
    " ORDER BY COALESCE(n.score, -1) DESC, k.client_key";

static gboolean
print_changes (rf_store_t *st, const char *cur, const char *prev, GError **err)
{
    sqlite3_stmt *q = bound (st, clients_sql, cur, prev, "", err);
    GString *all = g_string_new (NULL), *lines = g_string_new (NULL);
    gboolean ok = q != NULL;
    while (ok && sqlite3_step (q) == SQLITE_ROW) {
        const char *key = (const char *) sqlite3_column_text (q, 0);
        char *name = rf_term_safe ((const char *) sqlite3_column_text (q, 1));
        const char *now = (const char *) sqlite3_column_text (q, 2), *was = (const char *) sqlite3_column_text (q, 4);
        int score = sqlite3_column_int (q, 3), old = sqlite3_column_int (q, 5);
        g_string_truncate (lines, 0);
        if (!now) {
            g_string_append_printf (all, "%s (%s): no mail or invoices in the window any more (was %s, %d)\n",
                                    name, key, was, old);
            g_free (name);
            continue;
        }
        if (!(ok = client_lines (st, cur, prev, key, lines, err))) {
            g_free (name);
            break;
        }
        if (!was) {
            g_string_append_printf (all, "%s (%s): new, %s, score %d\n%s", name, key, now, score, lines->str);
        } else if (strcmp (now, was) || lines->len) {
            char verdict[64], was_score[32] = "";
            if (strcmp (now, was))
                g_snprintf (verdict, sizeof verdict, "%s -> %s", was, now);
            else
                g_strlcpy (verdict, now, sizeof verdict);
            if (score != old)
                g_snprintf (was_score, sizeof was_score, " (was %d)", old);
            g_string_append_printf (all, "%s (%s): %s, score %d%s\n%s", name, key, verdict, score, was_score,
                                    lines->str);
        }
        g_free (name);
    }
    sqlite3_finalize (q);
    if (ok && all->len)
        printf ("redflag changes, %s against %s:\n%s", cur, prev, all->str);
    g_string_free (all, TRUE);
    g_string_free (lines, TRUE);
    return ok;
}

int
rf_report_changes (rf_store_t *st, GError **err)
{
    char *cur = NULL, *prev = NULL;
    sqlite3_stmt *q = rf_store_prepare (st, "SELECT as_of FROM finding_window", err);
    int rc = RF_EXIT_OK;
    if (!q)
        return RF_EXIT_FAILURE;
    if (sqlite3_step (q) == SQLITE_ROW)
        cur = g_strdup ((const char *) sqlite3_column_text (q, 0));
    sqlite3_finalize (q);
    if (!cur) {
        printf ("No findings yet: run 'redflag scan' or 'redflag analyze' first.\n");
        return RF_EXIT_NODATA;
    }
    q = rf_store_prepare (st, "SELECT max(as_of) FROM score_history WHERE as_of < ?1", err);
    if (q) {
        sqlite3_bind_text (q, 1, cur, -1, SQLITE_STATIC);
        if (sqlite3_step (q) == SQLITE_ROW && sqlite3_column_text (q, 0))
            prev = g_strdup ((const char *) sqlite3_column_text (q, 0));
        sqlite3_finalize (q);
    }
    /* The first analysis has nothing to compare with: nothing moved. */
    if (!prev)
        rf_info ("no analysis before %s to compare with", cur);
    else if (!print_changes (st, cur, prev, err))
        rc = RF_EXIT_FAILURE;
    g_free (cur);
    g_free (prev);
    return rc;
}
