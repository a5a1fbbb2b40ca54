/* schema_findings.c - findings, scores and the spreadsheet views (documented
 * in doc/findings.md). All derived: rebuilt by every analysis. client_id is
 * a client.id, not declared as a foreign key so that the analysis can
 * rebuild the client table first. */
#include "store/schema.h"

const char rf_schema_findings_sql[] =
    /* The window the findings were computed over: [since, until), dates. */
    "CREATE TABLE finding_window ("
    "  id INTEGER PRIMARY KEY CHECK (id = 1),"
    "  since TEXT NOT NULL,"
    "  until TEXT NOT NULL,"
    "  recent_since TEXT NOT NULL,"     /* start of the last 90 days */
    "  previous_since TEXT NOT NULL,"   /* start of the 90 days before */
    "  as_of TEXT NOT NULL"
    ") STRICT;"
    /* One row per client and signal that fired (or informs). value and
     * threshold are in unit; recent/previous are the same measure over the
     * last 90 days and the 90 days before, for the trend. */
    "CREATE TABLE finding ("
    "  id INTEGER PRIMARY KEY,"
    "  client_id INTEGER NOT NULL,"
    "  signal TEXT NOT NULL,"
    "  sign TEXT NOT NULL,"
    "  severity TEXT NOT NULL CHECK (severity IN ('info','warning','critical')),"
    "  value REAL,"
    "  threshold REAL,"
    "  unit TEXT NOT NULL,"
    "  trend TEXT NOT NULL CHECK (trend IN ('improving','stable','worsening','unknown')),"
    "  recent_value REAL,"
    "  previous_value REAL,"
    "  points INTEGER NOT NULL,"
    "  evidence_count INTEGER NOT NULL,"
    "  summary TEXT NOT NULL,"
    "  UNIQUE (client_id, signal)"
    ") STRICT;"
    /* What a finding rests on: messages (with the matched text or an
     * excerpt), reply pairs, invoices, or totals. At most a few per finding,
     * the strongest first; evidence_count in finding says how many exist. */
    "CREATE TABLE finding_evidence ("
    "  finding_id INTEGER NOT NULL REFERENCES finding(id) ON DELETE CASCADE,"
    "  pos INTEGER NOT NULL,"
    "  kind TEXT NOT NULL CHECK (kind IN ('message','reply','invoice','total','date')),"
    "  date TEXT,"                      /* ISO 8601 (UTC) or YYYY-MM-DD */
    "  message_id INTEGER,"
    "  invoice_id INTEGER,"
    "  ref TEXT,"                       /* Message-ID or invoice number */
    "  amount_minor INTEGER,"
    "  currency TEXT,"
    "  value REAL,"                     /* seconds, days late, count... */
    "  detail TEXT NOT NULL,"           /* matched text, excerpt or description */
    "  PRIMARY KEY (finding_id, pos)"
    ") STRICT;"
    /* The verdict per client: score 0 (healthy) to 100, and what to do. */
    "CREATE TABLE client_score ("
    "  client_id INTEGER PRIMARY KEY,"
    "  score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),"
    "  raw_points INTEGER NOT NULL,"
    "  recommendation TEXT NOT NULL CHECK (recommendation IN ('keep','watch','renegotiate','exit')),"
    "  reason TEXT NOT NULL,"
    "  caution TEXT,"
    "  act_by TEXT,"                    /* contract end date when configured */
    "  lang TEXT,"                      /* language of the client's mail */
    "  inbound INTEGER NOT NULL,"
    "  outbound INTEGER NOT NULL,"
    "  client_latency_median INTEGER,"  /* seconds: the client answering us */
    "  our_latency_median INTEGER,"     /* seconds: us answering the client */
    "  currency TEXT,"                  /* the client's main invoicing currency */
    "  revenue_minor INTEGER,"
    "  revenue_share REAL,"
    "  weighted_days_late REAL,"
    "  max_days_late INTEGER,"
    "  overdue_minor INTEGER"
    ") STRICT;"
    /* Per client and calendar month (client's time zone for mail), one row
     * joining mail, markers and money: the monthly metrics for spreadsheets.
     * A month with invoices or payments and no mail has a row too. Money is
     * in the client's main currency, payable amounts (tax included). */
    "CREATE VIEW v_client_month AS"
    " WITH months(client_id, month) AS (SELECT client_id, month FROM client_month"
    "  UNION SELECT client_id, period FROM money_client WHERE period <> 'all')"
    " SELECT c.key AS client, c.name AS client_name, k.month,"
    "  COALESCE(cm.inbound, 0) AS inbound, COALESCE(cm.outbound, 0) AS outbound,"
    "  cm.client_latency_median, cm.our_latency_median,"
    "  COALESCE(cm.unanswered_by_client, 0) AS unanswered_by_client,"
    "  COALESCE(cm.unanswered_by_us, 0) AS unanswered_by_us,"
    "  COALESCE(cm.after_hours_inbound, 0) AS after_hours_inbound,"
    "  COALESCE(cm.after_hours_outbound, 0) AS after_hours_outbound,"
    "  COALESCE(cm.max_inbound_per_day, 0) AS max_inbound_per_day,"
    "  COALESCE((SELECT sum(hits) FROM marker_month_category x WHERE x.client_id = c.id"
    "    AND x.month = k.month AND x.category NOT IN ('appreciation','referral')), 0) AS marker_hits,"
    "  COALESCE(mm.shouting, 0) AS shouting_messages,"
    "  COALESCE(mm.exclaim_messages, 0) AS exclaim_messages,"
    "  s.currency, COALESCE(mc.invoiced_minor, 0) AS invoiced_minor,"
    "  COALESCE(mc.credited_minor, 0) AS credited_minor, COALESCE(mc.paid_minor, 0) AS paid_minor"
    " FROM months k JOIN client c ON c.id = k.client_id"
    " LEFT JOIN client_month cm ON cm.client_id = k.client_id AND cm.month = k.month"
    " LEFT JOIN marker_month mm ON mm.client_id = k.client_id AND mm.month = k.month"
    " LEFT JOIN client_score s ON s.client_id = k.client_id"
    " LEFT JOIN money_client mc ON mc.client_id = k.client_id AND mc.currency = s.currency"
    "  AND mc.period = k.month;"
    "CREATE VIEW v_findings AS"
    " SELECT c.key AS client, c.name AS client_name, f.signal, f.sign, f.severity,"
    "  f.value, f.threshold, f.unit, f.trend, f.recent_value, f.previous_value,"
    "  f.points, f.evidence_count, f.summary"
    " FROM finding f JOIN client c ON c.id = f.client_id"
    " ORDER BY c.key, f.points DESC, f.signal;"
    "CREATE VIEW v_client_summary AS"
    " SELECT c.key AS client, c.name AS client_name, s.score, s.recommendation, s.reason,"
    "  s.caution, s.act_by, c.contract_end, s.lang, s.inbound, s.outbound,"
    "  s.client_latency_median, s.our_latency_median, s.currency, s.revenue_minor,"
    "  s.revenue_share, s.weighted_days_late, s.max_days_late, s.overdue_minor,"
    "  (SELECT group_concat(signal, ', ') FROM (SELECT f.signal FROM finding f"
    "    WHERE f.client_id = c.id AND f.points > 0 ORDER BY f.points DESC, f.signal LIMIT 3))"
    "   AS top_findings"
    " FROM client_score s JOIN client c ON c.id = s.client_id"
    " ORDER BY s.score DESC, c.name;";

