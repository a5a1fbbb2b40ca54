/* invoice_cii.c - UN/CEFACT Cross Industry Invoice D16B (Factur-X,
 * ZUGFeRD 2.x, XRechnung CII). */
#include "config.h"
#include "money/invoice_parse_p.h"
#include "money/xml_safe.h"

static rf_xml_ns_t NS = {
    "rsm", RF_NS_CII_RSM,
    "ram", RF_NS_CII_RAM,
    "udt", RF_NS_CII_UDT,
    NULL
};

/* Identifiers of a trade party, tax registration first: the first one
 * present is the seller's key. */
static const char *const id_paths[] = {
    "ram:SpecifiedTaxRegistration/ram:ID",
    "ram:SpecifiedLegalOrganization/ram:ID",
    "ram:GlobalID",
    "ram:ID",
    NULL
};

static void
read_buyer (rf_invoice_t *inv, xmlNodePtr party)
{
    inv->buyer_name = rf_xml_path_text (party, NS, "ram:Name");
    rf_invoice_party_ids (party, NS, id_paths, inv->buyer_ids);
    inv->buyer_email = rf_xml_path_text (party, NS,
                                         "ram:DefinedTradeContact/ram:EmailURIUniversalCommunication/ram:URIID");
    rf_invoice_read_endpoint (inv, rf_xml_find (party, NS, "ram:URIUniversalCommunication/ram:URIID"), TRUE);
}

static void
read_seller (rf_invoice_t *inv, xmlNodePtr party)
{
    inv->seller_name = rf_xml_path_text (party, NS, "ram:Name");
    inv->seller_key = rf_invoice_party_key (party, NS, id_paths);
}

static gboolean
read_date (xmlNodePtr base, const char *path, const char *what, gboolean required,
           gint64 *out, char **reason)
{
    xmlNodePtr n = rf_xml_find (base, NS, path);
    char *s = rf_xml_text (n), *format = rf_xml_attr (n, "format");
    gboolean ok = TRUE;
    if (!s) {
        if (required)
            *reason = g_strdup_printf ("missing %s", what);
        ok = !required;
    } else if ((format && g_strcmp0 (format, "102") != 0) || !rf_invoice_parse_date (s, out)) {
        *reason = g_strdup_printf ("invalid %s '%s'%s%s", what, s, format ? " format " : "",
                                   format ? format : "");
        ok = FALSE;
    }
    g_free (s);
    g_free (format);
    return ok;
}

static gboolean
read_totals (rf_invoice_t *inv, xmlNodePtr settle, char **reason)
{
    xmlNodePtr sum = rf_xml_find (settle, NS, "ram:SpecifiedTradeSettlementHeaderMonetarySummation");
    xmlNodePtr payable = rf_xml_find (sum, NS, "ram:DuePayableAmount");
    xmlNodePtr grand = rf_xml_find (sum, NS, "ram:GrandTotalAmount");
    xmlNodePtr basis = rf_xml_find (sum, NS, "ram:TaxBasisTotalAmount");
    /* Without a due payable amount, the grand total is required. */
    const rf_invoice_amount_t amounts[] = {
        { grand, "ram:GrandTotalAmount", payable == NULL, &inv->total_minor },
        { rf_xml_find (sum, NS, "ram:TotalPrepaidAmount"), "ram:TotalPrepaidAmount", FALSE,
          &inv->prepaid_minor },
        { payable, "ram:DuePayableAmount", FALSE, &inv->amount_minor },
        { basis, "ram:TaxBasisTotalAmount", FALSE, &inv->net_minor },
    };
    if (!rf_invoice_read_amounts (amounts, G_N_ELEMENTS (amounts), inv->exponent, reason))
        return FALSE;
    rf_invoice_complete_totals (inv, payable != NULL, grand != NULL, basis != NULL);
    return TRUE;
}

rf_invoice_t *
rf_invoice_parse_cii (xmlNodePtr root, char **reason)
{
    rf_invoice_t *inv = rf_invoice_new ("cii");
    xmlNodePtr doc = rf_xml_find (root, NS, "rsm:ExchangedDocument");
    xmlNodePtr tx = rf_xml_find (root, NS, "rsm:SupplyChainTradeTransaction");
    xmlNodePtr agreement = rf_xml_find (tx, NS, "ram:ApplicableHeaderTradeAgreement");
    xmlNodePtr settle = rf_xml_find (tx, NS, "ram:ApplicableHeaderTradeSettlement");
    char *s = NULL, *code = NULL;
    gboolean ok = FALSE;

    inv->number = rf_xml_path_text (doc, NS, "ram:ID");
    if (!inv->number) {
        *reason = g_strdup ("missing rsm:ExchangedDocument/ram:ID (the invoice number)");
        goto done;
    }
    code = rf_xml_path_text (doc, NS, "ram:TypeCode");
    if (!rf_invoice_apply_type_code (inv, code ? code : "380", FALSE, reason)
        || !read_date (doc, "ram:IssueDateTime/udt:DateTimeString", "issue date", TRUE,
                       &inv->issue_date, reason)
        || !read_date (settle, "ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString",
                       "due date", FALSE, &inv->due_date, reason))
        goto done;
    inv->due_source = inv->due_date >= 0 ? RF_DUE_TERMS : RF_DUE_NONE;
    s = rf_xml_path_text (settle, NS, "ram:InvoiceCurrencyCode");
    if (!rf_invoice_read_currency (inv, s, "ram:InvoiceCurrencyCode", reason)
        || !read_totals (inv, settle, reason))
        goto done;
    read_seller (inv, rf_xml_find (agreement, NS, "ram:SellerTradeParty"));
    read_buyer (inv, rf_xml_find (agreement, NS, "ram:BuyerTradeParty"));
    rf_invoice_read_refs (inv, settle, NS, "ram:InvoiceReferencedDocument/ram:IssuerAssignedID");
    inv->payment_ref = rf_xml_path_text (settle, NS, "ram:PaymentReference");
    ok = rf_invoice_finish (inv, reason);
done:
    g_free (s);
    g_free (code);
    return rf_invoice_or_free (inv, ok);
}
