/* store_money.c - rf_money_ingest: one invoice or bank file into the
 * invoice and payment tables. */
#include "config.h"
#include "money/money_ingest.h"
#include "money/invoice_parse.h"
#include "money/payment_parse.h"
#include "money/invoice_pdf.h"
#include "base/util.h"
#include "money/xml_safe.h"
#include "money/store_money_p.h"

#include <string.h>

/* What a refused file probably was, for the skipped table: the words
 * near its start are enough for that (never for accepting it). */
static const char *
guess_kind (const char *data, gsize len)
{
    char *head = g_strndup (data, MIN (len, (gsize) 4096));
    const char *kind = "other";
    if (strstr (head, "camt.05") || strstr (head, "BkToCstmr") || strstr (head, "OFX"))
        kind = "payment";
    else if (strstr (head, "Invoice") || strstr (head, "CreditNote") || strstr (head, "invoice-log"))
        kind = "invoice";
    g_free (head);
    return kind;
}

void
rf_money_bind_text (sqlite3_stmt *s, int i, const char *v)
{
    if (v)
        sqlite3_bind_text (s, i, v, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null (s, i);
}

static void
bind_date (sqlite3_stmt *s, int i, gint64 t)
{
    char buf[16];
    if (t == -1) {
        sqlite3_bind_null (s, i);
        return;
    }
    rf_format_date (t, buf);
    sqlite3_bind_text (s, i, buf, -1, SQLITE_TRANSIENT);
}

static void
bind_run (rf_store_t *st, sqlite3_stmt *s, int i)
{
    if (st->run_id > 0)
        sqlite3_bind_int64 (s, i, st->run_id);
    else
        sqlite3_bind_null (s, i);
}

/* Run a prepared statement that returns nothing (or one ignored row). */
static gboolean
step_done (rf_store_t *st, sqlite3_stmt *s, const char *what, GError **err)
{
    int rc = sqlite3_step (s);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        rf_store_set_error (st, err, what);
        return FALSE;
    }
    sqlite3_reset (s);
    sqlite3_clear_bindings (s);
    return TRUE;
}

gint64
rf_money_insert_file (rf_store_t *st, const char *sha, const char *path, const char *kind,
             const char *format, guint records, guint ignored, GError **err)
{
    sqlite3_stmt *s = rf_store_prepare (st,
        "INSERT INTO money_file(sha256, path, kind, format, records, ignored, first_run)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id", err);
    gint64 id = -1;
    if (!s)
        return -1;
    rf_money_bind_text (s, 1, sha);
    rf_money_bind_text (s, 2, path);
    rf_money_bind_text (s, 3, kind);
    rf_money_bind_text (s, 4, format);
    sqlite3_bind_int64 (s, 5, records);
    sqlite3_bind_int64 (s, 6, ignored);
    bind_run (st, s, 7);
    if (sqlite3_step (s) == SQLITE_ROW)
        id = sqlite3_column_int64 (s, 0);
    else
        rf_store_set_error (st, err, "recording an invoice or bank file");
    sqlite3_finalize (s);
    return id;
}


