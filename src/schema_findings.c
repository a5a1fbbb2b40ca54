/* schema_findings.c - findings, scores and the spreadsheet views (documented
 * in doc/findings.md). All derived: rebuilt by every analysis. client_id is
 * a client.id, not declared as a foreign key so that the analysis can
 * rebuild the client table first. */
#include "schema.h"

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
    /* Per client and calendar month (client's time zone), one row joining
     * mail, markers and money: the monthly metrics for spreadsheets. */
    "CREATE VIEW v_client_month AS"
    " SELECT c.key AS client, c.name AS client_name, cm.month,"
    "  cm.inbound, cm.outbound,"
    "  cm.client_latency_median, cm.our_latency_median,"
    "  cm.unanswered_by_client, cm.unanswered_by_us,"
    "  cm.after_hours_inbound, cm.after_hours_outbound, cm.max_inbound_per_day,"
    "  COALESCE((SELECT sum(hits) FROM marker_month_category k WHERE k.client_id = c.id"
    "    AND k.month = cm.month AND k.category NOT IN ('appreciation','referral')), 0) AS marker_hits,"
    "  COALESCE(mm.shouting, 0) AS shouting_messages,"
    "  COALESCE(mm.exclaim_messages, 0) AS exclaim_messages,"
    "  s.currency, mc.invoiced_minor, mc.credited_minor, mc.paid_minor"
    " FROM client_month cm JOIN client c ON c.id = cm.client_id"
    " LEFT JOIN marker_month mm ON mm.client_id = cm.client_id AND mm.month = cm.month"
    " LEFT JOIN client_score s ON s.client_id = cm.client_id"
    " LEFT JOIN money_client mc ON mc.client_id = cm.client_id AND mc.currency = s.currency"
    "  AND mc.period = cm.month;"
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
