/* check_money_match.c - the matching rules on small documents written for
 * each case: several invoices in one transfer, numbers written without
 * separators, ambiguous payers, reversals without their payment or linked
 * by account, corrections, invoices settled by credit notes, currencies
 * with 0 and 3 decimals. No configuration: clients come from domains. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>

#include "money/money_analyze.h"
#include "money/money_ingest.h"
#include "base/rfconfig.h"
#include "store/store.h"
#include "base/util.h"

static const char invoice_log[] =
    "<?xml version='1.0'?>"
    "<invoice-log xmlns='urn:x-redflag:invoice-log:1'><seller name='S' id='S1'/>"
    "<invoice number='J-1001'><issued>2026-01-10</issued><due>2026-02-09</due><currency>JPY</currency>"
    " <amount>150000</amount><buyer email='kaikei@kumo.example'/></invoice>"
    "<invoice number='J-1002'><issued>2026-01-20</issued><due>2026-02-19</due><currency>JPY</currency>"
    " <amount>50000</amount><buyer email='kaikei@kumo.example'/></invoice>"
    "<invoice number='KW-2026-5'><issued>2026-01-05</issued><due>2026-02-04</due><currency>KWD</currency>"
    " <amount>12.345</amount><buyer email='a@gulf.example'/></invoice>"
    "<invoice number='D-1'><issued>2026-01-05</issued><due>2026-02-04</due><currency>EUR</currency>"
    " <amount>100.00</amount><buyer name='Dupont, Fils &amp; Cie' email='compta@dupont.example'/></invoice>"
    "<invoice number='D-2'><issued>2026-01-06</issued><due>2026-02-05</due><currency>EUR</currency>"
    " <amount>100.00</amount><buyer name='Dupont, Fils &amp; Cie' email='compta@dupont.example'/></invoice>"
    "<invoice number='C-1'><issued>2026-01-05</issued><due>2026-02-04</due><currency>EUR</currency>"
    " <amount>200.00</amount><buyer email='x@cred.example'/></invoice>"
    "<invoice number='C-1-CN' kind='credit_note'><issued>2026-01-20</issued><currency>EUR</currency>"
    " <amount>200.00</amount><refers-to>C-1</refers-to></invoice>"
    "<invoice number='R-1'><issued>2026-01-05</issued><due>2026-02-04</due><currency>EUR</currency>"
    " <amount>100.00</amount><buyer email='y@corr.example'/></invoice>"
    "<invoice number='R-2' kind='corrected'><issued>2026-02-01</issued><due>2026-03-03</due>"
    " <currency>EUR</currency><amount>120.00</amount><buyer email='y@corr.example'/>"
    " <refers-to>R-1</refers-to></invoice>"
    "<invoice number='A-1'><issued>2026-01-05</issued><due>2026-02-04</due><currency>EUR</currency>"
    " <amount>70.00</amount><buyer name='Acct Payer' email='z@acct.example'/></invoice>"
    "</invoice-log>";

#define NTRY(ccy, amt, cd, rv, date, ref, details)                                    \
    "<Ntry><Amt Ccy='" ccy "'>" amt "</Amt><CdtDbtInd>" cd "</CdtDbtInd>" rv          \
    "<Sts>BOOK</Sts><BookgDt><Dt>" date "</Dt></BookgDt><AcctSvcrRef>" ref "</AcctSvcrRef>" \
    "<NtryDtls><TxDtls>" details "</TxDtls></NtryDtls></Ntry>"

static const char notification[] =
    "<?xml version='1.0'?>"
    "<Document xmlns='urn:iso:std:iso:20022:tech:xsd:camt.054.001.03'><BkToCstmrDbtCdtNtfctn><Ntfctn>"
    "<Acct><Id><IBAN>X1</IBAN></Id></Acct>"
    NTRY ("JPY", "210000", "CRDT", "", "2026-02-15", "T1", "<RmtInf><Ustrd>J-1001 J-1002</Ustrd></RmtInf>")
    NTRY ("KWD", "12.345", "CRDT", "", "2026-02-01", "T2", "<RmtInf><Ustrd>kw20265 thanks</Ustrd></RmtInf>")
    NTRY ("EUR", "100.00", "CRDT", "", "2026-02-10", "T3",
          "<RltdPties><Dbtr><Nm>DUPONT FILS CIE</Nm></Dbtr></RltdPties><RmtInf><Ustrd>facture</Ustrd></RmtInf>")
    NTRY ("EUR", "55.00", "DBIT", "<RvslInd>true</RvslInd>", "2026-02-11", "T4", "")
    NTRY ("EUR", "120.00", "CRDT", "", "2026-02-10", "T5", "<RmtInf><Ustrd>R-1</Ustrd></RmtInf>")
    NTRY ("EUR", "70.00", "CRDT", "", "2026-02-12", "T6",
          "<RltdPties><Dbtr><Nm>Acct Payer</Nm></Dbtr><DbtrAcct><Id><IBAN>DE00ACCT</IBAN></Id></DbtrAcct>"
          "</RltdPties><RmtInf><Ustrd>A-1</Ustrd></RmtInf>")
    NTRY ("EUR", "70.00", "DBIT", "<RvslInd>true</RvslInd>", "2026-02-14", "T7",
          "<RltdPties><Dbtr><Nm>Someone Else</Nm></Dbtr><DbtrAcct><Id><IBAN>DE00ACCT</IBAN></Id></DbtrAcct>"
          "</RltdPties>")
    "</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>";

static char *tmpdir;
static rf_store_t *st;

static void
setup (void)
{
    GError *err = NULL;
    char *path;
    rf_config_t *cfg = rf_config_load (NULL, NULL, NULL);
    const char *docs[] = { invoice_log, notification };
    gint64 as_of;
    tmpdir = g_dir_make_tmp ("redflag-match-XXXXXX", NULL);
    path = g_build_filename (tmpdir, "t.db", NULL);
    st = rf_store_open (path, RF_STORE_WRITE, &err);
    ck_assert_msg (st != NULL, "%s", err ? err->message : "");
    g_free (path);
    ck_assert (rf_store_begin (st, &err));
    for (guint i = 0; i < G_N_ELEMENTS (docs); i++) {
        rf_money_result_t r;
        const char *kind;
        char *reason = NULL;
        ck_assert (rf_money_ingest (st, "inline.xml", docs[i], strlen (docs[i]), &r, &kind, &reason, &err));
        ck_assert_msg (r == RF_MONEY_STORED, "document %u: %s", i, reason ? reason : "");
    }
    ck_assert (rf_parse_date ("2026-03-31", &as_of));
    ck_assert_msg (rf_money_analyze (st, cfg, as_of, &err), "%s", err ? err->message : "");
    ck_assert (rf_store_commit (st, &err));
    rf_config_free (cfg);
}

static void
teardown (void)
{
    GDir *dir;
    const char *name;
    rf_store_close (st);
    dir = g_dir_open (tmpdir, 0, NULL);
    while (dir && (name = g_dir_read_name (dir))) {
        char *p = g_build_filename (tmpdir, name, NULL);
        g_unlink (p);
        g_free (p);
    }
    if (dir)
        g_dir_close (dir);
    g_rmdir (tmpdir);
    g_free (tmpdir);
}

static char *
text (const char *sql)
{
    sqlite3_stmt *s = rf_store_prepare (st, sql, NULL);
    char *v = NULL;
    ck_assert_msg (s != NULL, "%s", sql);
    if (sqlite3_step (s) == SQLITE_ROW && sqlite3_column_type (s, 0) != SQLITE_NULL)
        v = g_strdup ((const char *) sqlite3_column_text (s, 0));
    sqlite3_finalize (s);
    return v;
}

#define ck_text(sql, expected)                                                    \
    do {                                                                          \
        char *_v = text (sql);                                                    \
        ck_assert_msg (g_strcmp0 (_v, expected) == 0, "%s: got '%s'", sql, _v ? _v : "NULL"); \
        g_free (_v);                                                              \
    } while (0)

/* status, paid, overpaid, days late of one invoice, as one string. */
#define ROW(num)                                                                              \
    "SELECT s.status || ' ' || s.paid_minor || ' ' || s.overpaid_minor || ' ' ||"           \
    " COALESCE(s.days_late, '-') || ' ' || COALESCE(s.paid_date, '-')"                       \
    " FROM invoice_status s JOIN invoice i ON i.id = s.invoice_id WHERE i.number = '" num "'"

