/* money_ingest.h - read one invoice or bank file and store what it holds.
 *
 * Called by the scan for every input that is not mail and looks like an
 * invoice or bank file, inside a transaction the scan manages. */
#ifndef RF_MONEY_INGEST_H
#define RF_MONEY_INGEST_H

#include <glib.h>
#include "store/store.h"
#include "money/xml_safe.h"   /* rf_xml_sniff, for callers telling XML from mail */

/* TRUE if the first bytes of a file (64 are enough) look like an invoice or
 * bank file the money stage reads: XML, or an MT940 statement. */
gboolean rf_money_sniff (const char *head, gsize len);

typedef enum { RF_MONEY_STORED, RF_MONEY_UNCHANGED, RF_MONEY_SKIPPED } rf_money_result_t;

/* Parse one file's bytes and store what it holds (idempotent: the same file
 * twice changes nothing; a file already stored returns UNCHANGED).
 * Returns FALSE only on a database error (err set). On SKIPPED, *reason
 * (g_free) is a one-line reason and *kind is "invoice" or "payment" (or
 * "other"); the caller prints and records it. On STORED and UNCHANGED,
 * *reason is NULL and *kind says what the file was. */
gboolean rf_money_ingest (rf_store_t *st, const char *path, const char *data, gsize len,
                          rf_money_result_t *result, const char **kind, char **reason,
                          GError **err);

/* The same for a PDF opened elsewhere (in a parser process): sha is the
 * SHA-256 of the PDF, xml the invoice XML it carries (its embedded file
 * name), or NULL with refusal saying why there is none. */
gboolean rf_money_ingest_pdf (rf_store_t *st, const char *path, const char *sha, const char *name, const char *xml,
                              gsize len, const char *refusal, rf_money_result_t *result, char **reason,
                              GError **err);

/* An XML or PDF attached to a message (message.id message_id). Ours (sent
 * by us): its UBL or CII invoice is read as our invoice, unless the same
 * invoice (seller, class, number) is already known, which is kept as it
 * is; either way mail_document links the message to it. Not ours: it is
 * only listed (use 'received'), never counted. Returns FALSE only on a
 * database error; *reason (g_free) is set when an attachment of ours was
 * refused. */
typedef struct {
    gint64 message_id;
    const char *msgid;      /* Message-ID, to name the source */
    const char *name;       /* attachment file name, or NULL */
    const char *sha256;     /* of the attachment */
    gboolean ours;
    gboolean pdf;           /* the XML came out of a PDF */
    const char *inner;      /* the PDF's embedded file name */
    const char *xml;        /* the XML, or NULL */
    gsize len;
    const char *refusal;    /* why there is no XML */
} rf_money_attachment_t;

gboolean rf_money_ingest_attachment (rf_store_t *st, const rf_money_attachment_t *a, char **reason, GError **err);

#endif
