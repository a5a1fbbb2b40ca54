/* check_csv_roundtrip.c - what `redflag export` writes reads back as the
 * database holds it. The demo business (fixtures/demo) is scanned once,
 * with two client names changed in a copy of its configuration so that the
 * data holds every case RFC 4180 has: "Créations & Cie, "Le Marais""
 * (accents, a comma, quotes) and "Harbor Bakery<CR><LF>Quay Street<TAB>No. 5"
 * (a line break and a tab); a skipped file in a folder named
 * 'Boîte, "test"' puts the same in a path, and marker evidence carries
 * line breaks of the mail it quotes. Then every table that `export --help`
 * lists is exported as CSV, parsed by the strict RFC 4180 reader below, and
 * compared cell by cell, in order, with the same rows read through SQLite:
 * NULL as an empty field, integers as written, reals within 1e-9 relative,
 * text byte for byte (with --raw: the formula guard has its own test in
 * check_export_columns). The columns read here are the first of each
 * table; the ones added after them are checked there too. Also: TSV (tabs
 * and line breaks become spaces), the BOM (EF BB BF, then the same bytes),
 * and `export --all DIR`. */
#include "config.h"
#include "testlib.h"
#include "money/export_money.h"
#include "money/money_analyze.h"

#include <check.h>
#include <math.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#define DEMO FIXTURES_DIR "/demo"
#define AS_OF "2026-11-20"
#define UTC(x) "strftime('%Y-%m-%dT%H:%M:%SZ', " x ", 'unixepoch')"

static char *tmp, *db, *conf;

/* ---- The reading of the database each export must match: its header,
 * then the same rows through SQLite (dates stored as unix time come out as
 * ISO 8601 UTC; ?1 is the --as-of date). Findings, scores and metrics are
 * the documented views, as a sqlite3 user sees them. */
typedef struct {
    const char *table, *header, *sql;
} table_t;

static char *aging_sql;

