/* check_money_parse.c - amounts, safe XML, invoice and statement readers.
 * Expected values are computed by hand from the fixtures (see
 * fixtures/invoices/README.md); each is explained next to its assertion. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/parser.h>

#include "money/invoice_parse.h"
#include "money/money.h"
#include "money/payment_parse.h"
#include "money/creditor_ref.h"
#include "money/invoice_pdf.h"
#include "base/util.h"
#include "money/xml_safe.h"

static char *
slurp (const char *dir, const char *name, gsize *len)
{
    char *path = g_build_filename (FIXTURES_DIR, dir, name, NULL), *data = NULL;
    GError *err = NULL;
    if (!g_file_get_contents (path, &data, len, &err))
        ck_abort_msg ("%s: %s", path, err->message);
    g_free (path);
    return data;
}

static xmlDocPtr
read_fixture (const char *dir, const char *name)
{
    gsize len;
    char *data = slurp (dir, name, &len), *reason = NULL;
    xmlDocPtr doc = rf_xml_read (data, len, RF_XML_MAX_BYTES, name, &reason);
    ck_assert_msg (doc != NULL, "%s: %s", name, reason ? reason : "");
    g_free (data);
    return doc;
}

static gint64
day (const char *s)
{
    gint64 t;
    ck_assert (rf_parse_date (s, &t));
    return t;
}

/* ---- money.c */

START_TEST (test_currency_exponents)
{
    ck_assert_int_eq (rf_currency_exponent ("EUR"), 2);
    ck_assert_int_eq (rf_currency_exponent ("JPY"), 0);
    ck_assert_int_eq (rf_currency_exponent ("KWD"), 3);
    ck_assert_int_eq (rf_currency_exponent ("CLF"), 4);
    ck_assert_int_eq (rf_currency_exponent ("XAU"), -1);   /* gold: no minor unit */
    ck_assert_int_eq (rf_currency_exponent ("EUX"), -1);
    ck_assert_int_eq (rf_currency_exponent ("eur"), -1);   /* the table is upper case */
    ck_assert_int_eq (rf_currency_exponent ("EURO"), -1);
    {
        char *c = rf_currency_normalize (" usd\n");
        ck_assert_str_eq (c, "USD");
        g_free (c);
    }
    ck_assert_ptr_null (rf_currency_normalize ("EUX"));
}
END_TEST

START_TEST (test_amount_parse)
{
    gint64 v = 0;
    char buf[48];
    ck_assert_int_eq (rf_amount_parse ("1200.50", 2, &v), RF_AMOUNT_OK);
    ck_assert_int_eq (v, 120050);
    ck_assert_int_eq (rf_amount_parse (" 1 200.5 ", 2, &v), RF_AMOUNT_OK);
    ck_assert_int_eq (v, 120050);                       /* 1200.50 -> 120050 cents */
    ck_assert_int_eq (rf_amount_parse ("1\xC2\xA0" "000", 2, &v), RF_AMOUNT_OK);
    ck_assert_int_eq (v, 100000);                       /* no-break space grouping */
    ck_assert_int_eq (rf_amount_parse ("-3", 2, &v), RF_AMOUNT_OK);
    ck_assert_int_eq (v, -300);
    ck_assert_int_eq (rf_amount_parse ("1500", 0, &v), RF_AMOUNT_OK);
    ck_assert_int_eq (v, 1500);                         /* JPY: no decimals */
    ck_assert_int_eq (rf_amount_parse ("12.345", 3, &v), RF_AMOUNT_OK);
    ck_assert_int_eq (v, 12345);                        /* KWD: fils */
    ck_assert_int_eq (rf_amount_parse ("0.005", 2, &v), RF_AMOUNT_OK);
    ck_assert_int_eq (v, 1);                            /* half away from zero */
    ck_assert_int_eq (rf_amount_parse ("-0.015", 2, &v), RF_AMOUNT_OK);
    ck_assert_int_eq (v, -2);
    ck_assert_int_eq (rf_amount_parse ("10.994", 2, &v), RF_AMOUNT_OK);
    ck_assert_int_eq (v, 1099);
    ck_assert_int_eq (rf_amount_parse (".5", 2, &v), RF_AMOUNT_OK);
    ck_assert_int_eq (v, 50);
    ck_assert_int_eq (rf_amount_parse ("1,5", 2, &v), RF_AMOUNT_SYNTAX);
    ck_assert_int_eq (rf_amount_parse ("1e3", 2, &v), RF_AMOUNT_SYNTAX);
    ck_assert_int_eq (rf_amount_parse ("1.2.3", 2, &v), RF_AMOUNT_SYNTAX);
    ck_assert_int_eq (rf_amount_parse ("--1", 2, &v), RF_AMOUNT_SYNTAX);
    ck_assert_int_eq (rf_amount_parse ("-", 2, &v), RF_AMOUNT_SYNTAX);
    ck_assert_int_eq (rf_amount_parse ("   ", 2, &v), RF_AMOUNT_EMPTY);
    ck_assert_int_eq (rf_amount_parse ("99999999999999999999", 2, &v), RF_AMOUNT_RANGE);
    ck_assert_int_eq (rf_amount_parse ("1000000000000.01", 2, &v), RF_AMOUNT_RANGE);
    rf_amount_format (-123450, 2, buf);
    ck_assert_str_eq (buf, "-1234.50");
    rf_amount_format (1500, 0, buf);
    ck_assert_str_eq (buf, "1500");
    rf_amount_format (5, 3, buf);
    ck_assert_str_eq (buf, "0.005");
}
END_TEST

/* ---- xml_safe.c */

START_TEST (test_sniff)
{
    ck_assert (rf_xml_sniff ("<a/>", 4));
    ck_assert (rf_xml_sniff ("\xEF\xBB\xBF  \n<?xml?>", 12));
    ck_assert (!rf_xml_sniff ("From x", 6));
    ck_assert (!rf_xml_sniff ("", 0));
    ck_assert (!rf_xml_sniff ("   ", 3));
    ck_assert (rf_xml_sniff ("\xFF\xFE<\0a\0", 6));          /* UTF-16LE "<a" */
    ck_assert (rf_xml_sniff ("\xFE\xFF\0 \0<", 6));          /* UTF-16BE " <" */
    ck_assert (!rf_xml_sniff ("\xFF\xFEx\0", 4));
}
END_TEST

/* The formats that are not XML are told apart past a byte order mark and
 * white space, and only there. */