#define RULES(ref)                                                                            \
    "SELECT group_concat(m.rule || ':' || COALESCE(i.number, '-') || ':' || m.amount_minor, ' ')" \
    " FROM payment_match m JOIN payment p ON p.id = m.payment_id"                             \
    " LEFT JOIN invoice i ON i.id = m.invoice_id WHERE p.bank_ref = '" ref "'"

START_TEST (test_one_transfer_two_invoices_jpy)
{
    /* 210000 JPY naming J-1001 and J-1002, on 02-15: J-1001 (issued first)
     * takes what it owes, 150000; J-1002, the last, takes the rest, 60000,
     * 10000 more than its 50000. J-1001 due 02-09: 6 days late; J-1002 due
     * 02-19: 4 days early. */
    ck_text (RULES ("T1"), "reference:J-1001:150000 reference:J-1002:60000");
    ck_text (ROW ("J-1001"), "paid_late 150000 0 6 2026-02-15");
    ck_text (ROW ("J-1002"), "paid_on_time 60000 10000 -4 2026-02-15");
}
END_TEST

START_TEST (test_compact_number_kwd)
{
    /* "kw20265" is KW-2026-5 without its dashes; 12.345 KWD = 12345 fils,
     * paid 02-01 for a due date of 02-04. */
    ck_text (RULES ("T2"), "reference:KW-2026-5:12345");
    ck_text (ROW ("KW-2026-5"), "paid_on_time 12345 0 -3 2026-02-01");
}
END_TEST