static const table_t tables[] = {
    { "messages", "message_id,date_utc,from,client,direction,folder",
      "SELECT m.msgid, " UTC ("m.date_utc") ", m.from_addr, c.key, coalesce(a.direction, 'none'),"
      " (SELECT d.name FROM file f JOIN folder d ON d.id = f.folder_id WHERE f.message_id = m.id"
      "   ORDER BY f.gone_run IS NOT NULL, d.kind != 'maildir', d.name != 'INBOX', d.name LIMIT 1)"
      " FROM message m LEFT JOIN message_attr a ON a.message_id = m.id"
      " LEFT JOIN client c ON c.id = a.client_id ORDER BY m.msgid" },
    { "replies", "parent_message_id,reply_message_id,client,direction,parent_date_utc,reply_date_utc,"
                 "latency_seconds,business_latency_seconds",
      "SELECT p.msgid, m.msgid, c.key, r.direction, " UTC ("p.date_utc") ", " UTC ("m.date_utc") ","
      " r.latency_seconds, r.business_latency_seconds FROM reply r JOIN message m ON m.id = r.reply_id"
      " JOIN message p ON p.id = r.clock_start_id JOIN client c ON c.id = r.client_id"
      " ORDER BY m.date_utc, m.msgid" },
    { "monthly", "client,month,inbound,outbound,our_latency_median,our_latency_p90,our_replies,"
                 "client_latency_median,client_latency_p90,client_replies,unanswered_by_us,"
                 "unanswered_by_client,after_hours_inbound,after_hours_outbound,max_inbound_per_day,as_of",
      "SELECT c.key, cm.month, cm.inbound, cm.outbound, cm.our_latency_median, cm.our_latency_p90,"
      " cm.our_replies, cm.client_latency_median, cm.client_latency_p90, cm.client_replies,"
      " cm.unanswered_by_us, cm.unanswered_by_client, cm.after_hours_inbound, cm.after_hours_outbound,"
      " cm.max_inbound_per_day, ?1 FROM client_month cm JOIN client c ON c.id = cm.client_id"
      " WHERE c.active = 1 ORDER BY c.name, cm.month" },
    { "clients", "client_key,client,source,timezone,agreed_response_seconds,contract_end",
      "SELECT key, key, source, timezone, response_seconds, contract_end FROM client"
      " WHERE active = 1 ORDER BY name" },
    { "skipped", "run_id,run_started_utc,path,kind,reason",
      "SELECT s.run_id, " UTC ("r.started_utc") ", s.path, s.kind, s.reason FROM skipped s"
      " JOIN run r ON r.id = s.run_id ORDER BY s.run_id, s.id" },
    { "invoices", "invoice_number,client,kind,issue_date,due_date,paid_date,currency,amount_minor,"
                  "paid_minor,days_late,status,as_of",
      "SELECT i.number, c.key, i.kind, i.issue_date,"
      " CASE WHEN s.invoice_id IS NULL THEN i.due_date ELSE s.due_date END, s.paid_date,"
      " i.currency, i.amount_minor, COALESCE(s.paid_minor, 0), s.days_late, s.status, ?1"
      " FROM invoice i LEFT JOIN invoice_status s ON s.invoice_id = i.id"
      " LEFT JOIN client c ON c.id = s.client_id ORDER BY i.issue_date, i.number, i.id" },
    /* Attachments of mail: Atelier Garance's Factur-X invoices in the demo's
     * Sent folder. The client is the invoice's, else the message's. */
    { "documents", "message_id,date_utc,client,direction,file_name,kind,use,invoice_number,reason,sha256",
      "SELECT m.msgid, " UTC ("m.date_utc") ", (SELECT c.key FROM client c WHERE c.id = coalesce("
      "   (SELECT s.client_id FROM invoice_status s WHERE s.invoice_id = d.invoice_id),"
      "   (SELECT a.client_id FROM message_attr a WHERE a.message_id = m.id))),"
      " d.direction, d.name, d.kind, d.use, (SELECT i.number FROM invoice i WHERE i.id = d.invoice_id),"
      " d.reason, d.sha256 FROM mail_document d JOIN message m ON m.id = d.message_id"
      " ORDER BY m.date_utc, m.msgid, d.name, d.id" },
    { "markers", "message_id,date_utc,client,category,pattern_id,lang,matched,snippet",
      "SELECT m.msgid, " UTC ("m.date_utc") ", c.key, h.category, h.pattern_id, h.lang, h.matched,"
      " h.snippet FROM marker_hit h JOIN message m ON m.id = h.message_id"
      " JOIN message_attr a ON a.message_id = h.message_id LEFT JOIN client c ON c.id = a.client_id"
      " WHERE a.direction = 'in'"
      " ORDER BY m.date_utc IS NULL, m.date_utc, m.msgid, h.offset, h.pattern_id" },
    /* The buckets are the program's own query (export_money.h), read here
     * straight from SQLite: this test is about the CSV, the money tests
     * check the amounts. */
    { "aging", "client,currency,current,d1_30,d31_60,d61_90,d90_plus,as_of", NULL },
    { "findings", "client,client_name,signal,sign,severity,value,threshold,unit,trend,recent_value,"
                  "previous_value,points,evidence_count,summary,window_since,window_until",
      "SELECT *, (SELECT since FROM finding_window), (SELECT as_of FROM finding_window) FROM v_findings" },
    { "evidence", "client,signal,pos,kind,date,ref,invoice_number,amount_minor,currency,value,detail,as_of",
      "SELECT c.key, f.signal, e.pos, e.kind, e.date,"
      " CASE WHEN e.message_id IS NOT NULL THEN e.ref END, CASE WHEN e.invoice_id IS NOT NULL THEN e.ref END,"
      " e.amount_minor, e.currency, e.value, e.detail, ?1"
      " FROM finding_evidence e JOIN finding f ON f.id = e.finding_id JOIN client c ON c.id = f.client_id"
      " ORDER BY c.key, f.points DESC, f.signal, e.pos" },
    { "scores", "client,client_name,score,recommendation,reason,caution,act_by,contract_end,lang,inbound,"
                "outbound,client_latency_median_s,our_latency_median_s,currency,revenue_minor,"
                "revenue_share,weighted_days_late,max_days_late,overdue_minor,top_findings,"
                "window_since,window_until",
      "SELECT *, (SELECT since FROM finding_window), (SELECT as_of FROM finding_window)"
      " FROM v_client_summary" },
    { "metrics", "client,client_name,month,inbound,outbound,client_latency_median_s,our_latency_median_s,"
                 "unanswered_by_client,unanswered_by_us,after_hours_inbound,after_hours_outbound,"
                 "max_inbound_per_day,marker_hits,shouting_messages,exclaim_messages,currency,"
                 "invoiced_minor,credited_minor,paid_minor,as_of",
      "SELECT *, ?1 FROM v_client_month ORDER BY client, month" },
    /* Every signal measured, fired or not: the numbers every page states. */
    { "measures", "client,signal,value,n,n_of,counts,observations,min_observations,recent_value,"
                  "previous_value,as_of",
      "SELECT c.key, m.signal, m.value, m.n, m.n_of, m.counts, m.observations, m.min_observations,"
      " m.recent_value, m.previous_value, ?1 FROM client_measure m JOIN client c ON c.id = m.client_id"
      " ORDER BY c.key, m.signal" },
};

