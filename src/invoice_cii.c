/* invoice_cii.c - UN/CEFACT Cross Industry Invoice D16B (Factur-X,
 * ZUGFeRD 2.x, XRechnung CII). */
#include "config.h"
#include "invoice_parse_p.h"
#include "xml_safe.h"

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
party_ids (xmlNodePtr party, GPtrArray *ids)
{
    for (int i = 0; id_paths[i]; i++) {
        GPtrArray *nodes = rf_xml_find_all (party, NS, id_paths[i]);
        for (guint k = 0; k < nodes->len; k++) {
            xmlNodePtr n = g_ptr_array_index (nodes, k);
            char *v = rf_xml_text (n), *scheme = rf_xml_attr (n, "schemeID");
            rf_invoice_add_id (ids, scheme, v);
            g_free (v);
            g_free (scheme);
        }
        g_ptr_array_unref (nodes);
    }
}

static void
read_buyer (rf_invoice_t *inv, xmlNodePtr party)
{
    xmlNodePtr uri = rf_xml_find (party, NS, "ram:URIUniversalCommunication/ram:URIID");
    char *scheme = rf_xml_attr (uri, "schemeID"), *v = rf_xml_text (uri);
    inv->buyer_name = rf_xml_path_text (party, NS, "ram:Name");
    party_ids (party, inv->buyer_ids);
    inv->buyer_email = rf_xml_path_text (party, NS,
                                         "ram:DefinedTradeContact/ram:EmailURIUniversalCommunication/ram:URIID");
    if (v)
        inv->buyer_endpoint = scheme ? g_strdup_printf ("%s:%s", scheme, v) : g_strdup (v);
    if (!inv->buyer_email && v && scheme && g_ascii_strcasecmp (scheme, "EM") == 0)
        inv->buyer_email = g_strdup (v);
    if (v && scheme)
        rf_invoice_add_id (inv->buyer_ids, scheme, v);
    g_free (scheme);
    g_free (v);
}

static void
read_seller (rf_invoice_t *inv, xmlNodePtr party)
{
    inv->seller_name = rf_xml_path_text (party, NS, "ram:Name");
    for (int i = 0; id_paths[i] && !inv->seller_key; i++) {
        char *v = rf_xml_path_text (party, NS, id_paths[i]);
        if (v)
            inv->seller_key = rf_invoice_key (v);
        g_free (v);
    }
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

    if (!rf_invoice_read_amount (grand, "ram:GrandTotalAmount", inv->exponent, payable == NULL,
                                 &inv->total_minor, reason)
        || !rf_invoice_read_amount (rf_xml_find (sum, NS, "ram:TotalPrepaidAmount"),
                                    "ram:TotalPrepaidAmount", inv->exponent, FALSE,
                                    &inv->prepaid_minor, reason)
        || !rf_invoice_read_amount (payable, "ram:DuePayableAmount", inv->exponent, FALSE,
                                    &inv->amount_minor, reason)
        || !rf_invoice_read_amount (basis, "ram:TaxBasisTotalAmount", inv->exponent, FALSE,
                                    &inv->net_minor, reason))
        return FALSE;
    if (!payable)
        inv->amount_minor = inv->total_minor - inv->prepaid_minor;
    if (!grand)
        inv->total_minor = inv->amount_minor + inv->prepaid_minor;
    if (!basis)
        inv->net_minor = inv->total_minor;
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
    GPtrArray *refs = NULL;
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
    refs = rf_xml_find_all (settle, NS, "ram:InvoiceReferencedDocument/ram:IssuerAssignedID");
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
