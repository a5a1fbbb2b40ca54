/* export_def_mail.c - the columns of the mail tables (messages, replies,
 * monthly, clients, skipped, markers) and the queries that fill them.
 * Columns only ever get added at the end: a script reading them by
 * position keeps working. */
#include "config.h"
#include "report/export_def.h"

#define N(a) G_N_ELEMENTS (a)
#define KEY_MEANING "the client's key (the [client:KEY] of the configuration, else the domain or address); joins every table to clients"
#define NAME_MEANING "the client's display name"

static const rf_col_t messages[] = {
    { "message_id", RF_COL_TEXT, 0, -1, NULL, "the Message-ID, without angle brackets (one row per distinct one)" },
    { "date_utc", RF_COL_UTC, 1, -1, NULL, "when it was sent (its Date header, else its first Received line); empty when undated" },
    { "from", RF_COL_TEXT, 2, -1, NULL, "the sender's address" },
    { "client", RF_COL_TEXT, 3, -1, NULL, KEY_MEANING "; empty when the message is in no client" },
    { "direction", RF_COL_TEXT, 4, -1, NULL,
      "in (from the client), out (to the client), internal (between our addresses) or none (no client)" },
    { "folder", RF_COL_TEXT, 5, -1, NULL, "the first folder it was found in (present copies, Maildirs and INBOX first)" },
    { "date_local", RF_COL_LOCAL, 1, -1, NULL, "date_utc in our time zone" },
    { "client_name", RF_COL_TEXT, 6, -1, NULL, NAME_MEANING },
    { "subject", RF_COL_TEXT, 7, -1, NULL, "the Subject header, decoded" },
    { "to", RF_COL_TEXT, 8, -1, NULL, "the To addresses, separated by \", \"" },
};

static const rf_col_t replies[] = {
    { "parent_message_id", RF_COL_TEXT, 0, -1, NULL, "the message the clock started from (the first of the block answered)" },
    { "reply_message_id", RF_COL_TEXT, 1, -1, NULL, "the answer" },
    { "client", RF_COL_TEXT, 2, -1, NULL, KEY_MEANING },
    { "direction", RF_COL_TEXT, 3, -1, NULL,
      "client_to_us: the client wrote and we answered (our latency); us_to_client: the other way" },
    { "parent_date_utc", RF_COL_UTC, 4, -1, NULL, "when the clock started" },
    { "reply_date_utc", RF_COL_UTC, 5, -1, NULL, "when the answer was sent" },
    { "latency_seconds", RF_COL_SECONDS, 6, -1, NULL, "wall-clock time to answer (0 for an answer dated up to 15 minutes early)" },
    { "business_latency_seconds", RF_COL_SECONDS, 7, -1, NULL,
      "time to answer counted in the client's working hours, days and holidays" },
    { "client_name", RF_COL_TEXT, 8, -1, NULL, NAME_MEANING },
    { "parent_date_local", RF_COL_LOCAL, 4, -1, NULL, "parent_date_utc in our time zone" },
    { "reply_date_local", RF_COL_LOCAL, 5, -1, NULL, "reply_date_utc in our time zone" },
    { "latency_hours", RF_COL_HOURS, 6, -1, NULL, "latency_seconds in hours" },
    { "business_latency_hours", RF_COL_HOURS, 7, -1, NULL, "business_latency_seconds in hours" },
};

