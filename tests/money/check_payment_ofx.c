/* check_payment_ofx.c - the OFX reader (src/money/payment_ofx*.c): the two
 * fixtures of fixtures/payments/ofx (values from its README), the forms
 * banks write, and hostile or broken files, each refused with its reason. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "money/payment_parse.h"
#include "base/util.h"
#include "unitlib.h"

static char *
slurp (const char *name, gsize *len)
{
    char *path = g_build_filename (FIXTURES_DIR, "payments", "ofx", name, NULL), *data = NULL;
    GError *err = NULL;
    if (!g_file_get_contents (path, &data, len, &err))
        ck_abort_msg ("%s: %s", path, err->message);
    g_free (path);
    return data;
}

static gint64
day (const char *s)
{
    gint64 t;
    ck_assert (rf_parse_date (s, &t));
    return t;
}

static rf_statement_t *
parse_ok (const char *text)
{
    char *reason = NULL;
    rf_statement_t *st;
    ck_assert (rf_ofx_sniff (text, strlen (text)));
    st = rf_ofx_parse (text, strlen (text), &reason);
    ck_assert_msg (st != NULL, "%s", reason ? reason : "");
    return st;
}

static rf_payment_entry_t *
entry (const rf_statement_t *st, guint i)
{
    ck_assert_uint_lt (i, st->entries->len);
    return g_ptr_array_index (st->entries, i);
}

START_TEST (test_ofx1_fixture)
{
    gsize len;
    char *data = slurp ("checking-2026-05.ofx", &len), *reason = NULL;
    rf_statement_t *st;
    rf_payment_entry_t *e;
    ck_assert (rf_ofx_sniff (data, len));
    st = rf_ofx_parse (data, len, &reason);
    ck_assert_msg (st != NULL, "%s", reason ? reason : "");
    ck_assert_str_eq (st->kind, "ofx");
    ck_assert_str_eq (st->format, "ofx.102");
    ck_assert_str_eq (st->account, "123456789");
    /* Four STMTTRN: three credits, one debit. */
    ck_assert_uint_eq (st->entries->len, 3);
    ck_assert_uint_eq (st->ignored, 1);
    e = entry (st, 0);
    ck_assert_int_eq (e->booking_date, day ("2026-04-28"));
    ck_assert_str_eq (e->date_source, "booking");
    ck_assert_int_eq (e->value_date, -1);
    ck_assert_str_eq (e->currency, "USD");
    ck_assert_int_eq (e->amount_minor, 150000);
    ck_assert_str_eq (e->debtor_name, "MAPLE STREET BAKERY");
    ck_assert_str_eq (e->remittance, "MAPLE STREET BAKERY INV US-2026-001");
    ck_assert_str_eq (e->bank_ref, "202604280001");
    ck_assert_str_eq (e->dedupe_key, "ofx:121000248:123456789:202604280001");
    e = entry (st, 1);
    /* The bank's own day, whatever its time zone. */
    ck_assert_int_eq (e->booking_date, day ("2026-05-20"));
    ck_assert_int_eq (e->value_date, day ("2026-05-21"));
    ck_assert_str_eq (e->remittance, "PINE LABS INC RF18 5390 0754 7034");
    e = entry (st, 2);
    ck_assert_int_eq (e->amount_minor, 12);
    /* Windows-1252 in the file (CHARSET:1252). */
    ck_assert_str_eq (e->remittance, "INTEREST PAID Int\xc3\xa9r\xc3\xaats mai");
    rf_statement_free (st);
    g_free (data);
}
END_TEST

