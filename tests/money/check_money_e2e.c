/* check_money_e2e.c - rf_money_ingest, rf_money_analyze and the exports
 * against a temporary database, on the fixtures of fixtures/invoices and
 * fixtures/payments. Every expected number is worked out by hand in
 * fixtures/invoices/README.md; the arithmetic is repeated in comments. */
#include "config.h"

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>

#include "money/export_money.h"
#include "money/money_analyze.h"
#include "money/money_ingest.h"
#include "base/rfconfig.h"
#include "store/store.h"
#include "base/util.h"

typedef struct {
    char *dir;
    rf_store_t *st;
} db_t;

static db_t *
db_new (void)
{
    db_t *d = g_new0 (db_t, 1);
    GError *err = NULL;
    char *path;
    d->dir = g_dir_make_tmp ("redflag-money-XXXXXX", &err);
    ck_assert_msg (d->dir != NULL, "%s", err ? err->message : "");
    path = g_build_filename (d->dir, "t.db", NULL);
    d->st = rf_store_open (path, RF_STORE_WRITE, &err);
    ck_assert_msg (d->st != NULL, "%s", err ? err->message : "");
    g_free (path);
    return d;
}

static void
db_free (db_t *d)
{
    GDir *dir;
    const char *name;
    rf_store_close (d->st);
    dir = g_dir_open (d->dir, 0, NULL);
    while (dir && (name = g_dir_read_name (dir))) {
        char *p = g_build_filename (d->dir, name, NULL);
        g_unlink (p);
        g_free (p);
    }
    if (dir)
        g_dir_close (dir);
    g_rmdir (d->dir);
    g_free (d->dir);
    g_free (d);
}

static rf_money_result_t
ingest (db_t *d, const char *sub, const char *name, const char **kind, char **reason)
{
    char *path = g_build_filename (FIXTURES_DIR, sub, name, NULL), *data = NULL;
    gsize len = 0;
    rf_money_result_t r;
    GError *err = NULL;
    ck_assert (g_file_get_contents (path, &data, &len, NULL));
    ck_assert_msg (rf_money_ingest (d->st, path, data, len, &r, kind, reason, &err), "%s",
                   err ? err->message : "");
    g_free (data);
    g_free (path);
    return r;
}

/* Ingest every .xml file of a fixture folder in name order. */
static void
ingest_dir (db_t *d, const char *sub)
{
    char *path = g_build_filename (FIXTURES_DIR, sub, NULL);
    GDir *dir = g_dir_open (path, 0, NULL);
    GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
    const char *n;
    while (dir && (n = g_dir_read_name (dir)))
        if (g_str_has_suffix (n, ".xml"))
            g_ptr_array_add (names, g_strdup (n));
    g_dir_close (dir);
    g_ptr_array_sort (names, rf_compare_string_ptrs);
    for (guint i = 0; i < names->len; i++) {
        const char *kind;
        char *reason = NULL;
        rf_money_result_t r = ingest (d, sub, g_ptr_array_index (names, i), &kind, &reason);
        ck_assert_msg (r == RF_MONEY_STORED, "%s: %d %s", (char *) g_ptr_array_index (names, i), r,
                       reason ? reason : "");
        g_free (reason);
    }
    g_ptr_array_unref (names);
    g_free (path);
}

static void
ingest_all (db_t *d)
{
    GError *err = NULL;
    ck_assert (rf_store_begin (d->st, &err));
    ingest_dir (d, "invoices");
    ingest_dir (d, "payments");
    ck_assert (rf_store_commit (d->st, &err));
}

static rf_config_t *
fixture_config (void)
{
    char *path = g_build_filename (FIXTURES_DIR, "invoices", "redflag.conf", NULL);
    GError *err = NULL;
    rf_config_t *cfg = rf_config_load (path, NULL, &err);
    ck_assert_msg (cfg != NULL, "%s", err ? err->message : "");
    g_free (path);
    return cfg;
}

/* What the analysis step does before calling us: one row per configured
 * client (ids fixed here so the test can name them). */
static void
add_config_clients (db_t *d)
{
    GError *err = NULL;
    ck_assert (rf_store_exec (d->st,
        "INSERT INTO client(id, key, name, source) VALUES (1, 'acme', 'ACME Corp', 'config'),"
        " (2, 'globex', 'Globex Corporation', 'config'), (3, 'initech', 'Initech', 'config')", &err));
}

static void
analyze (db_t *d, const rf_config_t *cfg, const char *as_of)
{
    GError *err = NULL;
    gint64 t;
    ck_assert (rf_parse_date (as_of, &t));
    ck_assert (rf_store_begin (d->st, &err));
    ck_assert_msg (rf_money_analyze (d->st, cfg, t, &err), "%s", err ? err->message : "");
    ck_assert (rf_store_commit (d->st, &err));
}

