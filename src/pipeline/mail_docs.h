/* mail_docs.h - invoice and bank documents found by a parser process: the
 * XML and PDF attachments of a message, or a loose PDF file. The PDF is
 * opened in the parser process (poppler on hostile bytes must cost at most
 * that process and that file); what crosses back is the XML it carries,
 * or the reason there is none. */
#ifndef RF_MAIL_DOCS_H
#define RF_MAIL_DOCS_H

#include <glib.h>
#include "mail/mail_parse.h"

typedef struct {
    char *name;       /* the attachment's or file's name, or NULL */
    char *sha256;     /* of the bytes as carried (the PDF, or the XML) */
    gboolean pdf;     /* xml was found inside a PDF */
    char *inner;      /* the PDF's embedded file the XML came from */
    GBytes *xml;      /* the XML to read, or NULL */
    char *reason;     /* set when xml is NULL: why */
} rf_mail_doc_t;

void rf_mail_doc_free (gpointer p);

/* One document from bytes: a PDF's embedded invoice XML, or the bytes
 * themselves when they are not a PDF (the XML readers judge them). */
rf_mail_doc_t *rf_mail_doc_new (const char *name, const char *data, gsize len);

/* The documents of a record's attachments (rf_mail_doc_t*), which are
 * dropped from the record; NULL when it has none. */
GPtrArray *rf_mail_docs_take (rf_mail_record_t *r);

#endif