static const rf_col_t monthly[] = {
    { "client", RF_COL_TEXT, 0, -1, NULL, KEY_MEANING },
    { "month", RF_COL_MONTH, 1, -1, NULL, "the calendar month, in the client's time zone" },
    { "inbound", RF_COL_INT, 2, -1, "messages", "conversation messages from the client" },
    { "outbound", RF_COL_INT, 3, -1, "messages", "conversation messages to the client" },
    { "our_latency_median", RF_COL_SECONDS, 4, -1, NULL, "median time we took to answer the client (empty: no answer)" },
    { "our_latency_p90", RF_COL_SECONDS, 5, -1, NULL, "90th percentile of the time we took to answer" },
    { "our_replies", RF_COL_INT, 6, -1, "replies", "answers we gave that month" },
    { "client_latency_median", RF_COL_SECONDS, 7, -1, NULL, "median time the client took to answer us" },
    { "client_latency_p90", RF_COL_SECONDS, 8, -1, NULL, "90th percentile of the time the client took to answer us" },
    { "client_replies", RF_COL_INT, 9, -1, "replies", "answers the client gave that month" },
    { "unanswered_by_us", RF_COL_INT, 10, -1, "messages", "inbound messages left unanswered after grace_days" },
    { "unanswered_by_client", RF_COL_INT, 11, -1, "messages", "outbound messages left unanswered after grace_days" },
    { "after_hours_inbound", RF_COL_INT, 12, -1, "messages",
      "inbound messages sent outside the client's working hours (its time zone)" },
    { "after_hours_outbound", RF_COL_INT, 13, -1, "messages", "outbound messages sent outside our working hours" },
    { "max_inbound_per_day", RF_COL_INT, 14, -1, "messages", "the most inbound messages on one local day" },
    { "as_of", RF_COL_AS_OF, -1, -1, NULL, "the date of the analysis these numbers are as of" },
    { "client_name", RF_COL_TEXT, 15, -1, NULL, NAME_MEANING },
    { "our_latency_median_hours", RF_COL_HOURS, 4, -1, NULL, "our_latency_median in hours" },
    { "our_latency_p90_hours", RF_COL_HOURS, 5, -1, NULL, "our_latency_p90 in hours" },
    { "client_latency_median_hours", RF_COL_HOURS, 7, -1, NULL, "client_latency_median in hours" },
    { "client_latency_p90_hours", RF_COL_HOURS, 8, -1, NULL, "client_latency_p90 in hours" },
};

static const rf_col_t clients[] = {
    { "client_key", RF_COL_TEXT, 0, -1, NULL, "the client's key (the same as client)" },
    { "client", RF_COL_TEXT, 0, -1, NULL, KEY_MEANING },
    { "source", RF_COL_TEXT, 2, -1, NULL,
      "config (a [client:...] group), domain or address (inferred from the mail we wrote)" },
    { "timezone", RF_COL_TEXT, 3, -1, NULL, "the client's IANA time zone" },
    { "agreed_response_seconds", RF_COL_SECONDS, 4, -1, NULL, "the agreed response time (response_hours); empty when none" },
    { "contract_end", RF_COL_DATE, 5, -1, NULL, "the configured contract end; empty when none" },
    { "client_name", RF_COL_TEXT, 1, -1, NULL, NAME_MEANING },
    { "agreed_response_hours", RF_COL_HOURS, 4, -1, NULL, "agreed_response_seconds in hours" },
};

static const rf_col_t skipped[] = {
    { "run_id", RF_COL_INT, 0, -1, NULL, "the run (scan) that skipped the file" },
    { "run_started_utc", RF_COL_UTC, 1, -1, NULL, "when that run started" },
    { "path", RF_COL_TEXT, 2, -1, NULL, "the file (an mbox entry: the mbox file and the entry)" },
    { "kind", RF_COL_TEXT, 3, -1, NULL, "mail, invoice, payment or other" },
    { "reason", RF_COL_TEXT, 4, -1, NULL, "why it could not be used" },
    { "run_started_local", RF_COL_LOCAL, 1, -1, NULL, "run_started_utc in our time zone" },
};

static const rf_col_t markers[] = {
    { "message_id", RF_COL_TEXT, 0, -1, NULL, "the client's message that carries the marker" },
    { "date_utc", RF_COL_UTC, 1, -1, NULL, "when the message was sent" },
    { "client", RF_COL_TEXT, 2, -1, NULL, KEY_MEANING },
    { "category", RF_COL_TEXT, 3, -1, NULL, "abuse, demanding, complaint, ... (doc/markers.md)" },
    { "pattern_id", RF_COL_TEXT, 4, -1, NULL,
      "the pattern that matched (LANG.CATEGORY.NAME), or LANG.CATEGORY.model (LANG.CATEGORY.work.model for a second model) for the trained scorer" },
    { "lang", RF_COL_TEXT, 5, -1, NULL, "the language of the pattern (en, fr, es)" },
    { "matched", RF_COL_TEXT, 6, -1, NULL, "the words matched" },
    { "snippet", RF_COL_TEXT, 7, -1, NULL, "the sentence around them" },
    { "date_local", RF_COL_LOCAL, 1, -1, NULL, "date_utc in our time zone" },
    { "client_name", RF_COL_TEXT, 8, -1, NULL, NAME_MEANING },
};

