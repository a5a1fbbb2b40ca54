/* payment_camt.c - camt.052, camt.053 and camt.054 entries (versions
 * .001.02 to .001.14) to payment records. The element paths used here are
 * the same in every version, or are tried in turn where versions differ. */
#include "config.h"
#include "money/payment_parse.h"
#include "money/invoice_parse.h"
#include "money/money.h"
#include "base/util.h"
#include "money/xml_safe.h"

#include <string.h>

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
    const char *date_source;
    gint64 report_date;      /* the statement's own date, or -1 */
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
    e->date_source = "booking";
    if (!s) {
        s = first_text (e->node, ns, value_paths);
        e->date_source = "value";
    }
    if (s && !rf_invoice_parse_date (s, &e->booking)) {
        *reason = g_strdup_printf ("entry %u: invalid %s date '%s'", e->index, e->date_source, s);
        goto done;
    }
    /* Some banks leave both dates out of an entry: the statement's date is
     * then the best we know, and the payment row says so. */
    if (!s && e->report_date < 0) {
        *reason = g_strdup_printf ("entry %u: no booking or value date, and the statement has no date",
                                   e->index);
        goto done;
    }
    if (!s) {
        e->booking = e->report_date;
        e->date_source = "statement";
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
    if (p->bank_ref)
        return g_strdup_printf ("bank:%s:%s:%s", st->account ? st->account : "", p->bank_ref,
                                p->reversal ? "R" : "C");
    if (e->bank_ref)
        return g_strdup_printf ("entry:%s:%s:%u:%s", st->account ? st->account : "", e->bank_ref, tx,
                                p->reversal ? "R" : "C");
    /* No bank reference: identify by content. */
    return rf_payment_content_key (st->account, p, seen);
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
    p->date_source = e->date_source;
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
    rf_payment_entry_free (p);
    return NULL;
}

/* Is this entry kept? Credits, and debits that reverse a credit. */
static gboolean
wanted (xmlNodePtr node, rf_xml_ns_t ns, gboolean *reversal)
{
    char *cd = rf_xml_path_text (node, ns, "c:CdtDbtInd");
    char *rv = rf_xml_path_text (node, ns, "c:RvslInd");
    /* Sts is a code up to .001.06, a choice of code or proprietary after. */
    char *sts = rf_xml_path_text (node, ns, "c:Sts/c:Cd");
    if (!sts)
        sts = rf_xml_path_text (node, ns, "c:Sts/c:Prtry");
    if (!sts)
        sts = rf_xml_path_text (node, ns, "c:Sts");
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

/* The kinds read, and where each keeps its reports. */
static const struct {
    const char *kind, *reports;
} kinds[] = {
    { "052", "c:BkToCstmrAcctRpt/c:Rpt" },
    { "053", "c:BkToCstmrStmt/c:Stmt" },
    { "054", "c:BkToCstmrDbtCdtNtfctn/c:Ntfctn" },
};

#define CAMT_VERSIONS "camt.052, camt.053 and camt.054 .001.02 to .001.14 are read"

/* "053.001.10" -> the index in kinds, or -1 for a kind or version not read. */
static int
supported_version (const char *uri)
{
    const char *v = uri + strlen (RF_NS_CAMT_PREFIX);
    int version;
    if (strlen (v) != 10 || strncmp (v + 3, ".001.", 5) != 0 || !g_ascii_isdigit (v[8])
        || !g_ascii_isdigit (v[9]))
        return -1;
    version = (v[8] - '0') * 10 + (v[9] - '0');
    if (version < 2 || version > 14)
        return -1;
    for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        if (strncmp (v, kinds[i].kind, 3) == 0)
            return (int) i;
    return -1;
}

/* The statement's own date: the end of its period, else when it was
 * created, else when the message was. -1 when none is readable. */
static gint64
report_date (xmlNodePtr root, xmlNodePtr rep, rf_xml_ns_t ns)
{
    static const char *const paths[] = { "c:FrToDt/c:ToDtTm", "c:CreDtTm", NULL };
    char *s = first_text (rep, ns, paths);
    gint64 t = -1;
    if (!s) {
        xmlNodePtr msg = xmlFirstElementChild (root);
        s = msg ? rf_xml_path_text (msg, ns, "c:GrpHdr/c:CreDtTm") : NULL;
    }
    if (!s || !rf_invoice_parse_date (s, &t))
        t = -1;
    g_free (s);
    return t;
}

static gboolean
read_report (rf_statement_t *st, xmlNodePtr root, xmlNodePtr rep, rf_xml_ns_t ns, GHashTable *seen,
             guint *index, char **reason)
{
    GPtrArray *entries = rf_xml_find_all (rep, ns, "c:Ntry");
    gint64 date = report_date (root, rep, ns);
    gboolean ok = TRUE;
    g_free (st->account);
    st->account = rf_xml_path_text (rep, ns, "c:Acct/c:Id/c:IBAN");
    if (!st->account)
        st->account = rf_xml_path_text (rep, ns, "c:Acct/c:Id/c:Othr/c:Id");
    for (guint i = 0; ok && i < entries->len; i++) {
        entry_t e = { g_ptr_array_index (entries, i), ++*index, FALSE, -1, -1, NULL, date, NULL, 0, NULL };
        if (wanted (e.node, ns, &e.reversal))
            ok = read_entry (st, &e, ns, seen, reason);
        else
            st->ignored++;
        g_free (e.currency);
        g_free (e.bank_ref);
    }
    g_ptr_array_unref (entries);
    return ok;
}

rf_statement_t *
rf_payment_parse_doc (xmlDocPtr doc, char **reason)
{
    xmlNodePtr root = xmlDocGetRootElement (doc);
    const char *uri = rf_xml_ns_uri (root);
    const char *ns[] = { "c", uri, NULL };
    rf_statement_t *st = NULL;
    GPtrArray *reports;
    GHashTable *seen;
    gboolean ok = TRUE;
    guint index = 0;
    int k;

    *reason = NULL;
    if (!rf_payment_doc_is_camt (doc) || (k = supported_version (uri)) < 0) {
        *reason = g_strdup_printf ("unsupported bank statement format {%s}%s (" CAMT_VERSIONS ")",
                                   uri, root ? (const char *) root->name : "");
        return NULL;
    }
    {
        char *kind = g_strdup_printf ("camt.%s", kinds[k].kind);
        char *format = g_strdup_printf ("camt.%s", uri + strlen (RF_NS_CAMT_PREFIX));
        st = rf_statement_new (kind, format);
        g_free (kind);
        g_free (format);
    }
    seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    reports = rf_xml_find_all (root, ns, kinds[k].reports);
    for (guint r = 0; ok && r < reports->len; r++)
        ok = read_report (st, root, g_ptr_array_index (reports, r), ns, seen, &index, reason);
    g_ptr_array_unref (reports);
    g_hash_table_unref (seen);
    if (!ok) {
        rf_statement_free (st);
        return NULL;
    }
    return st;
}