START_TEST (test_sniff_text_start)
{
    const char *a = "\xEF\xBB\xBF \r\n:20:STMT\n:25:DE12\n:60F:C260101EUR0,00\n", *b = "\xEF\xBB";
    ck_assert_ptr_eq (rf_text_start (a, a + strlen (a)), a + 6);
    ck_assert_ptr_eq (rf_text_start (b, b + 2), b);          /* half a mark: not one */
    ck_assert_ptr_eq (rf_text_start ("  ", (const char *) "  " + 2), (const char *) "  " + 2);
    ck_assert (rf_mt940_sniff (a, strlen (a)));
    ck_assert (rf_ofx_sniff ("\xEF\xBB\xBF\nOFXHEADER:100\nDATA:OFXSGML\n", 35));
    ck_assert (!rf_mt940_sniff (a + 3 + 2, 1));                  /* "\n" only */
    ck_assert (!rf_mt940_sniff ("x :20:A\n:25:B\n:60F:C", 20));
    ck_assert (!rf_ofx_sniff ("\xEF\xBB", 2));
}
END_TEST

START_TEST (test_utf16_invoice)
{
    /* The same invoice number, written in UTF-16LE with a BOM. */
    static const char xml[] =
        "<Invoice xmlns='urn:oasis:names:specification:ubl:schema:xsd:Invoice-2'"
        " xmlns:cbc='urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2'>"
        "<cbc:ID>U16-\xC3\xA9</cbc:ID><cbc:IssueDate>2026-01-05</cbc:IssueDate>"
        "<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>"
        "<cac:LegalMonetaryTotal xmlns:cac='urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2'>"
        "<cbc:PayableAmount>5</cbc:PayableAmount></cac:LegalMonetaryTotal></Invoice>";
    gsize n = 0;
    gunichar2 *u = g_utf8_to_utf16 (xml, -1, NULL, (glong *) &n, NULL);
    GString *bytes = g_string_new_len ("\xFF\xFE", 2);
    char *reason = NULL;
    xmlDocPtr doc;
    GPtrArray *invs;
    for (gsize i = 0; i < n; i++) {
        g_string_append_c (bytes, (char) (u[i] & 0xFF));
        g_string_append_c (bytes, (char) (u[i] >> 8));
    }
    ck_assert (rf_xml_sniff (bytes->str, bytes->len));
    doc = rf_xml_read (bytes->str, bytes->len, RF_XML_MAX_BYTES, "u16.xml", &reason);
    ck_assert_msg (doc != NULL, "%s", reason);
    invs = rf_invoice_parse_doc (doc, &reason);
    ck_assert_msg (invs != NULL, "%s", reason);
    ck_assert_str_eq (((rf_invoice_t *) invs->pdata[0])->number, "U16-\xC3\xA9");
    ck_assert_int_eq (((rf_invoice_t *) invs->pdata[0])->amount_minor, 500);
    g_ptr_array_unref (invs);
    xmlFreeDoc (doc);
    g_string_free (bytes, TRUE);
    g_free (u);
}
END_TEST

/* Each hostile or broken fixture and the start of its expected reason. */
static const struct {
    const char *file;
    const char *reason;     /* prefix of the one-line reason */
} hostile[] = {
    { "xxe-local-file.xml", "refused: the DOCTYPE declares entities (\"secret\")" },
    { "xxe-parameter-entity.xml", "refused: the DOCTYPE declares entities (\"ext\")" },
    { "billion-laughs.xml", "refused: the DOCTYPE declares entities (\"lol\")" },
    { "truncated.xml", "malformed XML at line 8: Premature end of data in tag PayableAmount" },
    { "not-xml.xml", "not XML (does not start with '<')" },
    { "empty.xml", "empty file" },
};

START_TEST (test_hostile_refused)
{
    gsize len;
    char *data = slurp ("hostile-xml", hostile[_i].file, &len), *reason = NULL;
    xmlDocPtr doc = rf_xml_read (data, len, RF_XML_MAX_BYTES, hostile[_i].file, &reason);
    ck_assert_ptr_null (doc);
    ck_assert_ptr_nonnull (reason);
    ck_assert_msg (g_str_has_prefix (reason, hostile[_i].reason), "%s: got '%s'", hostile[_i].file, reason);
    ck_assert (!strchr (reason, '\n'));
    ck_assert (!strstr (reason, "CANARY"));
    g_free (reason);
    g_free (data);
}
END_TEST

START_TEST (test_size_limit)
{
    /* The limit is checked before a byte is parsed: a 1 GB file is refused
     * the same way as this 200-byte one against a 100-byte limit. */
    gsize len;
    char *data = slurp ("invoices", "ubl-INV-2026-003.xml", &len), *reason = NULL;
    ck_assert_ptr_null (rf_xml_read (data, len, 100, "x.xml", &reason));
    ck_assert_str_eq (reason, "larger than 100 bytes");
    g_free (reason);
    ck_assert_ptr_null (rf_xml_read (data, (gsize) 1 << 30, RF_XML_MAX_BYTES, "x.xml", &reason));
    ck_assert_str_eq (reason, "larger than 64 MiB");
    g_free (reason);
    g_free (data);
}
END_TEST

START_TEST (test_deep_nesting)
{
    /* libxml2 refuses more than 256 levels without XML_PARSE_HUGE. */
    GString *s = g_string_new (NULL);
    char *reason = NULL;
    for (int i = 0; i < 5000; i++)
        g_string_append (s, "<a>");
    for (int i = 0; i < 5000; i++)
        g_string_append (s, "</a>");
    ck_assert_ptr_null (rf_xml_read (s->str, s->len, RF_XML_MAX_BYTES, "deep.xml", &reason));
    ck_assert_msg (g_str_has_prefix (reason, "malformed XML at line 1:"), "%s", reason);
    g_free (reason);
    g_string_free (s, TRUE);
}
END_TEST

START_TEST (test_external_dtd_not_loaded)
{
    /* The DOCTYPE names canary.dtd, which declares &canary;. The DTD is
     * never read, so the buyer name has no text at all. */
    xmlDocPtr doc = read_fixture ("hostile-xml", "xxe-external-dtd.xml");
    char *reason = NULL;
    GPtrArray *invs = rf_invoice_parse_doc (doc, &reason);
    rf_invoice_t *inv;
    ck_assert_msg (invs != NULL, "%s", reason);
    inv = g_ptr_array_index (invs, 0);
    ck_assert_str_eq (inv->number, "XXE-3");
    ck_assert_ptr_null (inv->buyer_name);
    g_ptr_array_unref (invs);
    xmlFreeDoc (doc);
}
END_TEST

START_TEST (test_find_by_namespace)
{
    static const char xml[] =
        "<x:r xmlns:x='urn:r' xmlns:y='urn:y'><x:a><y:b>1</y:b></x:a><x:a><y:c>2</y:c></x:a>"
        "<x:a><y:c> 3 </y:c></x:a><a><c>no</c></a></x:r>";
    const char *ns[] = { "p", "urn:r", "q", "urn:y", NULL };
    char *reason = NULL, *t;
    xmlDocPtr doc = rf_xml_read (xml, sizeof xml - 1, RF_XML_MAX_BYTES, "t.xml", &reason);
    GPtrArray *all;
    ck_assert_ptr_nonnull (doc);
    /* The second p:a is the first one with a q:c: every branch is searched. */
    t = rf_xml_path_text (xmlDocGetRootElement (doc), ns, "p:a/q:c");
    ck_assert_str_eq (t, "2");
    g_free (t);
    all = rf_xml_find_all (xmlDocGetRootElement (doc), ns, "p:a/q:c");
    ck_assert_int_eq (all->len, 2);
    g_ptr_array_unref (all);
    /* No namespace: the unprefixed a/c does not match p:a/q:c, only a/c. */
    t = rf_xml_path_text (xmlDocGetRootElement (doc), ns, "a/c");
    ck_assert_str_eq (t, "no");
    g_free (t);
    xmlFreeDoc (doc);
}
END_TEST

