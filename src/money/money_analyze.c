/* money_analyze.c - rf_money_analyze: load invoices and payments, run the
 * steps (attribute, match, measure) and store the matches and events. */
#include "config.h"
#include "money/money_analyze.h"
#include "money/money_analyze_p.h"
#include "money/money.h"
#include "base/util.h"

#include <string.h>

static char *
col_text (sqlite3_stmt *s, int i)
{
    const unsigned char *t = sqlite3_column_text (s, i);
    return t ? g_strdup ((const char *) t) : NULL;
}

static void
invoice_free (gpointer p)
{
    m_invoice_t *inv = p;
    g_free (inv->number);
    g_free (inv->seller_key);
    g_free (inv->currency);
    g_free (inv->doc_due_source);
    g_free (inv->buyer_name);
    g_free (inv->buyer_email);
    g_free (inv->buyer_endpoint);
    g_free (inv->client_hint);
    g_ptr_array_unref (inv->buyer_ids);
    g_ptr_array_unref (inv->refs);
    g_array_free (inv->events, TRUE);
    g_free (inv);
}

static void
payment_free (gpointer p)
{
    m_payment_t *pay = p;
    for (guint i = 0; i < pay->applied->len; i++)
        g_free (g_array_index (pay->applied, m_apply_t, i).explanation);
    g_array_free (pay->applied, TRUE);
    g_free (pay->dedupe_key);
    g_free (pay->source);
    g_free (pay->currency);
    g_free (pay->debtor_name);
    g_free (pay->debtor_account);
    g_free (pay->end_to_end_id);
    g_free (pay->remittance);
    g_free (pay->creditor_ref);
    g_free (pay->doc_numbers);
    g_free (pay->log_seller_key);
    g_free (pay->log_invoice_number);
    g_free (pay);
}

static m_kind_t
kind_of (const char *k)
{
    if (g_strcmp0 (k, "credit_note") == 0)
        return M_CREDIT;
    if (g_strcmp0 (k, "corrected") == 0)
        return M_CORRECTED;
    return M_INVOICE;
}

/* Run a query and hand every row to fn; what names the step in errors. */
typedef void (*row_fn) (m_ctx_t *c, sqlite3_stmt *s, gpointer data);

static gboolean
each_row (m_ctx_t *c, const char *sql, const char *what, row_fn fn, gpointer data, GError **err)
{
    sqlite3_stmt *s = rf_store_prepare (c->st, sql, err);
    int rc;
    if (!s)
        return FALSE;
    while ((rc = sqlite3_step (s)) == SQLITE_ROW)
        fn (c, s, data);
    sqlite3_finalize (s);
    if (rc != SQLITE_DONE) {
        rf_store_set_error (c->st, err, what);
        return FALSE;
    }
    return TRUE;
}

/* Rows of (invoice_id, value) ordered by pos, appended to one list of
 * each invoice: the GPtrArray* at offset list in m_invoice_t. */
typedef struct {
    GHashTable *by_id;
    glong list;
} list_rows_t;

static void
list_row (m_ctx_t *c, sqlite3_stmt *s, gpointer data)
{
    const list_rows_t *l = data;
    gint64 id = sqlite3_column_int64 (s, 0);
    m_invoice_t *inv = g_hash_table_lookup (l->by_id, &id);
    if (inv)
        g_ptr_array_add (G_STRUCT_MEMBER (GPtrArray *, inv, l->list), col_text (s, 1));
}

static void
invoice_row (m_ctx_t *c, sqlite3_stmt *s, gpointer by_id)
{
    m_invoice_t *inv = g_new0 (m_invoice_t, 1);
    inv->id = sqlite3_column_int64 (s, 0);
    inv->number = col_text (s, 1);
    inv->seller_key = col_text (s, 2);
    inv->kind = kind_of ((const char *) sqlite3_column_text (s, 3));
    inv->currency = col_text (s, 4);
    inv->exponent = MAX (rf_currency_exponent (inv->currency), 0);
    inv->issue = rf_money_day ((const char *) sqlite3_column_text (s, 5));
    inv->doc_due = rf_money_day ((const char *) sqlite3_column_text (s, 6));
    inv->doc_due_source = col_text (s, 7);
    inv->amount = sqlite3_column_int64 (s, 8);
    inv->net = sqlite3_column_int64 (s, 9);
    inv->buyer_name = col_text (s, 10);
    inv->buyer_email = col_text (s, 11);
    inv->buyer_endpoint = col_text (s, 12);
    inv->client_hint = col_text (s, 13);
    inv->buyer_ids = g_ptr_array_new_with_free_func (g_free);
    inv->refs = g_ptr_array_new_with_free_func (g_free);
    inv->events = g_array_new (FALSE, FALSE, sizeof (m_event_t));
    inv->due = -1;
    inv->attribution = "none";
    g_ptr_array_add (c->invoices, inv);
    g_hash_table_insert (by_id, &inv->id, inv);
}

