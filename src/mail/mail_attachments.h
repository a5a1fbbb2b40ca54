/* mail_attachments.h - the attachments of a message that may be an
 * invoice or a bank document (XML or PDF), kept with the record when the
 * scan asks for them. Pure parsing: what they hold is read elsewhere. */
#ifndef RF_MAIL_ATTACHMENTS_H
#define RF_MAIL_ATTACHMENTS_H

#include <glib.h>
#include <gmime/gmime.h>

/* At most this many attachments are kept per message. */
#define RF_MAIL_MAX_ATTACHMENTS 16

typedef struct {
    char *name;           /* the file name it was sent under, or NULL */
    char *content_type;   /* "application/pdf", lower case */
    GBytes *data;         /* the decoded content */
} rf_mail_attachment_t;

void rf_mail_attachment_free (gpointer p);

/* Keep the candidate attachments of every message parsed from now on in
 * this process (rf_mail_record_t.attachments): parts named *.xml or *.pdf,
 * or typed application/pdf, application/xml or text/xml, not inside an
 * attached message. Parts larger than max_bytes decoded are left out. 0
 * (the default) keeps none. */
void rf_mail_keep_attachments (gsize max_bytes);

/* The candidate attachments of a message (rf_mail_attachment_t*), or NULL
 * when none are kept or none are found. */
GPtrArray *rf_mail_attachments (GMimeMessage *m);

#endif