static gint64
qint (db_t *d, const char *fmt, ...)
{
    va_list ap;
    char *sql;
    gint64 v;
    va_start (ap, fmt);
    sql = g_strdup_vprintf (fmt, ap);
    va_end (ap);
    v = rf_store_query_int (d->st, sql, G_MININT64);
    ck_assert_msg (v != G_MININT64, "no value: %s", sql);
    g_free (sql);
    return v;
}

/* One text value (g_free), or NULL for SQL NULL / no row. */
static char *
qtext (db_t *d, const char *sql)
{
    sqlite3_stmt *s = rf_store_prepare (d->st, sql, NULL);
    char *v = NULL;
    ck_assert_msg (s != NULL, "%s", sql);
    if (sqlite3_step (s) == SQLITE_ROW && sqlite3_column_type (s, 0) != SQLITE_NULL)
        v = g_strdup ((const char *) sqlite3_column_text (s, 0));
    sqlite3_finalize (s);
    return v;
}

static double
qreal (db_t *d, const char *sql)
{
    sqlite3_stmt *s = rf_store_prepare (d->st, sql, NULL);
    double v = NAN;
    ck_assert_msg (s != NULL, "%s", sql);
    if (sqlite3_step (s) == SQLITE_ROW && sqlite3_column_type (s, 0) != SQLITE_NULL)
        v = sqlite3_column_double (s, 0);
    sqlite3_finalize (s);
    return v;
}

#define ck_assert_text(d, sql, expected)                            \
    do {                                                            \
        char *_v = qtext ((d), (sql));                              \
        ck_assert_msg (g_strcmp0 (_v, (expected)) == 0,             \
                       "%s: got %s, expected %s", (sql),            \
                       _v ? _v : "NULL", (expected) ? (expected) : "NULL"); \
        g_free (_v);                                                \
    } while (0)

#define ck_assert_real(d, sql, expected)                            \
    do {                                                            \
        double _v = qreal ((d), (sql));                             \
        ck_assert_msg (fabs (_v - (expected)) < 1e-6,               \
                       "%s: got %.9f, expected %.9f", (sql), _v, (double) (expected)); \
    } while (0)

static char *
export (db_t *d, gboolean aging, const char *as_of)
{
    char *buf = NULL;
    size_t size = 0;
    FILE *f = open_memstream (&buf, &size);
    rf_csv_t w;
    GError *err = NULL;
    gint64 t = 0;
    rf_csv_init (&w, f, RF_CSV, FALSE);
    if (aging) {
        ck_assert (rf_parse_date (as_of, &t));
        ck_assert_msg (rf_export_aging (d->st, &w, t, &err), "%s", err ? err->message : "");
    } else {
        ck_assert_msg (rf_export_invoices (d->st, &w, &err), "%s", err ? err->message : "");
    }
    fclose (f);
    return buf;
}

/* ---- ingestion */

START_TEST (test_ingest_counts_and_duplicates)
{
    db_t *d = db_new ();
    const char *kind;
    char *reason = NULL;
    ingest_all (d);
    /* 13 documents: INV-2026-001..003, CN-2026-001, FX-2026-010..014,
     * LOG-001..004. The copy of INV-2026-001 is the same invoice. */
    ck_assert_int_eq (qint (d, "SELECT count(*) FROM invoice"), 13);
    ck_assert_int_eq (qint (d, "SELECT count(*) FROM money_file"), 15);   /* 11 invoice + 4 bank files */
    /* Payments: quarter statement 6 (5 credits + 1 reversal; the card
     * debit and the pending credit are ignored), April 1, USD 1, the
     * notification of 2026-02-03 0 (already in the statement), log 1. */
    ck_assert_int_eq (qint (d, "SELECT count(*) FROM payment"), 9);
    ck_assert_int_eq (qint (d, "SELECT count(*) FROM payment WHERE is_reversal"), 1);
    ck_assert_int_eq (qint (d, "SELECT ignored FROM money_file WHERE format='camt.053.001.02'"), 2);
    /* The same file again changes nothing. */
    ck_assert_int_eq (ingest (d, "invoices", "ubl-INV-2026-002.xml", &kind, &reason), RF_MONEY_UNCHANGED);
    ck_assert_str_eq (kind, "invoice");
    ck_assert_ptr_null (reason);
    ck_assert_int_eq (ingest (d, "payments", "camt054-usd.xml", &kind, &reason), RF_MONEY_UNCHANGED);
    ck_assert_str_eq (kind, "payment");
    ck_assert_int_eq (qint (d, "SELECT count(*) FROM invoice"), 13);
    ck_assert_int_eq (qint (d, "SELECT count(*) FROM payment"), 9);
    db_free (d);
}
END_TEST

