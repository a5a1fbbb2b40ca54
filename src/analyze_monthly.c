/* analyze_monthly.c - per client and calendar month: counts, latency
 * medians and p90, unanswered, after-hours, busiest day. */
#include "config.h"
#include "analyze_p.h"
#include "analyze_attr.h"
#include "stats.h"

#include <string.h>

typedef struct {
    gint64 client_id;
    char month[8];
    gint64 in, out, unans_in, unans_out, after_in, after_out, max_day;
    GArray *ours, *ours_biz, *theirs, *theirs_biz;   /* latencies, seconds */
} month_t;

static void
month_free (gpointer p)
{
    month_t *m = p;
    g_array_unref (m->ours);
    g_array_unref (m->ours_biz);
    g_array_unref (m->theirs);
    g_array_unref (m->theirs_biz);
    g_free (m);
}

static char *
group_key (gint64 client, const char *month)
{
    return g_strdup_printf ("%" G_GINT64_FORMAT "|%s", client, month ? month : "");
}

static month_t *
lookup (GHashTable *groups, sqlite3_stmt *q)
{
    char *k = group_key (sqlite3_column_int64 (q, 0), (const char *) sqlite3_column_text (q, 1));
    month_t *m = g_hash_table_lookup (groups, k);
    g_free (k);
    return m;
}

static gboolean
load_counts (rf_analysis_t *a, GHashTable *groups, GPtrArray *order, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (a->st,
        "SELECT client_id, month, sum(direction='in'), sum(direction='out'),"
        " sum(direction='in' AND answer='unanswered'), sum(direction='out' AND answer='unanswered'),"
        " sum(direction='in' AND after_hours), sum(direction='out' AND after_hours)"
        " FROM message_attr WHERE conversation=1 GROUP BY client_id, month ORDER BY client_id, month", err);
    if (!q)
        return FALSE;
    while (sqlite3_step (q) == SQLITE_ROW) {
        month_t *m = g_new0 (month_t, 1);
        m->client_id = sqlite3_column_int64 (q, 0);
        g_strlcpy (m->month, (const char *) sqlite3_column_text (q, 1), sizeof m->month);
        m->in = sqlite3_column_int64 (q, 2);
        m->out = sqlite3_column_int64 (q, 3);
        m->unans_in = sqlite3_column_int64 (q, 4);
        m->unans_out = sqlite3_column_int64 (q, 5);
        m->after_in = sqlite3_column_int64 (q, 6);
        m->after_out = sqlite3_column_int64 (q, 7);
        m->ours = g_array_new (FALSE, FALSE, sizeof (gint64));
        m->ours_biz = g_array_new (FALSE, FALSE, sizeof (gint64));
        m->theirs = g_array_new (FALSE, FALSE, sizeof (gint64));
        m->theirs_biz = g_array_new (FALSE, FALSE, sizeof (gint64));
        g_hash_table_insert (groups, group_key (m->client_id, m->month), m);
        g_ptr_array_add (order, m);
    }
    sqlite3_finalize (q);
    return TRUE;
}

static gboolean
load_busiest_day (rf_analysis_t *a, GHashTable *groups, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (a->st,
        "SELECT client_id, month, max(n) FROM (SELECT client_id, month, count(*) AS n FROM message_attr"
        " WHERE conversation=1 AND direction='in' GROUP BY client_id, local_day) GROUP BY client_id, month", err);
    if (!q)
        return FALSE;
    while (sqlite3_step (q) == SQLITE_ROW) {
        month_t *m = lookup (groups, q);
        if (m)
            m->max_day = sqlite3_column_int64 (q, 2);
    }
    sqlite3_finalize (q);
    return TRUE;
}

static gboolean
load_latencies (rf_analysis_t *a, GHashTable *groups, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (a->st,
        "SELECT r.client_id, a.month, r.direction, r.latency_seconds, r.business_latency_seconds"
        " FROM reply r JOIN message_attr a ON a.message_id = r.reply_id", err);
    if (!q)
        return FALSE;
    while (sqlite3_step (q) == SQLITE_ROW) {
        month_t *m = lookup (groups, q);
        gint64 lat = sqlite3_column_int64 (q, 3), biz = sqlite3_column_int64 (q, 4);
        gboolean ours = !strcmp ((const char *) sqlite3_column_text (q, 2), "client_to_us");
        if (!m)
            continue;
        g_array_append_val (ours ? m->ours : m->theirs, lat);
        g_array_append_val (ours ? m->ours_biz : m->theirs_biz, biz);
    }
    sqlite3_finalize (q);
    return TRUE;
}

static void
bind_median (sqlite3_stmt *s, int col, GArray *v, int pct)
{
    if (v->len == 0)
        return;
    rf_sort_int64 (v);
    sqlite3_bind_int64 (s, col, pct == 50 ? rf_median ((gint64 *) v->data, v->len)
                                          : rf_percentile ((gint64 *) v->data, v->len, pct));
}

static gboolean
store (rf_analysis_t *a, GPtrArray *order, GError **err)
{
    sqlite3_stmt *s = rf_store_prepare (a->st,
        "INSERT INTO client_month(client_id, month, inbound, outbound, our_latency_median, our_latency_p90,"
        " our_replies, our_business_median, client_latency_median, client_latency_p90, client_replies,"
        " client_business_median, unanswered_by_us, unanswered_by_client, after_hours_inbound,"
        " after_hours_outbound, max_inbound_per_day)"
        " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17)", err);
    gboolean ok = s != NULL;
    for (guint i = 0; ok && i < order->len; i++) {
        month_t *m = order->pdata[i];
        sqlite3_bind_int64 (s, 1, m->client_id);
        sqlite3_bind_text (s, 2, m->month, -1, SQLITE_STATIC);
        sqlite3_bind_int64 (s, 3, m->in);
        sqlite3_bind_int64 (s, 4, m->out);
        bind_median (s, 5, m->ours, 50);
        bind_median (s, 6, m->ours, 90);
        sqlite3_bind_int64 (s, 7, m->ours->len);
        bind_median (s, 8, m->ours_biz, 50);
        bind_median (s, 9, m->theirs, 50);
        bind_median (s, 10, m->theirs, 90);
        sqlite3_bind_int64 (s, 11, m->theirs->len);
        bind_median (s, 12, m->theirs_biz, 50);
        sqlite3_bind_int64 (s, 13, m->unans_in);
        sqlite3_bind_int64 (s, 14, m->unans_out);
        sqlite3_bind_int64 (s, 15, m->after_in);
        sqlite3_bind_int64 (s, 16, m->after_out);
        sqlite3_bind_int64 (s, 17, m->max_day);
        ok = sqlite3_step (s) == SQLITE_DONE;
        sqlite3_reset (s);
        sqlite3_clear_bindings (s);
    }
    if (!ok && s)
        rf_store_set_error (a->st, err, "storing monthly metrics");
    sqlite3_finalize (s);
    return ok;
}

gboolean
rf_an_monthly (rf_analysis_t *a, GError **err)
{
    GHashTable *groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, month_free);
    GPtrArray *order = g_ptr_array_new ();
    gboolean ok = rf_an_attr_publish (a, err) && load_counts (a, groups, order, err) && load_busiest_day (a, groups, err)
                  && load_latencies (a, groups, err) && store (a, order, err);
    g_ptr_array_unref (order);
    g_hash_table_unref (groups);
    return ok;
}
