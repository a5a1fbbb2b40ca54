/* mail_monthly.c - per client and calendar month: counts, latency
 * medians and p90, unanswered, after-hours, busiest day. */
#include "config.h"
#include "mail/mail_analysis.h"
#include "mail/mail_attr.h"
#include "base/stats.h"

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

/* "client|month" (or "client|day") in buf, for lookups without allocating. */
static const char *
group_key (char *buf, gsize size, gint64 client, const char *month)
{
    g_snprintf (buf, size, "%" G_GINT64_FORMAT "|%s", client, month ? month : "");
    return buf;
}

static month_t *
lookup (GHashTable *groups, sqlite3_stmt *q)
{
    char k[64];
    return g_hash_table_lookup (groups, group_key (k, sizeof k, sqlite3_column_int64 (q, 0),
                                                   (const char *) sqlite3_column_text (q, 1)));
}

static month_t *
month_new (GHashTable *groups, gint64 client, const char *month)
{
    month_t *m = g_new0 (month_t, 1);
    char k[64];
    m->client_id = client;
    g_strlcpy (m->month, month, sizeof m->month);
    m->ours = g_array_new (FALSE, FALSE, sizeof (gint64));
    m->ours_biz = g_array_new (FALSE, FALSE, sizeof (gint64));
    m->theirs = g_array_new (FALSE, FALSE, sizeof (gint64));
    m->theirs_biz = g_array_new (FALSE, FALSE, sizeof (gint64));
    g_hash_table_insert (groups, g_strdup (group_key (k, sizeof k, client, month)), m);
    return m;
}

static int
by_client_month (gconstpointer a, gconstpointer b)
{
    const month_t *x = *(month_t *const *) a, *y = *(month_t *const *) b;
    if (x->client_id != y->client_id)
        return x->client_id < y->client_id ? -1 : 1;
    return strcmp (x->month, y->month);
}

/* The conversation mail; scoped, that of the client-months to count again. */
static const char counts_sql[] =
    "SELECT client_id, month, direction = 'in', answer = 'unanswered', after_hours, local_day"
    " FROM message_attr WHERE conversation = 1";
static const char scoped_counts_sql[] =
    "SELECT a.client_id, a.month, a.direction = 'in', a.answer = 'unanswered', a.after_hours, a.local_day"
    " FROM temp.an_cm c CROSS JOIN message_attr a ON a.client_id = c.client_id AND a.month = c.month"
    " WHERE a.conversation = 1";
static const char latencies_sql[] =
    "SELECT r.client_id, a.month, r.direction, r.latency_seconds, r.business_latency_seconds"
    " FROM reply r JOIN message_attr a ON a.message_id = r.reply_id";
static const char scoped_latencies_sql[] =
    "SELECT r.client_id, a.month, r.direction, r.latency_seconds, r.business_latency_seconds"
    " FROM temp.an_cm c CROSS JOIN message_attr a ON a.client_id = c.client_id AND a.month = c.month"
    " CROSS JOIN reply r ON r.reply_id = a.message_id";

/* Counts per client and month, and the busiest day of each, in one pass
 * over the conversation mail: hash tables instead of two sorts of every
 * message. Memory: one entry per client and day with inbound mail. */
static gboolean
load_counts (rf_mail_analysis_t *a, GHashTable *groups, GPtrArray *order, GError **err)
{
    GHashTable *days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    GHashTableIter it;
    gpointer key, value;
    int rc;
    sqlite3_stmt *q = rf_store_prepare (a->st, a->scoped ? scoped_counts_sql : counts_sql, err);
    if (!q) {
        g_hash_table_unref (days);
        return FALSE;
    }
    while ((rc = sqlite3_step (q)) == SQLITE_ROW) {
        gint64 client = sqlite3_column_int64 (q, 0);
        const char *month = (const char *) sqlite3_column_text (q, 1);
        gboolean in = sqlite3_column_int (q, 2), unanswered = sqlite3_column_int (q, 3);
        gboolean after = sqlite3_column_int (q, 4);
        month_t *m = lookup (groups, q);
        if (!m) {
            m = month_new (groups, client, month ? month : "");
            g_ptr_array_add (order, m);
        }
        *(in ? &m->in : &m->out) += 1;
        *(in ? &m->unans_in : &m->unans_out) += unanswered;
        *(in ? &m->after_in : &m->after_out) += after;
        if (in) {
            char k[64];
            gint64 *n = g_hash_table_lookup (days, group_key (k, sizeof k, client,
                                                               (const char *) sqlite3_column_text (q, 5)));
            if (!n)
                g_hash_table_insert (days, g_strdup (k), (n = g_new0 (gint64, 1)));
            (*n)++;
        }
    }
    sqlite3_finalize (q);
    if (rc != SQLITE_DONE) {
        g_hash_table_unref (days);
        rf_store_set_error (a->st, err, "counting messages per month");
        return FALSE;
    }
    /* A day "client|YYYY-MM-DD" belongs to the month "client|YYYY-MM". */
    g_hash_table_iter_init (&it, days);
    while (g_hash_table_iter_next (&it, &key, &value)) {
        char *day = key, *dash = strrchr (day, '-');
        month_t *m;
        if (!dash)
            continue;
        *dash = '\0';
        m = g_hash_table_lookup (groups, day);
        *dash = '-';
        if (m && *(gint64 *) value > m->max_day)
            m->max_day = *(gint64 *) value;
    }
    g_hash_table_unref (days);
    g_ptr_array_sort (order, by_client_month);
    return TRUE;
}

static gboolean
load_latencies (rf_mail_analysis_t *a, GHashTable *groups, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (a->st, a->scoped ? scoped_latencies_sql : latencies_sql, err);
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
store (rf_mail_analysis_t *a, GPtrArray *order, GError **err)
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
rf_mail_monthly (rf_mail_analysis_t *a, GError **err)
{
    GHashTable *groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, month_free);
    GPtrArray *order = g_ptr_array_new ();
    gboolean ok = rf_mail_attr_publish (a, err) && (!a->scoped || rf_mail_scope_note (a, TRUE, err))
                  && rf_store_exec (a->st, a->scoped ? "DELETE FROM client_month WHERE (client_id, month) IN"
                                                       " (SELECT client_id, month FROM temp.an_cm)"
                                                     : "DELETE FROM client_month", err)
                  && load_counts (a, groups, order, err) && load_latencies (a, groups, err)
                  && store (a, order, err);
    g_ptr_array_unref (order);
    g_hash_table_unref (groups);
    return ok;
}