static gboolean
load_invoices (m_ctx_t *c, GError **err)
{
    GHashTable *by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
    list_rows_t ids = { by_id, G_STRUCT_OFFSET (m_invoice_t, buyer_ids) };
    list_rows_t refs = { by_id, G_STRUCT_OFFSET (m_invoice_t, refs) };
    gboolean ok = each_row (c,
        "SELECT id, number, seller_key, kind, currency, issue_date, due_date, due_source,"
        " amount_minor, net_minor, buyer_name, buyer_email, buyer_endpoint, client_hint"
        " FROM invoice ORDER BY issue_date, number, id", "reading invoices", invoice_row, by_id, err)
        && each_row (c, "SELECT invoice_id, value FROM invoice_buyer_id ORDER BY invoice_id, pos",
                     "reading invoice details", list_row, &ids, err)
        && each_row (c, "SELECT invoice_id, ref_number FROM invoice_ref ORDER BY invoice_id, pos",
                     "reading invoice details", list_row, &refs, err);
    g_hash_table_unref (by_id);
    return ok;
}

static void
payment_row (m_ctx_t *c, sqlite3_stmt *s, gpointer unused)
{
    m_payment_t *p = g_new0 (m_payment_t, 1);
    p->id = sqlite3_column_int64 (s, 0);
    p->dedupe_key = col_text (s, 1);
    p->source = col_text (s, 2);
    p->reversal = sqlite3_column_int (s, 3) != 0;
    p->day = rf_money_day ((const char *) sqlite3_column_text (s, 4));
    p->currency = col_text (s, 5);
    p->amount = sqlite3_column_int64 (s, 6);
    p->debtor_name = col_text (s, 7);
    p->debtor_account = col_text (s, 8);
    p->end_to_end_id = col_text (s, 9);
    p->remittance = col_text (s, 10);
    p->creditor_ref = col_text (s, 11);
    p->doc_numbers = col_text (s, 12);
    p->log_seller_key = col_text (s, 13);
    p->log_invoice_number = col_text (s, 14);
    p->applied = g_array_new (FALSE, FALSE, sizeof (m_apply_t));
    g_ptr_array_add (c->payments, p);
}

static void
client_row (m_ctx_t *c, sqlite3_stmt *s, gpointer unused)
{
    gint64 *id = g_new (gint64, 1);
    char *key = col_text (s, 1);
    *id = sqlite3_column_int64 (s, 0);
    g_hash_table_replace (c->client_ids, key, id);
    g_hash_table_replace (c->client_keys, id, key);
}

/* Insert one row per item of every group (each payment's applications,
 * each invoice's events); bind fills the statement for one item. */
typedef GArray *(*items_fn) (gpointer group);
typedef void (*bind_fn) (sqlite3_stmt *s, gpointer group, guint k, gconstpointer item);

static gboolean
insert_each (m_ctx_t *c, const char *sql, const char *what, GPtrArray *groups, items_fn items,
             bind_fn bind, GError **err)
{
    sqlite3_stmt *s = rf_store_prepare (c->st, sql, err);
    gboolean ok = s != NULL;
    for (guint i = 0; ok && i < groups->len; i++) {
        gpointer group = g_ptr_array_index (groups, i);
        GArray *a = items (group);
        guint size = g_array_get_element_size (a);
        for (guint k = 0; ok && k < a->len; k++) {
            bind (s, group, k, a->data + (gsize) k * size);
            ok = sqlite3_step (s) == SQLITE_DONE;
            sqlite3_reset (s);
            sqlite3_clear_bindings (s);
        }
    }
    if (s && !ok)
        rf_store_set_error (c->st, err, what);
    sqlite3_finalize (s);
    return ok;
}

