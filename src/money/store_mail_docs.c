/* store_mail_docs.c - rf_money_ingest_attachment: the invoice and bank
 * documents attached to mail. Our own invoices become invoices linked to
 * the message that carried them; a client's documents are only listed. */
#include "config.h"
#include "money/money_ingest.h"
#include "money/payment_parse.h"
#include "money/store_money_p.h"
#include "money/xml_safe.h"

#include <string.h>

typedef struct {
    rf_store_t *st;
    const rf_money_attachment_t *a;
    const char *kind;            /* invoice, payment, other */
} att_t;

static gboolean
add_row (att_t *t, const char *use, gint64 invoice_id, const char *reason, GError **err)
{
    sqlite3_stmt *s = rf_store_prepare (t->st,
        "INSERT OR IGNORE INTO mail_document(message_id, name, sha256, direction, kind, use, invoice_id,"
        " reason, first_run) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", err);
    gboolean ok;
    if (!s)
        return FALSE;
    sqlite3_bind_int64 (s, 1, t->a->message_id);
    rf_money_bind_text (s, 2, t->a->name);
    rf_money_bind_text (s, 3, t->a->sha256);
    rf_money_bind_text (s, 4, t->a->ours ? "sent" : "received");
    rf_money_bind_text (s, 5, t->kind);
    rf_money_bind_text (s, 6, use);
    if (invoice_id > 0)
        sqlite3_bind_int64 (s, 7, invoice_id);
    rf_money_bind_text (s, 8, reason);
    if (t->st->run_id > 0)
        sqlite3_bind_int64 (s, 9, t->st->run_id);
    ok = sqlite3_step (s) == SQLITE_DONE;
    if (!ok)
        rf_store_set_error (t->st, err, "recording a mail attachment");
    sqlite3_finalize (s);
    return ok;
}

/* The invoice already known under this identity, or 0. */
static gint64
known_invoice (rf_store_t *st, const rf_invoice_t *inv)
{
    sqlite3_stmt *s = rf_store_prepare (st, "SELECT id FROM invoice WHERE seller_key=?1 AND doc_class=?2"
                                            " AND number=?3", NULL);
    gint64 id = 0;
    if (!s)
        return 0;
    rf_money_bind_text (s, 1, inv->seller_key);
    rf_money_bind_text (s, 2, inv->kind == RF_INVOICE_KIND_CREDIT_NOTE ? "credit" : "debit");
    rf_money_bind_text (s, 3, inv->number);
    if (sqlite3_step (s) == SQLITE_ROW)
        id = sqlite3_column_int64 (s, 0);
    sqlite3_finalize (s);
    return id;
}

/* A money_file for the attachment (one per content): its id or -1. */
static gint64
attachment_file (att_t *t, const rf_invoice_t *inv, GError **err)
{
    sqlite3_stmt *s = rf_store_prepare (t->st, "SELECT id FROM money_file WHERE sha256=?1", err);
    gint64 id = -1;
    char *path, *format;
    if (!s)
        return -1;
    rf_money_bind_text (s, 1, t->a->sha256);
    if (sqlite3_step (s) == SQLITE_ROW)
        id = sqlite3_column_int64 (s, 0);
    sqlite3_finalize (s);
    if (id > 0)
        return id;
    path = g_strdup_printf ("mail <%s>: %s", t->a->msgid, t->a->name ? t->a->name : "(attachment)");
    format = t->a->pdf ? g_strdup_printf ("pdf+%s", inv->format) : g_strdup (inv->format);
    id = rf_money_insert_file (t->st, t->a->sha256, path, "invoice", format, 1, 0, err);
    g_free (format);
    g_free (path);
    return id;
}

/* Our invoice: stored unless known already, and linked. */
static gboolean
store_ours (att_t *t, const rf_invoice_t *inv, GError **err)
{
    rf_money_ctx_t c = { .st = t->st };
    gint64 id = known_invoice (t->st, inv);
    gboolean ok = TRUE;
    if (!id) {
        c.file_id = attachment_file (t, inv, err);
        ok = c.file_id > 0 && rf_money_ctx_prepare (&c, err) && rf_money_store_invoice (&c, inv, &id, err)
             && rf_store_run_count (t->st, "invoices_new", c.new_invoices, err);
        rf_money_ctx_finalize (&c);
    }
    return ok && add_row (t, "our_invoice", id, NULL, err);
}

static const char *
doc_kind (xmlDocPtr doc)
{
    rf_invoice_doc_t k = rf_invoice_doc_kind (doc);
    if (k == RF_DOC_UBL || k == RF_DOC_CII)
        return "invoice";
    return rf_payment_doc_is_camt (doc) ? "payment" : "other";
}

gboolean
rf_money_ingest_attachment (rf_store_t *st, const rf_money_attachment_t *a, char **reason, GError **err)
{
    att_t t = { st, a, "other" };
    xmlDocPtr doc = NULL;
    GPtrArray *invoices = NULL;
    char *why = NULL;
    gboolean ok;

    *reason = NULL;
    if (a->xml)
        doc = rf_xml_read (a->xml, a->len, RF_XML_MAX_BYTES, a->name ? a->name : "attachment", &why);
    else
        why = g_strdup (a->refusal ? a->refusal : "no XML");
    if (doc)
        t.kind = doc_kind (doc);
    if (!a->ours) {
        /* A client's invoice or remittance advice: listed, never revenue. */
        ok = add_row (&t, "received", 0, why, err);
    } else if (doc && strcmp (t.kind, "invoice") == 0 && (invoices = rf_invoice_parse_doc (doc, &why))) {
        ok = rf_store_exec (st, "SAVEPOINT mail_doc", err);
        for (guint i = 0; ok && i < invoices->len; i++)
            ok = store_ours (&t, invoices->pdata[i], err);
        if (ok)
            ok = rf_store_exec (st, "RELEASE mail_doc", err);
        else
            sqlite3_exec (st->db, "ROLLBACK TO mail_doc; RELEASE mail_doc", NULL, NULL, NULL);
    } else {
        if (doc && !why)
            why = g_strdup_printf ("not an invoice: root element {%s}%s", rf_xml_ns_uri (xmlDocGetRootElement (doc)),
                                   (const char *) xmlDocGetRootElement (doc)->name);
        *reason = a->pdf && a->inner ? g_strdup_printf ("PDF attachment '%s': %s", a->inner, why) : g_strdup (why);
        ok = add_row (&t, "refused", 0, *reason, err);
    }
    if (invoices)
        g_ptr_array_unref (invoices);
    if (doc)
        xmlFreeDoc (doc);
    g_free (why);
    return ok;
}
