/* invoice_ubl.c - UBL 2.1 Invoice and CreditNote (Peppol BIS Billing 3.0
 * and plain UBL). */
#include "config.h"
#include "invoice_parse_p.h"
#include "xml_safe.h"


static rf_xml_ns_t NS = {
    "cac", RF_NS_UBL_CAC,
    "cbc", RF_NS_UBL_CBC,
    NULL
};

/* An identifier element: its text, with its schemeID when present. */
static void
add_scheme_id (GPtrArray *ids, xmlNodePtr node)
{
    char *v = rf_xml_text (node), *scheme = rf_xml_attr (node, "schemeID");
    rf_invoice_add_id (ids, scheme, v);
    g_free (v);
    g_free (scheme);
}

/* Identifiers of a cac:Party in a stable order: tax id, legal id, party
 * ids, endpoint. The first one present is the seller's key. */
static const char *const id_paths[] = {
    "cac:PartyTaxScheme/cbc:CompanyID",
    "cac:PartyLegalEntity/cbc:CompanyID",
    "cac:PartyIdentification/cbc:ID",
    "cbc:EndpointID",
    NULL
};

static void
party_ids (xmlNodePtr party, GPtrArray *ids)
{
    for (int i = 0; id_paths[i]; i++) {
        GPtrArray *nodes = rf_xml_find_all (party, NS, id_paths[i]);
        for (guint k = 0; k < nodes->len; k++)
            add_scheme_id (ids, g_ptr_array_index (nodes, k));
        g_ptr_array_unref (nodes);
    }
}

static char *
party_name (xmlNodePtr party)
{
    char *n = rf_xml_path_text (party, NS, "cac:PartyName/cbc:Name");
    return n ? n : rf_xml_path_text (party, NS, "cac:PartyLegalEntity/cbc:RegistrationName");
}

static void
read_buyer (rf_invoice_t *inv, xmlNodePtr party)
{
    xmlNodePtr ep = rf_xml_find (party, NS, "cbc:EndpointID");
    char *scheme = rf_xml_attr (ep, "schemeID"), *v = rf_xml_text (ep);
    inv->buyer_name = party_name (party);
    party_ids (party, inv->buyer_ids);
    inv->buyer_email = rf_xml_path_text (party, NS, "cac:Contact/cbc:ElectronicMail");
    if (v)
        inv->buyer_endpoint = scheme ? g_strdup_printf ("%s:%s", scheme, v) : g_strdup (v);
    /* Peppol scheme "EM": the electronic address is an e-mail address. */
    if (!inv->buyer_email && v && scheme && g_ascii_strcasecmp (scheme, "EM") == 0)
        inv->buyer_email = g_strdup (v);
    g_free (scheme);
    g_free (v);
}

static void
read_seller (rf_invoice_t *inv, xmlNodePtr party)
{
    inv->seller_name = party_name (party);
    for (int i = 0; id_paths[i] && !inv->seller_key; i++) {
        char *v = rf_xml_path_text (party, NS, id_paths[i]);
        if (v)
            inv->seller_key = rf_invoice_key (v);
        g_free (v);
    }
}

static gboolean
read_due (rf_invoice_t *inv, xmlNodePtr root, char **reason)
{
    static const char *const terms[] = {
        "cac:PaymentTerms/cbc:PaymentDueDate",
        "cac:PaymentMeans/cbc:PaymentDueDate",
        NULL
    };
    char *s = rf_xml_path_text (root, NS, "cbc:DueDate");
    inv->due_source = RF_DUE_DOCUMENT;
    for (int i = 0; !s && terms[i]; i++) {
        s = rf_xml_path_text (root, NS, terms[i]);
        inv->due_source = RF_DUE_TERMS;
    }
    if (!s) {
        inv->due_source = RF_DUE_NONE;
        return TRUE;
    }
    if (!rf_invoice_parse_date (s, &inv->due_date)) {
        *reason = g_strdup_printf ("invalid due date '%s'", s);
        g_free (s);
        return FALSE;
    }
    g_free (s);
    return TRUE;
}

