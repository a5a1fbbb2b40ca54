/* markers_analyze.c - marker_month and marker_month_category. */
#include "config.h"
#include "markers/markers_analyze.h"
#include "markers/markers.h"
#include "markers/text_stats.h"

#include <string.h>


/* The messages that count: inbound, conversation, attributed, dated. */
#define INBOUND "a.direction = 'in' AND a.conversation = 1 " \
                "AND a.client_id IS NOT NULL AND a.month IS NOT NULL"

/* from and on: "" for every client-month, else the join that drives the
 * statement from the table of client-months to work out (restrict_from). */
static char *
month_sql (const char *from, const char *on)
{
    /* The shouting rule is the one text_stats.h states. */
    return g_strdup_printf (
        "INSERT INTO marker_month (client_id, month, inbound, messages_with_hits, shouting, "
        "  shouting_share, exclaim_messages) "
        "SELECT a.client_id, a.month, COUNT(*), "
        "  SUM(EXISTS (SELECT 1 FROM marker_hit h WHERE h.message_id = a.message_id "
        "              AND h.category NOT IN ('appreciation', 'referral'))), "
        "  SUM(COALESCE(m.shout_ratio, 0) >= %.17g), "
        "  CAST(SUM(COALESCE(m.shout_ratio, 0) >= %.17g) AS REAL) / COUNT(*), "
        "  SUM(m.exclaim_bursts > 0) "
        "FROM %s message_attr a%s %s message m ON m.id = a.message_id "
        "WHERE " INBOUND " "
        "GROUP BY a.client_id, a.month",
        RF_SHOUT_THRESHOLD, RF_SHOUT_THRESHOLD, from, on, *from ? "CROSS JOIN" : "JOIN");
}

/* Every built-in category (and any other category found in marker_hit, from
 * user patterns) gets a row per client and month, zeros included, so a
 * spreadsheet sees the months without hits. */
static char *
category_sql (const char *from, const char *on, const char *only_mm)
{
    const char *const *categories = rf_marker_categories ();
    GString *s = g_string_new ("WITH cats(category) AS (VALUES ");
    for (int i = 0; categories[i]; i++)
        g_string_append_printf (s, "%s('%s')", i ? ", " : "", categories[i]);
    g_string_append (s,
        " UNION SELECT DISTINCT category FROM marker_hit), "
        "x AS (SELECT a.client_id, a.month, h.category, COUNT(*) AS hits, "
        "        COUNT(DISTINCT h.message_id) AS messages, SUM(h.weight) AS wsum "
        "      FROM ");
    g_string_append_printf (s, "%s message_attr a%s %s marker_hit h ON h.message_id = a.message_id"
                               " WHERE " INBOUND, from, on, *from ? "CROSS JOIN" : "JOIN");
    g_string_append (s, " GROUP BY a.client_id, a.month, h.category) "
        "INSERT INTO marker_month_category (client_id, month, category, hits, messages, "
        "  per_100, weight_sum) "
        "SELECT mm.client_id, mm.month, c.category, COALESCE(x.hits, 0), "
        "  COALESCE(x.messages, 0), 100.0 * COALESCE(x.hits, 0) / mm.inbound, "
        "  COALESCE(x.wsum, 0.0) "
        "FROM marker_month mm CROSS JOIN cats c "
        "LEFT JOIN x ON x.client_id = mm.client_id AND x.month = mm.month "
        "  AND x.category = c.category");
    if (*only_mm)
        g_string_append_printf (s, " WHERE 1%s", only_mm);
    return g_string_free (s, FALSE);
}

/* Everything, or only the client-months of the table named months. */
static gboolean
analyze (rf_store_t *st, const char *months, GError **err)
{
    char *from = months ? g_strdup_printf ("%s c CROSS JOIN", months) : g_strdup ("");
    const char *on = months ? " ON a.client_id = c.client_id AND a.month = c.month" : "";
    char *only_mm = months ? g_strdup_printf (" AND (mm.client_id, mm.month) IN (SELECT client_id, month FROM %s)",
                                              months)
                           : g_strdup ("");
    char *msql = month_sql (from, on), *csql = category_sql (from, on, only_mm);
    char *del = months ? g_strdup_printf ("DELETE FROM marker_month_category WHERE (client_id, month) IN"
                                          " (SELECT client_id, month FROM %s);"
                                          "DELETE FROM marker_month WHERE (client_id, month) IN"
                                          " (SELECT client_id, month FROM %s)", months, months)
                       : g_strdup ("DELETE FROM marker_month_category; DELETE FROM marker_month");
    gboolean ok = FALSE;

    if (!rf_store_exec (st, "SAVEPOINT markers_analyze", err))
        goto done;
    ok = rf_store_exec (st, del, err) && rf_store_exec (st, msql, err) && rf_store_exec (st, csql, err);
    if (!ok)
        sqlite3_exec (st->db, "ROLLBACK TO markers_analyze", NULL, NULL, NULL);
    sqlite3_exec (st->db, "RELEASE markers_analyze", NULL, NULL, NULL);
done:
    g_free (from);
    g_free (only_mm);
    g_free (msql);
    g_free (csql);
    g_free (del);
    return ok;
}

gboolean
rf_markers_analyze (rf_store_t *st, GError **err)
{
    return analyze (st, NULL, err);
}

gboolean
rf_markers_analyze_months (rf_store_t *st, const char *months, gint64 after_id, GError **err)
{
    /* The categories the tables have: the built-in ones and those of the
     * stored hits at the last analysis (none when no client-month has
     * inbound mail: then there is little to recompute anyway). */
    char *sql = g_strdup_printf ("SELECT NOT EXISTS (SELECT 1 FROM marker_month_category) OR EXISTS"
                                 " (SELECT 1 FROM marker_hit WHERE message_id > %" G_GINT64_FORMAT
                                 " AND category NOT IN (SELECT DISTINCT category FROM marker_month_category))",
                                 after_id);
    gint64 whole = 1;
    gboolean ok = rf_store_query_value (st, sql, 1, &whole, err);
    g_free (sql);
    return ok && analyze (st, whole ? NULL : months, err);
}