static const table_t *
table_named (const char *name)
{
    for (size_t i = 0; i < G_N_ELEMENTS (tables); i++)
        if (!strcmp (tables[i].table, name))
            return &tables[i];
    return NULL;
}

/* ---- A strict RFC 4180 reader: records end with CRLF (also the last),
 * a field is either bare (no quote, comma, CR or LF) or quoted, with ""
 * for a quote and anything else, CRLF and LF included, kept as is. */
typedef struct {
    int quoted, doubled, crlf, lf, comma, non_ascii;
} features_t;

static features_t seen;

static void
note_field (const GString *f, gboolean quoted)
{
    if (quoted)
        seen.quoted++;
    if (strstr (f->str, "\""))
        seen.doubled++;
    if (strstr (f->str, "\r\n"))
        seen.crlf++;
    for (const char *p = f->str; *p; p++) {
        if (*p == '\n' && (p == f->str || p[-1] != '\r'))
            seen.lf++;
        if (*p == ',')
            seen.comma++;
        if ((unsigned char) *p >= 0x80)
            seen.non_ascii++;
    }
}

/* Rows of fields (GPtrArray of GPtrArray of char*); NULL and *why set on
 * malformed input. */
static GPtrArray *
csv_parse (const char *s, size_t len, char **why)
{
    GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
    GPtrArray *row = NULL;
    GString *f = g_string_new (NULL);
    size_t i = 0;

    *why = NULL;
    while (i < len) {
        gboolean quoted = FALSE;
        if (!row)
            row = g_ptr_array_new_with_free_func (g_free);
        g_string_truncate (f, 0);
        if (s[i] == '"') {
            quoted = TRUE;
            for (i++;; i++) {
                if (i >= len) {
                    *why = g_strdup_printf ("row %u: quoted field not closed", rows->len + 1);
                    goto bad;
                }
                if (s[i] == '"') {
                    if (i + 1 < len && s[i + 1] == '"') {
                        g_string_append_c (f, '"');
                        i++;
                        continue;
                    }
                    i++;
                    break;
                }
                g_string_append_c (f, s[i]);
            }
        } else {
            for (; i < len && s[i] != ',' && s[i] != '\r'; i++) {
                if (s[i] == '"' || s[i] == '\n') {
                    *why = g_strdup_printf ("row %u, field %u: bare %s", rows->len + 1, row->len + 1,
                                            s[i] == '"' ? "quote" : "LF");
                    goto bad;
                }
                g_string_append_c (f, s[i]);
            }
        }
        note_field (f, quoted);
        g_ptr_array_add (row, g_strdup (f->str));
        if (i < len && s[i] == ',') {
            i++;
            if (i == len) {
                *why = g_strdup ("comma at the end of the file");
                goto bad;
            }
            continue;
        }
        if (i + 1 < len && s[i] == '\r' && s[i + 1] == '\n') {
            i += 2;
            g_ptr_array_add (rows, row);
            row = NULL;
            continue;
        }
        *why = g_strdup_printf ("row %u, field %u: %s after the field", rows->len + 1, row->len,
                                i < len ? "no comma or CRLF" : "no CRLF");
        goto bad;
    }
    g_string_free (f, TRUE);
    return rows;
bad:
    if (row)
        g_ptr_array_unref (row);
    g_ptr_array_unref (rows);
    g_string_free (f, TRUE);
    return NULL;
}

