/* payment_parse.c - camt.053 and camt.054 entries to payment records. */
#include "config.h"
#include "money/payment_parse.h"
#include "money/invoice_parse.h"
#include "money/money.h"
#include "base/util.h"
#include "money/xml_safe.h"

#include <string.h>

static void
entry_free (gpointer p)
{
    rf_payment_entry_t *e = p;
    g_free (e->currency);
    g_free (e->debtor_name);
    g_free (e->debtor_account);
    g_free (e->end_to_end_id);
    g_free (e->bank_ref);
    g_free (e->remittance);
    g_free (e->creditor_ref);
    g_free (e->doc_numbers);
    g_free (e->dedupe_key);
    g_free (e);
}

void
rf_statement_free (rf_statement_t *s)
{
    if (!s)
        return;
    g_free (s->format);
    g_free (s->kind);
    g_free (s->account);
    g_ptr_array_unref (s->entries);
    g_free (s);
}

gboolean
rf_payment_doc_is_camt (xmlDocPtr doc)
{
    xmlNodePtr root = doc ? xmlDocGetRootElement (doc) : NULL;
    return root && g_str_has_prefix (rf_xml_ns_uri (root), RF_NS_CAMT_PREFIX)
           && strcmp ((const char *) root->name, "Document") == 0;
}

/* The text of the first path that matches (paths differ between versions). */
static char *
first_text (xmlNodePtr node, rf_xml_ns_t ns, const char *const *paths)
{
    char *s = NULL;
    for (int i = 0; !s && paths[i]; i++)
        s = rf_xml_path_text (node, ns, paths[i]);
    return s;
}

/* Every match of path, joined by single spaces, or NULL. */
static char *
joined_text (xmlNodePtr node, rf_xml_ns_t ns, const char *path)
{
    GPtrArray *nodes = rf_xml_find_all (node, ns, path);
    GString *out = g_string_new (NULL);
    for (guint i = 0; i < nodes->len; i++) {
        char *t = rf_xml_text (g_ptr_array_index (nodes, i));
        if (t) {
            if (out->len)
                g_string_append_c (out, ' ');
            g_string_append (out, t);
            g_free (t);
        }
    }
    g_ptr_array_unref (nodes);
    if (!out->len) {
        g_string_free (out, TRUE);
        return NULL;
    }
    return g_string_free (out, FALSE);
}

static gboolean
is_true (const char *s)
{
    return s && (strcmp (s, "true") == 0 || strcmp (s, "1") == 0);
}

/* One entry as read, before it is split into its transactions. */
typedef struct {
    xmlNodePtr node;
    guint index;             /* 1-based, for reasons */
    gboolean reversal;
    gint64 booking, value;
    char *currency;
    gint64 amount;
    char *bank_ref;
} entry_t;

static const char *const booking_paths[] = { "c:BookgDt/c:Dt", "c:BookgDt/c:DtTm", NULL };
static const char *const value_paths[] = { "c:ValDt/c:Dt", "c:ValDt/c:DtTm", NULL };

static gboolean
read_amount (xmlNodePtr amt, const char *what, guint index, int exponent, gint64 *out, char **reason)
{
    char *s = rf_xml_text (amt);
    rf_amount_status_t st = s ? rf_amount_parse (s, exponent, out) : RF_AMOUNT_EMPTY;
    gboolean ok = st == RF_AMOUNT_OK && *out >= 0;
    if (st != RF_AMOUNT_OK)
        *reason = g_strdup_printf ("entry %u: %s '%s': %s", index, what, s ? s : "",
                                   rf_amount_status_to_string (st));
    else if (*out < 0)
        *reason = g_strdup_printf ("entry %u: negative %s '%s' (camt amounts are unsigned)",
                                   index, what, s);
    g_free (s);
    return ok;
}

static gboolean
read_entry_head (entry_t *e, rf_xml_ns_t ns, char **reason)
{
    xmlNodePtr amt = rf_xml_find (e->node, ns, "c:Amt");
    char *ccy = rf_xml_attr (amt, "Ccy"), *s = first_text (e->node, ns, booking_paths);
    gboolean ok = FALSE;

    e->currency = rf_currency_normalize (ccy);
    if (!e->currency) {
        *reason = g_strdup_printf ("entry %u: unknown currency '%s'", e->index, ccy ? ccy : "");
        goto done;
    }
    if (!read_amount (amt, "amount", e->index, rf_currency_exponent (e->currency), &e->amount, reason))
        goto done;
    if (!s)
        s = first_text (e->node, ns, value_paths);
    if (!rf_invoice_parse_date (s, &e->booking)) {
        *reason = g_strdup_printf ("entry %u: no valid booking or value date", e->index);
        goto done;
    }
    g_free (s);
    s = first_text (e->node, ns, value_paths);
    if (!s || !rf_invoice_parse_date (s, &e->value))
        e->value = -1;
    e->bank_ref = rf_xml_path_text (e->node, ns, "c:AcctSvcrRef");
    ok = TRUE;
done:
    g_free (ccy);
    g_free (s);
    return ok;
}