static GArray *
payment_applied (gpointer p)
{
    return ((m_payment_t *) p)->applied;
}

static void
bind_match (sqlite3_stmt *s, gpointer group, guint k, gconstpointer item)
{
    const m_payment_t *p = group;
    const m_apply_t *a = item;
    sqlite3_bind_int64 (s, 1, p->id);
    sqlite3_bind_int64 (s, 2, k);
    if (a->inv)
        sqlite3_bind_int64 (s, 3, a->inv->id);
    if (a->inv && a->inv->client_id)
        sqlite3_bind_int64 (s, 4, a->inv->client_id);
    sqlite3_bind_text (s, 5, a->rule, -1, SQLITE_STATIC);
    sqlite3_bind_int64 (s, 6, a->amount);
    if (p->reverses)
        sqlite3_bind_int64 (s, 7, p->reverses->id);
    if (p->reversed_by)
        sqlite3_bind_int64 (s, 8, p->reversed_by->id);
    sqlite3_bind_text (s, 9, a->explanation, -1, SQLITE_STATIC);
}

static GArray *
invoice_events (gpointer inv)
{
    return ((m_invoice_t *) inv)->events;
}

static const char *const event_kinds[] = { "payment", "reversal", "credit", "replaced" };

static void
bind_event (sqlite3_stmt *s, gpointer group, guint k, gconstpointer item)
{
    const m_invoice_t *inv = group;
    const m_event_t *e = item;
    char buf[16];
    rf_money_day_str (e->day, buf);
    sqlite3_bind_int64 (s, 1, inv->id);
    sqlite3_bind_text (s, 2, buf, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (s, 3, event_kinds[e->kind], -1, SQLITE_STATIC);
    sqlite3_bind_int64 (s, 4, e->amount);
    if (e->payment_id)
        sqlite3_bind_int64 (s, 5, e->payment_id);
    if (e->credit_id)
        sqlite3_bind_int64 (s, 6, e->credit_id);
}

gboolean
rf_money_analyze (rf_store_t *st, const rf_config_t *cfg, gint64 as_of, GError **err)
{
    m_ctx_t c = { .st = st, .cfg = cfg, .as_of = as_of / 86400 };
    gboolean ok;

    c.invoices = g_ptr_array_new_with_free_func (invoice_free);
    c.payments = g_ptr_array_new_with_free_func (payment_free);
    c.client_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    c.client_keys = g_hash_table_new (g_int64_hash, g_int64_equal);
    ok = rf_store_exec (st,
                        "DELETE FROM money_revenue_share; DELETE FROM money_aging;"
                        "DELETE FROM money_client; DELETE FROM invoice_event;"
                        "DELETE FROM payment_match; DELETE FROM invoice_status;", err)
         && each_row (&c, "SELECT id, key FROM client", "reading clients", client_row, NULL, err)
         && load_invoices (&c, err)
         && each_row (&c,
                      "SELECT id, dedupe_key, source, is_reversal, booking_date, currency, amount_minor,"
                      " debtor_name, debtor_account, end_to_end_id, remittance, creditor_ref, doc_numbers,"
                      " log_seller_key, log_invoice_number"
                      " FROM payment ORDER BY booking_date, is_reversal, dedupe_key",
                      "reading payments", payment_row, NULL, err)
         && rf_money_attribute (&c, err);
    if (ok) {
        rf_money_match (&c);
        ok = insert_each (&c,
                          "INSERT INTO payment_match(payment_id, pos, invoice_id, client_id, rule,"
                          " amount_minor, reverses, reversed_by, explanation)"
                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                          "storing payment matches", c.payments, payment_applied, bind_match, err)
             && insert_each (&c,
                             "INSERT INTO invoice_event(invoice_id, date, kind, amount_minor, payment_id,"
                             " credit_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                             "storing invoice events", c.invoices, invoice_events, bind_event, err)
             && rf_money_measure (&c, err);
    }
    g_ptr_array_unref (c.payments);
    g_ptr_array_unref (c.invoices);
    g_hash_table_unref (c.client_keys);
    g_hash_table_unref (c.client_ids);
    return ok;
}