static const char *const invoice_sql[] = {
    "SELECT id FROM invoice WHERE seller_key=?1 AND doc_class=?2 AND number=?3",
    "INSERT INTO invoice(file_id, format, seller_key, seller_name, number, kind, doc_class, type_code,"
    " issue_date, due_date, due_source, currency, amount_minor, net_minor, total_minor, prepaid_minor,"
    " buyer_name, buyer_email, buyer_endpoint, client_hint, note, first_run, payment_ref)"
    " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23)"
    " ON CONFLICT(seller_key, doc_class, number) DO UPDATE SET file_id=excluded.file_id,"
    " format=excluded.format, seller_name=excluded.seller_name, kind=excluded.kind,"
    " type_code=excluded.type_code, issue_date=excluded.issue_date, due_date=excluded.due_date,"
    " due_source=excluded.due_source, currency=excluded.currency, amount_minor=excluded.amount_minor,"
    " net_minor=excluded.net_minor, total_minor=excluded.total_minor,"
    " prepaid_minor=excluded.prepaid_minor, buyer_name=excluded.buyer_name,"
    " buyer_email=excluded.buyer_email, buyer_endpoint=excluded.buyer_endpoint,"
    " client_hint=excluded.client_hint, note=excluded.note, payment_ref=excluded.payment_ref RETURNING id",
    "DELETE FROM invoice_buyer_id WHERE invoice_id=?1",
    "INSERT INTO invoice_buyer_id(invoice_id, pos, value) VALUES (?1, ?2, ?3)",
    "DELETE FROM invoice_ref WHERE invoice_id=?1",
    "INSERT INTO invoice_ref(invoice_id, pos, ref_number) VALUES (?1, ?2, ?3)",
    "DELETE FROM payment WHERE source='log' AND log_seller_key=?1 AND log_invoice_number=?2",
    "INSERT INTO payment(file_id, dedupe_key, source, is_reversal, booking_date, value_date, currency,"
    " amount_minor, account, debtor_name, debtor_account, end_to_end_id, bank_ref, remittance,"
    " creditor_ref, doc_numbers, log_seller_key, log_invoice_number, first_run, date_source)"
    " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20)"
    " ON CONFLICT(dedupe_key) DO NOTHING",
};

gboolean
rf_money_ctx_prepare (rf_money_ctx_t *c, GError **err)
{
    sqlite3_stmt **slots[] = { &c->find, &c->upsert, &c->del_ids, &c->ins_id, &c->del_refs,
                               &c->ins_ref, &c->del_pay, &c->ins_pay };
    for (guint i = 0; i < G_N_ELEMENTS (slots); i++)
        if (!(*slots[i] = rf_store_prepare (c->st, invoice_sql[i], err)))
            return FALSE;
    return TRUE;
}

void
rf_money_ctx_finalize (rf_money_ctx_t *c)
{
    sqlite3_stmt *all[] = { c->find, c->upsert, c->del_ids, c->ins_id, c->del_refs,
                            c->ins_ref, c->del_pay, c->ins_pay };
    for (guint i = 0; i < G_N_ELEMENTS (all); i++)
        sqlite3_finalize (all[i]);
}

static gboolean
store_list (rf_money_ctx_t *c, sqlite3_stmt *del, sqlite3_stmt *ins, gint64 id, GPtrArray *values, GError **err)
{
    sqlite3_bind_int64 (del, 1, id);
    if (!step_done (c->st, del, "replacing invoice details", err))
        return FALSE;
    for (guint i = 0; i < values->len; i++) {
        sqlite3_bind_int64 (ins, 1, id);
        sqlite3_bind_int64 (ins, 2, i);
        rf_money_bind_text (ins, 3, g_ptr_array_index (values, i));
        if (!step_done (c->st, ins, "storing invoice details", err))
            return FALSE;
    }
    return TRUE;
}

/* Bind the columns a payment has whatever its source; the rest are NULL. */
static gboolean
insert_payment (rf_money_ctx_t *c, const char *key, const char *source, gboolean reversal, gint64 booking,
                const char *date_source, gint64 value, const char *currency, gint64 amount,
                const char *const *text, GError **err)
{
    sqlite3_stmt *s = c->ins_pay;
    sqlite3_bind_int64 (s, 1, c->file_id);
    rf_money_bind_text (s, 2, key);
    rf_money_bind_text (s, 3, source);
    sqlite3_bind_int (s, 4, reversal);
    bind_date (s, 5, booking);
    bind_date (s, 6, value);
    rf_money_bind_text (s, 7, currency);
    sqlite3_bind_int64 (s, 8, amount);
    /* account, debtor_name, debtor_account, end_to_end_id, bank_ref,
     * remittance, creditor_ref, doc_numbers, log_seller_key, log_invoice_number */
    for (int i = 0; i < 10; i++)
        rf_money_bind_text (s, 9 + i, text[i]);
    bind_run (c->st, s, 19);
    rf_money_bind_text (s, 20, date_source);
    if (sqlite3_step (s) != SQLITE_DONE) {
        rf_store_set_error (c->st, err, "storing a payment");
        return FALSE;
    }
    c->new_payments += sqlite3_changes (c->st->db);
    sqlite3_reset (s);
    sqlite3_clear_bindings (s);
    return TRUE;
}