/* TSV: CRLF records, tab-separated, no quoting. */
static GPtrArray *
tsv_parse (const char *s, char **why)
{
    GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
    char **lines;
    guint n;
    *why = NULL;
    if (!g_str_has_suffix (s, "\r\n")) {
        *why = g_strdup ("the last record does not end with CRLF");
        g_ptr_array_unref (rows);
        return NULL;
    }
    lines = g_strsplit (s, "\r\n", -1);
    n = g_strv_length (lines) - 1;             /* after the last CRLF: "" */
    for (guint i = 0; i < n; i++) {
        char **cells = g_strsplit (lines[i], "\t", -1);
        GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
        if (strpbrk (lines[i], "\r\n"))
            *why = g_strdup_printf ("row %u: bare CR or LF", i + 1);
        for (char **c = cells; *c; c++)
            g_ptr_array_add (row, g_strdup (*c));
        g_strfreev (cells);
        g_ptr_array_add (rows, row);
    }
    g_strfreev (lines);
    if (*why) {
        g_ptr_array_unref (rows);
        return NULL;
    }
    return rows;
}

/* ---- The demo, scanned once for all the tests. */
static void
write_config (void)
{
    char *text = t_read (DEMO "/redflag.conf");
    GString *s;
    if (!text)
        g_error ("cannot read %s", DEMO "/redflag.conf");
    s = g_string_new (text);
    /* Key file escapes: \r \n \t become the characters. */
    if (g_string_replace (s, "\nname = Creep & Co\n", "\nname = Créations & Cie, \"Le Marais\"\n", 1) != 1
        || g_string_replace (s, "\nname = Harbor Bakery\n",
                             "\nname = Harbor Bakery\\r\\nQuay Street\\tNo. 5\n", 1) != 1
        || !g_file_set_contents (conf, s->str, -1, NULL))
        g_error ("cannot write %s from the demo's configuration", conf);
    g_string_free (s, TRUE);
    g_free (text);
}

static void
setup_demo (void)
{
    char *out = NULL, *err = NULL, *box, *cur, *junk;
    int rc;
    tmp = t_tmpdir ();
    db = g_build_filename (tmp, "demo.db", NULL);
    conf = g_build_filename (tmp, "redflag.conf", NULL);
    write_config ();
    box = g_build_filename (tmp, "Boîte, \"test\"", NULL);
    cur = g_build_filename (box, "cur", NULL);
    junk = g_build_filename (cur, "1795000000.M1P1Q1.demo:2,S", NULL);
    if (g_mkdir_with_parents (cur, 0755) != 0 || !g_file_set_contents (junk, "", 0, NULL))
        g_error ("cannot write %s", junk);
    rc = t_redflag (&out, &err, NULL, "scan", "--quiet", "--db", db, "--config", conf, "--as-of", AS_OF,
                    DEMO "/mail", box, "--invoices", DEMO "/invoices", "--payments", DEMO "/payments",
                    NULL);
    if (rc != 0)
        g_error ("scan of the demo: exit %d: %s", rc, err);
    aging_sql = g_strdup_printf ("SELECT COALESCE(c.key, ''), a.currency, a.b0, a.b1, a.b2, a.b3, a.b4, ?1"
                                 " FROM (%s) a LEFT JOIN client c ON c.id = a.client_id"
                                 " ORDER BY c.key IS NULL, c.key, a.currency", rf_money_aging_sql);
    g_free (out);
    g_free (err);
    g_free (junk);
    g_free (cur);
    g_free (box);
}

static void
teardown_demo (void)
{
    t_rmtree (tmp);
    g_free (tmp);
    g_free (db);
    g_free (conf);
    g_free (aging_sql);
}

/* `redflag export TABLE --db DB --as-of AS_OF ARGS...`, its bytes. */
static char *
export_bytes (const char *table, const char *a1, const char *a2, size_t *len)
{
    char *out = NULL, *err = NULL;
    int rc = t_redflag (&out, &err, NULL, "export", table, "--db", db, "--as-of", AS_OF, "--raw", a1, a2, NULL);
    ck_assert_msg (rc == 0, "export %s: exit %d: %s", table, rc, err);
    ck_assert_msg (g_utf8_validate (out, -1, NULL), "export %s: not UTF-8", table);
    *len = strlen (out);
    g_free (err);
    return out;
}