static char *
dedupe_key (const rf_statement_t *st, const rf_payment_entry_t *p, const entry_t *e, guint tx,
            GHashTable *seen)
{
    char *key, *text;
    guint n;
    if (p->bank_ref)
        return g_strdup_printf ("bank:%s:%s:%s", st->account ? st->account : "", p->bank_ref,
                                p->reversal ? "R" : "C");
    if (e->bank_ref)
        return g_strdup_printf ("entry:%s:%s:%u:%s", st->account ? st->account : "", e->bank_ref, tx,
                                p->reversal ? "R" : "C");
    /* No bank reference: identify by content. Identical transfers in one
     * file are told apart by their order among identical ones, so the same
     * statement read twice still gives the same keys. */
    text = g_strdup_printf ("%s|%" G_GINT64_FORMAT "|%s|%" G_GINT64_FORMAT "|%s|%s|%s|%s|%s|%d",
                            st->account ? st->account : "", p->booking_date, p->currency,
                            p->amount_minor, p->debtor_name ? p->debtor_name : "",
                            p->debtor_account ? p->debtor_account : "",
                            p->end_to_end_id ? p->end_to_end_id : "",
                            p->remittance ? p->remittance : "", p->creditor_ref ? p->creditor_ref : "",
                            p->reversal);
    key = rf_sha256_hex (text, strlen (text));
    g_free (text);
    n = GPOINTER_TO_UINT (g_hash_table_lookup (seen, key));
    g_hash_table_replace (seen, g_strdup (key), GUINT_TO_POINTER (n + 1));
    text = g_strdup_printf ("content:%.40s:%u", key, n);
    g_free (key);
    return text;
}

static const char *const debtor_paths[] = {
    "c:RltdPties/c:Dbtr/c:Nm", "c:RltdPties/c:Dbtr/c:Pty/c:Nm",
    "c:RltdPties/c:UltmtDbtr/c:Nm", "c:RltdPties/c:UltmtDbtr/c:Pty/c:Nm", NULL
};
static const char *const account_paths[] = {
    "c:RltdPties/c:DbtrAcct/c:Id/c:IBAN", "c:RltdPties/c:DbtrAcct/c:Id/c:Othr/c:Id", NULL
};

/* One payment record from a TxDtls (tx may be NULL: the entry itself). */
static rf_payment_entry_t *
read_tx (const entry_t *e, xmlNodePtr tx, gboolean single, rf_xml_ns_t ns, char **reason)
{
    rf_payment_entry_t *p = g_new0 (rf_payment_entry_t, 1);
    xmlNodePtr amt = tx ? rf_xml_find (tx, ns, "c:Amt") : NULL;

    p->reversal = e->reversal;
    p->booking_date = e->booking;
    p->value_date = e->value;
    p->currency = g_strdup (e->currency);
    p->exponent = rf_currency_exponent (e->currency);
    p->amount_minor = e->amount;
    if (tx && !amt)
        amt = rf_xml_find (tx, ns, "c:AmtDtls/c:TxAmt/c:Amt");
    if (amt && !single) {
        char *ccy = rf_xml_attr (amt, "Ccy");
        gboolean same = ccy && g_ascii_strcasecmp (ccy, e->currency) == 0;
        g_free (ccy);
        if (!same) {
            *reason = g_strdup_printf ("entry %u: a transaction's currency differs from the entry's", e->index);
            goto fail;
        }
        if (!read_amount (amt, "transaction amount", e->index, p->exponent, &p->amount_minor, reason))
            goto fail;
    } else if (!single) {
        *reason = g_strdup_printf ("entry %u: a batch transaction has no amount", e->index);
        goto fail;
    }
    if (!tx)
        return p;
    p->debtor_name = first_text (tx, ns, debtor_paths);
    p->debtor_account = first_text (tx, ns, account_paths);
    p->end_to_end_id = rf_xml_path_text (tx, ns, "c:Refs/c:EndToEndId");
    if (p->end_to_end_id && g_ascii_strcasecmp (p->end_to_end_id, "NOTPROVIDED") == 0)
        p->end_to_end_id = (g_free (p->end_to_end_id), NULL);
    p->bank_ref = rf_xml_path_text (tx, ns, "c:Refs/c:AcctSvcrRef");
    p->remittance = joined_text (tx, ns, "c:RmtInf/c:Ustrd");
    p->creditor_ref = rf_xml_path_text (tx, ns, "c:RmtInf/c:Strd/c:CdtrRefInf/c:Ref");
    p->doc_numbers = joined_text (tx, ns, "c:RmtInf/c:Strd/c:RfrdDocInf/c:Nb");
    return p;
fail:
    entry_free (p);
    return NULL;
}

