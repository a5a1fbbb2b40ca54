/* invoice_parse.c - tell which invoice format a document is and hand it
 * to its reader (invoice_ubl.c, invoice_cii.c, invoice_log.c). */
#include "config.h"
#include "money/invoice_parse.h"
#include "money/invoice_parse_p.h"
#include "money/xml_safe.h"

rf_invoice_doc_t
rf_invoice_doc_kind (xmlDocPtr doc)
{
    xmlNodePtr root = doc ? xmlDocGetRootElement (doc) : NULL;
    if (rf_xml_is (root, RF_NS_UBL_INVOICE, "Invoice") || rf_xml_is (root, RF_NS_UBL_CREDIT, "CreditNote"))
        return RF_DOC_UBL;
    if (rf_xml_is (root, RF_NS_CII_RSM, "CrossIndustryInvoice"))
        return RF_DOC_CII;
    if (rf_xml_is (root, RF_NS_INVOICE_LOG, "invoice-log"))
        return RF_DOC_LOG;
    return RF_DOC_OTHER;
}

GPtrArray *
rf_invoice_parse_doc (xmlDocPtr doc, char **reason)
{
    GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) rf_invoice_free);
    xmlNodePtr root = xmlDocGetRootElement (doc);
    rf_invoice_t *inv = NULL;
    gboolean ok = FALSE;

    *reason = NULL;
    switch (rf_invoice_doc_kind (doc)) {
    case RF_DOC_UBL:
        inv = rf_invoice_parse_ubl (root, reason);
        break;
    case RF_DOC_CII:
        inv = rf_invoice_parse_cii (root, reason);
        break;
    case RF_DOC_LOG:
        ok = rf_invoice_parse_log (root, out, reason);
        break;
    case RF_DOC_OTHER:
        *reason = g_strdup_printf ("not an invoice: root element {%s}%s", rf_xml_ns_uri (root),
                                   root ? (const char *) root->name : "");
        break;
    }
    if (inv) {
        g_ptr_array_add (out, inv);
        ok = TRUE;
    }
    if (!ok) {
        g_ptr_array_unref (out);
        if (!*reason)
            *reason = g_strdup ("unreadable invoice");
        return NULL;
    }
    return out;
}