static gboolean
store_log_payments (rf_money_ctx_t *c, const rf_invoice_t *inv, GError **err)
{
    sqlite3_bind_text (c->del_pay, 1, inv->seller_key, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (c->del_pay, 2, inv->number, -1, SQLITE_TRANSIENT);
    if (!step_done (c->st, c->del_pay, "replacing log payments", err))
        return FALSE;
    for (guint i = 0; i < inv->payments->len; i++) {
        const rf_log_payment_t *p = g_ptr_array_index (inv->payments, i);
        char *key = g_strdup_printf ("log:%s:%s:%u", inv->seller_key, inv->number, i);
        const char *text[10] = { NULL, NULL, NULL, NULL, NULL, p->reference, NULL, NULL,
                                 inv->seller_key, inv->number };
        gboolean ok = insert_payment (c, key, "log", FALSE, p->date, "booking", -1, inv->currency,
                                      p->amount_minor, text, err);
        g_free (key);
        if (!ok)
            return FALSE;
    }
    return TRUE;
}

gboolean
rf_money_store_invoice (rf_money_ctx_t *c, const rf_invoice_t *inv, gint64 *id_out, GError **err)
{
    sqlite3_stmt *s = c->upsert;
    const char *doc_class = inv->kind == RF_INVOICE_KIND_CREDIT_NOTE ? "credit" : "debit";
    gboolean existed;
    gint64 id;

    sqlite3_bind_text (c->find, 1, inv->seller_key, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (c->find, 2, doc_class, -1, SQLITE_STATIC);
    sqlite3_bind_text (c->find, 3, inv->number, -1, SQLITE_TRANSIENT);
    existed = sqlite3_step (c->find) == SQLITE_ROW;
    sqlite3_reset (c->find);
    sqlite3_clear_bindings (c->find);

    sqlite3_bind_int64 (s, 1, c->file_id);
    rf_money_bind_text (s, 2, inv->format);
    rf_money_bind_text (s, 3, inv->seller_key);
    rf_money_bind_text (s, 4, inv->seller_name);
    rf_money_bind_text (s, 5, inv->number);
    rf_money_bind_text (s, 6, rf_invoice_kind_to_string (inv->kind));
    rf_money_bind_text (s, 7, doc_class);
    rf_money_bind_text (s, 8, inv->type_code);
    bind_date (s, 9, inv->issue_date);
    bind_date (s, 10, inv->due_date);
    rf_money_bind_text (s, 11, rf_due_source_to_string (inv->due_source));
    rf_money_bind_text (s, 12, inv->currency);
    sqlite3_bind_int64 (s, 13, inv->amount_minor);
    sqlite3_bind_int64 (s, 14, inv->net_minor);
    sqlite3_bind_int64 (s, 15, inv->total_minor);
    sqlite3_bind_int64 (s, 16, inv->prepaid_minor);
    rf_money_bind_text (s, 17, inv->buyer_name);
    rf_money_bind_text (s, 18, inv->buyer_email);
    rf_money_bind_text (s, 19, inv->buyer_endpoint);
    rf_money_bind_text (s, 20, inv->client_hint);
    rf_money_bind_text (s, 21, inv->note);
    bind_run (c->st, s, 22);
    rf_money_bind_text (s, 23, inv->payment_ref);
    if (sqlite3_step (s) != SQLITE_ROW) {
        rf_store_set_error (c->st, err, "storing an invoice");
        return FALSE;
    }
    id = sqlite3_column_int64 (s, 0);
    sqlite3_reset (s);
    sqlite3_clear_bindings (s);
    if (!existed)
        c->new_invoices++;
    if (id_out)
        *id_out = id;
    return store_list (c, c->del_ids, c->ins_id, id, inv->buyer_ids, err)
           && store_list (c, c->del_refs, c->ins_ref, id, inv->refs, err)
           && (strcmp (inv->format, "log") != 0 || store_log_payments (c, inv, err));
}

static gboolean
store_statement (rf_money_ctx_t *c, const rf_statement_t *stmt, GError **err)
{
    for (guint i = 0; i < stmt->entries->len; i++) {
        const rf_payment_entry_t *p = g_ptr_array_index (stmt->entries, i);
        const char *text[10] = { p->account ? p->account : stmt->account, p->debtor_name, p->debtor_account, p->end_to_end_id,
                                 p->bank_ref, p->remittance, p->creditor_ref, p->doc_numbers,
                                 NULL, NULL };
        if (!insert_payment (c, p->dedupe_key, stmt->kind, p->reversal, p->booking_date,
                             p->date_source, p->value_date, p->currency, p->amount_minor, text, err))
            return FALSE;
    }
    return TRUE;
}

/* Parse the document into invoices or a statement; on refusal set reason
 * and kind. Exactly one of *invoices and *stmt is set on success. */
static gboolean
parse (xmlDocPtr doc, GPtrArray **invoices, rf_statement_t **stmt, const char **kind, char **reason)
{
    xmlNodePtr root = xmlDocGetRootElement (doc);
    const char *local = (const char *) root->name;
    if (rf_invoice_doc_kind (doc) != RF_DOC_OTHER) {
        *kind = "invoice";
        *invoices = rf_invoice_parse_doc (doc, reason);
        return *invoices != NULL;
    }
    if (rf_payment_doc_is_camt (doc)) {
        *kind = "payment";
        *stmt = rf_payment_parse_doc (doc, reason);
        return *stmt != NULL;
    }
    *kind = (strcmp (local, "Invoice") == 0 || strcmp (local, "CreditNote") == 0
             || strcmp (local, "CrossIndustryInvoice") == 0 || strcmp (local, "invoice-log") == 0)
                ? "invoice"
                : strcmp (local, "Document") == 0 ? "payment" : "other";
    *reason = g_strdup_printf ("not an invoice or bank statement: root element {%s}%s",
                               rf_xml_ns_uri (root), local);
    return FALSE;
}

/* Bank files that are not XML are told by their first lines; everything
 * else goes to the XML readers, whose refusal names what was wrong. */
/* A PDF: the invoice XML it carries, read as any invoice file. */
static gboolean
parse_pdf (const char *path, const char *data, gsize len, xmlDocPtr *doc, GPtrArray **invoices,
           const char **kind, char **reason)
{
    char *name = NULL, *why = NULL;
    GBytes *xml;
    gsize n;
    const char *bytes;
    rf_statement_t *stmt = NULL;
    gboolean ok = FALSE;

    *kind = "invoice";
    if (!(xml = rf_pdf_invoice_xml (data, len, RF_XML_MAX_BYTES, &name, reason)))
        return FALSE;
    bytes = g_bytes_get_data (xml, &n);
    *doc = rf_xml_read (bytes, n, RF_XML_MAX_BYTES, path, &why);
    if (*doc && rf_invoice_doc_kind (*doc) != RF_DOC_OTHER)
        ok = parse (*doc, invoices, &stmt, kind, &why);
    else if (*doc)
        why = g_strdup_printf ("not an invoice: root element {%s}%s", rf_xml_ns_uri (xmlDocGetRootElement (*doc)),
                               (const char *) xmlDocGetRootElement (*doc)->name);
    if (!ok)
        *reason = g_strdup_printf ("PDF attachment '%s': %s", name, why);
    *kind = "invoice";
    rf_statement_free (stmt);
    g_free (why);
    g_free (name);
    g_bytes_unref (xml);
    return ok;
}

static gboolean
parse_bytes (const char *path, const char *data, gsize len, xmlDocPtr *doc, GPtrArray **invoices,
             rf_statement_t **stmt, const char **kind, char **reason)
{
    /* OFX 2 is XML, but OFX 1 is SGML and both are read by the OFX reader. */
    if (rf_ofx_sniff (data, len)) {
        *kind = "payment";
        *stmt = rf_ofx_parse (data, len, reason);
        return *stmt != NULL;
    }
    if (!rf_xml_sniff (data, len) && rf_mt940_sniff (data, len)) {
        *kind = "payment";
        *stmt = rf_mt940_parse (data, len, reason);
        return *stmt != NULL;
    }
    if (!rf_xml_sniff (data, len) && rf_pdf_sniff (data, len))
        return parse_pdf (path, data, len, doc, invoices, kind, reason);
    *doc = rf_xml_read (data, len, RF_XML_MAX_BYTES, path, reason);
    if (!*doc) {
        *kind = guess_kind (data, len);
        return FALSE;
    }
    return parse (*doc, invoices, stmt, kind, reason);
}

gboolean
rf_money_sniff (const char *head, gsize len)
{
    const char *end = head + len, *p = rf_text_start (head, end);
    if (rf_xml_sniff (head, len))
        return TRUE;
    /* MT940 (":20:" or a SWIFT envelope "{1:"), OFX 1 headers, or a PDF. */
    return (end - p >= 10 && strncmp (p, "OFXHEADER:", 10) == 0) || (end - p >= 4 && strncmp (p, ":20:", 4) == 0) || (end - p >= 3 && strncmp (p, "{1:", 3) == 0)
           || (end - p >= 5 && strncmp (p, "%PDF-", 5) == 0);
}

static const char *
file_format (GPtrArray *invoices, const rf_statement_t *stmt)
{
    if (stmt)
        return stmt->format;
    /* An invoice log may list no invoice at all. */
    return invoices->len ? ((const rf_invoice_t *) invoices->pdata[0])->format : "log";
}

/* A file with this content was stored before: *kind says what it was. */
static gboolean
already_read (rf_store_t *st, const char *sha, const char **kind, gboolean *found, GError **err)
{
    sqlite3_stmt *s = rf_store_prepare (st, "SELECT kind FROM money_file WHERE sha256=?1", err);
    *found = FALSE;
    if (!s)
        return FALSE;
    sqlite3_bind_text (s, 1, sha, -1, SQLITE_STATIC);
    if (sqlite3_step (s) == SQLITE_ROW) {
        *kind = strcmp ((const char *) sqlite3_column_text (s, 0), "payment") == 0 ? "payment" : "invoice";
        *found = TRUE;
    }
    sqlite3_finalize (s);
    return TRUE;
}

/* Store what a file held, in a savepoint: all of it or nothing. */
static gboolean
store_parsed (rf_store_t *st, const char *path, const char *sha, gboolean pdf, GPtrArray *invoices,
              rf_statement_t *stmt, const char *kind, GError **err)
{
    rf_money_ctx_t c = { .st = st };
    /* An invoice read from a PDF: "pdf+cii", "pdf+ubl". */
    char *format = pdf ? g_strdup_printf ("pdf+%s", file_format (invoices, stmt)) : g_strdup (file_format (invoices, stmt));
    gboolean ok = FALSE;

    if (!rf_store_exec (st, "SAVEPOINT money_file", err)) {
        g_free (format);
        return FALSE;
    }
    c.file_id = rf_money_insert_file (st, sha, path, kind, format,
                             invoices ? invoices->len : stmt->entries->len, stmt ? stmt->ignored : 0, err);
    if (c.file_id < 0 || !rf_money_ctx_prepare (&c, err))
        goto done;
    for (guint i = 0; invoices && i < invoices->len; i++)
        if (!rf_money_store_invoice (&c, g_ptr_array_index (invoices, i), NULL, err))
            goto done;
    if (stmt && !store_statement (&c, stmt, err))
        goto done;
    ok = rf_store_run_count (st, "invoices_new", c.new_invoices, err)
         && rf_store_run_count (st, "payments_new", c.new_payments, err)
         && rf_store_exec (st, "RELEASE money_file", err);
done:
    rf_money_ctx_finalize (&c);
    if (!ok)
        sqlite3_exec (st->db, "ROLLBACK TO money_file; RELEASE money_file", NULL, NULL, NULL);
    g_free (format);
    return ok;
}

gboolean
rf_money_ingest (rf_store_t *st, const char *path, const char *data, gsize len,
                 rf_money_result_t *result, const char **kind, char **reason, GError **err)
{
    char *sha = rf_sha256_hex (data, len);
    xmlDocPtr doc = NULL;
    GPtrArray *invoices = NULL;
    rf_statement_t *stmt = NULL;
    gboolean ok, found = FALSE;

    *reason = NULL;
    *kind = "other";
    *result = RF_MONEY_SKIPPED;
    ok = already_read (st, sha, kind, &found, err);
    if (ok && found)
        *result = RF_MONEY_UNCHANGED;
    else if (ok && parse_bytes (path, data, len, &doc, &invoices, &stmt, kind, reason)) {
        ok = store_parsed (st, path, sha, rf_pdf_sniff (data, len) && !rf_xml_sniff (data, len), invoices, stmt,
                           *kind, err);
        if (ok)
            *result = RF_MONEY_STORED;
    }
    if (invoices)
        g_ptr_array_unref (invoices);
    rf_statement_free (stmt);
    if (doc)
        xmlFreeDoc (doc);
    g_free (sha);
    return ok;
}

/* The XML a PDF carries, read as its invoice. */
static gboolean
parse_pdf_xml (const char *path, const char *name, const char *xml, gsize len, xmlDocPtr *doc,
               GPtrArray **invoices, char **reason)
{
    char *why = NULL;
    rf_statement_t *stmt = NULL;
    const char *kind;
    gboolean ok = FALSE;
    *doc = rf_xml_read (xml, len, RF_XML_MAX_BYTES, path, &why);
    if (*doc && rf_invoice_doc_kind (*doc) != RF_DOC_OTHER)
        ok = parse (*doc, invoices, &stmt, &kind, &why);
    else if (*doc)
        why = g_strdup_printf ("not an invoice: root element {%s}%s", rf_xml_ns_uri (xmlDocGetRootElement (*doc)),
                               (const char *) xmlDocGetRootElement (*doc)->name);
    if (!ok)
        *reason = g_strdup_printf ("PDF attachment '%s': %s", name ? name : "", why);
    rf_statement_free (stmt);
    g_free (why);
    return ok;
}

gboolean
rf_money_ingest_pdf (rf_store_t *st, const char *path, const char *sha, const char *name, const char *xml,
                     gsize len, const char *refusal, rf_money_result_t *result, char **reason, GError **err)
{
    xmlDocPtr doc = NULL;
    GPtrArray *invoices = NULL;
    const char *kind = "invoice";
    gboolean ok, found = FALSE;

    *reason = NULL;
    *result = RF_MONEY_SKIPPED;
    ok = already_read (st, sha, &kind, &found, err);
    if (ok && found) {
        *result = RF_MONEY_UNCHANGED;
    } else if (ok && !xml) {
        *reason = g_strdup (refusal ? refusal : "PDF without an invoice");
    } else if (ok && parse_pdf_xml (path, name, xml, len, &doc, &invoices, reason)) {
        ok = store_parsed (st, path, sha, TRUE, invoices, NULL, "invoice", err);
        if (ok)
            *result = RF_MONEY_STORED;
    }
    if (invoices)
        g_ptr_array_unref (invoices);
    if (doc)
        xmlFreeDoc (doc);
    return ok;
}
