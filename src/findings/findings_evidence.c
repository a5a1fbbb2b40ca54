/* findings_evidence.c - what each finding rests on: the messages, reply
 * pairs and invoices to quote, strongest first, every one of them (the
 * pages show the first few). Evidence dismissed by hand is left out. */
#include "config.h"
#include "findings/findings_p.h"

#include <math.h>
#include <string.h>

#include "money/money.h"

gboolean
rf_findings_evidence_add (const fc_ctx_t *c, gint64 finding_id, int pos, const char *kind,
                    const char *date, gint64 message_id, gint64 invoice_id, const char *ref,
                    gint64 amount_minor, const char *currency, double value, gboolean has_value,
                    const char *detail, GError **err)
{
    char *text = g_strdup (detail ? detail : "");
    sqlite3_stmt *q = c->evidence_insert;
    gboolean ok;
    sqlite3_reset (q);
    sqlite3_clear_bindings (q);
    /* Quoted mail keeps its line breaks; evidence is one line. */
    g_strdelimit (text, "\r\n\t\v\f", ' ');
    sqlite3_bind_int64 (q, 1, finding_id);
    sqlite3_bind_int (q, 2, pos);
    sqlite3_bind_text (q, 3, kind, -1, SQLITE_STATIC);
    if (date)
        sqlite3_bind_text (q, 4, date, -1, SQLITE_TRANSIENT);
    if (message_id > 0)
        sqlite3_bind_int64 (q, 5, message_id);
    if (invoice_id > 0)
        sqlite3_bind_int64 (q, 6, invoice_id);
    if (ref)
        sqlite3_bind_text (q, 7, ref, -1, SQLITE_TRANSIENT);
    if (currency) {
        sqlite3_bind_int64 (q, 8, amount_minor);
        sqlite3_bind_text (q, 9, currency, -1, SQLITE_TRANSIENT);
    }
    if (has_value)
        sqlite3_bind_double (q, 10, value);
    sqlite3_bind_text (q, 11, text, -1, SQLITE_STATIC);
    ok = sqlite3_step (q) == SQLITE_DONE;
    if (!ok)
        rf_store_set_error (c->st, err, "storing evidence");
    sqlite3_reset (q);
    g_free (text);
    return ok;
}

/* A detail written from the row instead of the query's column 4: gets
 * the statement and the client (g_free). */
typedef char *(*detail_fn) (const fc_ctx_t *c, const fc_client_t *cl, sqlite3_stmt *q);

/* Run a query whose rows are (date_utc, message_id, msgid, value, detail,
 * ...) and add each row as evidence of the given kind; *count = rows. The
 * query binds ?1 client id, ?2 window start, ?3 window end. */
static gboolean
message_rows_with (const fc_ctx_t *c, const fc_client_t *cl, gint64 finding_id, const char *kind,
                   const char *sql, const char *extra, detail_fn fn, gint64 *count, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (c->st, sql, err);
    gboolean ok = TRUE;
    int rc, pos = 0;
    if (!q)
        return FALSE;
    sqlite3_bind_int64 (q, 1, cl->id);
    sqlite3_bind_int64 (q, 2, c->start[FP_WINDOW]);
    sqlite3_bind_int64 (q, 3, c->end[FP_WINDOW]);
    if (extra)
        sqlite3_bind_text (q, 4, extra, -1, SQLITE_STATIC);
    *count = 0;
    while (ok && (rc = sqlite3_step (q)) == SQLITE_ROW) {
        char date[32], *detail = fn ? fn (c, cl, q) : NULL;
        (*count)++;
        rf_format_utc (sqlite3_column_int64 (q, 0), date);
        ok = rf_findings_evidence_add (c, finding_id, pos++, kind, date, sqlite3_column_int64 (q, 1), 0,
                                 (const char *) sqlite3_column_text (q, 2), 0, NULL,
                                 sqlite3_column_double (q, 3), sqlite3_column_type (q, 3) != SQLITE_NULL,
                                 detail ? detail : (const char *) sqlite3_column_text (q, 4), err);
        g_free (detail);
    }
    if (ok && rc != SQLITE_DONE) {
        rf_store_set_error (c->st, err, "reading evidence");
        ok = FALSE;
    }
    sqlite3_finalize (q);
    return ok;
}

static gboolean
message_rows (const fc_ctx_t *c, const fc_client_t *cl, gint64 finding_id, const char *kind,
              const char *sql, const char *extra, gint64 *count, GError **err)
{
    return message_rows_with (c, cl, finding_id, kind, sql, extra, NULL, count, err);
}

