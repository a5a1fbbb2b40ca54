/* export_def_findings.c - the columns of the analysis tables (findings,
 * evidence, scores, metrics, measures) and the queries that fill them.
 * Findings, scores and metrics read the documented views, as a sqlite3
 * user sees them; the window is repeated on each row so that a sheet
 * pasted elsewhere still says what period it covers. */
#include "config.h"
#include "report/export_def.h"

#define N(a) G_N_ELEMENTS (a)
#define KEY_MEANING "the client's key; joins every table to clients"
#define NAME_MEANING "the client's display name"
#define WINDOW ", (SELECT since FROM finding_window), (SELECT as_of FROM finding_window)"

static const rf_col_t findings[] = {
    { "client", RF_COL_TEXT, 0, -1, NULL, KEY_MEANING },
    { "client_name", RF_COL_TEXT, 1, -1, NULL, NAME_MEANING },
    { "signal", RF_COL_TEXT, 2, -1, NULL, "what was measured (doc/findings.md lists the 28 signals)" },
    { "sign", RF_COL_TEXT, 3, -1, NULL, "the warning sign of the design it belongs to (counter_signal for good signs)" },
    { "severity", RF_COL_TEXT, 4, -1, NULL, "info, warning or critical" },
    { "value", RF_COL_NUMBER, 5, -1, "see unit", "the measure over the window" },
    { "threshold", RF_COL_NUMBER, 6, -1, "see unit", "the threshold it was compared with" },
    { "unit", RF_COL_TEXT, 7, -1, NULL, "the unit of value, threshold, recent_value and previous_value" },
    { "trend", RF_COL_TEXT, 8, -1, NULL, "improving, stable, worsening or unknown (last 90 days against the 90 before)" },
    { "recent_value", RF_COL_NUMBER, 9, -1, "see unit", "the measure over the last 90 days" },
    { "previous_value", RF_COL_NUMBER, 10, -1, "see unit", "the measure over the 90 days before" },
    { "points", RF_COL_INT, 11, -1, "points", "what it adds to the score (0: information only)" },
    { "evidence_count", RF_COL_INT, 12, -1, NULL, "how many pieces of evidence it rests on (export evidence lists them)" },
    { "summary", RF_COL_TEXT, 13, -1, NULL, "the finding in one sentence" },
    { "window_since", RF_COL_DATE, 14, -1, NULL, "the first day of the window" },
    { "window_until", RF_COL_DATE, 15, -1, NULL, "the date the findings are as of" },
};

static const rf_col_t evidence[] = {
    { "client", RF_COL_TEXT, 0, -1, NULL, KEY_MEANING },
    { "signal", RF_COL_TEXT, 1, -1, NULL, "the finding it supports" },
    { "pos", RF_COL_INT, 2, -1, NULL, "its rank within the finding, strongest first (0 is the first)" },
    { "kind", RF_COL_TEXT, 3, -1, NULL, "message, reply, invoice, total or date" },
    { "date", RF_COL_WHEN, 4, -1, NULL, "when: an ISO 8601 UTC date-time (mail) or a day (invoices); empty for totals" },
    { "ref", RF_COL_TEXT, 5, -1, NULL, "the Message-ID, for a message or a reply" },
    { "invoice_number", RF_COL_TEXT, 6, -1, NULL, "the invoice number, for an invoice" },
    { "amount_minor", RF_COL_MINOR, 7, -1, NULL, "the amount concerned, for an invoice or a total" },
    { "currency", RF_COL_TEXT, 8, -1, NULL, "the currency of amount_minor" },
    { "value", RF_COL_NUMBER, 9, -1, "depends on the signal",
      "the number this piece weighs with: seconds for a reply, days late for an invoice, a count for a total" },
    { "detail", RF_COL_TEXT, 10, -1, NULL, "the words matched, an excerpt or a description" },
    { "as_of", RF_COL_AS_OF, -1, -1, NULL, "the date of the analysis" },
    { "client_name", RF_COL_TEXT, 11, -1, NULL, NAME_MEANING },
    { "date_local", RF_COL_WHEN_LOCAL, 4, -1, NULL, "date in our time zone (a day stays a day)" },
    { "amount", RF_COL_AMOUNT, 7, 8, NULL, "amount_minor in the currency" },
};

