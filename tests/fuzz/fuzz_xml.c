/* fuzz_xml.c - an invoice (UBL, CII, the native log) or a bank statement
 * (camt.052/053/054), read as the scan reads it: the guarded XML reader,
 * then whichever parser the root element calls for; and the same bytes
 * through the OFX reader (its own tag reader, for SGML and XML). */
#include "config.h"
#include "fuzz_common.h"
#include "money/invoice_parse.h"
#include "money/payment_parse.h"
#include "money/xml_safe.h"

#include <libxml/parser.h>
#include <stdlib.h>

static void
silent (void *ctx, const char *msg, ...)
{
}

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
    xmlInitParser ();
    xmlSetGenericErrorFunc (NULL, silent);
    return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
    char *reason = NULL;
    xmlDocPtr doc;
    rf_statement_t *ofx;
    rf_xml_sniff ((const char *) data, size);
    rf_ofx_sniff ((const char *) data, size);
    ofx = rf_ofx_parse ((const char *) data, size, &reason);
    if (!ofx == !reason)
        abort ();
    rf_statement_free (ofx);
    g_free (reason);
    reason = NULL;
    doc = rf_xml_read ((const char *) data, size, RF_XML_MAX_BYTES, "fuzz.xml", &reason);
    if (!doc) {
        if (!reason)
            abort ();   /* a refusal always says why */
        g_free (reason);
        return 0;
    }
    if (rf_invoice_doc_kind (doc) != RF_DOC_OTHER) {
        GPtrArray *invoices = rf_invoice_parse_doc (doc, &reason);
        if (!invoices == !reason)
            abort ();
        if (invoices)
            g_ptr_array_unref (invoices);
    } else if (rf_payment_doc_is_camt (doc)) {
        rf_statement_t *stmt = rf_payment_parse_doc (doc, &reason);
        if (!stmt == !reason)
            abort ();
        rf_statement_free (stmt);
    }
    g_free (reason);
    xmlFreeDoc (doc);
    return 0;
}