/* A moment as local time with its zone: "2026-11-09 18:50 CET" (g_free). */
static char *
local_time (GTimeZone *tz, gint64 t)
{
    GDateTime *u = g_date_time_new_from_unix_utc (t), *l;
    char *s;
    if (!u)
        return g_strdup ("?");
    l = g_date_time_to_timezone (u, tz);
    s = g_date_time_format (l, "%Y-%m-%d %H:%M %Z");
    g_date_time_unref (l);
    g_date_time_unref (u);
    return s;
}

/* fw: the conversation messages of the periods; fh: the marker hits of
 * the inbound ones (findings_load.c). */
#define WINDOW_IN "m.client_id = ?1 AND m.date_utc >= ?2 AND m.date_utc < ?3"

/* The strongest hit of each message, the first in its text among equals:
 * its matched text and the sentence. */
gboolean
rf_findings_evidence_markers (const fc_ctx_t *c, const fc_client_t *cl, gint64 finding_id,
                        const char *category, gint64 *count, GError **err)
{
    return message_rows (c, cl, finding_id, "message",
        "SELECT m.date_utc, m.id, m.msgid, h.weight, '\"' || h.matched || '\": ' || h.snippet"
        " FROM (SELECT *, row_number() OVER (PARTITION BY message_id"
        "   ORDER BY weight DESC, offset, pattern_id) AS rank FROM fh"
        "   WHERE client_id = ?1 AND category = ?4 AND date_utc >= ?2 AND date_utc < ?3) h"
        " JOIN fw m ON m.id = h.message_id WHERE h.rank = 1"
        " ORDER BY h.weight DESC, m.date_utc DESC, m.id", category, count, err);
}

gboolean
rf_findings_ev_shouting (const fc_ctx_t *c, const fc_client_t *cl, gint64 id, gint64 *n, GError **err)
{
    return message_rows (c, cl, id, "message",
        "SELECT m.date_utc, m.id, m.msgid, m.shout_ratio,"
        " printf('%d %% of words in capitals, %s: %s', CAST(round(100 * COALESCE(m.shout_ratio, 0)) AS INTEGER),"
        "   CASE m.exclaim_bursts WHEN 1 THEN '1 run of \"!!\"' ELSE m.exclaim_bursts || ' runs of \"!!\"' END,"
        "   COALESCE(m.subject, '(no subject)'))"
        " FROM fw m WHERE " WINDOW_IN " AND m.direction = 'in' AND m.dismissed = 0"
        " AND (COALESCE(m.shout_ratio, 0) >= 0.5 OR m.exclaim_bursts > 0)"
        " ORDER BY COALESCE(m.shout_ratio, 0) + m.exclaim_bursts DESC, m.date_utc DESC, m.id", NULL, n, err);
}

/* "asked 2026-07-15 10:00 CEST, answered after 12.0 days: subject", in the
 * client's time zone. Columns 4 subject, 5 the asking message's date. */
static char *
latency_detail (const fc_ctx_t *c, const fc_client_t *cl, sqlite3_stmt *q)
{
    char *when = local_time (cl->tz, sqlite3_column_int64 (q, 5));
    char *d = rf_findings_format_duration (sqlite3_column_int64 (q, 3)), *s;
    (void) c;
    s = g_strdup_printf ("asked %s, answered after %s: %s", when, d,
                         sqlite3_column_text (q, 4) ? (const char *) sqlite3_column_text (q, 4) : "(no subject)");
    g_free (when);
    g_free (d);
    return s;
}

static gboolean
latency_rows (const fc_ctx_t *c, const fc_client_t *cl, gint64 id, const char *direction, gint64 *n,
              GError **err)
{
    /* The slowest answers: the message waited on and how long it waited. */
    return message_rows_with (c, cl, id, "reply",
        "SELECT m.date_utc, m.id, m.msgid, r.latency_seconds, p.subject, p.date_utc"
        " FROM fw m JOIN reply r ON r.reply_id = m.id JOIN message p ON p.id = r.clock_start_id"
        " WHERE " WINDOW_IN " AND r.direction = ?4"
        " ORDER BY r.latency_seconds DESC, m.date_utc DESC, m.id", direction, latency_detail, n, err);
}

gboolean
rf_findings_ev_client_latency (const fc_ctx_t *c, const fc_client_t *cl, gint64 id, gint64 *n, GError **err)
{
    return latency_rows (c, cl, id, "us_to_client", n, err);
}

gboolean
rf_findings_ev_our_latency (const fc_ctx_t *c, const fc_client_t *cl, gint64 id, gint64 *n, GError **err)
{
    return latency_rows (c, cl, id, "client_to_us", n, err);
}