static const rf_col_t scores[] = {
    { "client", RF_COL_TEXT, 0, -1, NULL, KEY_MEANING },
    { "client_name", RF_COL_TEXT, 1, -1, NULL, NAME_MEANING },
    { "score", RF_COL_INT, 2, -1, "points", "0 (healthy) to 100: the sum of the findings' points" },
    { "recommendation", RF_COL_TEXT, 3, -1, NULL, "keep, watch, renegotiate or exit" },
    { "reason", RF_COL_TEXT, 4, -1, NULL, "why, in one sentence" },
    { "caution", RF_COL_TEXT, 5, -1, NULL, "what to keep in mind (a large share of revenue ...); empty when none" },
    { "act_by", RF_COL_DATE, 6, -1, NULL, "the day to act by (the contract end); empty when none" },
    { "contract_end", RF_COL_DATE, 7, -1, NULL, "the configured contract end" },
    { "lang", RF_COL_TEXT, 8, -1, NULL, "the language of the client's mail (en, fr, es)" },
    { "inbound", RF_COL_INT, 9, -1, "messages", "conversation messages from the client in the window" },
    { "outbound", RF_COL_INT, 10, -1, "messages", "conversation messages to the client in the window" },
    { "client_latency_median_s", RF_COL_SECONDS, 11, -1, NULL, "median time the client took to answer us" },
    { "our_latency_median_s", RF_COL_SECONDS, 12, -1, NULL, "median time we took to answer the client" },
    { "currency", RF_COL_TEXT, 13, -1, NULL, "the client's main invoicing currency" },
    { "revenue_minor", RF_COL_MINOR, 14, -1, NULL, "net invoiced in the window, in that currency" },
    { "revenue_share", RF_COL_SHARE, 15, -1, NULL, "its share of everything invoiced in that currency in the window" },
    { "weighted_days_late", RF_COL_NUMBER, 16, -1, "days", "days late of its invoices, weighted by amount" },
    { "max_days_late", RF_COL_INT, 17, -1, "days", "the most days late of one invoice" },
    { "overdue_minor", RF_COL_MINOR, 18, -1, NULL, "owed and past due on the as-of date" },
    { "top_findings", RF_COL_TEXT, 19, -1, NULL, "the signals that weigh most, separated by \", \"" },
    { "window_since", RF_COL_DATE, 20, -1, NULL, "the first day of the window" },
    { "window_until", RF_COL_DATE, 21, -1, NULL, "the date the scores are as of" },
    { "client_latency_median_hours", RF_COL_HOURS, 11, -1, NULL, "client_latency_median_s in hours" },
    { "our_latency_median_hours", RF_COL_HOURS, 12, -1, NULL, "our_latency_median_s in hours" },
    { "revenue", RF_COL_AMOUNT, 14, 13, NULL, "revenue_minor in the currency" },
    { "overdue", RF_COL_AMOUNT, 18, 13, NULL, "overdue_minor in the currency" },
};

static const rf_col_t metrics[] = {
    { "client", RF_COL_TEXT, 0, -1, NULL, KEY_MEANING },
    { "client_name", RF_COL_TEXT, 1, -1, NULL, NAME_MEANING },
    { "month", RF_COL_MONTH, 2, -1, NULL, "the calendar month, in the client's time zone" },
    { "inbound", RF_COL_INT, 3, -1, "messages", "conversation messages from the client" },
    { "outbound", RF_COL_INT, 4, -1, "messages", "conversation messages to the client" },
    { "client_latency_median_s", RF_COL_SECONDS, 5, -1, NULL, "median time the client took to answer us" },
    { "our_latency_median_s", RF_COL_SECONDS, 6, -1, NULL, "median time we took to answer the client" },
    { "unanswered_by_client", RF_COL_INT, 7, -1, "messages", "outbound messages left unanswered" },
    { "unanswered_by_us", RF_COL_INT, 8, -1, "messages", "inbound messages left unanswered" },
    { "after_hours_inbound", RF_COL_INT, 9, -1, "messages", "inbound messages sent outside the client's working hours" },
    { "after_hours_outbound", RF_COL_INT, 10, -1, "messages", "outbound messages sent outside our working hours" },
    { "max_inbound_per_day", RF_COL_INT, 11, -1, "messages", "the most inbound messages on one local day" },
    { "marker_hits", RF_COL_INT, 12, -1, "hits", "tone and scope marker hits (thanks and referrals not counted)" },
    { "shouting_messages", RF_COL_INT, 13, -1, "messages", "inbound messages mostly in capitals" },
    { "exclaim_messages", RF_COL_INT, 14, -1, "messages", "inbound messages with a burst of !!" },
    { "currency", RF_COL_TEXT, 15, -1, NULL, "the client's main invoicing currency" },
    { "invoiced_minor", RF_COL_MINOR, 16, -1, NULL, "invoiced that month (payable amounts, tax included)" },
    { "credited_minor", RF_COL_MINOR, 17, -1, NULL, "credit notes that month" },
    { "paid_minor", RF_COL_MINOR, 18, -1, NULL, "paid that month" },
    { "as_of", RF_COL_AS_OF, -1, -1, NULL, "the date of the analysis" },
    { "client_latency_median_hours", RF_COL_HOURS, 5, -1, NULL, "client_latency_median_s in hours" },
    { "our_latency_median_hours", RF_COL_HOURS, 6, -1, NULL, "our_latency_median_s in hours" },
    { "invoiced", RF_COL_AMOUNT, 16, 15, NULL, "invoiced_minor in the currency" },
    { "credited", RF_COL_AMOUNT, 17, 15, NULL, "credited_minor in the currency" },
    { "paid", RF_COL_AMOUNT, 18, 15, NULL, "paid_minor in the currency" },
};