/* Every hostile or broken fixture: what rf_money_ingest says about it. */
static const struct {
    const char *file;
    rf_money_result_t result;
    const char *kind;
    const char *reason;     /* exact, or prefix when it ends with '*' */
} hostile[] = {
    { "xxe-local-file.xml", RF_MONEY_SKIPPED, "invoice",
      "refused: the DOCTYPE declares entities (\"secret\"); entities are never expanded" },
    { "xxe-parameter-entity.xml", RF_MONEY_SKIPPED, "invoice",
      "refused: the DOCTYPE declares entities (\"ext\"); entities are never expanded" },
    { "billion-laughs.xml", RF_MONEY_SKIPPED, "invoice",
      "refused: the DOCTYPE declares entities (\"lol\"); entities are never expanded" },
    { "truncated.xml", RF_MONEY_SKIPPED, "invoice", "malformed XML at line 8: *" },
    { "not-xml.xml", RF_MONEY_SKIPPED, "other", "not XML (does not start with '<')" },
    { "empty.xml", RF_MONEY_SKIPPED, "other", "empty file" },
    { "wrong-namespace.xml", RF_MONEY_SKIPPED, "invoice",
      "not an invoice or bank statement: root element {urn:example:not-ubl:Invoice}Invoice" },
    { "unknown-currency.xml", RF_MONEY_SKIPPED, "invoice",
      "unknown currency 'EUX' (not an ISO 4217 code with a minor unit)" },
    { "negative-credit-note.xml", RF_MONEY_SKIPPED, "invoice",
      "credit note NEGCN-1 has a negative payable amount" },
    { "negative-camt.xml", RF_MONEY_SKIPPED, "payment",
      "entry 1: negative amount '-20.00' (camt amounts are unsigned)" },
    { "camt-unsupported-version.xml", RF_MONEY_SKIPPED, "payment",
      "unsupported bank statement format {urn:iso:std:iso:20022:tech:xsd:camt.053.001.10}Document *" },
    /* Handled, not refused: */
    { "negative-amount.xml", RF_MONEY_STORED, "invoice", NULL },
    { "missing-due-date.xml", RF_MONEY_STORED, "invoice", NULL },
    { "xxe-external-dtd.xml", RF_MONEY_STORED, "invoice", NULL },
};

START_TEST (test_hostile_ingest)
{
    db_t *d = db_new ();
    const char *kind = NULL;
    char *reason = NULL;
    rf_money_result_t r = ingest (d, "hostile-xml", hostile[_i].file, &kind, &reason);
    const char *want = hostile[_i].reason;
    ck_assert_msg (r == hostile[_i].result, "%s: result %d (%s)", hostile[_i].file, r, reason ? reason : "");
    ck_assert_str_eq (kind, hostile[_i].kind);
    if (!want) {
        ck_assert_ptr_null (reason);
    } else if (g_str_has_suffix (want, "*")) {
        ck_assert_msg (reason && strncmp (reason, want, strlen (want) - 1) == 0, "%s: '%s'",
                       hostile[_i].file, reason ? reason : "");
    } else {
        ck_assert_str_eq (reason, want);
    }
    if (r == RF_MONEY_SKIPPED)
        ck_assert_int_eq (qint (d, "SELECT count(*) FROM money_file"), 0);
    g_free (reason);
    db_free (d);
}
END_TEST

/* Nothing from the files the XXE fixtures point at may reach any table. */
START_TEST (test_xxe_never_reads_outside)
{
    db_t *d = db_new ();
    rf_config_t *cfg = rf_config_load (NULL, NULL, NULL);
    sqlite3_stmt *tables;
    guint cells = 0;
    for (guint i = 0; i < G_N_ELEMENTS (hostile); i++) {
        const char *kind;
        char *reason = NULL;
        ingest (d, "hostile-xml", hostile[i].file, &kind, &reason);
        ck_assert (!reason || !strstr (reason, "CANARY"));
        g_free (reason);
    }
    analyze (d, cfg, "2026-06-30");
    tables = rf_store_prepare (d->st, "SELECT name FROM sqlite_master WHERE type='table'", NULL);
    while (sqlite3_step (tables) == SQLITE_ROW) {
        char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", sqlite3_column_text (tables, 0));
        sqlite3_stmt *s = rf_store_prepare (d->st, sql, NULL);
        while (s && sqlite3_step (s) == SQLITE_ROW)
            for (int c = 0; c < sqlite3_column_count (s); c++, cells++) {
                const char *v = (const char *) sqlite3_column_text (s, c);
                ck_assert_msg (!v || !strstr (v, "CANARY"), "canary in %s", sqlite3_sql (s));
            }
        sqlite3_finalize (s);
        g_free (sql);
    }
    sqlite3_finalize (tables);
    ck_assert_uint_gt (cells, 0);
    /* The external-DTD invoice was stored with an empty buyer name. */
    ck_assert_text (d, "SELECT buyer_name FROM invoice WHERE number='XXE-3'", NULL);
    rf_config_free (cfg);
    db_free (d);
}
END_TEST

/* ---- analysis with the configuration, as of 2026-04-30 */

static db_t *
analyzed (const char *as_of)
{
    db_t *d = db_new ();
    rf_config_t *cfg = fixture_config ();
    ingest_all (d);
    add_config_clients (d);
    analyze (d, cfg, as_of);
    rf_config_free (cfg);
    return d;
}

#define STATUS(col, num) "SELECT s." col " FROM invoice_status s JOIN invoice i ON i.id = s.invoice_id WHERE i.number = '" num "'"

