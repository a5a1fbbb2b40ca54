/* markers_analyze.c - marker_month and marker_month_category. */
#include "config.h"
#include "markers/markers_analyze.h"
#include "markers/markers.h"
#include "markers/text_stats.h"

#include <string.h>


/* The messages that count: inbound, conversation, attributed, dated. The
 * whole count reads message_attr in id order (NOT INDEXED): through an
 * index on clients, its rows and their messages are read all over the
 * file, half again as slow. */
#define INBOUND "a.direction = 'in' AND a.conversation = 1 " \
                "AND a.client_id IS NOT NULL AND a.month IS NOT NULL"

/* Weights summed in millionths, as whole numbers: the same sum in any
 * order, so that adding what changed (below) gives what counting anew
 * gives, to the last bit. */
#define WEIGHT_UNITS "1000000"
#define WEIGHT_SUM "(SUM(CAST(round(h.weight * " WEIGHT_UNITS ") AS INTEGER)) / " WEIGHT_UNITS ".0)"

static char *
month_sql (void)
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
        "FROM message_attr a NOT INDEXED JOIN message m ON m.id = a.message_id "
        "WHERE " INBOUND " "
        "GROUP BY a.client_id, a.month",
        RF_SHOUT_THRESHOLD, RF_SHOUT_THRESHOLD);
}

/* Every built-in category (and any other category found in marker_hit, from
 * user patterns) gets a row per client and month, zeros included, so a
 * spreadsheet sees the months without hits. */
static char *
category_sql (void)
{
    const char *const *categories = rf_marker_categories ();
    GString *s = g_string_new ("WITH cats(category) AS (VALUES ");
    for (int i = 0; categories[i]; i++)
        g_string_append_printf (s, "%s('%s')", i ? ", " : "", categories[i]);
    g_string_append (s,
        " UNION SELECT DISTINCT category FROM marker_hit), "
        "x AS (SELECT a.client_id, a.month, h.category, COUNT(*) AS hits, "
        "        COUNT(DISTINCT h.message_id) AS messages, " WEIGHT_SUM " AS wsum "
        "      FROM marker_hit h JOIN message_attr a NOT INDEXED ON a.message_id = h.message_id "
        "      WHERE " INBOUND " GROUP BY a.client_id, a.month, h.category) "
        "INSERT INTO marker_month_category (client_id, month, category, hits, messages, "
        "  per_100, weight_sum) "
        "SELECT mm.client_id, mm.month, c.category, COALESCE(x.hits, 0), "
        "  COALESCE(x.messages, 0), 100.0 * COALESCE(x.hits, 0) / mm.inbound, "
        "  COALESCE(x.wsum, 0.0) "
        "FROM marker_month mm CROSS JOIN cats c "
        "LEFT JOIN x ON x.client_id = mm.client_id AND x.month = mm.month "
        "  AND x.category = c.category");
    return g_string_free (s, FALSE);
}

static gboolean
analyze (rf_store_t *st, GError **err)
{
    char *msql = month_sql (), *csql = category_sql ();
    gboolean ok = FALSE;

    if (!rf_store_exec (st, "SAVEPOINT markers_analyze", err))
        goto done;
    ok = rf_store_exec (st, "DELETE FROM marker_month_category; DELETE FROM marker_month", err)
         && rf_store_exec (st, msql, err)
         && rf_store_exec (st, csql, err);
    if (!ok)
        sqlite3_exec (st->db, "ROLLBACK TO markers_analyze", NULL, NULL, NULL);
    sqlite3_exec (st->db, "RELEASE markers_analyze", NULL, NULL, NULL);
done:
    g_free (msql);
    g_free (csql);
    return ok;
}

gboolean
rf_markers_analyze (rf_store_t *st, GError **err)
{
    return analyze (st, err);
}

/* ---- Adding what changed. was and now name tables of the changed
 * messages' attribution before and after (message_id, direction,
 * conversation, client_id, month): each message counts -1 as it was and
 * +1 as it is. Every column but the shares is a sum over messages. */