gboolean
rf_findings_ev_unanswered (const fc_ctx_t *c, const fc_client_t *cl, gint64 id, gint64 *n, GError **err)
{
    return message_rows (c, cl, id, "message",
        "SELECT m.date_utc, m.id, m.msgid, NULL, 'never answered: ' || COALESCE(m.subject, '(no subject)')"
        " FROM fw m WHERE " WINDOW_IN " AND m.direction = 'out' AND m.answer = 'unanswered'"
        " AND m.parent_in = 0 AND m.dismissed = 0"
        " ORDER BY m.date_utc DESC, m.id", NULL, n, err);
}

/* "sent at 18:50 CET, after 18:00: subject": our local time of day and
 * why it counts, by our working hours (the evidence's date says the day). */
static char *
after_hours_detail (const fc_ctx_t *c, const fc_client_t *cl, sqlite3_stmt *q)
{
    const rf_hours_t *h = &c->cfg->hours;
    gint64 t = sqlite3_column_int64 (q, 0);
    char *when = local_time (h->tz, t), *why = rf_findings_why_after_hours (h, t), *s;
    (void) cl;
    s = g_strdup_printf ("sent at %s, %s: %s", strlen (when) > 11 ? when + 11 : when, why,
                         sqlite3_column_text (q, 4) ? (const char *) sqlite3_column_text (q, 4) : "(no subject)");
    g_free (when);
    g_free (why);
    return s;
}

gboolean
rf_findings_ev_after_hours (const fc_ctx_t *c, const fc_client_t *cl, gint64 id, gint64 *n, GError **err)
{
    return message_rows_with (c, cl, id, "message",
        "SELECT m.date_utc, m.id, m.msgid, NULL, m.subject"
        " FROM fw m WHERE " WINDOW_IN " AND m.direction = 'out' AND m.after_hours = 1 AND m.dismissed = 0"
        " ORDER BY m.date_utc DESC, m.id", NULL, after_hours_detail, n, err);
}

gboolean
rf_findings_ev_bursts (const fc_ctx_t *c, const fc_client_t *cl, gint64 id, gint64 *n, GError **err)
{
    char limit[32];
    g_snprintf (limit, sizeof limit, "%.0f", rf_findings_threshold (c, cl, "burst", "messages_per_day", 5));
    return message_rows (c, cl, id, "date",
        "SELECT min(m.date_utc), NULL, NULL, count(*),"
        " printf('%d messages from them on %s', count(*), m.local_day)"
        " FROM fw m WHERE " WINDOW_IN " AND m.direction = 'in' AND m.local_day IS NOT NULL"
        " GROUP BY m.local_day HAVING count(*) >= CAST(?4 AS INTEGER)"
        " ORDER BY count(*) DESC, m.local_day DESC", limit, n, err);
}

gboolean
rf_findings_ev_unbilled_scope (const fc_ctx_t *c, const fc_client_t *cl, gint64 id, gint64 *n, GError **err)
{
    /* Amounts in the client's currency, with its own number of decimals. */
    int exp = cl->currency ? MAX (rf_currency_exponent (cl->currency), 0) : 2;
    char *sql = g_strdup_printf (
        "SELECT m.date_utc, m.id, m.msgid, NULL,"
        " '\"' || (SELECT h.matched FROM fh h WHERE h.message_id = m.id AND h.category = 'scope_change'"
        "   ORDER BY h.weight DESC, h.offset, h.pattern_id LIMIT 1) || '\"; invoiced (net) 60 days before: ' ||"
        " printf('%%.%df', (SELECT COALESCE(sum(i.net_minor), 0) FROM invoice i JOIN invoice_status s ON s.invoice_id = i.id"
        "   WHERE s.client_id = m.client_id AND i.doc_class = 'debit' AND s.status NOT IN ('replaced','not_issued')"
        "   AND i.issue_date >= date(m.date_utc - 60*86400, 'unixepoch') AND i.issue_date < date(m.date_utc, 'unixepoch')) / %g)"
        " || ', 60 days after: ' ||"
        " printf('%%.%df', (SELECT COALESCE(sum(i.net_minor), 0) FROM invoice i JOIN invoice_status s ON s.invoice_id = i.id"
        "   WHERE s.client_id = m.client_id AND i.doc_class = 'debit' AND s.status NOT IN ('replaced','not_issued')"
        "   AND i.issue_date >= date(m.date_utc, 'unixepoch') AND i.issue_date < date(m.date_utc + 60*86400, 'unixepoch')) / %g)"
        " FROM fw m WHERE " WINDOW_IN " AND m.direction = 'in' AND m.date_utc + 60*86400 <= ?3"
        " AND m.id IN (SELECT h.message_id FROM fh h WHERE h.category = 'scope_change')"
        " ORDER BY m.date_utc DESC, m.id", exp, pow (10, exp), exp, pow (10, exp));
    gboolean ok = message_rows (c, cl, id, "message", sql, NULL, n, err);
    g_free (sql);
    return ok;
}

