/* report_json.c - `report --format json`: the same clients as the terminal
 * report, worst first, for scripts. Built with json-glib; reads only the
 * database. */
#include "config.h"
#include "report/report.h"
#include "report/report_clients.h"
#include "base/util.h"

#include <json-glib/json-glib.h>
#include <stdio.h>

#define EVIDENCE_SHOWN 5   /* per finding, without --all-evidence (as the text report) */

/* Column i of q as a JSON value: its SQLite type decides. */
static void
add_column (JsonBuilder *b, const char *name, sqlite3_stmt *q, int i)
{
    json_builder_set_member_name (b, name);
    switch (sqlite3_column_type (q, i)) {
    case SQLITE_NULL: json_builder_add_null_value (b); break;
    case SQLITE_INTEGER: json_builder_add_int_value (b, sqlite3_column_int64 (q, i)); break;
    case SQLITE_FLOAT: json_builder_add_double_value (b, sqlite3_column_double (q, i)); break;
    default: json_builder_add_string_value (b, (const char *) sqlite3_column_text (q, i)); break;
    }
}

static void
add_row (JsonBuilder *b, sqlite3_stmt *q, const char *const *names, int from)
{
    for (int i = 0; names[i]; i++)
        add_column (b, names[i], q, from + i);
}

static void
add_evidence (JsonBuilder *b, sqlite3_stmt *e, gint64 finding_id, const rf_report_opts_t *o)
{
    static const char *const names[] = { "kind", "date", "ref", "invoice_number", "amount_minor", "currency",
                                         "value", "detail", NULL };
    int shown = 0;
    sqlite3_reset (e);
    sqlite3_bind_int64 (e, 1, finding_id);
    json_builder_set_member_name (b, "evidence");
    json_builder_begin_array (b);
    while (sqlite3_step (e) == SQLITE_ROW && (o->all_evidence || shown++ < EVIDENCE_SHOWN)) {
        json_builder_begin_object (b);
        add_row (b, e, names, 0);
        json_builder_end_object (b);
    }
    json_builder_end_array (b);
}

/* Every finding of one client; with --details, its evidence too. */
static void
add_findings (JsonBuilder *b, sqlite3_stmt *f, sqlite3_stmt *e, gint64 client_id, const rf_report_opts_t *o)
{
    static const char *const names[] = { "signal", "sign", "severity", "value", "threshold", "unit", "trend",
                                         "points", "evidence_count", "summary", NULL };
    sqlite3_reset (f);
    sqlite3_bind_int64 (f, 1, client_id);
    json_builder_set_member_name (b, "findings");
    json_builder_begin_array (b);
    while (sqlite3_step (f) == SQLITE_ROW) {
        json_builder_begin_object (b);
        add_row (b, f, names, 1);
        if (o->details)
            add_evidence (b, e, sqlite3_column_int64 (f, 0), o);
        json_builder_end_object (b);
    }
    json_builder_end_array (b);
}

static const char CLIENTS_SQL[] =
    "SELECT c.id, c.key, c.name, s.score, s.recommendation, s.reason, s.caution, s.act_by, c.contract_end,"
    " s.revenue_share, s.currency, s.revenue_minor, s.client_latency_median, s.our_latency_median,"
    " s.weighted_days_late, s.max_days_late, s.overdue_minor, s.inbound, s.outbound"
    " FROM client_score s JOIN client c ON c.id = s.client_id"
    " WHERE (?1 IS NULL OR c.key = ?1 OR lower(c.name) = lower(?1))"
    " AND (s.inbound + s.outbound > 0 OR s.revenue_minor <> 0 OR s.score > 0)"
    " ORDER BY s.score DESC, c.name";

/* The clients array; how many into *n. */
static gboolean
add_clients (JsonBuilder *b, rf_store_t *st, const rf_report_opts_t *o, guint *n, GError **err)
{
    static const char *const names[] = { "client", "client_name", "score", "recommendation", "reason", "caution",
                                         "act_by", "contract_end", "revenue_share", "currency", "revenue_minor",
                                         "client_latency_median_s", "our_latency_median_s", "weighted_days_late",
                                         "max_days_late", "overdue_minor", "inbound", "outbound", NULL };
    sqlite3_stmt *q = rf_store_prepare (st, CLIENTS_SQL, err);
    sqlite3_stmt *f = q ? rf_store_prepare (st, "SELECT id, signal, sign, severity, value, threshold, unit, trend,"
                                                " points, evidence_count, summary FROM finding WHERE client_id = ?1"
                                                " ORDER BY points DESC, signal", err) : NULL;
    sqlite3_stmt *e = f ? rf_store_prepare (st, "SELECT kind, date, CASE WHEN message_id IS NOT NULL THEN ref END,"
                                                " CASE WHEN invoice_id IS NOT NULL THEN ref END, amount_minor, currency,"
                                                " value, detail FROM finding_evidence WHERE finding_id = ?1"
                                                " ORDER BY pos", err) : NULL;
    if (e && o->client)
        sqlite3_bind_text (q, 1, o->client, -1, SQLITE_STATIC);
    json_builder_set_member_name (b, "clients");
    json_builder_begin_array (b);
    for (*n = 0; e && sqlite3_step (q) == SQLITE_ROW; (*n)++) {
        json_builder_begin_object (b);
        add_row (b, q, names, 1);
        add_findings (b, f, e, sqlite3_column_int64 (q, 0), o);
        json_builder_end_object (b);
    }
    json_builder_end_array (b);
    sqlite3_finalize (e);
    sqlite3_finalize (f);
    sqlite3_finalize (q);
    return e != NULL;
}

/* The window as the text report states it: first and last day, as of. */
static gboolean
add_window (JsonBuilder *b, rf_store_t *st)
{
    static const char *const names[] = { "since", "until", "as_of", NULL };
    sqlite3_stmt *q = rf_store_prepare (st, "SELECT since, date(until, '-1 day'), as_of FROM finding_window", NULL);
    gboolean ok = q && sqlite3_step (q) == SQLITE_ROW;
    if (ok) {
        json_builder_set_member_name (b, "window");
        json_builder_begin_object (b);
        add_row (b, q, names, 0);
        json_builder_end_object (b);
    }
    sqlite3_finalize (q);
    return ok;
}

int
rf_report_json (rf_store_t *st, const rf_report_opts_t *o, GError **err)
{
    JsonBuilder *b = json_builder_new ();
    JsonGenerator *gen = json_generator_new ();
    JsonNode *root;
    guint n = 0;
    int rc = RF_EXIT_OK;
    char *text;
    json_builder_begin_object (b);
    if (!add_window (b, st)) {
        rf_error ("report: nothing analysed yet; run 'redflag scan' or 'redflag analyze' first");
        rc = RF_EXIT_NODATA;
    } else if (!add_clients (b, st, o, &n, err)) {
        rc = RF_EXIT_FAILURE;
    } else if (n == 0) {
        char *asked = rf_term_safe (o->client);
        rf_error (o->client ? "report: no client '%s' with mail or invoices in this window: no verdict"
                            : "report: no mail or invoices in this window: no verdict", asked);
        g_free (asked);
        rc = RF_EXIT_NODATA;
    }
    json_builder_end_object (b);
    root = json_builder_get_root (b);
    json_generator_set_root (gen, root);
    json_generator_set_pretty (gen, TRUE);
    text = json_generator_to_data (gen, NULL);
    if (rc == RF_EXIT_OK)
        printf ("%s\n", text);
    g_free (text);
    json_node_unref (root);
    g_object_unref (gen);
    g_object_unref (b);
    return rc;
}