static gboolean
read_totals (rf_invoice_t *inv, xmlNodePtr root, char **reason)
{
    xmlNodePtr tot = rf_xml_find (root, NS, "cac:LegalMonetaryTotal");
    xmlNodePtr payable = rf_xml_find (tot, NS, "cbc:PayableAmount");
    xmlNodePtr net = rf_xml_find (tot, NS, "cbc:TaxExclusiveAmount");
    xmlNodePtr gross = rf_xml_find (tot, NS, "cbc:TaxInclusiveAmount");
    gboolean have_net, have_gross;

    if (!net)
        net = rf_xml_find (tot, NS, "cbc:LineExtensionAmount");
    have_net = net != NULL;
    have_gross = gross != NULL;
    if (!rf_invoice_read_amount (payable, "cbc:PayableAmount", inv->exponent, TRUE,
                                 &inv->amount_minor, reason)
        || !rf_invoice_read_amount (rf_xml_find (tot, NS, "cbc:PrepaidAmount"), "cbc:PrepaidAmount",
                                    inv->exponent, FALSE, &inv->prepaid_minor, reason)
        || !rf_invoice_read_amount (net, "cbc:TaxExclusiveAmount", inv->exponent, FALSE,
                                    &inv->net_minor, reason)
        || !rf_invoice_read_amount (gross, "cbc:TaxInclusiveAmount", inv->exponent, FALSE,
                                    &inv->total_minor, reason))
        return FALSE;
    if (!have_gross)
        inv->total_minor = inv->amount_minor + inv->prepaid_minor;
    if (!have_net)
        inv->net_minor = inv->total_minor;
    return TRUE;
}

rf_invoice_t *
rf_invoice_parse_ubl (xmlNodePtr root, char **reason)
{
    gboolean credit = rf_xml_is (root, RF_NS_UBL_CREDIT, "CreditNote");
    rf_invoice_t *inv = rf_invoice_new ("ubl");
    char *s = NULL, *code = NULL;
    GPtrArray *refs = NULL;
    gboolean ok = FALSE;

    inv->number = rf_xml_path_text (root, NS, "cbc:ID");
    if (!inv->number) {
        *reason = g_strdup ("missing cbc:ID (the invoice number)");
        goto done;
    }
    code = rf_xml_path_text (root, NS, credit ? "cbc:CreditNoteTypeCode" : "cbc:InvoiceTypeCode");
    if (!rf_invoice_apply_type_code (inv, code, credit, reason))
        goto done;
    s = rf_xml_path_text (root, NS, "cbc:IssueDate");
    if (!rf_invoice_parse_date (s, &inv->issue_date)) {
        *reason = s ? g_strdup_printf ("invalid cbc:IssueDate '%s'", s)
                    : g_strdup ("missing cbc:IssueDate");
        goto done;
    }
    if (!read_due (inv, root, reason))
        goto done;
    g_free (s);
    s = rf_xml_path_text (root, NS, "cbc:DocumentCurrencyCode");
    if (!s)
        s = rf_xml_attr (rf_xml_find (root, NS, "cac:LegalMonetaryTotal/cbc:PayableAmount"), "currencyID");
    if (!rf_invoice_read_currency (inv, s, "cbc:DocumentCurrencyCode", reason)
        || !read_totals (inv, root, reason))
        goto done;
    read_seller (inv, rf_xml_find (root, NS, "cac:AccountingSupplierParty/cac:Party"));
    read_buyer (inv, rf_xml_find (root, NS, "cac:AccountingCustomerParty/cac:Party"));
    refs = rf_xml_find_all (root, NS, "cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID");
    for (guint i = 0; i < refs->len; i++) {
        char *r = rf_xml_text (g_ptr_array_index (refs, i));
        if (r)
            g_ptr_array_add (inv->refs, r);
    }
    ok = rf_invoice_finish (inv, reason);
done:
    if (refs)
        g_ptr_array_unref (refs);
    g_free (s);
    g_free (code);
    if (!ok) {
        rf_invoice_free (inv);
        return NULL;
    }
    return inv;
}