START_TEST (test_ofx2_fixture)
{
    gsize len;
    char *data = slurp ("checking-2026-06.ofx", &len), *reason = NULL;
    rf_statement_t *st;
    rf_payment_entry_t *e;
    ck_assert (rf_ofx_sniff (data, len));
    st = rf_ofx_parse (data, len, &reason);
    ck_assert_msg (st != NULL, "%s", reason ? reason : "");
    ck_assert_str_eq (st->format, "ofx.220");
    /* The 800.00 of May again, the 1500.00, and the 1200.00 that replaces
     * the 2400.00; the replaced one and the fee ignored. */
    ck_assert_uint_eq (st->entries->len, 3);
    ck_assert_uint_eq (st->ignored, 2);
    ck_assert_str_eq (entry (st, 0)->dedupe_key, "ofx:121000248:123456789:202605200001");
    e = entry (st, 1);
    ck_assert_str_eq (e->debtor_name, "Maple Street Bakery");
    ck_assert_str_eq (e->remittance, "Maple Street Bakery");
    e = entry (st, 2);
    ck_assert_int_eq (e->amount_minor, 120000);
    ck_assert_str_eq (e->bank_ref, "202606150002");
    ck_assert_str_eq (e->remittance, "PINE LABS INC US-2026-004 part 1 of 2");
    rf_statement_free (st);
    g_free (data);
}
END_TEST

#define OFX1_HEAD "OFXHEADER:100\nDATA:OFXSGML\nVERSION:103\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS>"
#define OFX1_TAIL "</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>"

/* Forms seen at banks: a comma for the decimal point, a PAYEE aggregate,
 * entities and CDATA, a transaction in another currency, a DELETE
 * correction, a date taken from the end of the statement, the same FITID
 * twice, several accounts in one file. */
START_TEST (test_ofx_forms)
{
    static const char text[] =
        OFX1_HEAD "<CURDEF>EUR<BANKACCTFROM><BANKID>B1<ACCTID>A1</BANKACCTFROM>"
        "<BANKTRANLIST><DTEND>20260310"
        "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260301<TRNAMT>1 234,5<FITID>F1"
        "<PAYEE><NAME>Caf&#233; &amp; Co</NAME><CITY>Lyon</PAYEE><MEMO><![CDATA[R<1>]]></STMTTRN>"
        "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260302<TRNAMT>10.00<FITID>F2"
        "<CURRENCY><CURRATE>1.1<CURSYM>usd</CURRENCY></STMTTRN>"
        "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260303<TRNAMT>5<FITID>F3</STMTTRN>"
        "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260303<TRNAMT>5<FITID>F4<CORRECTFITID>F3"
        "<CORRECTACTION>DELETE</STMTTRN>"
        "<STMTTRN><TRNTYPE>CREDIT<TRNAMT>7<FITID>F5</STMTTRN>"
        "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260304<TRNAMT>8<FITID>F5</STMTTRN>"
        "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260305<TRNAMT>0.00<FITID>F6</STMTTRN>"
        "</BANKTRANLIST></STMTRS><STMTRS><CURDEF>JPY<BANKACCTFROM><BANKID>B1<ACCTID>A2</BANKACCTFROM>"
        "<BANKTRANLIST><STMTTRN><DTUSER>20260306<TRNAMT>300<FITID>F1</STMTTRN></BANKTRANLIST>"
        OFX1_TAIL;
    rf_statement_t *st = parse_ok (text);
    rf_payment_entry_t *e;
    /* F1, F2, F5, F5 (again), and F1 of the second account; F3 deleted by
     * F4 (2 ignored), F6 is zero (ignored). */
    ck_assert_uint_eq (st->entries->len, 5);
    ck_assert_uint_eq (st->ignored, 3);
    e = entry (st, 0);
    ck_assert_int_eq (e->amount_minor, 123450);
    ck_assert_str_eq (e->debtor_name, "Caf\xc3\xa9 & Co");
    ck_assert_str_eq (e->remittance, "Caf\xc3\xa9 & Co R<1>");
    ck_assert_str_eq (e->account, "A1");
    e = entry (st, 1);
    ck_assert_str_eq (e->currency, "USD");
    ck_assert_int_eq (e->amount_minor, 1000);
    e = entry (st, 2);
    ck_assert_int_eq (e->booking_date, day ("2026-03-10"));
    ck_assert_str_eq (e->date_source, "statement");
    ck_assert_str_eq (e->dedupe_key, "ofx:B1:A1:F5");
    e = entry (st, 3);
    ck_assert (g_str_has_prefix (e->dedupe_key, "content:"));   /* F5 written twice */
    e = entry (st, 4);
    ck_assert_str_eq (e->currency, "JPY");
    ck_assert_int_eq (e->amount_minor, 300);
    ck_assert_str_eq (e->date_source, "value");
    ck_assert_str_eq (e->account, "A2");
    ck_assert_str_eq (e->dedupe_key, "ofx:B1:A2:F1");
    rf_statement_free (st);
}
END_TEST