START_TEST (test_invoice_status)
{
    db_t *d = analyzed ("2026-04-30");
    /* Due 2026-02-04, paid 2026-02-03: one day early, 29 days to pay
     * (Jan 5 -> Feb 3). */
    ck_assert_text (d, STATUS ("status", "INV-2026-001"), "paid_on_time");
    ck_assert_text (d, STATUS ("paid_date", "INV-2026-001"), "2026-02-03");
    ck_assert_int_eq (qint (d, STATUS ("days_late", "INV-2026-001")), -1);
    ck_assert_int_eq (qint (d, STATUS ("days_to_pay", "INV-2026-001")), 29);
    ck_assert_text (d, STATUS ("attribution", "INV-2026-001"), "invoice_party");
    /* Due 2026-03-04 from the payment terms; 1000.00 on 03-10 and 1400.00
     * on 03-20 -> fully paid 03-20: 16 days late, 46 days to pay. */
    ck_assert_text (d, STATUS ("due_source", "INV-2026-002"), "terms");
    ck_assert_text (d, STATUS ("status", "INV-2026-002"), "paid_late");
    ck_assert_int_eq (qint (d, STATUS ("days_late", "INV-2026-002")), 16);
    ck_assert_int_eq (qint (d, STATUS ("days_to_pay", "INV-2026-002")), 46);
    ck_assert_int_eq (qint (d, STATUS ("paid_minor", "INV-2026-002")), 240000);
    /* 900.00 - credit 300.00 (03-15) = 600.00, paid 04-06, due 04-01:
     * 5 days late, 35 days to pay. */
    ck_assert_int_eq (qint (d, STATUS ("credited_minor", "INV-2026-003")), 30000);
    ck_assert_int_eq (qint (d, STATUS ("paid_minor", "INV-2026-003")), 60000);
    ck_assert_int_eq (qint (d, STATUS ("days_late", "INV-2026-003")), 5);
    ck_assert_int_eq (qint (d, STATUS ("days_to_pay", "INV-2026-003")), 35);
    ck_assert_text (d, "SELECT a.number FROM invoice_status s JOIN invoice c ON c.id = s.invoice_id"
                       " JOIN invoice a ON a.id = s.applies_to WHERE c.number = 'CN-2026-001'", "INV-2026-003");
    ck_assert_text (d, STATUS ("status", "CN-2026-001"), "credit_note");
    /* 5050.00 received for 5000.00 on 03-31, due 02-19: 40 days late,
     * 50.00 over-paid, 70 days to pay (Jan 20 -> Mar 31). */
    ck_assert_int_eq (qint (d, STATUS ("days_late", "FX-2026-010")), 40);
    ck_assert_int_eq (qint (d, STATUS ("overpaid_minor", "FX-2026-010")), 5000);
    ck_assert_int_eq (qint (d, STATUS ("days_to_pay", "FX-2026-010")), 70);
    /* 3000.00 - 500.00 credited, due 03-17: 44 days overdue on 04-30. */
    ck_assert_text (d, STATUS ("status", "FX-2026-011"), "overdue");
    ck_assert_int_eq (qint (d, STATUS ("open_minor", "FX-2026-011")), 250000);
    ck_assert_int_eq (qint (d, STATUS ("days_overdue", "FX-2026-011")), 44);
    ck_assert_text (d, STATUS ("status", "FX-2026-013"), "replaced");
    ck_assert_text (d, STATUS ("status", "FX-2026-014"), "open");
    /* Initech: LOG-002 was paid 03-20 but the payment came back 03-23. */
    ck_assert_text (d, STATUS ("status", "LOG-002"), "overdue");
    ck_assert_int_eq (qint (d, STATUS ("paid_minor", "LOG-002")), 0);
    ck_assert_int_eq (qint (d, STATUS ("days_overdue", "LOG-002")), 49);   /* Mar 12 -> Apr 30 */
    ck_assert_int_eq (qint (d, STATUS ("days_overdue", "LOG-003")), 120);  /* Dec 31 -> Apr 30 */
    ck_assert_text (d, STATUS ("attribution", "LOG-001"), "log_client");
    ck_assert_int_eq (qint (d, STATUS ("days_late", "LOG-001")), 0);
    db_free (d);
}
END_TEST