/* Second step: the numbers behind every finding, stored once so that every
 * page reads the same ones; evidence marked wrong by hand (kept across
 * re-scans and analyses); and a history of the verdicts, one row per client
 * and analysis day, for what changed since the last night. */
const char rf_schema_findings_2_sql[] =
    /* A finding capped at info because it rests on too few observations. */
    "ALTER TABLE finding ADD COLUMN few_data INTEGER NOT NULL DEFAULT 0;"
    /* Every signal measured for a client, whether it fired or not: the
     * value, what it counts (n of n_of, in counts), how many observations
     * it rests on and how many it needs for more than info. */
    "CREATE TABLE client_measure ("
    "  client_id INTEGER NOT NULL,"
    "  signal TEXT NOT NULL,"
    "  value REAL,"
    "  n INTEGER,"
    "  n_of INTEGER,"
    "  counts TEXT NOT NULL,"
    "  observations INTEGER NOT NULL,"
    "  min_observations INTEGER NOT NULL,"
    "  recent_value REAL,"
    "  previous_value REAL,"
    "  PRIMARY KEY (client_id, signal)"
    ") STRICT;"
    /* The window's counts by the client's calendar month: conversation
     * messages each way ('in', 'out') and inbound messages with a marker of
     * each category, as the findings counted them. */
    "CREATE TABLE finding_month ("
    "  client_id INTEGER NOT NULL,"
    "  month TEXT NOT NULL,"
    "  what TEXT NOT NULL,"
    "  n INTEGER NOT NULL,"
    "  PRIMARY KEY (client_id, month, what)"
    ") STRICT;"
    /* Evidence marked wrong ('redflag dismiss'), by stable identities: a
     * message (all its markers, or those of one category), one marker hit
     * (Message-ID, category, pattern id), or an invoice number. '' where a
     * part does not apply. */
    "CREATE TABLE dismissed ("
    "  id INTEGER PRIMARY KEY,"
    "  kind TEXT NOT NULL CHECK (kind IN ('message','hit','invoice')),"
    "  msgid TEXT NOT NULL DEFAULT '',"
    "  category TEXT NOT NULL DEFAULT '',"
    "  pattern_id TEXT NOT NULL DEFAULT '',"
    "  invoice_number TEXT NOT NULL DEFAULT '',"
    "  note TEXT,"
    "  created_utc INTEGER NOT NULL,"
    "  UNIQUE (kind, msgid, category, pattern_id, invoice_number)"
    ") STRICT;"
    /* One row per client and analysis day (the reference date): kept by
     * every analysis, never rebuilt. */
    "CREATE TABLE score_history ("
    "  as_of TEXT NOT NULL,"
    "  client_key TEXT NOT NULL,"
    "  client_name TEXT NOT NULL,"
    "  since TEXT NOT NULL,"
    "  score INTEGER NOT NULL,"
    "  recommendation TEXT NOT NULL,"
    "  PRIMARY KEY (as_of, client_key)"
    ") STRICT;"
    "CREATE TABLE finding_history ("
    "  as_of TEXT NOT NULL,"
    "  client_key TEXT NOT NULL,"
    "  signal TEXT NOT NULL,"
    "  severity TEXT NOT NULL,"
    "  points INTEGER NOT NULL,"
    "  summary TEXT NOT NULL,"
    "  PRIMARY KEY (as_of, client_key, signal)"
    ") STRICT;"
    /* The Message-IDs and invoice numbers behind warning and critical
     * findings that day. */
    "CREATE TABLE evidence_history ("
    "  as_of TEXT NOT NULL,"
    "  client_key TEXT NOT NULL,"
    "  signal TEXT NOT NULL,"
    "  ref TEXT NOT NULL,"
    "  PRIMARY KEY (as_of, client_key, signal, ref)"
    ") STRICT;";