const rf_export_table_t rf_export_def_mail[] = {
    { "messages", "one row per distinct message: date, sender, client, direction, folder, subject", RF_UNDATED,
      /* The folder shown is the first the message was found in: present
       * copies first, Maildirs before mbox files, INBOX first, then by name.
       * "+": read the messages in storage order and sort them, rather than
       * walk the Message-ID index with a random read per row (300,000
       * messages: 6.2 s -> 1.3 s). */
      "SELECT m.msgid, m.date_utc, m.from_addr, c.key, coalesce(a.direction, 'none'),"
      " (SELECT d.name FROM file f JOIN folder d ON d.id = f.folder_id WHERE f.message_id = m.id"
      "   ORDER BY f.gone_run IS NOT NULL, d.kind != 'maildir', d.name != 'INBOX', d.name LIMIT 1),"
      " c.name, m.subject,"
      " (SELECT group_concat(addr, ', ') FROM (SELECT r.addr FROM message_rcpt r"
      "   WHERE r.message_id = m.id AND r.kind = 'to' ORDER BY r.pos))"
      " FROM message m LEFT JOIN message_attr a ON a.message_id = m.id"
      " LEFT JOIN client c ON c.id = a.client_id ORDER BY +m.msgid",
      FALSE, messages, N (messages) },
    { "replies", "one row per answered block: who waited, how long (wall clock and business)", RF_UNDATED,
      "SELECT p.msgid, m.msgid, c.key, r.direction, p.date_utc, m.date_utc, r.latency_seconds,"
      " r.business_latency_seconds, c.name FROM reply r JOIN message m ON m.id = r.reply_id"
      " JOIN message p ON p.id = r.clock_start_id JOIN client c ON c.id = r.client_id"
      " ORDER BY m.date_utc, m.msgid",
      FALSE, replies, N (replies) },
    { "monthly", "per client and month: counts, latency median/p90, unanswered, after hours", RF_AS_ANALYSED,
      "SELECT c.key, cm.month, cm.inbound, cm.outbound, cm.our_latency_median, cm.our_latency_p90,"
      " cm.our_replies, cm.client_latency_median, cm.client_latency_p90, cm.client_replies,"
      " cm.unanswered_by_us, cm.unanswered_by_client, cm.after_hours_inbound, cm.after_hours_outbound,"
      " cm.max_inbound_per_day, c.name FROM client_month cm JOIN client c ON c.id = cm.client_id"
      " WHERE c.active = 1 ORDER BY c.name, cm.month",
      FALSE, monthly, N (monthly) },
    { "clients", "the clients, configured or inferred", RF_UNDATED,
      "SELECT key, name, source, timezone, response_seconds, contract_end FROM client"
      " WHERE active = 1 ORDER BY name",
      FALSE, clients, N (clients) },
    { "skipped", "every input file skipped, with the reason", RF_UNDATED,
      "SELECT s.run_id, r.started_utc, s.path, s.kind, s.reason FROM skipped s"
      " JOIN run r ON r.id = s.run_id ORDER BY s.run_id, s.id",
      FALSE, skipped, N (skipped) },
    { "markers", "one row per tone or scope marker in client mail, with the matched text", RF_UNDATED,
      "SELECT m.msgid, m.date_utc, c.key, h.category, h.pattern_id, h.lang, h.matched, h.snippet, c.name"
      " FROM marker_hit h JOIN message m ON m.id = h.message_id"
      " JOIN message_attr a ON a.message_id = h.message_id"
      " LEFT JOIN client c ON c.id = a.client_id WHERE a.direction = 'in'"
      " ORDER BY m.date_utc IS NULL, m.date_utc, m.msgid, h.offset, h.pattern_id",
      FALSE, markers, N (markers) },
};
const guint rf_export_def_mail_n = N (rf_export_def_mail);