START_TEST (test_payment_rules)
{
    db_t *d = analyzed ("2026-04-30");
    /* Rule per payment, in booking order. */
    ck_assert_text (d, "SELECT group_concat(rule || ':' || COALESCE(i.number, '-') || ':' || m.amount_minor, ' ')"
                       " FROM (SELECT m.* FROM payment_match m JOIN payment p ON p.id = m.payment_id"
                       "       ORDER BY p.booking_date, p.is_reversal, p.dedupe_key, m.pos) m"
                       " LEFT JOIN invoice i ON i.id = m.invoice_id",
                    "reference:INV-2026-001:120000 log:LOG-001:50000 reference:INV-2026-002:100000"
                    " reference:LOG-002:80000 reference:INV-2026-002:140000 reversal:LOG-002:-80000"
                    " unmatched:-:12345 reference:FX-2026-010:505000 amount_payer:INV-2026-003:60000");
    ck_assert_text (d, "SELECT explanation FROM payment_match WHERE rule='unmatched'",
                    "no invoice number in the remittance information, and the payer 'Unknown Person'"
                    " is not a known client");
    ck_assert_text (d, "SELECT explanation FROM payment_match WHERE rule='amount_payer'",
                    "the payer 'ACME Corp SAS' is the client of INV-2026-003, its only open invoice owing 600.00 EUR");
    ck_assert_int_eq (qint (d, "SELECT count(*) FROM payment_match m JOIN payment p ON p.id = m.reversed_by"
                               " WHERE p.is_reversal"), 1);
    db_free (d);
}
END_TEST

#define CLIENT(col, key, cur, period) \
    "SELECT m." col " FROM money_client m JOIN client c ON c.id = m.client_id WHERE c.key = '" key \
    "' AND m.currency = '" cur "' AND m.period = '" period "'"

START_TEST (test_client_measures)
{
    db_t *d = analyzed ("2026-04-30");
    /* ACME, EUR: invoiced 1200 + 2400 + 900 = 4500.00; credited 300.00
     * (300/4500 = 0.0666...); received 1200 + 1000 + 1400 + 600 = 4200.00. */
    ck_assert_int_eq (qint (d, CLIENT ("invoices", "acme", "EUR", "all")), 3);
    ck_assert_int_eq (qint (d, CLIENT ("invoiced_minor", "acme", "EUR", "all")), 450000);
    ck_assert_int_eq (qint (d, CLIENT ("credited_minor", "acme", "EUR", "all")), 30000);
    ck_assert_real (d, CLIENT ("credited_share", "acme", "EUR", "all"), 300.0 / 4500.0);
    ck_assert_int_eq (qint (d, CLIENT ("paid_minor", "acme", "EUR", "all")), 420000);
    /* Late: 2 of 3 (16 and 5 days); mean (0 + 16 + 5) / 3 = 7; weighted
     * (1200*0 + 2400*16 + 900*5) / 4500 = 42900 / 4500 = 9.5333...;
     * days to pay (29 + 46 + 35) / 3 = 36.666... */
    ck_assert_int_eq (qint (d, CLIENT ("paid_late", "acme", "EUR", "all")), 2);
    ck_assert_real (d, CLIENT ("late_share", "acme", "EUR", "all"), 2.0 / 3.0);
    ck_assert_real (d, CLIENT ("mean_days_late", "acme", "EUR", "all"), 7.0);
    ck_assert_real (d, CLIENT ("weighted_days_late", "acme", "EUR", "all"), 42900.0 / 4500.0);
    ck_assert_int_eq (qint (d, CLIENT ("max_days_late", "acme", "EUR", "all")), 16);
    ck_assert_real (d, CLIENT ("mean_days_to_pay", "acme", "EUR", "all"), 110.0 / 3.0);
    /* ACME in March: INV-2026-003 issued (900.00), CN-2026-001 (300.00),
     * 1000 + 1400 received; INV-2026-003 paid 5 days late. */
    ck_assert_int_eq (qint (d, CLIENT ("invoiced_minor", "acme", "EUR", "2026-03")), 90000);
    ck_assert_int_eq (qint (d, CLIENT ("credited_minor", "acme", "EUR", "2026-03")), 30000);
    ck_assert_int_eq (qint (d, CLIENT ("paid_minor", "acme", "EUR", "2026-03")), 240000);
    ck_assert_real (d, CLIENT ("mean_days_late", "acme", "EUR", "2026-03"), 5.0);
    /* Globex, USD: 5000 + 3000 + 1100 = 9100.00 (FX-2026-013 replaced by
     * FX-2026-014); credited 500.00; received 5050.00; open 2500 + 1100. */
    ck_assert_int_eq (qint (d, CLIENT ("invoices", "globex", "USD", "all")), 3);
    ck_assert_int_eq (qint (d, CLIENT ("invoiced_minor", "globex", "USD", "all")), 910000);
    ck_assert_real (d, CLIENT ("credited_share", "globex", "USD", "all"), 500.0 / 9100.0);
    ck_assert_int_eq (qint (d, CLIENT ("paid_minor", "globex", "USD", "all")), 505000);
    ck_assert_real (d, CLIENT ("weighted_days_late", "globex", "USD", "all"), 40.0);
    ck_assert_int_eq (qint (d, CLIENT ("open_minor", "globex", "USD", "all")), 360000);
    ck_assert_int_eq (qint (d, CLIENT ("overdue_minor", "globex", "USD", "all")), 250000);
    /* Initech, EUR: 500 + 800 + 450 + 700 = 2450.00; received 500 + 800 -
     * 800 = 500.00; March nets to zero (payment then its reversal). */
    ck_assert_int_eq (qint (d, CLIENT ("invoiced_minor", "initech", "EUR", "all")), 245000);
    ck_assert_int_eq (qint (d, CLIENT ("paid_minor", "initech", "EUR", "all")), 50000);
    ck_assert_int_eq (qint (d, CLIENT ("paid_minor", "initech", "EUR", "2026-03")), 0);
    ck_assert_real (d, CLIENT ("late_share", "initech", "EUR", "all"), 0.0);
    ck_assert_int_eq (qint (d, CLIENT ("overdue_minor", "initech", "EUR", "all")), 125000);  /* 800 + 450 */
    ck_assert_int_eq (qint (d, CLIENT ("invoices", "initech", "EUR", "2025-12")), 1);
    /* No row mixes currencies. */
    ck_assert_int_eq (qint (d, "SELECT count(DISTINCT currency) FROM money_client m JOIN client c"
                               " ON c.id = m.client_id WHERE c.key = 'globex'"), 1);
    db_free (d);
}
END_TEST