/* An invoice marked wrong by hand is no evidence. */
#define NOT_DISMISSED "i.number NOT IN (SELECT invoice_number FROM dismissed WHERE kind = 'invoice')"
/* The message of ours that carried the invoice (mail_document): the first
 * such message with a date. Else NULL. */
#define SENT_MSG "(SELECT m.id FROM mail_document d JOIN message m ON m.id = d.message_id" \
    " WHERE d.invoice_id = i.id AND d.use = 'our_invoice' AND m.date_utc IS NOT NULL" \
    " ORDER BY m.date_utc, m.id LIMIT 1)"
/* Columns 7-9 of an invoice row: the day that message was sent (our local
 * day, since we wrote it), and when it answered a stored message, that
 * message's id and subject. */
#define SENT_COLUMNS ", date(sm.date_utc + 60 * COALESCE(sm.tz_offset_min, 0), 'unixepoch'), sp.id, sp.subject"
#define SENT_JOINS " LEFT JOIN message sm ON sm.id = " SENT_MSG \
    " LEFT JOIN message sp ON sp.msgid = sm.in_reply_to AND sp.id != sm.id"

/* Subjects quoted in invoice evidence are cut to this many characters. */
#define SUBJECT_MAX 60

/* The detail of an invoice row: column 6, after "sent on DAY, " or "sent
 * on DAY in reply to "SUBJECT", " when the invoice went out in our mail
 * (g_free). */
static char *
invoice_detail (sqlite3_stmt *q)
{
    const char *detail = (const char *) sqlite3_column_text (q, 6);
    GString *o;
    if (sqlite3_column_count (q) < 10 || sqlite3_column_type (q, 7) == SQLITE_NULL)
        return g_strdup (detail ? detail : "");
    o = g_string_new ("sent on ");
    g_string_append (o, (const char *) sqlite3_column_text (q, 7));
    if (sqlite3_column_type (q, 8) != SQLITE_NULL) {
        char *subject = rf_findings_quote_subject ((const char *) sqlite3_column_text (q, 9), SUBJECT_MAX);
        if (*subject)
            g_string_append_printf (o, " in reply to \"%s\"", subject);
        else
            g_string_append (o, " in reply to a message without subject");
        g_free (subject);
    }
    g_string_append_printf (o, ", %s", detail ? detail : "");
    return g_string_free (o, FALSE);
}

/* Invoice rows: (invoice id, number, date, amount, currency, value, detail),
 * optionally followed by SENT_COLUMNS. */
static gboolean
invoice_rows (const fc_ctx_t *c, const fc_client_t *cl, gint64 finding_id, const char *sql,
              gint64 *count, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (c->st, sql, err);
    char since[16], until[16];
    gboolean ok = TRUE;
    int rc, pos = 0;
    if (!q)
        return FALSE;
    rf_format_date (c->start[FP_WINDOW], since);
    rf_format_date (c->end[FP_WINDOW], until);
    sqlite3_bind_int64 (q, 1, cl->id);
    sqlite3_bind_text (q, 2, since, -1, SQLITE_STATIC);
    sqlite3_bind_text (q, 3, until, -1, SQLITE_STATIC);
    sqlite3_bind_text (q, 4, cl->currency ? cl->currency : "", -1, SQLITE_STATIC);
    *count = 0;
    while (ok && (rc = sqlite3_step (q)) == SQLITE_ROW) {
        char *detail = invoice_detail (q);
        (*count)++;
        ok = rf_findings_evidence_add (c, finding_id, pos++, "invoice", (const char *) sqlite3_column_text (q, 2),
                                 0, sqlite3_column_int64 (q, 0), (const char *) sqlite3_column_text (q, 1),
                                 sqlite3_column_int64 (q, 3), (const char *) sqlite3_column_text (q, 4),
                                 sqlite3_column_double (q, 5), sqlite3_column_type (q, 5) != SQLITE_NULL,
                                 detail, err);
        g_free (detail);
    }
    if (ok && rc != SQLITE_DONE) {
        rf_store_set_error (c->st, err, "reading invoice evidence");
        ok = FALSE;
    }
    sqlite3_finalize (q);
    return ok;
}