/* Amounts with thousands grouped, US and European style: the last of '.'
 * and ',' is the decimal mark. */
START_TEST (test_ofx_grouped_amounts)
{
    static const char text[] =
        OFX1_HEAD "<CURDEF>USD<BANKACCTFROM><BANKID>B1<ACCTID>A1</BANKACCTFROM>"
        "<BANKTRANLIST><DTEND>20260310"
        "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260301<TRNAMT>1,234.50<FITID>G1</STMTTRN>"
        "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260302<TRNAMT>12.345,67<FITID>G2</STMTTRN>"
        "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260303<TRNAMT>1,000,000.01<FITID>G3</STMTTRN>"
        "</BANKTRANLIST>" OFX1_TAIL;
    rf_statement_t *st = parse_ok (text);
    ck_assert_uint_eq (st->entries->len, 3);
    ck_assert_int_eq (entry (st, 0)->amount_minor, 123450);
    ck_assert_int_eq (entry (st, 1)->amount_minor, 1234567);
    ck_assert_int_eq (entry (st, 2)->amount_minor, 100000001);
    rf_statement_free (st);
}
END_TEST

/* A file without the OFX 1 header, starting at <OFX> (some QFX downloads). */
START_TEST (test_ofx_no_header)
{
    rf_statement_t *st = parse_ok ("<OFX><STMTRS><CURDEF>CAD<STMTTRN><DTPOSTED>20260101<TRNAMT>+1.5"
                                   "</STMTTRN></STMTRS></OFX>");
    ck_assert_str_eq (st->format, "ofx");
    ck_assert_ptr_null (st->account);
    ck_assert_int_eq (entry (st, 0)->amount_minor, 150);
    ck_assert (g_str_has_prefix (entry (st, 0)->dedupe_key, "content:"));
    rf_statement_free (st);
}
END_TEST

static const struct {
    const char *text, *reason;
} refused[] = {
    { OFX1_HEAD "<CURDEF>XXX<STMTTRN><DTPOSTED>20260101<TRNAMT>1</STMTTRN>" OFX1_TAIL,
      "OFX: transaction 1 (line 5): unknown currency 'XXX'" },
    { OFX1_HEAD "<STMTTRN><DTPOSTED>20260101<TRNAMT>1</STMTTRN>" OFX1_TAIL,
      "OFX: transaction 1 (line 5): no currency (the statement has no CURDEF)" },
    { OFX1_HEAD "<CURDEF>EUR<STMTTRN><DTPOSTED>20260101<TRNAMT>1.2.3</STMTTRN>" OFX1_TAIL,
      "OFX: transaction 1 (line 5): invalid amount '1.2.3'" },
    { OFX1_HEAD "<CURDEF>EUR<STMTTRN><DTPOSTED>20260101</STMTTRN>" OFX1_TAIL,
      "OFX: transaction 1 (line 5): invalid amount ''" },
    { OFX1_HEAD "<CURDEF>EUR<STMTTRN><DTPOSTED>20260231<TRNAMT>1</STMTTRN>" OFX1_TAIL,
      "OFX: transaction 1 (line 5): invalid date '20260231'" },
    { OFX1_HEAD "<CURDEF>EUR<STMTTRN><TRNAMT>1</STMTTRN>" OFX1_TAIL,
      "OFX: transaction 1 (line 5): no date (DTPOSTED)" },
    { OFX1_HEAD "<CURDEF>EUR<STMTTRN><STMTTRN>" OFX1_TAIL,
      "OFX: line 5: a transaction (STMTTRN) inside a transaction" },
    { OFX1_HEAD "<STMTRS>" OFX1_TAIL, "OFX: line 5: a statement inside a statement" },
    { OFX1_HEAD "<CURDEF>EUR<STMTTRN><DTPOSTED>20260101<TRNAMT>1", "OFX: truncated OFX: a statement (STMTRS) is never closed" },
    { OFX1_HEAD "<CURDEF>EUR<STMTTRN><DTPOSTED", "OFX: malformed OFX at line 5: a tag is never closed by '>'" },
    { OFX1_HEAD "<!-- never closed", "OFX: malformed OFX at line 5: a comment or declaration is never closed" },
    { "OFXHEADER:100\n\n<OFX><SIGNONMSGSRSV1></SIGNONMSGSRSV1></OFX>", "OFX: OFX file without a bank statement (no STMTRS)" },
    { "OFXHEADER:100\n\n<OFX><CCSTMTRS><CURDEF>USD<STMTTRN><TRNAMT>5</STMTTRN></CCSTMTRS></OFX>",
      "OFX: OFX credit card statement (CCSTMTRS) only: it holds no payments to a bank account" },
    { "OFXHEADER:100\n\n", "OFX: OFX file without a bank statement (no STMTRS)" },
};

