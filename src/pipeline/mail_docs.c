/* mail_docs.c - attachments and loose PDFs turned into documents to read,
 * in the parser process. */
#include "config.h"
#include "pipeline/mail_docs.h"
#include "mail/mail_attachments.h"
#include "money/invoice_pdf.h"
#include "money/xml_safe.h"
#include "base/util.h"

void
rf_mail_doc_free (gpointer p)
{
    rf_mail_doc_t *d = p;
    if (!d)
        return;
    g_free (d->name);
    g_free (d->sha256);
    g_free (d->inner);
    if (d->xml)
        g_bytes_unref (d->xml);
    g_free (d->reason);
    g_free (d);
}

rf_mail_doc_t *
rf_mail_doc_new (const char *name, const char *data, gsize len)
{
    rf_mail_doc_t *d = g_new0 (rf_mail_doc_t, 1);
    d->name = g_strdup (name);
    d->sha256 = rf_sha256_hex (data, len);
    if (!rf_xml_sniff (data, len) && rf_pdf_sniff (data, len)) {
        d->pdf = TRUE;
        d->xml = rf_pdf_invoice_xml (data, len, RF_XML_MAX_BYTES, &d->inner, &d->reason);
    } else if (len > RF_XML_MAX_BYTES) {
        d->reason = g_strdup ("larger than the size limit of an XML file");
    } else {
        d->xml = g_bytes_new (data, len);
    }
    return d;
}

GPtrArray *
rf_mail_docs_take (rf_mail_record_t *r)
{
    GPtrArray *docs;
    if (!r->attachments)
        return NULL;
    docs = g_ptr_array_new_with_free_func (rf_mail_doc_free);
    for (guint i = 0; i < r->attachments->len; i++) {
        const rf_mail_attachment_t *a = r->attachments->pdata[i];
        gsize len;
        const char *data = g_bytes_get_data (a->data, &len);
        g_ptr_array_add (docs, rf_mail_doc_new (a->name, data, len));
    }
    g_clear_pointer (&r->attachments, g_ptr_array_unref);
    return docs;
}