gboolean
rf_findings_ev_late_invoices (const fc_ctx_t *c, const fc_client_t *cl, gint64 id, gint64 *n, GError **err)
{
    return invoice_rows (c, cl, id,
        "SELECT i.id, i.number, s.due_date, i.amount_minor, i.currency, s.days_late,"
        " printf('due %s, paid %s: %d day%s late', s.due_date, s.paid_date, s.days_late,"
        "   CASE s.days_late WHEN 1 THEN '' ELSE 's' END)" SENT_COLUMNS
        " FROM invoice i JOIN invoice_status s ON s.invoice_id = i.id" SENT_JOINS
        " WHERE s.client_id = ?1 AND s.due_date >= ?2 AND s.due_date < ?3 AND i.currency = ?4"
        " AND i.doc_class = 'debit' AND s.days_late > 0 AND " NOT_DISMISSED
        " ORDER BY s.days_late DESC, s.due_date DESC, i.number, i.id", n, err);
}

gboolean
rf_findings_ev_overdue (const fc_ctx_t *c, const fc_client_t *cl, gint64 id, gint64 *n, GError **err)
{
    return invoice_rows (c, cl, id,
        "SELECT i.id, i.number, s.due_date, s.open_minor, i.currency, s.days_overdue,"
        " printf('due %s, still open: %d day%s past due', s.due_date, s.days_overdue,"
        "   CASE s.days_overdue WHEN 1 THEN '' ELSE 's' END)" SENT_COLUMNS
        " FROM invoice i JOIN invoice_status s ON s.invoice_id = i.id" SENT_JOINS
        " WHERE s.client_id = ?1 AND ?2 IS NOT NULL AND ?3 IS NOT NULL AND i.currency = ?4"
        " AND s.status = 'overdue' AND " NOT_DISMISSED
        " ORDER BY s.days_overdue DESC, i.number, i.id", n, err);
}

gboolean
rf_findings_ev_credit_notes (const fc_ctx_t *c, const fc_client_t *cl, gint64 id, gint64 *n, GError **err)
{
    return invoice_rows (c, cl, id,
        "SELECT i.id, i.number, i.issue_date, i.net_minor, i.currency, NULL,"
        " 'credit note' || COALESCE(' for ' || (SELECT group_concat(r.ref_number, ', ') FROM invoice_ref r"
        "   WHERE r.invoice_id = i.id), '') || COALESCE(': ' || i.note, '')"
        " FROM invoice i JOIN invoice_status s ON s.invoice_id = i.id"
        " WHERE s.client_id = ?1 AND i.issue_date >= ?2 AND i.issue_date < ?3 AND i.currency = ?4"
        " AND i.doc_class = 'credit' AND s.status NOT IN ('replaced','not_issued') AND " NOT_DISMISSED
        " ORDER BY i.net_minor DESC, i.issue_date DESC, i.number, i.id", n, err);
}

gboolean
rf_findings_ev_totals (const fc_ctx_t *c, const fc_client_t *cl, gint64 id, gint64 *n, GError **err)
{
    gint64 msgs = cl->in[FP_WINDOW] + cl->out[FP_WINDOW];
    gint64 revenue = cl->invoiced[FP_WINDOW] - cl->credited[FP_WINDOW];
    char *a = rf_findings_format_money (revenue, cl->currency ? cl->currency : c->main_currency);
    char *b = rf_findings_format_money (c->total_revenue, c->main_currency);
    char *d1 = g_strdup_printf ("%" G_GINT64_FORMAT " of %" G_GINT64_FORMAT
                                " conversation messages with clients (%" G_GINT64_FORMAT " from them, %"
                                G_GINT64_FORMAT " from us)", msgs, c->total_messages,
                                cl->in[FP_WINDOW], cl->out[FP_WINDOW]);
    char *d2 = g_strdup_printf ("net revenue %s of %s", a, b);
    gboolean ok = rf_findings_evidence_add (c, id, 0, "total", NULL, 0, 0, NULL, 0, NULL, (double) msgs, TRUE,
                                      d1, err)
                  && rf_findings_evidence_add (c, id, 1, "total", NULL, 0, 0, NULL, revenue,
                                         cl->currency ? cl->currency : c->main_currency, 0, FALSE, d2, err);
    *n = 2;
    g_free (a);
    g_free (b);
    g_free (d1);
    g_free (d2);
    return ok;
}

gboolean
rf_findings_ev_contract_end (const fc_ctx_t *c, const fc_client_t *cl, gint64 id, gint64 *n, GError **err)
{
    char day[16];
    rf_format_date (cl->contract_end, day);
    *n = 1;
    return rf_findings_evidence_add (c, id, 0, "date", day, 0, 0, NULL, 0, NULL, 0, FALSE,
                               "contract end date (configuration)", err);
}
