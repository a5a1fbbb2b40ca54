/* export_findings.c - see export_findings.h. The views of schema_findings.c
 * carry the columns; the window is repeated on each row so that a sheet
 * pasted elsewhere still says what period it covers. */
#include "config.h"
#include "findings/export_findings.h"
#include "mail/export_mail.h"

#define WINDOW ", (SELECT since FROM finding_window), (SELECT as_of FROM finding_window)"

gboolean
rf_export_findings (rf_store_t *st, rf_csv_t *w, GError **err)
{
    static const char *const header[] = {
        "client", "client_name", "signal", "sign", "severity", "value", "threshold", "unit", "trend",
        "recent_value", "previous_value", "points", "evidence_count", "summary", "window_since",
        "window_until", NULL
    };
    static const int utc[] = { -1 };
    return rf_export_query (st, w, header,
        "SELECT client, client_name, signal, sign, severity, value, threshold, unit, trend,"
        " recent_value, previous_value, points, evidence_count, summary" WINDOW " FROM v_findings",
        utc, err);
}

gboolean
rf_export_evidence (rf_store_t *st, rf_csv_t *w, GError **err)
{
    static const char *const header[] = {
        "client", "signal", "pos", "kind", "date", "ref", "invoice_number", "amount_minor", "currency",
        "value", "detail", NULL
    };
    static const int utc[] = { -1 };
    return rf_export_query (st, w, header,
        "SELECT c.key, f.signal, e.pos, e.kind, e.date, CASE WHEN e.message_id IS NOT NULL THEN e.ref END,"
        " CASE WHEN e.invoice_id IS NOT NULL THEN e.ref END, e.amount_minor, e.currency, e.value, e.detail"
        " FROM finding_evidence e JOIN finding f ON f.id = e.finding_id JOIN client c ON c.id = f.client_id"
        " ORDER BY c.key, f.points DESC, f.signal, e.pos", utc, err);
}

gboolean
rf_export_scores (rf_store_t *st, rf_csv_t *w, GError **err)
{
    static const char *const header[] = {
        "client", "client_name", "score", "recommendation", "reason", "caution", "act_by",
        "contract_end", "lang", "inbound", "outbound", "client_latency_median_s", "our_latency_median_s",
        "currency", "revenue_minor", "revenue_share", "weighted_days_late", "max_days_late",
        "overdue_minor", "top_findings", "window_since", "window_until", NULL
    };
    static const int utc[] = { -1 };
    return rf_export_query (st, w, header,
        "SELECT client, client_name, score, recommendation, reason, caution, act_by, contract_end, lang,"
        " inbound, outbound, client_latency_median, our_latency_median, currency, revenue_minor,"
        " revenue_share, weighted_days_late, max_days_late, overdue_minor, top_findings" WINDOW
        " FROM v_client_summary", utc, err);
}

gboolean
rf_export_metrics (rf_store_t *st, rf_csv_t *w, GError **err)
{
    static const char *const header[] = {
        "client", "client_name", "month", "inbound", "outbound", "client_latency_median_s",
        "our_latency_median_s", "unanswered_by_client", "unanswered_by_us", "after_hours_inbound",
        "after_hours_outbound", "max_inbound_per_day", "marker_hits", "shouting_messages",
        "exclaim_messages", "currency", "invoiced_minor", "credited_minor", "paid_minor", NULL
    };
    static const int utc[] = { -1 };
    return rf_export_query (st, w, header,
        "SELECT client, client_name, month, inbound, outbound, client_latency_median, our_latency_median,"
        " unanswered_by_client, unanswered_by_us, after_hours_inbound, after_hours_outbound,"
        " max_inbound_per_day, marker_hits, shouting_messages, exclaim_messages, currency,"
        " invoiced_minor, credited_minor, paid_minor FROM v_client_month ORDER BY client, month",
        utc, err);
}

gboolean
rf_export_measures (rf_store_t *st, rf_csv_t *w, GError **err)
{
    static const char *const header[] = {
        "client", "signal", "value", "n", "n_of", "counts", "observations", "min_observations",
        "recent_value", "previous_value", NULL
    };
    static const int utc[] = { -1 };
    return rf_export_query (st, w, header,
        "SELECT c.key, m.signal, m.value, m.n, m.n_of, m.counts, m.observations, m.min_observations,"
        " m.recent_value, m.previous_value FROM client_measure m JOIN client c ON c.id = m.client_id"
        " ORDER BY c.key, m.signal", utc, err);
}
