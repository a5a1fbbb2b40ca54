/* report.c - per-client table of message counts and latency both ways. */
#include "config.h"
#include "report.h"
#include "report_fmt.h"
#include "stats.h"
#include "util.h"

#include <stdio.h>
#include <string.h>

typedef struct {
    gint64 id;
    char *name;
    gint64 in, out, unans_us, unans_client, after_in;
    GArray *ours, *theirs;
} row_t;

static void
row_free (gpointer p)
{
    row_t *r = p;
    g_free (r->name);
    g_array_unref (r->ours);
    g_array_unref (r->theirs);
    g_free (r);
}

void
rf_report_window (rf_store_t *st, const rf_report_opts_t *o, gint64 *since, gint64 *until)
{
    *until = o->until >= 0 ? o->until
                           : rf_store_query_int (st, "SELECT max(date_utc) + 1 FROM message", 1);
    *since = o->since >= 0 ? o->since : *until - 180 * 86400;
}

static GPtrArray *
load_rows (rf_store_t *st, const rf_report_opts_t *o, gint64 since, gint64 until, GError **err)
{
    GPtrArray *rows = g_ptr_array_new_with_free_func (row_free);
    GHashTable *by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
    sqlite3_stmt *q = rf_store_prepare (st,
        "SELECT c.id, c.name, sum(a.direction='in'), sum(a.direction='out'),"
        " sum(a.direction='in' AND a.answer='unanswered'), sum(a.direction='out' AND a.answer='unanswered'),"
        " sum(a.direction='in' AND a.after_hours)"
        " FROM client c JOIN message_attr a ON a.client_id = c.id AND a.conversation = 1"
        " JOIN message m ON m.id = a.message_id AND m.date_utc >= ?1 AND m.date_utc < ?2"
        " WHERE c.active = 1 AND (?3 IS NULL OR c.key = ?3 OR c.name = ?3)"
        " GROUP BY c.id ORDER BY sum(a.direction='in') DESC, c.name", err);
    if (!q)
        goto fail;
    sqlite3_bind_int64 (q, 1, since);
    sqlite3_bind_int64 (q, 2, until);
    if (o->client)
        sqlite3_bind_text (q, 3, o->client, -1, SQLITE_STATIC);
    while (sqlite3_step (q) == SQLITE_ROW) {
        row_t *r = g_new0 (row_t, 1);
        r->id = sqlite3_column_int64 (q, 0);
        r->name = g_strdup ((const char *) sqlite3_column_text (q, 1));
        r->in = sqlite3_column_int64 (q, 2);
        r->out = sqlite3_column_int64 (q, 3);
        r->unans_us = sqlite3_column_int64 (q, 4);
        r->unans_client = sqlite3_column_int64 (q, 5);
        r->after_in = sqlite3_column_int64 (q, 6);
        r->ours = g_array_new (FALSE, FALSE, sizeof (gint64));
        r->theirs = g_array_new (FALSE, FALSE, sizeof (gint64));
        g_ptr_array_add (rows, r);
        g_hash_table_insert (by_id, &r->id, r);
    }
    sqlite3_finalize (q);
    q = rf_store_prepare (st, "SELECT r.client_id, r.direction, r.latency_seconds FROM reply r"
                              " JOIN message m ON m.id = r.reply_id WHERE m.date_utc >= ?1 AND m.date_utc < ?2", err);
    if (!q)
        goto fail;
    sqlite3_bind_int64 (q, 1, since);
    sqlite3_bind_int64 (q, 2, until);
    while (sqlite3_step (q) == SQLITE_ROW) {
        gint64 id = sqlite3_column_int64 (q, 0), lat = sqlite3_column_int64 (q, 2);
        row_t *r = g_hash_table_lookup (by_id, &id);
        if (r)
            g_array_append_val (strcmp ((const char *) sqlite3_column_text (q, 1), "client_to_us") ? r->theirs
                                                                                                  : r->ours, lat);
    }
    sqlite3_finalize (q);
    g_hash_table_unref (by_id);
    return rows;
fail:
    g_hash_table_unref (by_id);
    g_ptr_array_unref (rows);
    return NULL;
}

static void
latency_cells (GArray *v, char med[16], char p90[16])
{
    rf_sort_int64 (v);
    rf_fmt_duration (v->len ? rf_median ((gint64 *) v->data, v->len) : 0, v->len > 0, med);
    rf_fmt_duration (v->len ? rf_percentile ((gint64 *) v->data, v->len, 90) : 0, v->len > 0, p90);
}

int
rf_report_print (rf_store_t *st, const rf_report_opts_t *o, GError **err)
{
    gint64 since, until;
    char a[16], b[16], from[16], to[16];
    GPtrArray *rows;
    gboolean tty = rf_stdout_is_tty ();

    rf_report_window (st, o, &since, &until);
    rows = load_rows (st, o, since, until, err);
    if (!rows)
        return 1;
    rf_format_date (since, from);
    rf_format_date (until - 1, to);
    printf ("%sredflag report%s, %s to %s: %u client%s\n\n", tty ? "\033[1m" : "", tty ? "\033[0m" : "",
            from, to, rows->len, rows->len == 1 ? "" : "s");
    if (rows->len == 0) {
        printf ("No conversation with a client in this window.\n");
        g_ptr_array_unref (rows);
        return o->client ? 6 : 0;
    }
    printf ("%-24s %5s %5s  %-17s %5s  %-17s %5s %5s\n", "client", "in", "out", "our reply med/p90",
            "unans", "their reply med/p90", "unans", "late");
    for (guint i = 0; i < rows->len; i++) {
        row_t *r = rows->pdata[i];
        char cell[40];
        rf_print_cell (r->name, 24, FALSE);
        printf (" %5" G_GINT64_FORMAT " %5" G_GINT64_FORMAT "  ", r->in, r->out);
        latency_cells (r->ours, a, b);
        g_snprintf (cell, sizeof cell, "%s / %s", a, b);
        rf_print_cell (cell, 17, FALSE);
        printf (" %5" G_GINT64_FORMAT "  ", r->unans_us);
        latency_cells (r->theirs, a, b);
        g_snprintf (cell, sizeof cell, "%s / %s", a, b);
        rf_print_cell (cell, 17, FALSE);
        printf (" %5" G_GINT64_FORMAT " %5" G_GINT64_FORMAT "\n", r->unans_client, r->after_in);
    }
    printf ("\nunans: messages left unanswered past the grace period; late: client mail sent after hours.\n");
    g_ptr_array_unref (rows);
    return 0;
}