START_TEST (test_ofx_refused)
{
    char *reason = NULL;
    ck_assert (rf_ofx_sniff (refused[_i].text, strlen (refused[_i].text)));
    ck_assert_ptr_null (rf_ofx_parse (refused[_i].text, strlen (refused[_i].text), &reason));
    ck_assert_str_eq (reason, refused[_i].reason);
    g_free (reason);
}
END_TEST

START_TEST (test_ofx_sniff)
{
    ck_assert (rf_ofx_sniff ("\xef\xbb\xbf  OFXHEADER:100", 19));
    ck_assert (rf_ofx_sniff ("<?xml version='1.0'?><?OFX OFXHEADER=\"200\"?><OFX>", 49));
    ck_assert (!rf_ofx_sniff ("From: a@b\n\n<OFX>", 16));
    ck_assert (!rf_ofx_sniff ("<?xml version='1.0'?><Invoice/>", 31));
    ck_assert (!rf_ofx_sniff ("", 0));
}
END_TEST

/* Long runs of what the reader steps over: no recursion, no quadratic
 * work, and an end. */
START_TEST (test_ofx_hostile_runs)
{
    GString *s = g_string_new ("OFXHEADER:100\n\n<OFX><STMTRS><CURDEF>EUR");
    char *reason = NULL;
    rf_statement_t *st;
    for (int i = 0; i < 20000; i++)
        g_string_append (s, "<STMTTRN><DTPOSTED>20260101<TRNAMT>1&#0;&#x110000;&bogus;</STMTTRN><<>< x>");
    g_string_append (s, "</STMTRS></OFX>");
    st = rf_ofx_parse (s->str, s->len, &reason);
    /* "1&#0;..." is not an amount: invalid references are kept as written. */
    ck_assert_ptr_null (st);
    ck_assert_str_eq (reason, "OFX: transaction 1 (line 3): invalid amount '1&#0;&#x110000;&bogus;'");
    g_free (reason);
    g_string_free (s, TRUE);
}
END_TEST

/* Corrections follow the order of the file: a FITID written twice is
 * replaced first where it was first written, then where it was next; a
 * correction naming nothing left (or a debit, never a payment) removes
 * nothing. */