/* The table names `export --help` lists, under "Tables:". */
static GPtrArray *
help_tables (void)
{
    char *out = NULL, *err = NULL, **lines;
    GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
    gboolean in = FALSE;
    ck_assert_int_eq (t_redflag (&out, &err, NULL, "export", "--help", NULL), 0);
    lines = g_strsplit (out, "\n", -1);
    for (char **l = lines; *l; l++) {
        if (!strcmp (*l, "Tables:")) {
            in = TRUE;
        } else if (in && g_str_has_prefix (*l, "  ") && g_ascii_isalpha ((*l)[2])) {
            char **w = g_strsplit_set (*l + 2, " ", 2);
            g_ptr_array_add (names, g_strdup (w[0]));
            g_strfreev (w);
        } else if (in) {
            break;
        }
    }
    g_strfreev (lines);
    g_free (out);
    g_free (err);
    return names;
}

/* One cell of the export against one column of SQLite's row. */
static void
compare_cell (const char *table, guint r, int col, const char *name, sqlite3_stmt *q, const char *cell,
              gboolean tsv)
{
    int type = sqlite3_column_type (q, col);
    const char *text = (const char *) sqlite3_column_text (q, col);
    if (type == SQLITE_NULL) {
        ck_assert_msg (*cell == '\0', "%s row %u %s: NULL in the database, '%s' in the export", table, r,
                       name, cell);
    } else if (type == SQLITE_INTEGER) {
        char want[32];
        g_snprintf (want, sizeof want, "%lld", (long long) sqlite3_column_int64 (q, col));
        ck_assert_msg (!strcmp (want, cell), "%s row %u %s: %s in the database, '%s' in the export", table,
                       r, name, want, cell);
    } else if (type == SQLITE_FLOAT) {
        double want = sqlite3_column_double (q, col), got;
        char *end = NULL;
        got = g_ascii_strtod (cell, &end);
        ck_assert_msg (*cell && end && *end == '\0', "%s row %u %s: '%s' is not a number", table, r, name,
                       cell);
        ck_assert_msg (fabs (got - want) <= 1e-9 * MAX (fabs (want), 1e-300) || got == want,
                       "%s row %u %s: %.17g in the database, %s in the export", table, r, name, want, cell);
    } else {
        char *want = g_strdup (text);
        if (tsv)
            g_strdelimit (want, "\t\r\n", ' ');
        ck_assert_msg (!strcmp (want, cell), "%s row %u %s: '%s' in the database, '%s' in the export",
                       table, r, name, want, cell);
        g_free (want);
    }
}