/* ---- invoices */

static rf_invoice_t *
parse_one (const char *dir, const char *name, GPtrArray **keep)
{
    xmlDocPtr doc = read_fixture (dir, name);
    char *reason = NULL;
    *keep = rf_invoice_parse_doc (doc, &reason);
    ck_assert_msg (*keep != NULL, "%s: %s", name, reason ? reason : "");
    ck_assert_int_eq ((*keep)->len, 1);
    xmlFreeDoc (doc);
    return g_ptr_array_index (*keep, 0);
}

static gboolean
has_id (const rf_invoice_t *inv, const char *id)
{
    for (guint i = 0; i < inv->buyer_ids->len; i++)
        if (strcmp (g_ptr_array_index (inv->buyer_ids, i), id) == 0)
            return TRUE;
    return FALSE;
}

START_TEST (test_ubl_invoice)
{
    GPtrArray *keep;
    rf_invoice_t *inv = parse_one ("invoices", "ubl-INV-2026-001.xml", &keep);
    ck_assert_str_eq (inv->format, "ubl");
    ck_assert_str_eq (inv->number, "INV-2026-001");
    ck_assert_int_eq (inv->kind, RF_INVOICE_KIND_INVOICE);
    ck_assert_str_eq (inv->type_code, "380");
    ck_assert_int_eq (inv->issue_date, day ("2026-01-05"));
    ck_assert_int_eq (inv->due_date, day ("2026-02-04"));
    ck_assert_int_eq (inv->due_source, RF_DUE_DOCUMENT);
    ck_assert_str_eq (inv->currency, "EUR");
    ck_assert_int_eq (inv->amount_minor, 120000);
    ck_assert_int_eq (inv->net_minor, 100000);
    ck_assert_int_eq (inv->total_minor, 120000);
    ck_assert_int_eq (inv->prepaid_minor, 0);
    ck_assert_str_eq (inv->seller_key, "fr00123456789");   /* the VAT id, folded */
    ck_assert_str_eq (inv->seller_name, "Studio Example SARL");
    ck_assert_str_eq (inv->buyer_name, "ACME Corp SAS");
    ck_assert_str_eq (inv->buyer_email, "ap@acme.example");
    ck_assert_str_eq (inv->buyer_endpoint, "0009:11111111100011");
    ck_assert (has_id (inv, "FR11111111111"));
    ck_assert (has_id (inv, "0009:11111111100011"));
    ck_assert (has_id (inv, "11111111100011"));
    ck_assert_int_eq (inv->refs->len, 0);
    g_ptr_array_unref (keep);
}
END_TEST

START_TEST (test_ubl_copy_other_prefixes)
{
    GPtrArray *keep;
    rf_invoice_t *inv = parse_one ("invoices", "ubl-INV-2026-001-copy.xml", &keep);
    ck_assert_str_eq (inv->number, "INV-2026-001");        /* trimmed */
    ck_assert_int_eq (inv->amount_minor, 120000);          /* "1 200.00" */
    ck_assert_int_eq (inv->net_minor, 100000);
    ck_assert_str_eq (inv->seller_key, "fr00123456789");   /* same seller as the original */
    ck_assert_str_eq (inv->buyer_email, "ap@acme.example"); /* lower-cased */
    g_ptr_array_unref (keep);
}
END_TEST

START_TEST (test_ubl_terms_due_and_credit_note)
{
    GPtrArray *keep, *keep2;
    rf_invoice_t *inv = parse_one ("invoices", "ubl-INV-2026-002.xml", &keep);
    rf_invoice_t *cn = parse_one ("invoices", "ubl-CN-2026-001.xml", &keep2);
    ck_assert_int_eq (inv->due_date, day ("2026-03-04"));
    ck_assert_int_eq (inv->due_source, RF_DUE_TERMS);
    ck_assert_str_eq (inv->buyer_name, "ACME Corp SAS, Accounts Payable");
    ck_assert_int_eq (cn->kind, RF_INVOICE_KIND_CREDIT_NOTE);
    ck_assert_str_eq (cn->type_code, "381");
    ck_assert_int_eq (cn->amount_minor, 30000);
    ck_assert_int_eq (cn->net_minor, 25000);
    ck_assert_int_eq (cn->due_source, RF_DUE_NONE);
    ck_assert_int_eq (cn->refs->len, 1);
    ck_assert_str_eq (g_ptr_array_index (cn->refs, 0), "INV-2026-003");
    g_ptr_array_unref (keep);
    g_ptr_array_unref (keep2);
}
END_TEST

START_TEST (test_cii)
{
    GPtrArray *k1, *k2, *k3, *k4;
    rf_invoice_t *a = parse_one ("invoices", "cii-FX-2026-010.xml", &k1);
    rf_invoice_t *b = parse_one ("invoices", "cii-FX-2026-011.xml", &k2);
    rf_invoice_t *cn = parse_one ("invoices", "cii-FX-2026-012-credit.xml", &k3);
    rf_invoice_t *cor = parse_one ("invoices", "cii-FX-2026-014-corrected.xml", &k4);
    ck_assert_str_eq (a->format, "cii");
    ck_assert_str_eq (a->number, "FX-2026-010");
    ck_assert_int_eq (a->issue_date, day ("2026-01-20"));
    ck_assert_int_eq (a->due_date, day ("2026-02-19"));
    ck_assert_int_eq (a->due_source, RF_DUE_TERMS);
    ck_assert_str_eq (a->currency, "USD");
    ck_assert_int_eq (a->amount_minor, 500000);
    ck_assert_str_eq (a->seller_key, "fr00123456789");
    ck_assert_str_eq (a->buyer_email, "payables@globex.example");
    ck_assert_str_eq (a->buyer_endpoint, "EM:payables@globex.example");
    /* Prefixes a/b/c; grand total 3200.00, prepaid 200.00, payable 3000.00. */
    ck_assert_str_eq (b->number, "FX-2026-011");
    ck_assert_int_eq (b->total_minor, 320000);
    ck_assert_int_eq (b->prepaid_minor, 20000);
    ck_assert_int_eq (b->amount_minor, 300000);
    ck_assert_int_eq (b->net_minor, 320000);
    ck_assert_str_eq (b->buyer_email, "payables@globex.example");
    ck_assert_int_eq (cn->kind, RF_INVOICE_KIND_CREDIT_NOTE);
    ck_assert_int_eq (cn->amount_minor, 50000);
    ck_assert_str_eq (g_ptr_array_index (cn->refs, 0), "FX-2026-011");
    ck_assert_int_eq (cor->kind, RF_INVOICE_KIND_CORRECTED);
    ck_assert_str_eq (cor->type_code, "384");
    ck_assert_str_eq (g_ptr_array_index (cor->refs, 0), "FX-2026-013");
    g_ptr_array_unref (k1);
    g_ptr_array_unref (k2);
    g_ptr_array_unref (k3);
    g_ptr_array_unref (k4);
}
END_TEST

