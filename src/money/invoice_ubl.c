/* invoice_ubl.c - UBL 2.1 Invoice and CreditNote (Peppol BIS Billing 3.0
 * and plain UBL). */
#include "config.h"
#include "money/invoice_parse_p.h"
#include "money/xml_safe.h"

static rf_xml_ns_t NS = {
    "cac", RF_NS_UBL_CAC,
    "cbc", RF_NS_UBL_CBC,
    NULL
};

/* Identifiers of a cac:Party in a stable order: tax id, legal id, party
 * ids, endpoint. The first one present is the seller's key. */
static const char *const id_paths[] = {
    "cac:PartyTaxScheme/cbc:CompanyID",
    "cac:PartyLegalEntity/cbc:CompanyID",
    "cac:PartyIdentification/cbc:ID",
    "cbc:EndpointID",
    NULL
};

static char *
party_name (xmlNodePtr party)
{
    char *n = rf_xml_path_text (party, NS, "cac:PartyName/cbc:Name");
    return n ? n : rf_xml_path_text (party, NS, "cac:PartyLegalEntity/cbc:RegistrationName");
}

static void
read_buyer (rf_invoice_t *inv, xmlNodePtr party)
{
    inv->buyer_name = party_name (party);
    rf_invoice_party_ids (party, NS, id_paths, inv->buyer_ids);
    inv->buyer_email = rf_xml_path_text (party, NS, "cac:Contact/cbc:ElectronicMail");
    /* cbc:EndpointID is already among the identifiers (id_paths). */
    rf_invoice_read_endpoint (inv, rf_xml_find (party, NS, "cbc:EndpointID"), FALSE);
}

static void
read_seller (rf_invoice_t *inv, xmlNodePtr party)
{
    inv->seller_name = party_name (party);
    inv->seller_key = rf_invoice_party_key (party, NS, id_paths);
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
    xmlNodePtr excl = rf_xml_find (tot, NS, "cbc:TaxExclusiveAmount");
    xmlNodePtr net = excl ? excl : rf_xml_find (tot, NS, "cbc:LineExtensionAmount");
    xmlNodePtr gross = rf_xml_find (tot, NS, "cbc:TaxInclusiveAmount");
    const rf_invoice_amount_t amounts[] = {
        { rf_xml_find (tot, NS, "cbc:PayableAmount"), "cbc:PayableAmount", TRUE, &inv->amount_minor },
        { rf_xml_find (tot, NS, "cbc:PrepaidAmount"), "cbc:PrepaidAmount", FALSE, &inv->prepaid_minor },
        { net, "cbc:TaxExclusiveAmount", FALSE, &inv->net_minor },
        { gross, "cbc:TaxInclusiveAmount", FALSE, &inv->total_minor },
    };
    if (!rf_invoice_read_amounts (amounts, G_N_ELEMENTS (amounts), inv->exponent, reason))
        return FALSE;
    rf_invoice_complete_totals (inv, TRUE, gross != NULL, net != NULL);
    return TRUE;
}

rf_invoice_t *
rf_invoice_parse_ubl (xmlNodePtr root, char **reason)
{
    gboolean credit = rf_xml_is (root, RF_NS_UBL_CREDIT, "CreditNote");
    rf_invoice_t *inv = rf_invoice_new ("ubl");
    char *s = NULL, *code = NULL;
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
    rf_invoice_read_refs (inv, root, NS, "cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID");
    inv->payment_ref = rf_xml_path_text (root, NS, "cac:PaymentMeans/cbc:PaymentID");
    ok = rf_invoice_finish (inv, reason);
done:
    g_free (s);
    g_free (code);
    return rf_invoice_or_free (inv, ok);
}