#define AGING(col, key) \
    "SELECT a." col " FROM money_aging a JOIN client c ON c.id = a.client_id WHERE c.key = '" key "'"

START_TEST (test_aging_and_dso)
{
    db_t *d = analyzed ("2026-04-30");
    char *csv;
    /* Globex: FX-2026-014 not due (1100.00 current), FX-2026-011 44 days
     * past due (2500.00 in 31-60). Invoiced in the 90 days 01-31..04-30:
     * FX-2026-011 3000 + FX-2026-014 1100 = 4100.00.
     * DSO = 3600 / 4100 * 90 = 79.0243902... */
    ck_assert_int_eq (qint (d, AGING ("current_minor", "globex")), 110000);
    ck_assert_int_eq (qint (d, AGING ("d31_60_minor", "globex")), 250000);
    ck_assert_int_eq (qint (d, AGING ("invoiced_90d_minor", "globex")), 410000);
    ck_assert_real (d, AGING ("dso", "globex"), 3600.0 / 4100.0 * 90.0);
    /* Initech: 700 current, 800 (49 days) in 31-60, 450 (120 days) in 90+;
     * invoiced 800 + 700 in the window; DSO = 1950 / 1500 * 90 = 117. */
    ck_assert_int_eq (qint (d, AGING ("receivable_minor", "initech")), 195000);
    ck_assert_int_eq (qint (d, AGING ("d90_plus_minor", "initech")), 45000);
    ck_assert_real (d, AGING ("dso", "initech"), 117.0);
    /* ACME: nothing open; DSO 0 over 2400 + 900 invoiced in the window. */
    ck_assert_int_eq (qint (d, AGING ("invoiced_90d_minor", "acme")), 330000);
    ck_assert_real (d, AGING ("dso", "acme"), 0.0);
    csv = export (d, TRUE, "2026-04-30");
    ck_assert_str_eq (csv,
                      "client,currency,current,d1_30,d31_60,d61_90,d90_plus\r\n"
                      "acme,EUR,0,0,0,0,0\r\n"
                      "globex,USD,110000,0,250000,0,0\r\n"
                      "initech,EUR,70000,0,80000,0,45000\r\n");
    free (csv);
    /* Last quarter's end, reproduced from the same database: only what was
     * booked by 03-31 counts. INV-2026-003 is not yet due (600.00 after
     * the credit note); FX-2026-010's payment of 03-31 counts; LOG-002's
     * payment was reversed on 03-23 (19 days past due); LOG-003 is exactly
     * 90 days past due (61-90); FX-2026-014 and LOG-004 do not exist yet. */
    csv = export (d, TRUE, "2026-03-31");
    ck_assert_str_eq (csv,
                      "client,currency,current,d1_30,d31_60,d61_90,d90_plus\r\n"
                      "acme,EUR,60000,0,0,0,0\r\n"
                      "globex,USD,0,250000,0,0,0\r\n"
                      "initech,EUR,0,80000,0,45000,0\r\n");
    free (csv);
    /* Between the payment (03-20) and its reversal (03-23), LOG-002 was paid. */
    csv = export (d, TRUE, "2026-03-21");
    ck_assert_ptr_nonnull (strstr (csv, "initech,EUR,0,0,0,45000,0\r\n"));   /* LOG-003: 80 days */
    free (csv);
    db_free (d);
}
END_TEST

START_TEST (test_revenue_share)
{
    db_t *d = analyzed ("2026-04-30");
    /* Net (tax-exclusive) revenue. EUR: ACME 1000 + 2000 + 750 - 250 =
     * 3500.00, Initech 500 + 800 + 450 + 700 = 2450.00, total 5950.00.
     * USD: Globex 5000 + 3200 + 1100 - 500 = 8800.00 (all of it). */
    ck_assert_int_eq (qint (d, "SELECT net_minor FROM money_revenue_share WHERE client_id = 1"), 350000);
    ck_assert_int_eq (qint (d, "SELECT total_net_minor FROM money_revenue_share WHERE client_id = 1"), 595000);
    ck_assert_real (d, "SELECT share FROM money_revenue_share WHERE client_id = 1", 3500.0 / 5950.0);
    ck_assert_real (d, "SELECT share FROM money_revenue_share WHERE client_id = 3", 2450.0 / 5950.0);
    ck_assert_int_eq (qint (d, "SELECT net_minor FROM money_revenue_share WHERE client_id = 2"), 880000);
    ck_assert_real (d, "SELECT share FROM money_revenue_share WHERE client_id = 2", 1.0);
    db_free (d);
}
END_TEST