START_TEST (test_invoice_log)
{
    xmlDocPtr doc = read_fixture ("invoices", "invoice-log.xml");
    char *reason = NULL;
    GPtrArray *invs = rf_invoice_parse_doc (doc, &reason);
    rf_invoice_t *first, *fourth;
    rf_log_payment_t *p;
    ck_assert_msg (invs != NULL, "%s", reason);
    ck_assert_int_eq (invs->len, 4);
    first = g_ptr_array_index (invs, 0);
    fourth = g_ptr_array_index (invs, 3);
    ck_assert_str_eq (first->format, "log");
    ck_assert_str_eq (first->number, "LOG-001");
    ck_assert_str_eq (first->client_hint, "initech");
    ck_assert_str_eq (first->seller_key, "fr00123456789");
    ck_assert_int_eq (first->amount_minor, 50000);
    ck_assert_int_eq (first->net_minor, 50000);            /* no <net>: the amount */
    ck_assert_int_eq (first->due_source, RF_DUE_DOCUMENT);
    ck_assert_int_eq (first->payments->len, 1);
    p = g_ptr_array_index (first->payments, 0);
    ck_assert_int_eq (p->date, day ("2026-02-09"));
    ck_assert_int_eq (p->amount_minor, 50000);
    ck_assert_str_eq (p->reference, "transfer 2026-02-09");
    ck_assert_int_eq (fourth->issue_date, day ("2026-04-20"));
    ck_assert_int_eq (fourth->payments->len, 0);
    g_ptr_array_unref (invs);
    xmlFreeDoc (doc);
}
END_TEST