static const rf_col_t measures[] = {
    { "client", RF_COL_TEXT, 0, -1, NULL, KEY_MEANING },
    { "signal", RF_COL_TEXT, 1, -1, NULL, "what was measured, fired or not" },
    { "value", RF_COL_NUMBER, 2, -1, "as in findings", "the measure over the window; empty when not measurable" },
    { "n", RF_COL_INT, 3, -1, NULL, "how many of n_of counted (4 of 10 messages)" },
    { "n_of", RF_COL_INT, 4, -1, NULL, "out of how many" },
    { "counts", RF_COL_TEXT, 5, -1, NULL, "what n and n_of count: messages, invoices, replies ..." },
    { "observations", RF_COL_INT, 6, -1, NULL, "the observations the measure rests on" },
    { "min_observations", RF_COL_INT, 7, -1, NULL, "the observations it needs to be more than information" },
    { "recent_value", RF_COL_NUMBER, 8, -1, "as in findings", "the measure over the last 90 days" },
    { "previous_value", RF_COL_NUMBER, 9, -1, "as in findings", "the measure over the 90 days before" },
    { "as_of", RF_COL_AS_OF, -1, -1, NULL, "the date of the analysis" },
    { "client_name", RF_COL_TEXT, 10, -1, NULL, NAME_MEANING },
};

const rf_export_table_t rf_export_def_findings[] = {
    { "findings", "one row per finding: signal, value, threshold, severity, trend, points", RF_AS_ANALYSED,
      "SELECT client, client_name, signal, sign, severity, value, threshold, unit, trend,"
      " recent_value, previous_value, points, evidence_count, summary" WINDOW " FROM v_findings",
      FALSE, findings, N (findings) },
    { "evidence", "what each finding rests on, every piece: messages, replies, invoices, totals", RF_AS_ANALYSED,
      "SELECT c.key, f.signal, e.pos, e.kind, e.date, CASE WHEN e.message_id IS NOT NULL THEN e.ref END,"
      " CASE WHEN e.invoice_id IS NOT NULL THEN e.ref END, e.amount_minor, e.currency, e.value, e.detail, c.name"
      " FROM finding_evidence e JOIN finding f ON f.id = e.finding_id JOIN client c ON c.id = f.client_id"
      " ORDER BY c.key, f.points DESC, f.signal, e.pos",
      FALSE, evidence, N (evidence) },
    { "scores", "one row per client: score, recommendation, reason, revenue share, lateness", RF_AS_ANALYSED,
      "SELECT client, client_name, score, recommendation, reason, caution, act_by, contract_end, lang,"
      " inbound, outbound, client_latency_median, our_latency_median, currency, revenue_minor,"
      " revenue_share, weighted_days_late, max_days_late, overdue_minor, top_findings" WINDOW
      " FROM v_client_summary",
      FALSE, scores, N (scores) },
    { "metrics", "per client and month: mail, markers and money in one row", RF_AS_ANALYSED,
      "SELECT client, client_name, month, inbound, outbound, client_latency_median, our_latency_median,"
      " unanswered_by_client, unanswered_by_us, after_hours_inbound, after_hours_outbound,"
      " max_inbound_per_day, marker_hits, shouting_messages, exclaim_messages, currency,"
      " invoiced_minor, credited_minor, paid_minor FROM v_client_month ORDER BY client, month",
      FALSE, metrics, N (metrics) },
    { "measures", "every signal measured per client, fired or not: value, n of n_of, observations", RF_AS_ANALYSED,
      "SELECT c.key, m.signal, m.value, m.n, m.n_of, m.counts, m.observations, m.min_observations,"
      " m.recent_value, m.previous_value, c.name FROM client_measure m JOIN client c ON c.id = m.client_id"
      " ORDER BY c.key, m.signal",
      FALSE, measures, N (measures) },
};
const guint rf_export_def_findings_n = N (rf_export_def_findings);