/* Is this entry kept? Credits, and debits that reverse a credit. */
static gboolean
wanted (xmlNodePtr node, rf_xml_ns_t ns, gboolean *reversal)
{
    char *cd = rf_xml_path_text (node, ns, "c:CdtDbtInd");
    char *rv = rf_xml_path_text (node, ns, "c:RvslInd");
    char *sts = rf_xml_path_text (node, ns, "c:Sts");
    gboolean credit = g_strcmp0 (cd, "CRDT") == 0, rev = is_true (rv);
    gboolean booked = !sts || strcmp (sts, "BOOK") == 0;
    *reversal = rev;
    g_free (cd);
    g_free (rv);
    g_free (sts);
    return booked && (credit != rev);
}

static gboolean
read_entry (rf_statement_t *st, entry_t *e, rf_xml_ns_t ns, GHashTable *seen, char **reason)
{
    GPtrArray *txs = rf_xml_find_all (e->node, ns, "c:NtryDtls/c:TxDtls");
    gboolean ok = read_entry_head (e, ns, reason);
    guint n = MAX (txs->len, 1);
    for (guint i = 0; ok && i < n; i++) {
        rf_payment_entry_t *p = read_tx (e, txs->len ? g_ptr_array_index (txs, i) : NULL,
                                         txs->len <= 1, ns, reason);
        if (!p) {
            ok = FALSE;
            break;
        }
        p->dedupe_key = dedupe_key (st, p, e, i, seen);
        /* Only now: the entry's reference is shared by its transactions,
         * so it must not have identified them one by one. */
        if (!p->bank_ref && e->bank_ref)
            p->bank_ref = g_strdup (e->bank_ref);
        g_ptr_array_add (st->entries, p);
    }
    g_ptr_array_unref (txs);
    return ok;
}

static gboolean
supported_version (const char *uri, char **kind, char **format)
{
    const char *v = uri + strlen (RF_NS_CAMT_PREFIX);
    /* "053.001.02" ... "054.001.08" */
    if (strlen (v) != 10 || (strncmp (v, "053", 3) != 0 && strncmp (v, "054", 3) != 0)
        || strncmp (v + 3, ".001.0", 6) != 0 || v[9] < '2' || v[9] > '8')
        return FALSE;
    *kind = g_strdup_printf ("camt.%.3s", v);
    *format = g_strdup_printf ("camt.%s", v);
    return TRUE;
}

rf_statement_t *
rf_payment_parse_doc (xmlDocPtr doc, char **reason)
{
    xmlNodePtr root = xmlDocGetRootElement (doc);
    const char *uri = rf_xml_ns_uri (root);
    const char *ns[] = { "c", uri, NULL };
    rf_statement_t *st = g_new0 (rf_statement_t, 1);
    GPtrArray *reports = NULL;
    GHashTable *seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    gboolean ok = FALSE;
    guint index = 0;

    *reason = NULL;
    st->entries = g_ptr_array_new_with_free_func (entry_free);
    if (!rf_payment_doc_is_camt (doc) || !supported_version (uri, &st->kind, &st->format)) {
        *reason = g_strdup_printf ("unsupported bank statement format {%s}%s "
                                   "(camt.053/camt.054 .001.02 to .001.08 are read)",
                                   uri, root ? (const char *) root->name : "");
        goto done;
    }
    reports = rf_xml_find_all (root, ns, strcmp (st->kind, "camt.053") == 0
                                             ? "c:BkToCstmrStmt/c:Stmt" : "c:BkToCstmrDbtCdtNtfctn/c:Ntfctn");
    ok = TRUE;
    for (guint r = 0; ok && r < reports->len; r++) {
        xmlNodePtr rep = g_ptr_array_index (reports, r);
        GPtrArray *entries = rf_xml_find_all (rep, ns, "c:Ntry");
        g_free (st->account);
        st->account = rf_xml_path_text (rep, ns, "c:Acct/c:Id/c:IBAN");
        if (!st->account)
            st->account = rf_xml_path_text (rep, ns, "c:Acct/c:Id/c:Othr/c:Id");
        for (guint i = 0; ok && i < entries->len; i++) {
            entry_t e = { g_ptr_array_index (entries, i), ++index, FALSE, -1, -1, NULL, 0, NULL };
            if (wanted (e.node, ns, &e.reversal))
                ok = read_entry (st, &e, ns, seen, reason);
            else
                st->ignored++;
            g_free (e.currency);
            g_free (e.bank_ref);
        }
        g_ptr_array_unref (entries);
    }
done:
    if (reports)
        g_ptr_array_unref (reports);
    g_hash_table_unref (seen);
    if (!ok) {
        rf_statement_free (st);
        return NULL;
    }
    return st;
}
