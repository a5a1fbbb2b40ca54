/* invoice_pdf.h - the invoice XML a PDF carries (Factur-X, ZUGFeRD 1 and 2,
 * XRechnung in a PDF), found among the PDF's embedded files with
 * poppler-glib. Pure parsing: no database. */
#ifndef RF_INVOICE_PDF_H
#define RF_INVOICE_PDF_H

#include <glib.h>

/* TRUE if the bytes start like a PDF ("%PDF-", after at most 1 KiB of
 * anything, as readers allow). */
gboolean rf_pdf_sniff (const char *data, gsize len);

/* The embedded invoice XML of a PDF: the attachment named factur-x.xml,
 * zugferd-invoice.xml, ZUGFeRD-invoice.xml, xrechnung.xml (any case), else
 * the first other attachment whose name ends in ".xml". Returns its bytes
 * (g_bytes_unref) and its name in *name (g_free), or NULL with *reason
 * (g_free, one line): encrypted, malformed, no attachment, no XML
 * attachment, attachment too large. */
GBytes *rf_pdf_invoice_xml (const char *data, gsize len, gsize max_bytes, char **name, char **reason);

#endif