START_TEST (test_invoice_log_errors)
{
    static const struct {
        const char *xml;
        const char *reason;
    } cases[] = {
        { "<invoice-log xmlns='urn:x-redflag:invoice-log:1'><invoice number='A1'><issued>2026-01-01</issued>"
          "<currency>EUR</currency></invoice></invoice-log>",
          "invoice 1 (A1): missing <amount>" },
        { "<invoice-log xmlns='urn:x-redflag:invoice-log:1'><invoice number='A1'><issued>2026-02-30</issued>"
          "<currency>EUR</currency><amount>1</amount></invoice></invoice-log>",
          "invoice 1 (A1): invalid <issued> '2026-02-30'" },
        { "<invoice-log xmlns='urn:x-redflag:invoice-log:1' version='2'/>",
          "invoice log version '2' is not supported (only 1)" },
        { "<invoice-log xmlns='urn:x-redflag:invoice-log:1'><invoice><issued>2026-01-01</issued></invoice>"
          "</invoice-log>",
          "invoice 1: missing number attribute" },
        { "<invoice-log xmlns='urn:x-redflag:invoice-log:1'><invoice number='A1' kind='debit'/></invoice-log>",
          "invoice 1 (A1): unknown kind 'debit' (invoice, credit_note or corrected)" },
        { "<invoice-log xmlns='urn:x-redflag:invoice-log:1'><invoice number='B'><issued>2026-01-01</issued>"
          "<currency>JPY</currency><amount>1000</amount><paid date='2026-01-02' amount='-5'/></invoice>"
          "</invoice-log>",
          "invoice 1 (B): <paid> 1: amount '-5' is not positive" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
        char *reason = NULL;
        xmlDocPtr doc = rf_xml_read (cases[i].xml, strlen (cases[i].xml), RF_XML_MAX_BYTES, "l.xml", &reason);
        GPtrArray *invs;
        ck_assert_msg (doc != NULL, "%u: %s", i, reason);
        invs = rf_invoice_parse_doc (doc, &reason);
        ck_assert_ptr_null (invs);
        ck_assert_str_eq (reason, cases[i].reason);
        g_free (reason);
        xmlFreeDoc (doc);
    }
}
END_TEST

/* Broken invoices that parse as XML but are refused, or handled. */
START_TEST (test_broken_invoices)
{
    static const struct {
        const char *file;
        const char *reason;
    } cases[] = {
        { "unknown-currency.xml", "unknown currency 'EUX' (not an ISO 4217 code with a minor unit)" },
        { "negative-credit-note.xml", "credit note NEGCN-1 has a negative payable amount" },
        { "wrong-namespace.xml", "not an invoice: root element {urn:example:not-ubl:Invoice}Invoice" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
        xmlDocPtr doc = read_fixture ("hostile-xml", cases[i].file);
        char *reason = NULL;
        ck_assert_ptr_null (rf_invoice_parse_doc (doc, &reason));
        ck_assert_str_eq (reason, cases[i].reason);
        g_free (reason);
        xmlFreeDoc (doc);
    }
}
END_TEST

START_TEST (test_negative_invoice_becomes_credit)
{
    GPtrArray *keep;
    rf_invoice_t *inv = parse_one ("hostile-xml", "negative-amount.xml", &keep);
    ck_assert_int_eq (inv->kind, RF_INVOICE_KIND_CREDIT_NOTE);
    ck_assert_int_eq (inv->amount_minor, 15000);    /* -150.00 -> credit of 150.00 */
    ck_assert_int_eq (inv->net_minor, 12500);
    ck_assert_str_eq (inv->note, "negative payable amount: recorded as a credit note");
    g_ptr_array_unref (keep);
}
END_TEST

START_TEST (test_missing_due_date)
{
    GPtrArray *keep;
    rf_invoice_t *inv = parse_one ("hostile-xml", "missing-due-date.xml", &keep);
    ck_assert_int_eq (inv->due_source, RF_DUE_NONE);
    ck_assert_int_eq (inv->due_date, -1);
    g_ptr_array_unref (keep);
}
END_TEST

START_TEST (test_dates)
{
    gint64 t;
    ck_assert (rf_invoice_parse_date ("20260120", &t));
    ck_assert_int_eq (t, day ("2026-01-20"));
    ck_assert (rf_invoice_parse_date ("2026-01-20+01:00", &t));
    ck_assert_int_eq (t, day ("2026-01-20"));
    ck_assert (rf_invoice_parse_date ("2026-04-06T09:30:00+02:00", &t));
    ck_assert_int_eq (t, day ("2026-04-06"));
    ck_assert (!rf_invoice_parse_date ("20261320", &t));
    ck_assert (!rf_invoice_parse_date ("2026-01-2", &t));
    ck_assert (!rf_invoice_parse_date ("2026-01-201", &t));
    ck_assert (!rf_invoice_parse_date (NULL, &t));
}
END_TEST

/* ---- statements */

static rf_statement_t *
statement (const char *dir, const char *name)
{
    xmlDocPtr doc = read_fixture (dir, name);
    char *reason = NULL;
    rf_statement_t *st = rf_payment_parse_doc (doc, &reason);
    ck_assert_msg (st != NULL, "%s: %s", name, reason ? reason : "");
    xmlFreeDoc (doc);
    return st;
}

START_TEST (test_camt053_v02)
{
    rf_statement_t *st = statement ("payments", "camt053-eur-2026q1.xml");
    rf_payment_entry_t *e;
    ck_assert_str_eq (st->format, "camt.053.001.02");
    ck_assert_str_eq (st->kind, "camt.053");
    ck_assert_str_eq (st->account, "FR7600000000000000000000001");
    /* 8 entries: 5 credits and 1 credit reversal kept; the card debit and
     * the pending credit ignored. */
    ck_assert_int_eq (st->entries->len, 6);
    ck_assert_int_eq (st->ignored, 2);
    e = g_ptr_array_index (st->entries, 0);
    ck_assert_int_eq (e->amount_minor, 120000);
    ck_assert_int_eq (e->booking_date, day ("2026-02-03"));
    ck_assert_str_eq (e->debtor_name, "ACME Corp SAS");
    ck_assert_str_eq (e->debtor_account, "FR7611111111111111111111111");
    ck_assert_ptr_null (e->end_to_end_id);                 /* NOTPROVIDED */
    ck_assert_str_eq (e->remittance, "Invoice INV-2026-001 thanks");
    ck_assert_str_eq (e->dedupe_key, "entry:FR7600000000000000000000001:BNK-0001:0:C");
    e = g_ptr_array_index (st->entries, 1);
    ck_assert_str_eq (e->doc_numbers, "INV-2026-002");
    ck_assert_str_eq (e->end_to_end_id, "ACME-20260310-1");
    e = g_ptr_array_index (st->entries, 3);
    ck_assert_str_eq (e->remittance, "Balance of inv-2026-002");  /* two Ustrd lines */
    ck_assert_int_eq (e->value_date, day ("2026-03-21"));
    e = g_ptr_array_index (st->entries, 4);
    ck_assert (e->reversal);
    ck_assert_int_eq (e->amount_minor, 80000);
    ck_assert_str_eq (e->end_to_end_id, "INITECH-PAY-77");
    rf_statement_free (st);
}
END_TEST

START_TEST (test_camt053_v08_and_054)
{
    rf_statement_t *a = statement ("payments", "camt053-eur-2026-04.xml");
    rf_statement_t *b = statement ("payments", "camt054-usd.xml");
    rf_statement_t *c = statement ("payments", "camt054-eur-dup.xml");
    rf_statement_t *q1 = statement ("payments", "camt053-eur-2026q1.xml");
    rf_payment_entry_t *e;
    ck_assert_str_eq (a->format, "camt.053.001.08");
    ck_assert_int_eq (a->entries->len, 1);
    e = g_ptr_array_index (a->entries, 0);
    ck_assert_str_eq (e->debtor_name, "ACME Corp SAS");    /* Dbtr/Pty/Nm */
    ck_assert_int_eq (e->booking_date, day ("2026-04-06")); /* from DtTm */
    ck_assert_int_eq (e->amount_minor, 60000);
    ck_assert_str_eq (b->kind, "camt.054");
    ck_assert_str_eq (b->account, "US-000123456789");
    e = g_ptr_array_index (b->entries, 0);
    ck_assert_str_eq (e->currency, "USD");
    ck_assert_int_eq (e->amount_minor, 505000);
    ck_assert_str_eq (e->bank_ref, "USD-0001");
    ck_assert_str_eq (e->dedupe_key, "bank:US-000123456789:USD-0001:C");
    /* The notification and the statement give the same key to the same
     * transfer. */
    ck_assert_str_eq (((rf_payment_entry_t *) c->entries->pdata[0])->dedupe_key,
                      ((rf_payment_entry_t *) q1->entries->pdata[0])->dedupe_key);
    rf_statement_free (a);
    rf_statement_free (b);
    rf_statement_free (c);
    rf_statement_free (q1);
}
END_TEST

START_TEST (test_camt_refused)
{
    static const struct {
        const char *file;
        const char *reason;
    } cases[] = {
        { "negative-camt.xml", "entry 1: negative amount '-20.00' (camt amounts are unsigned)" },
        { "camt-unsupported-version.xml",
          "unsupported bank statement format {urn:iso:std:iso:20022:tech:xsd:camt.053.001.15}Document "
          "(camt.052, camt.053 and camt.054 .001.02 to .001.14 are read)" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
        xmlDocPtr doc = read_fixture ("hostile-xml", cases[i].file);
        char *reason = NULL;
        ck_assert_ptr_null (rf_payment_parse_doc (doc, &reason));
        ck_assert_str_eq (reason, cases[i].reason);
        g_free (reason);
        xmlFreeDoc (doc);
    }
}
END_TEST

START_TEST (test_camt_content_keys)
{
    /* No bank reference: keys come from the content, and two identical
     * transfers in one file stay two payments. */
    static const char xml[] =
        "<Document xmlns='urn:iso:std:iso:20022:tech:xsd:camt.054.001.03'><BkToCstmrDbtCdtNtfctn><Ntfctn>"
        "<Acct><Id><IBAN>X1</IBAN></Id></Acct>"
        "<Ntry><Amt Ccy='JPY'>15000</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-01-02</Dt></BookgDt></Ntry>"
        "<Ntry><Amt Ccy='JPY'>15000</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-01-02</Dt></BookgDt></Ntry>"
        "<Ntry><Amt Ccy='KWD'>1.5</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-01-02</Dt></BookgDt>"
        "<NtryDtls><TxDtls><AmtDtls><TxAmt><Amt Ccy='KWD'>1.000</Amt></TxAmt></AmtDtls></TxDtls>"
        "<TxDtls><AmtDtls><TxAmt><Amt Ccy='KWD'>0.500</Amt></TxAmt></AmtDtls></TxDtls></NtryDtls></Ntry>"
        "</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>";
    char *reason = NULL;
    xmlDocPtr doc = rf_xml_read (xml, sizeof xml - 1, RF_XML_MAX_BYTES, "c.xml", &reason);
    rf_statement_t *st = rf_payment_parse_doc (doc, &reason);
    rf_payment_entry_t *a, *b;
    ck_assert_msg (st != NULL, "%s", reason);
    ck_assert_int_eq (st->entries->len, 4);      /* 2 single entries + a batch of 2 */
    a = g_ptr_array_index (st->entries, 0);
    b = g_ptr_array_index (st->entries, 1);
    ck_assert_int_eq (a->amount_minor, 15000);  /* JPY has no decimals */
    ck_assert_str_ne (a->dedupe_key, b->dedupe_key);
    ck_assert (g_str_has_suffix (a->dedupe_key, ":0"));
    ck_assert (g_str_has_suffix (b->dedupe_key, ":1"));
    ck_assert_int_eq (((rf_payment_entry_t *) st->entries->pdata[2])->amount_minor, 1000);  /* 1.000 KWD */
    ck_assert_int_eq (((rf_payment_entry_t *) st->entries->pdata[3])->amount_minor, 500);
    rf_statement_free (st);
    xmlFreeDoc (doc);
}
END_TEST

/* One hand-made document per camt kind and version: three credits, the
 * first booked 2026-05-04, the second with only a value date (05-05), the
 * third with neither, which takes the report's date: the end of its
 * period for camt.052 (05-06), its creation for camt.054 (05-07), the
 * message's creation for camt.053, which has neither here (05-08). Status
 * and debtor are written the way each version writes them. */
static char *
camt_doc (const char *kind, int version)
{
    static const struct {
        const char *kind, *root, *report, *head;
    } k[] = {
        { "052", "BkToCstmrAcctRpt", "Rpt", "<FrToDt><FrDtTm>2026-05-01T00:00:00</FrDtTm>"
                                            "<ToDtTm>2026-05-06T23:59:59</ToDtTm></FrToDt>" },
        { "053", "BkToCstmrStmt", "Stmt", "" },
        { "054", "BkToCstmrDbtCdtNtfctn", "Ntfctn", "<CreDtTm>2026-05-07T08:00:00+02:00</CreDtTm>" },
    };
    const char *sts = version >= 7 ? "<Sts><Cd>BOOK</Cd></Sts>" : "<Sts>BOOK</Sts>";
    const char *dbtr = version >= 8 ? "<Dbtr><Pty><Nm>Nordwind GmbH</Nm></Pty></Dbtr>"
                                    : "<Dbtr><Nm>Nordwind GmbH</Nm></Dbtr>";
    guint i = strcmp (kind, "052") == 0 ? 0 : strcmp (kind, "053") == 0 ? 1 : 2;
    GString *x = g_string_new (NULL);
    g_string_append_printf (x, "<Document xmlns='urn:iso:std:iso:20022:tech:xsd:camt.%s.001.%02d'><%s>"
                            "<GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-05-08T09:00:00</CreDtTm></GrpHdr>"
                            "<%s><Id>R1</Id>%s<Acct><Id><IBAN>DE00TEST</IBAN></Id></Acct>",
                            kind, version, k[i].root, k[i].report, k[i].head);
    for (int e = 0; e < 3; e++)
        g_string_append_printf (x, "<Ntry><Amt Ccy='EUR'>1%d.50</Amt><CdtDbtInd>CRDT</CdtDbtInd>%s%s%s"
                                "<NtryDtls><TxDtls><RltdPties>%s</RltdPties>"
                                "<RmtInf><Ustrd>NW-%d</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>",
                                e, sts, e == 0 ? "<BookgDt><Dt>2026-05-04</Dt></BookgDt>" : "",
                                e <= 1 ? "<ValDt><Dt>2026-05-05</Dt></ValDt>" : "", dbtr, e);
    g_string_append_printf (x, "</%s></%s></Document>", k[i].report, k[i].root);
    return g_string_free (x, FALSE);
}

START_TEST (test_camt_every_version)
{
    static const char *const kinds[] = { "052", "053", "054" };
    static const char *const third[] = { "2026-05-06", "2026-05-08", "2026-05-07" };
    int version = 2 + _i % 13, k = _i / 13;
    char *xml = camt_doc (kinds[k], version), *reason = NULL, *want;
    xmlDocPtr doc = rf_xml_read (xml, strlen (xml), RF_XML_MAX_BYTES, "v.xml", &reason);
    rf_statement_t *st;
    rf_payment_entry_t *e;
    ck_assert_msg (doc != NULL, "%s", reason);
    st = rf_payment_parse_doc (doc, &reason);
    ck_assert_msg (st != NULL, "camt.%s.001.%02d: %s", kinds[k], version, reason);
    want = g_strdup_printf ("camt.%s.001.%02d", kinds[k], version);
    ck_assert_str_eq (st->format, want);
    ck_assert_int_eq (strlen (st->kind), 8);
    ck_assert (strncmp (st->kind, want, 8) == 0);
    ck_assert_str_eq (st->account, "DE00TEST");
    ck_assert_int_eq (st->entries->len, 3);
    ck_assert_int_eq (st->ignored, 0);
    e = g_ptr_array_index (st->entries, 0);
    ck_assert_int_eq (e->amount_minor, 1050);
    ck_assert_int_eq (e->booking_date, day ("2026-05-04"));
    ck_assert_str_eq (e->date_source, "booking");
    ck_assert_str_eq (e->debtor_name, "Nordwind GmbH");
    ck_assert_str_eq (e->remittance, "NW-0");
    e = g_ptr_array_index (st->entries, 1);
    ck_assert_int_eq (e->amount_minor, 1150);
    ck_assert_int_eq (e->booking_date, day ("2026-05-05"));
    ck_assert_str_eq (e->date_source, "value");
    e = g_ptr_array_index (st->entries, 2);
    ck_assert_int_eq (e->amount_minor, 1250);
    ck_assert_int_eq (e->booking_date, day (third[k]));
    ck_assert_int_eq (e->value_date, -1);
    ck_assert_str_eq (e->date_source, "statement");
    rf_statement_free (st);
    xmlFreeDoc (doc);
    g_free (want);
    g_free (xml);
}
END_TEST

START_TEST (test_camt_versions_refused)
{
    /* .001.01 and .001.15 are outside the range read; camt.055 is not a statement. */
    static const char *const uris[] = { "camt.053.001.01", "camt.053.001.15", "camt.055.001.08",
                                        "camt.053.002.02" };
    for (guint i = 0; i < G_N_ELEMENTS (uris); i++) {
        char *xml = g_strdup_printf ("<Document xmlns='urn:iso:std:iso:20022:tech:xsd:%s'/>", uris[i]);
        char *reason = NULL, *want;
        xmlDocPtr doc = rf_xml_read (xml, strlen (xml), RF_XML_MAX_BYTES, "v.xml", &reason);
        ck_assert_ptr_null (rf_payment_parse_doc (doc, &reason));
        want = g_strdup_printf ("unsupported bank statement format {urn:iso:std:iso:20022:tech:xsd:%s}Document "
                                "(camt.052, camt.053 and camt.054 .001.02 to .001.14 are read)", uris[i]);
        ck_assert_str_eq (reason, want);
        g_free (want);
        g_free (reason);
        g_free (xml);
        xmlFreeDoc (doc);
    }
}
END_TEST

START_TEST (test_camt_no_date_at_all)
{
    static const char xml[] =
        "<Document xmlns='urn:iso:std:iso:20022:tech:xsd:camt.054.001.10'><BkToCstmrDbtCdtNtfctn><Ntfctn>"
        "<Ntry><Amt Ccy='EUR'>5.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></Ntry>"
        "</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>";
    char *reason = NULL;
    xmlDocPtr doc = rf_xml_read (xml, sizeof xml - 1, RF_XML_MAX_BYTES, "d.xml", &reason);
    ck_assert_ptr_null (rf_payment_parse_doc (doc, &reason));
    ck_assert_str_eq (reason, "entry 1: no booking or value date, and the statement has no date");
    g_free (reason);
    xmlFreeDoc (doc);
}
END_TEST

/* ---- MT940 (fixtures/payments/formats/README.md) */

static rf_statement_t *
mt940_fixture (void)
{
    gsize len;
    char *data = slurp ("payments/formats", "mt940-2026-04.sta", &len), *reason = NULL;
    rf_statement_t *st;
    ck_assert (rf_mt940_sniff (data, len));
    st = rf_mt940_parse (data, len, &reason);
    ck_assert_msg (st != NULL, "%s", reason ? reason : "");
    g_free (data);
    return st;
}

START_TEST (test_mt940_fixture)
{
    rf_statement_t *st = mt940_fixture ();
    rf_payment_entry_t *e;
    ck_assert_str_eq (st->kind, "mt940");
    ck_assert_str_eq (st->account, "DE44500105175407324931");
    /* 5 statement lines: 2 credits and 1 reversal of a credit kept; the
     * direct debit (D) ignored... and nothing else. */
    ck_assert_int_eq (st->entries->len, 3);
    ck_assert_int_eq (st->ignored, 1);
    e = g_ptr_array_index (st->entries, 0);
    ck_assert_int_eq (e->amount_minor, 30000);
    ck_assert_str_eq (e->currency, "EUR");
    ck_assert_int_eq (e->booking_date, day ("2026-04-20"));
    ck_assert_str_eq (e->date_source, "booking");
    ck_assert_str_eq (e->debtor_name, "Nordwind GmbH");
    /* ?31 split over two lines of the file; ?20 was a full 27-character
     * line, so ?21 continues its last word. */
    ck_assert_str_eq (e->debtor_account, "DE89370400440532013000");
    ck_assert_str_eq (e->remittance, "Zahlung Maerz und April");
    ck_assert_str_eq (e->bank_ref, "B260420-1");
    ck_assert (!e->reversal);
    e = g_ptr_array_index (st->entries, 1);
    ck_assert_int_eq (e->amount_minor, 9900);
    ck_assert_str_eq (e->debtor_name, "B\xc3\xa4" "ckerei M\xc3\xbc" "ller");   /* Latin-1 in the file */
    ck_assert_str_eq (e->remittance, "Spende April");
    ck_assert_ptr_null (e->end_to_end_id);                         /* NOTPROVIDED */
    ck_assert_ptr_null (e->bank_ref);                              /* none after NONREF */
    e = g_ptr_array_index (st->entries, 2);
    ck_assert (e->reversal);                                       /* RC */
    ck_assert_int_eq (e->amount_minor, 9900);
    ck_assert_int_eq (e->booking_date, day ("2026-04-22"));
    ck_assert (g_str_has_prefix (e->dedupe_key, "content:"));
    rf_statement_free (st);
}
END_TEST

START_TEST (test_mt940_forms)
{
    /* Entry date across New Year, no entry date, SEPA keywords, funds code,
     * free-text :86:, a statement without movements. */
    static const char text[] =
        ":20:A\n:25:X1/EUR\n:60F:C251231EUR0,00\n"
        ":61:2601021231CE12,5NTRFNONREF\n"
        ":86:166?20EREF+E2E-77?21SVWZ+RF97NW2026001?32Nordwind?33 GmbH\n"
        ":61:260103C7,NTRFREF1//BANK1\n"
        "more details on a second line\n"
        ":86:Payment for NW-2026-002\nthank you\n"
        ":62F:C260103EUR19,50\n"
        ":20:B\n:25:X2\n:60M:C260103JPY100\n:62F:C260103JPY100\n";
    char *reason = NULL;
    rf_statement_t *st = rf_mt940_parse (text, sizeof text - 1, &reason);
    rf_payment_entry_t *e;
    ck_assert_msg (st != NULL, "%s", reason);
    ck_assert_int_eq (st->entries->len, 2);
    e = g_ptr_array_index (st->entries, 0);
    ck_assert_int_eq (e->booking_date, day ("2025-12-31"));   /* entry 1231, value 2026-01-02 */
    ck_assert_int_eq (e->value_date, day ("2026-01-02"));
    ck_assert_int_eq (e->amount_minor, 1250);                  /* funds code E skipped */
    ck_assert_str_eq (e->end_to_end_id, "E2E-77");
    ck_assert_str_eq (e->remittance, "RF97NW2026001");
    ck_assert_str_eq (e->debtor_name, "Nordwind GmbH");       /* ?32 + ?33 */
    e = g_ptr_array_index (st->entries, 1);
    ck_assert_int_eq (e->booking_date, day ("2026-01-03"));
    ck_assert_str_eq (e->date_source, "value");
    ck_assert_int_eq (e->amount_minor, 700);                   /* "7," */
    ck_assert_str_eq (e->bank_ref, "BANK1");
    ck_assert_str_eq (e->remittance, "Payment for NW-2026-002 thank you");
    ck_assert_str_eq (st->account, "X2");
    rf_statement_free (st);
}
END_TEST

START_TEST (test_mt940_refused)
{
    static const struct {
        const char *text, *reason;
    } cases[] = {
        { ":20:A\n:25:X\n:61:260102C1,00NTRFNONREF\n",
          "statement line 1: no opening balance (:60F:) with a known currency before it" },
        { ":20:A\n:25:X\n:60F:C260101XXX1,00\n", "opening balance ':60F:C260101XXX1,00': unknown currency" },
        { ":20:A\n:25:X\n:60F:C260101EUR1,00\n:61:261302C1,00NTRF\n",
          "statement line 1: invalid value date in ':61:261302C1,00NTRF'" },
        { ":20:A\n:25:X\n:60F:C260101EUR1,00\n:61:260102X1,00NTRF\n",
          "statement line 1: no debit/credit mark in ':61:260102X1,00NTRF'" },
        { ":20:A\n:25:X\n:60F:C260101EUR1,00\n:61:260102C1,0,0NTRF\n",
          "statement line 1: invalid amount in ':61:260102C1,0,0NTRF'" },
        { ":20:A\n:25:X\n:60F:C260101EUR1,00\n:61:260102C1,00NT\n",
          "statement line 1: no transaction type in ':61:260102C1,00NT'" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
        char *reason = NULL;
        ck_assert_ptr_null (rf_mt940_parse (cases[i].text, strlen (cases[i].text), &reason));
        ck_assert_str_eq (reason, cases[i].reason);
        g_free (reason);
    }
    ck_assert (!rf_mt940_sniff ("From: a@b\n:20:x", 16));
    ck_assert (!rf_mt940_sniff (":20:A\n:25:X\n", 12));          /* no opening balance */
}
END_TEST

/* ---- creditor_ref.c */

START_TEST (test_creditor_refs)
{
    GPtrArray *refs;
    char *n = rf_creditor_ref_normalize (" rf18 5390 0754 7034 ");
    ck_assert_str_eq (n, "RF18539007547034");
    /* 539007547034 + R(27) F(15) 18 = 539007547034271518 = 1 (mod 97). */
    ck_assert (rf_creditor_ref_valid (n));
    ck_assert (!rf_creditor_ref_valid ("RF19539007547034"));   /* wrong check digits */
    ck_assert (!rf_creditor_ref_valid ("RF18"));               /* nothing after them */
    ck_assert (!rf_creditor_ref_valid ("rf18539007547034"));   /* not normalized */
    ck_assert (!rf_creditor_ref_valid ("RF1853900754703400000000"));   /* 24 chars, invalid sum */
    /* NW2026001 then RF97: N(23) W(32) 2026001 R(27) F(15) 97 reads
     * 23322026001271597 = 1 (mod 97). */
    ck_assert (rf_creditor_ref_valid ("RF97NW2026001"));
    g_free (n);
    refs = rf_creditor_refs_in ("Rechnung RF97 NW20 2600 1 und rf18 5390 0754 7034 danke; XRF18539007547034; RF19539007547034");
    ck_assert_int_eq (refs->len, 2);
    ck_assert_str_eq (g_ptr_array_index (refs, 0), "RF97NW2026001");
    ck_assert_str_eq (g_ptr_array_index (refs, 1), "RF18539007547034");
    g_ptr_array_unref (refs);
    refs = rf_creditor_refs_in (NULL);
    ck_assert_int_eq (refs->len, 0);
    g_ptr_array_unref (refs);
}
END_TEST

/* ---- invoice_pdf.c (fixtures/invoices/pdf, made by scripts/make-facturx-fixture) */

START_TEST (test_pdf_invoice_xml)
{
    static const struct {
        const char *file, *reason;
    } refused[] = {
        { "no-attachment.pdf",
          "PDF without an invoice: it has no embedded files (not Factur-X, ZUGFeRD or XRechnung)" },
        { "encrypted.pdf", "encrypted PDF (a password is needed to read it); its invoice cannot be read" },
        { "malformed.pdf", "malformed PDF: PDF document is damaged" },
    };
    gsize len, xml_len, src_len;
    char *data = slurp ("invoices/pdf", "facturx-NW-2026-001.pdf", &len), *name = NULL, *reason = NULL;
    char *src = slurp ("invoices/pdf", "factur-x-NW-2026-001.xml", &src_len);
    GBytes *xml;
    ck_assert (rf_pdf_sniff (data, len));
    xml = rf_pdf_invoice_xml (data, len, RF_XML_MAX_BYTES, &name, &reason);
    ck_assert_msg (xml != NULL, "%s", reason);
    ck_assert_str_eq (name, "factur-x.xml");
    /* The embedded file is the source XML, byte for byte. */
    ck_assert_int_eq (g_bytes_get_size (xml), src_len);
    ck_assert (memcmp (g_bytes_get_data (xml, &xml_len), src, src_len) == 0);
    g_bytes_unref (xml);
    g_free (name);
    /* The size limit applies to the embedded file too. */
    ck_assert_ptr_null (rf_pdf_invoice_xml (data, len, 100, &name, &reason));
    ck_assert_str_eq (reason, "PDF: its embedded file 'factur-x.xml' cannot be read: larger than the size limit");
    g_free (reason);
    g_free (data);
    g_free (src);
    for (guint i = 0; i < G_N_ELEMENTS (refused); i++) {
        data = slurp ("invoices/pdf", refused[i].file, &len);
        ck_assert (rf_pdf_sniff (data, len));
        ck_assert_ptr_null (rf_pdf_invoice_xml (data, len, RF_XML_MAX_BYTES, &name, &reason));
        ck_assert_ptr_null (name);
        ck_assert_str_eq (reason, refused[i].reason);
        g_free (reason);
        g_free (data);
    }
    ck_assert (!rf_pdf_sniff ("<?xml", 5));
}
END_TEST

static Suite *
money_parse_suite (void)
{
    Suite *s = suite_create ("money_parse");
    TCase *tc = tcase_create ("amounts");
    tcase_add_test (tc, test_currency_exponents);
    tcase_add_test (tc, test_amount_parse);
    suite_add_tcase (s, tc);
    tc = tcase_create ("xml");
    tcase_add_test (tc, test_sniff);
    tcase_add_test (tc, test_sniff_text_start);
    tcase_add_test (tc, test_utf16_invoice);
    tcase_add_loop_test (tc, test_hostile_refused, 0, G_N_ELEMENTS (hostile));
    tcase_add_test (tc, test_size_limit);
    tcase_add_test (tc, test_deep_nesting);
    tcase_add_test (tc, test_external_dtd_not_loaded);
    tcase_add_test (tc, test_find_by_namespace);
    suite_add_tcase (s, tc);
    tc = tcase_create ("invoices");
    tcase_add_test (tc, test_ubl_invoice);
    tcase_add_test (tc, test_ubl_copy_other_prefixes);
    tcase_add_test (tc, test_ubl_terms_due_and_credit_note);
    tcase_add_test (tc, test_cii);
    tcase_add_test (tc, test_invoice_log);
    tcase_add_test (tc, test_invoice_log_errors);
    tcase_add_test (tc, test_broken_invoices);
    tcase_add_test (tc, test_negative_invoice_becomes_credit);
    tcase_add_test (tc, test_missing_due_date);
    tcase_add_test (tc, test_dates);
    suite_add_tcase (s, tc);
    tc = tcase_create ("statements");
    tcase_add_test (tc, test_camt053_v02);
    tcase_add_test (tc, test_camt053_v08_and_054);
    tcase_add_test (tc, test_camt_refused);
    tcase_add_test (tc, test_camt_content_keys);
    tcase_add_loop_test (tc, test_camt_every_version, 0, 3 * 13);
    tcase_add_test (tc, test_camt_versions_refused);
    tcase_add_test (tc, test_camt_no_date_at_all);
    tcase_add_test (tc, test_creditor_refs);
    tcase_add_test (tc, test_pdf_invoice_xml);
    tcase_add_test (tc, test_mt940_fixture);
    tcase_add_test (tc, test_mt940_forms);
    tcase_add_test (tc, test_mt940_refused);
    suite_add_tcase (s, tc);
    return s;
}

int
main (void)
{
    SRunner *sr;
    int nf;
    xmlInitParser ();
    sr = srunner_create (money_parse_suite ());
    srunner_run_all (sr, CK_ENV);
    nf = srunner_ntests_failed (sr);
    srunner_free (sr);
    xmlCleanupParser ();
    return nf ? EXIT_FAILURE : EXIT_SUCCESS;
}