START_TEST (test_ofx_correction_order)
{
    static const char text[] =
        OFX1_HEAD "<CURDEF>EUR<BANKACCTFROM><ACCTID>A</BANKACCTFROM><BANKTRANLIST>"
        "<STMTTRN><DTPOSTED>20260301<TRNAMT>1<FITID>D</STMTTRN>"
        "<STMTTRN><DTPOSTED>20260302<TRNAMT>2<FITID>D</STMTTRN>"
        "<STMTTRN><DTPOSTED>20260303<TRNAMT>3<FITID>R1<CORRECTFITID>D<CORRECTACTION>REPLACE</STMTTRN>"
        "<STMTTRN><DTPOSTED>20260304<TRNAMT>4<FITID>R2<CORRECTFITID>D<CORRECTACTION>REPLACE</STMTTRN>"
        "<STMTTRN><DTPOSTED>20260305<TRNAMT>5<FITID>X<CORRECTFITID>D<CORRECTACTION>DELETE</STMTTRN>"
        "<STMTTRN><DTPOSTED>20260306<TRNAMT>6<FITID>Y<CORRECTFITID>R1<CORRECTACTION>DELETE</STMTTRN>"
        "<STMTTRN><DTPOSTED>20260307<TRNAMT>-9<FITID>N</STMTTRN>"
        "<STMTTRN><DTPOSTED>20260308<TRNAMT>8<FITID>M<CORRECTFITID>N<CORRECTACTION>REPLACE</STMTTRN>"
        "</BANKTRANLIST>" OFX1_TAIL;
    rf_statement_t *st = parse_ok (text);
    /* Left: R2 (4.00) and M (8.00). Ignored: the two D (replaced), X and
     * Y (deletions), R1 (deleted by Y), N (a debit): 6. */
    ck_assert_uint_eq (st->entries->len, 2);
    ck_assert_str_eq (entry (st, 0)->bank_ref, "R2");
    ck_assert_int_eq (entry (st, 0)->amount_minor, 400);
    ck_assert_str_eq (entry (st, 1)->bank_ref, "M");
    ck_assert_int_eq (entry (st, 1)->amount_minor, 800);
    ck_assert_uint_eq (st->ignored, 6);
    rf_statement_free (st);
}
END_TEST

/* 40,000 corrections naming FITIDs the file does not have: each one once
 * searched every payment before it (40,000^2 / 2 comparisons, seconds,
 * past the test's time limit under the sanitizers); a table of FITIDs
 * makes it one look-up each. All are kept as plain payments. */
START_TEST (test_ofx_many_corrections)
{
    GString *s = g_string_new (OFX1_HEAD "<CURDEF>EUR<BANKACCTFROM><ACCTID>A</BANKACCTFROM><BANKTRANLIST>");
    rf_statement_t *st;
    for (int i = 0; i < 40000; i++)
        g_string_append_printf (s, "<STMTTRN><DTPOSTED>20260101<TRNAMT>1<FITID>F%d<CORRECTFITID>Q%d"
                                   "<CORRECTACTION>REPLACE</STMTTRN>", i, i);
    g_string_append (s, "</BANKTRANLIST>" OFX1_TAIL);
    st = parse_ok (s->str);
    ck_assert_uint_eq (st->entries->len, 40000);
    ck_assert_uint_eq (st->ignored, 0);
    ck_assert_str_eq (entry (st, 39999)->bank_ref, "F39999");
    rf_statement_free (st);
    g_string_free (s, TRUE);
}
END_TEST

static Suite *
ofx_suite (void)
{
    Suite *s = suite_create ("payment_ofx");
    TCase *tc = tcase_create ("ofx");
    tcase_add_test (tc, test_ofx1_fixture);
    tcase_add_test (tc, test_ofx2_fixture);
    tcase_add_test (tc, test_ofx_forms);
    tcase_add_test (tc, test_ofx_grouped_amounts);
    tcase_add_test (tc, test_ofx_no_header);
    tcase_add_loop_test (tc, test_ofx_refused, 0, G_N_ELEMENTS (refused));
    tcase_add_test (tc, test_ofx_sniff);
    tcase_add_test (tc, test_ofx_hostile_runs);
    tcase_add_test (tc, test_ofx_correction_order);
    tcase_add_test (tc, test_ofx_many_corrections);
    suite_add_tcase (s, tc);
    return s;
}

int
main (void)
{
    return unit_run (ofx_suite ());
}