/* Rows parsed from an export against the table's rows in SQLite. */
static void
compare_rows (const table_t *t, GPtrArray *rows, gboolean tsv)
{
    sqlite3 *h = NULL;
    sqlite3_stmt *q = NULL;
    char **header = g_strsplit (t->header, ",", -1);
    guint ncol = g_strv_length (header), r = 1;
    GPtrArray *first;
    int rc;

    ck_assert_msg (rows->len >= 1, "%s: no header", t->table);
    first = rows->pdata[0];
    /* Columns are only ever added at the end: the ones read here come first. */
    ck_assert_msg (first->len >= ncol, "%s: %u columns in the header, expected at least %u", t->table,
                   first->len, ncol);
    for (guint i = 0; i < ncol; i++)
        ck_assert_str_eq ((const char *) first->pdata[i], header[i]);

    ck_assert_int_eq (sqlite3_open_v2 (db, &h, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    ck_assert_msg (sqlite3_prepare_v2 (h, t->sql ? t->sql : aging_sql, -1, &q, NULL) == SQLITE_OK, "%s: %s",
                   t->table, sqlite3_errmsg (h));
    ck_assert_int_eq (sqlite3_column_count (q), (int) ncol);
    if (sqlite3_bind_parameter_count (q) > 0)
        sqlite3_bind_text (q, 1, AS_OF, -1, SQLITE_STATIC);
    while ((rc = sqlite3_step (q)) == SQLITE_ROW) {
        GPtrArray *row;
        ck_assert_msg (r < rows->len, "%s: the export has %u rows, the database more", t->table,
                       rows->len - 1);
        row = rows->pdata[r];
        ck_assert_msg (row->len == first->len, "%s row %u: %u fields, expected %u", t->table, r, row->len,
                       first->len);
        for (guint c = 0; c < ncol; c++)
            compare_cell (t->table, r, c, header[c], q, row->pdata[c], tsv);
        r++;
    }
    ck_assert_int_eq (rc, SQLITE_DONE);
    ck_assert_msg (r == rows->len, "%s: the export has %u rows, the database %u", t->table, rows->len - 1,
                   r - 1);
    sqlite3_finalize (q);
    sqlite3_close (h);
    g_strfreev (header);
}

static void
roundtrip_csv (const table_t *t)
{
    size_t len;
    char *bytes = export_bytes (t->table, "--format", "csv", &len), *why = NULL;
    GPtrArray *rows = csv_parse (bytes, len, &why);
    ck_assert_msg (rows != NULL, "%s: not RFC 4180: %s", t->table, why);
    compare_rows (t, rows, FALSE);
    g_ptr_array_unref (rows);
    g_free (bytes);
}

/* ---- Tests. */

/* Each table of `export --help` has a reading here, and the other way. */
START_TEST (help_lists_the_tables_read_here)
{
    GPtrArray *names = help_tables ();
    ck_assert_uint_eq (names->len, G_N_ELEMENTS (tables));
    for (guint i = 0; i < names->len; i++)
        ck_assert_msg (table_named (names->pdata[i]), "export --help lists '%s', unknown to this test",
                       (char *) names->pdata[i]);
    g_ptr_array_unref (names);
}
END_TEST

START_TEST (csv_roundtrip)
{
    roundtrip_csv (&tables[_i]);
}
END_TEST

/* The exports hold every case the reader has to get right, and every
 * table has rows (an empty table would prove nothing). */
START_TEST (demo_exercises_every_csv_case)
{
    GPtrArray *names = help_tables ();
    memset (&seen, 0, sizeof seen);
    for (guint i = 0; i < names->len; i++) {
        size_t len;
        char *bytes = export_bytes (names->pdata[i], "--format", "csv", &len), *why = NULL;
        GPtrArray *rows = csv_parse (bytes, len, &why);
        ck_assert_msg (rows != NULL, "%s: %s", (char *) names->pdata[i], why);
        ck_assert_msg (rows->len >= 2, "%s: no rows", (char *) names->pdata[i]);
        g_ptr_array_unref (rows);
        g_free (bytes);
    }
    ck_assert_int_gt (seen.quoted, 0);
    ck_assert_int_gt (seen.doubled, 0);
    ck_assert_int_gt (seen.crlf, 0);
    ck_assert_int_gt (seen.lf, 0);
    ck_assert_int_gt (seen.comma, 0);
    ck_assert_int_gt (seen.non_ascii, 0);
    g_ptr_array_unref (names);
}
END_TEST

/* The reader itself, on input written by hand. */
START_TEST (reader_follows_rfc4180)
{
    static const char good[] = "a,\"b,\"\"c\"\"\r\nd\",\r\n\"\",\"é\nx\"\r\n";
    static const char *const bad[] = {
        "a,b\n", "a,é\nx\r\n", "a,\"b\r\n", "a\"b\r\n", "\"a\"b\r\n", "a,b", "a,\r", "a,",
    };
    char *why = NULL;
    GPtrArray *rows = csv_parse (good, strlen (good), &why), *r;
    ck_assert_msg (rows != NULL, "%s", why);
    ck_assert_uint_eq (rows->len, 2);
    r = rows->pdata[0];
    ck_assert_uint_eq (r->len, 3);
    ck_assert_str_eq (r->pdata[0], "a");
    ck_assert_str_eq (r->pdata[1], "b,\"c\"\r\nd");
    ck_assert_str_eq (r->pdata[2], "");
    r = rows->pdata[1];
    ck_assert_uint_eq (r->len, 2);
    ck_assert_str_eq (r->pdata[0], "");
    ck_assert_str_eq (r->pdata[1], "é\nx");
    g_ptr_array_unref (rows);
    for (size_t i = 0; i < G_N_ELEMENTS (bad); i++) {
        rows = csv_parse (bad[i], strlen (bad[i]), &why);
        ck_assert_msg (rows == NULL, "accepted '%s'", bad[i]);
        g_free (why);
    }
}
END_TEST

/* TSV: the same cells, with tabs and line breaks turned into spaces. */
START_TEST (tsv_roundtrip)
{
    static const char *const names[] = { "evidence", "metrics" };
    for (size_t i = 0; i < G_N_ELEMENTS (names); i++) {
        size_t len;
        char *bytes = export_bytes (names[i], "--format", "tsv", &len), *why = NULL;
        GPtrArray *rows = tsv_parse (bytes, &why);
        ck_assert_msg (rows != NULL, "%s: %s", names[i], why);
        compare_rows (table_named (names[i]), rows, TRUE);
        g_ptr_array_unref (rows);
        g_free (bytes);
    }
}
END_TEST

/* --bom: EF BB BF first, then exactly the bytes without it. */
START_TEST (bom_is_three_bytes_and_nothing_else)
{
    size_t n_plain, n_bom;
    char *plain = export_bytes ("scores", "--format", "csv", &n_plain);
    char *bom = export_bytes ("scores", "--bom", NULL, &n_bom);
    ck_assert (n_plain > 0 && (unsigned char) plain[0] != 0xEF);
    ck_assert_uint_eq (n_bom, n_plain + 3);
    ck_assert (memcmp (bom, "\xEF\xBB\xBF", 3) == 0);
    ck_assert (memcmp (bom + 3, plain, n_plain) == 0);
    g_free (plain);
    g_free (bom);
}
END_TEST

/* --all DIR: one TABLE.csv per table of --help, each the table's export. */
START_TEST (all_writes_one_file_per_table)
{
    char *dir = g_build_filename (tmp, "all", NULL), *out = NULL, *err = NULL;
    GPtrArray *names = help_tables ();
    GDir *d;
    guint files = 0;
    int rc = t_redflag (&out, &err, NULL, "export", "--all", dir, "--db", db, "--as-of", AS_OF, "--raw", NULL);
    ck_assert_msg (rc == 0, "export --all: exit %d: %s", rc, err);
    d = g_dir_open (dir, 0, NULL);
    ck_assert_ptr_nonnull (d);
    while (g_dir_read_name (d))
        files++;
    g_dir_close (d);
    ck_assert_uint_eq (files, names->len);
    for (guint i = 0; i < names->len; i++) {
        char *name = g_strdup_printf ("%s.csv", (char *) names->pdata[i]);
        char *path = g_build_filename (dir, name, NULL), *got = NULL, *want;
        size_t len, got_len = 0;
        ck_assert_msg (g_file_get_contents (path, &got, &got_len, NULL), "%s not written", path);
        want = export_bytes (names->pdata[i], "--format", "csv", &len);
        ck_assert_msg (got_len == len && memcmp (got, want, len) == 0, "%s differs from export %s", path,
                       (char *) names->pdata[i]);
        g_free (want);
        g_free (got);
        g_free (path);
        g_free (name);
    }
    t_rmtree (dir);
    g_ptr_array_unref (names);
    g_free (dir);
    g_free (out);
    g_free (err);
}
END_TEST

static Suite *
roundtrip_suite (void)
{
    Suite *s = suite_create ("csv_roundtrip");
    TCase *tc = tcase_create ("reader");
    tcase_add_test (tc, reader_follows_rfc4180);
    suite_add_tcase (s, tc);
    tc = tcase_create ("demo");
    tcase_add_unchecked_fixture (tc, setup_demo, teardown_demo);
    tcase_set_timeout (tc, 120);
    tcase_add_test (tc, help_lists_the_tables_read_here);
    tcase_add_loop_test (tc, csv_roundtrip, 0, G_N_ELEMENTS (tables));
    tcase_add_test (tc, demo_exercises_every_csv_case);
    tcase_add_test (tc, tsv_roundtrip);
    tcase_add_test (tc, bom_is_three_bytes_and_nothing_else);
    tcase_add_test (tc, all_writes_one_file_per_table);
    suite_add_tcase (s, tc);
    return s;
}

int
main (void)
{
    SRunner *sr = srunner_create (roundtrip_suite ());
    int failed;
    srunner_run_all (sr, CK_ENV);
    failed = srunner_ntests_failed (sr);
    srunner_free (sr);
    return failed ? 1 : 0;
}