static const char expected_invoices[] =
    "invoice_number,client,kind,issue_date,due_date,paid_date,currency,amount_minor,paid_minor,days_late,status\r\n"
    "LOG-003,initech,invoice,2025-12-01,2025-12-31,,EUR,45000,0,,overdue\r\n"
    "INV-2026-001,acme,invoice,2026-01-05,2026-02-04,2026-02-03,EUR,120000,120000,-1,paid_on_time\r\n"
    "LOG-001,initech,invoice,2026-01-10,2026-02-09,2026-02-09,EUR,50000,50000,0,paid_on_time\r\n"
    "FX-2026-010,globex,invoice,2026-01-20,2026-02-19,2026-03-31,USD,500000,505000,40,paid_late\r\n"
    "INV-2026-002,acme,invoice,2026-02-02,2026-03-04,2026-03-20,EUR,240000,240000,16,paid_late\r\n"
    "LOG-002,initech,invoice,2026-02-10,2026-03-12,,EUR,80000,0,,overdue\r\n"
    "FX-2026-011,globex,invoice,2026-02-15,2026-03-17,,USD,300000,0,,overdue\r\n"
    "FX-2026-012,globex,credit_note,2026-03-01,,,USD,50000,0,,credit_note\r\n"
    "INV-2026-003,acme,invoice,2026-03-02,2026-04-01,2026-04-06,EUR,90000,60000,5,paid_late\r\n"
    "CN-2026-001,acme,credit_note,2026-03-15,,,EUR,30000,0,,credit_note\r\n"
    "FX-2026-013,globex,invoice,2026-04-01,2026-05-01,,USD,100000,0,,replaced\r\n"
    "FX-2026-014,globex,corrected,2026-04-10,2026-05-10,,USD,110000,0,,open\r\n"
    "LOG-004,initech,invoice,2026-04-20,2026-05-20,,EUR,70000,0,,open\r\n";

START_TEST (test_export_invoices_and_idempotence)
{
    db_t *d = analyzed ("2026-04-30");
    rf_config_t *cfg = fixture_config ();
    char *csv = export (d, FALSE, NULL);
    ck_assert_str_eq (csv, expected_invoices);
    free (csv);
    /* A second analysis recomputes the same tables. */
    analyze (d, cfg, "2026-04-30");
    csv = export (d, FALSE, NULL);
    ck_assert_str_eq (csv, expected_invoices);
    free (csv);
    ck_assert_int_eq (qint (d, "SELECT count(*) FROM payment_match"), 9);
    ck_assert_int_eq (qint (d, "SELECT count(*) FROM money_aging"), 3);
    ck_assert_text (d, "SELECT value FROM meta WHERE key = 'money_as_of'", "2026-04-30");
    rf_config_free (cfg);
    db_free (d);
}
END_TEST

START_TEST (test_as_of_between_payment_and_reversal)
{
    db_t *d = analyzed ("2026-03-21");
    /* On 03-21, LOG-002 (due 03-12) had been paid on 03-20: 8 days late. */
    ck_assert_text (d, STATUS ("status", "LOG-002"), "paid_late");
    ck_assert_int_eq (qint (d, STATUS ("days_late", "LOG-002")), 8);
    /* FX-2026-014 did not exist yet; FX-2026-010 was still unpaid. */
    ck_assert_text (d, STATUS ("status", "FX-2026-014"), "not_issued");
    ck_assert_text (d, STATUS ("status", "FX-2026-010"), "overdue");
    ck_assert_int_eq (qint (d, STATUS ("days_overdue", "FX-2026-010")), 30);   /* Feb 19 -> Mar 21 */
    db_free (d);
}
END_TEST

/* ---- without a configuration */

START_TEST (test_no_config_domain_clients)
{
    db_t *d = db_new ();
    rf_config_t *cfg = rf_config_load (NULL, NULL, NULL);
    char *csv;
    ingest_all (d);
    analyze (d, cfg, "2026-04-30");
    /* Clients are created from the buyers' e-mail domains. The log's
     * client="initech" names no client here, so its buyer e-mail decides. */
    ck_assert_int_eq (qint (d, "SELECT count(*) FROM client WHERE source = 'domain'"), 3);
    ck_assert_text (d, "SELECT group_concat(key, ' ') FROM (SELECT key FROM client ORDER BY key)",
                    "acme.example globex.example initech.example");
    ck_assert_text (d, STATUS ("attribution", "INV-2026-001"), "new_client");
    ck_assert_text (d, STATUS ("attribution", "INV-2026-002"), "domain");
    /* The payer name still finds ACME's invoice: it is the buyer name on
     * ACME's invoices. */
    ck_assert_text (d, "SELECT i.number FROM payment_match m JOIN invoice i ON i.id = m.invoice_id"
                       " WHERE m.rule = 'amount_payer'", "INV-2026-003");
    csv = export (d, TRUE, "2026-04-30");
    ck_assert_str_eq (csv,
                      "client,currency,current,d1_30,d31_60,d61_90,d90_plus\r\n"
                      "acme.example,EUR,0,0,0,0,0\r\n"
                      "globex.example,USD,110000,0,250000,0,0\r\n"
                      "initech.example,EUR,70000,0,80000,0,45000\r\n");
    free (csv);
    rf_config_free (cfg);
    db_free (d);
}
END_TEST