static const char delta_sql[] =
    "DROP TABLE IF EXISTS temp.mk_rows; DROP TABLE IF EXISTS temp.mk_month; DROP TABLE IF EXISTS temp.mk_cat;"
    "CREATE TEMP TABLE mk_rows AS"
    "  SELECT a.message_id, a.client_id, a.month, -1 AS sg FROM %1$s a WHERE " INBOUND
    "  UNION ALL SELECT a.message_id, a.client_id, a.month, 1 FROM %2$s a WHERE " INBOUND ";"
    "CREATE TEMP TABLE mk_month AS SELECT r.client_id, r.month, SUM(r.sg) AS inbound,"
    "  SUM(r.sg * EXISTS (SELECT 1 FROM marker_hit h WHERE h.message_id = r.message_id"
    "                     AND h.category NOT IN ('appreciation', 'referral'))) AS with_hits,"
    "  SUM(r.sg * (COALESCE(m.shout_ratio, 0) >= %3$.17g)) AS shouting,"
    "  SUM(r.sg * (m.exclaim_bursts > 0)) AS exclaim"
    "  FROM temp.mk_rows r CROSS JOIN message m ON m.id = r.message_id GROUP BY r.client_id, r.month;"
    "CREATE TEMP TABLE mk_cat AS SELECT r.client_id, r.month, h.category, SUM(r.sg * h.n) AS hits,"
    "  SUM(r.sg) AS messages, SUM(r.sg * h.w) AS w"
    "  FROM temp.mk_rows r CROSS JOIN (SELECT message_id, category, COUNT(*) AS n,"
    "    SUM(CAST(round(weight * " WEIGHT_UNITS ") AS INTEGER)) AS w FROM marker_hit"
    "    WHERE message_id IN (SELECT message_id FROM temp.mk_rows) GROUP BY message_id, category) h"
    "  ON h.message_id = r.message_id GROUP BY r.client_id, r.month, h.category;"
    "INSERT INTO marker_month (client_id, month, inbound, messages_with_hits, shouting, shouting_share,"
    "  exclaim_messages) SELECT client_id, month, inbound, with_hits, shouting, 0, exclaim FROM temp.mk_month"
    "  WHERE 1 ON CONFLICT (client_id, month) DO UPDATE SET inbound = inbound + excluded.inbound,"
    "  messages_with_hits = messages_with_hits + excluded.messages_with_hits,"
    "  shouting = shouting + excluded.shouting, exclaim_messages = exclaim_messages + excluded.exclaim_messages;"
    "DELETE FROM marker_month_category WHERE (client_id, month) IN (SELECT client_id, month FROM marker_month"
    "  WHERE inbound = 0);"
    "DELETE FROM marker_month WHERE inbound = 0;"  /* only a client-month counted here can reach 0 */
    "UPDATE marker_month SET shouting_share = CAST(shouting AS REAL) / inbound"
    "  WHERE (client_id, month) IN (SELECT client_id, month FROM temp.mk_month);";

/* A client-month new to marker_month gets a row of every category. */
static char *
new_rows_sql (void)
{
    const char *const *categories = rf_marker_categories ();
    GString *s = g_string_new ("WITH cats(category) AS (VALUES ");
    for (int i = 0; categories[i]; i++)
        g_string_append_printf (s, "%s('%s')", i ? ", " : "", categories[i]);
    g_string_append (s,
        " UNION SELECT DISTINCT category FROM marker_hit)"
        " INSERT OR IGNORE INTO marker_month_category (client_id, month, category, hits, messages, per_100,"
        "  weight_sum) SELECT mm.client_id, mm.month, c.category, 0, 0, 0, 0"
        " FROM temp.mk_month d CROSS JOIN marker_month mm ON mm.client_id = d.client_id AND mm.month = d.month"
        " CROSS JOIN cats c;"
        "UPDATE marker_month_category AS k SET hits = k.hits + d.hits, messages = k.messages + d.messages,"
        "  weight_sum = (CAST(round(k.weight_sum * " WEIGHT_UNITS ") AS INTEGER) + d.w) / " WEIGHT_UNITS ".0"
        "  FROM temp.mk_cat d WHERE k.client_id = d.client_id AND k.month = d.month AND k.category = d.category;"
        "UPDATE marker_month_category AS k SET per_100 = 100.0 * k.hits / mm.inbound FROM marker_month mm"
        "  WHERE mm.client_id = k.client_id AND mm.month = k.month"
        "  AND (k.client_id, k.month) IN (SELECT client_id, month FROM temp.mk_month);");
    return g_string_free (s, FALSE);
}

static gboolean
add_changes (rf_store_t *st, const char *was, const char *now, GError **err)
{
    char *dsql = g_strdup_printf (delta_sql, was, now, RF_SHOUT_THRESHOLD), *nsql = new_rows_sql ();
    gboolean ok = FALSE;
    if (!rf_store_exec (st, "SAVEPOINT markers_analyze", err))
        goto done;
    ok = rf_store_exec (st, dsql, err) && rf_store_exec (st, nsql, err);
    if (!ok)
        sqlite3_exec (st->db, "ROLLBACK TO markers_analyze", NULL, NULL, NULL);
    sqlite3_exec (st->db, "RELEASE markers_analyze", NULL, NULL, NULL);
done:
    g_free (dsql);
    g_free (nsql);
    return ok;
}

gboolean
rf_markers_analyze_changes (rf_store_t *st, const char *was, const char *now, gint64 after_id, GError **err)
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
    return ok && (whole ? analyze (st, err) : add_changes (st, was, now, err));
}