START_TEST (test_ambiguous_payer)
{
    /* "DUPONT FILS CIE" is the buyer "Dupont, Fils & Cie" once case and
     * punctuation are ignored, but D-1 and D-2 both owe 100.00. */
    ck_text (RULES ("T3"), "unmatched:-:10000");
    ck_text ("SELECT explanation FROM payment_match m JOIN payment p ON p.id = m.payment_id"
             " WHERE p.bank_ref = 'T3'",
             "no invoice number in the remittance information, and the payer 'DUPONT FILS CIE' is a"
             " known client, but 2 of its open invoices owe 100.00 EUR");
    ck_text (ROW ("D-1"), "overdue 0 0 - -");
}
END_TEST

START_TEST (test_reversals)
{
    /* T4 reverses nothing; T7 cancels T6 through the payer's account (the
     * names differ and there is no end-to-end id), so A-1 is open again. */
    ck_text (RULES ("T4"), "reversal_unpaired:-:-5500");
    ck_text (RULES ("T7"), "reversal:A-1:-7000");
    ck_text ("SELECT m.explanation FROM payment_match m JOIN payment p ON p.id = m.payment_id"
             " WHERE p.bank_ref = 'T7'",
             "cancels 70.00 EUR received on payment 6 (same payer account)");
    ck_text ("SELECT r.bank_ref FROM payment_match m JOIN payment p ON p.id = m.payment_id"
             " JOIN payment r ON r.id = m.reversed_by WHERE p.bank_ref = 'T6'", "T7");
    ck_text (ROW ("A-1"), "overdue 0 0 - -");
}
END_TEST

START_TEST (test_correction_and_credit)
{
    /* The transfer names R-1, which R-2 replaced on 02-01: R-2 is paid
     * (02-10, due 03-03: 21 days early). */
    ck_text (RULES ("T5"), "reference:R-2:12000");
    ck_text ("SELECT m.explanation FROM payment_match m JOIN payment p ON p.id = m.payment_id"
             " WHERE p.bank_ref = 'T5'", "the remittance information names R-1, replaced by R-2");
    ck_text (ROW ("R-1"), "replaced 0 0 - -");
    ck_text (ROW ("R-2"), "paid_on_time 12000 0 -21 2026-02-10");
    /* C-1 is settled by its credit note alone, on the credit note's date;
     * the credit note, with no buyer, takes C-1's client. */
    ck_text (ROW ("C-1"), "credited 0 0 - 2026-01-20");
    ck_text ("SELECT s.attribution || ' ' || c.key FROM invoice_status s JOIN invoice i ON i.id = s.invoice_id"
             " JOIN client c ON c.id = s.client_id WHERE i.number = 'C-1-CN'",
             "referenced_invoice cred.example");
    /* Credited invoices are invoiced and credited, but not "paid". */
    ck_text ("SELECT m.invoiced_minor || ' ' || m.credited_minor || ' ' || m.paid_invoices"
             " FROM money_client m JOIN client c ON c.id = m.client_id"
             " WHERE c.key = 'cred.example' AND m.period = 'all'", "20000 20000 0");
}
END_TEST

START_TEST (test_currencies_never_mixed)
{
    /* kumo.example's row is in JPY only, gulf.example's in KWD only. */
    ck_text ("SELECT group_concat(c.key || '=' || m.currency || ':' || m.invoiced_minor, ' ')"
             " FROM (SELECT * FROM money_client WHERE period = 'all' ORDER BY currency) m"
             " JOIN client c ON c.id = m.client_id WHERE c.key IN ('kumo.example', 'gulf.example')",
             "kumo.example=JPY:200000 gulf.example=KWD:12345");
}
END_TEST

int
main (void)
{
    Suite *s = suite_create ("money_match");
    TCase *tc = tcase_create ("rules");
    SRunner *sr;
    int nf;
    xmlInitParser ();
    tcase_add_checked_fixture (tc, setup, teardown);
    tcase_set_timeout (tc, 30);
    tcase_add_test (tc, test_one_transfer_two_invoices_jpy);
    tcase_add_test (tc, test_compact_number_kwd);
    tcase_add_test (tc, test_ambiguous_payer);
    tcase_add_test (tc, test_reversals);
    tcase_add_test (tc, test_correction_and_credit);
    tcase_add_test (tc, test_currencies_never_mixed);
    suite_add_tcase (s, tc);
    sr = srunner_create (s);
    srunner_run_all (sr, CK_ENV);
    nf = srunner_ntests_failed (sr);
    srunner_free (sr);
    xmlCleanupParser ();
    return nf ? EXIT_FAILURE : EXIT_SUCCESS;
}