START_TEST (test_default_terms)
{
    /* NODUE-1, issued 2026-05-04 with no due date: ACME's configured 45
     * days give 2026-06-18; without a configuration, 30 days give 06-03. */
    const char *kind;
    char *reason = NULL;
    db_t *d = db_new ();
    rf_config_t *cfg = fixture_config ();
    ck_assert_int_eq (ingest (d, "hostile-xml", "missing-due-date.xml", &kind, &reason), RF_MONEY_STORED);
    add_config_clients (d);
    analyze (d, cfg, "2026-06-30");
    ck_assert_text (d, STATUS ("due_date", "NODUE-1"), "2026-06-18");
    ck_assert_text (d, STATUS ("due_source", "NODUE-1"), "default");
    ck_assert_int_eq (qint (d, STATUS ("days_overdue", "NODUE-1")), 12);
    rf_config_free (cfg);
    db_free (d);

    d = db_new ();
    cfg = rf_config_load (NULL, NULL, NULL);
    ck_assert_int_eq (ingest (d, "hostile-xml", "missing-due-date.xml", &kind, &reason), RF_MONEY_STORED);
    analyze (d, cfg, "2026-06-30");
    ck_assert_text (d, STATUS ("due_date", "NODUE-1"), "2026-06-03");
    rf_config_free (cfg);
    db_free (d);
}
END_TEST

START_TEST (test_negative_invoice_and_unattributed)
{
    /* NEG-1 (-150.00) is stored as a credit note for ACME; XXE-3 has no
     * buyer e-mail or name: it stays unattributed and is listed. */
    const char *kind;
    char *reason = NULL, *csv;
    db_t *d = db_new ();
    rf_config_t *cfg = fixture_config ();
    ingest (d, "hostile-xml", "negative-amount.xml", &kind, &reason);
    ingest (d, "hostile-xml", "xxe-external-dtd.xml", &kind, &reason);
    add_config_clients (d);
    analyze (d, cfg, "2026-03-31");
    ck_assert_text (d, "SELECT kind || ' ' || amount_minor || ' ' || note FROM invoice WHERE number = 'NEG-1'",
                    "credit_note 15000 negative payable amount: recorded as a credit note");
    ck_assert_int_eq (qint (d, CLIENT ("credited_minor", "acme", "EUR", "all")), 15000);
    csv = export (d, FALSE, NULL);
    ck_assert_ptr_nonnull (strstr (csv, "\r\nXXE-3,,invoice,2026-01-05,2026-02-04,,EUR,100,0,,overdue\r\n"));
    free (csv);
    rf_config_free (cfg);
    db_free (d);
}
END_TEST

static Suite *
money_e2e_suite (void)
{
    Suite *s = suite_create ("money_e2e");
    TCase *tc = tcase_create ("ingest");
    tcase_set_timeout (tc, 30);
    tcase_add_test (tc, test_ingest_counts_and_duplicates);
    tcase_add_loop_test (tc, test_hostile_ingest, 0, G_N_ELEMENTS (hostile));
    tcase_add_test (tc, test_xxe_never_reads_outside);
    suite_add_tcase (s, tc);
    tc = tcase_create ("analyze");
    tcase_set_timeout (tc, 30);
    tcase_add_test (tc, test_invoice_status);
    tcase_add_test (tc, test_payment_rules);
    tcase_add_test (tc, test_client_measures);
    tcase_add_test (tc, test_aging_and_dso);
    tcase_add_test (tc, test_revenue_share);
    tcase_add_test (tc, test_export_invoices_and_idempotence);
    tcase_add_test (tc, test_as_of_between_payment_and_reversal);
    tcase_add_test (tc, test_no_config_domain_clients);
    tcase_add_test (tc, test_default_terms);
    tcase_add_test (tc, test_negative_invoice_and_unattributed);
    suite_add_tcase (s, tc);
    return s;
}

int
main (void)
{
    SRunner *sr;
    int nf;
    xmlInitParser ();
    rf_verbosity = 0;
    sr = srunner_create (money_e2e_suite ());
    srunner_run_all (sr, CK_ENV);
    nf = srunner_ntests_failed (sr);
    srunner_free (sr);
    xmlCleanupParser ();
    return nf ? EXIT_FAILURE : EXIT_SUCCESS;
}
