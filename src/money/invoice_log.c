/* invoice_log.c - the native invoice log (doc/invoice-log.md): a list of
 * invoices with their paid dates, for tools that export their own records. */
#include "config.h"
#include "money/invoice_parse_p.h"
#include "money/money.h"
#include "money/xml_safe.h"

#include <string.h>

static rf_xml_ns_t NS = { "l", RF_NS_INVOICE_LOG, NULL };

static gboolean
read_kind (rf_invoice_t *inv, xmlNodePtr node, char **reason)
{
    char *k = rf_xml_attr (node, "kind");
    gboolean ok = TRUE;
    if (!k || strcmp (k, "invoice") == 0)
        inv->kind = RF_INVOICE_KIND_INVOICE;
    else if (strcmp (k, "credit_note") == 0)
        inv->kind = RF_INVOICE_KIND_CREDIT_NOTE;
    else if (strcmp (k, "corrected") == 0)
        inv->kind = RF_INVOICE_KIND_CORRECTED;
    else {
        *reason = g_strdup_printf ("unknown kind '%s' (invoice, credit_note or corrected)", k);
        ok = FALSE;
    }
    g_free (k);
    return ok;
}

static gboolean
read_date (xmlNodePtr node, const char *what, gboolean required, gint64 *out, char **reason)
{
    char *s = rf_xml_text (node);
    gboolean ok = TRUE;
    if (!s && required) {
        *reason = g_strdup_printf ("missing <%s>", what);
        ok = FALSE;
    } else if (s && !rf_invoice_parse_date (s, out)) {
        *reason = g_strdup_printf ("invalid <%s> '%s'", what, s);
        ok = FALSE;
    }
    g_free (s);
    return ok;
}

/* <paid date="" amount="" reference=""/>; a payment without amount pays
 * whatever the earlier ones left open. */
static gboolean
read_payments (rf_invoice_t *inv, xmlNodePtr node, char **reason)
{
    GPtrArray *paid = rf_xml_find_all (node, NS, "l:paid");
    gint64 sum = 0;
    gboolean ok = TRUE;
    for (guint i = 0; ok && i < paid->len; i++) {
        xmlNodePtr p = g_ptr_array_index (paid, i);
        char *date = rf_xml_attr (p, "date"), *amount = rf_xml_attr (p, "amount");
        rf_log_payment_t *lp = g_new0 (rf_log_payment_t, 1);
        rf_amount_status_t st = RF_AMOUNT_OK;
        g_ptr_array_add (inv->payments, lp);
        lp->reference = rf_xml_attr (p, "reference");
        if (!rf_invoice_parse_date (date, &lp->date)) {
            *reason = g_strdup_printf ("<paid> %u: invalid date '%s'", i + 1, date ? date : "");
            ok = FALSE;
        } else if (amount && (st = rf_amount_parse (amount, inv->exponent, &lp->amount_minor)) != RF_AMOUNT_OK) {
            *reason = g_strdup_printf ("<paid> %u: amount '%s': %s", i + 1, amount,
                                       rf_amount_status_to_string (st));
            ok = FALSE;
        } else if (amount && lp->amount_minor <= 0) {
            *reason = g_strdup_printf ("<paid> %u: amount '%s' is not positive", i + 1, amount);
            ok = FALSE;
        } else if (!amount) {
            lp->amount_minor = MAX (inv->amount_minor - sum, 0);
        }
        sum += lp->amount_minor;
        g_free (date);
        g_free (amount);
    }
    g_ptr_array_unref (paid);
    return ok;
}

static void
read_buyer (rf_invoice_t *inv, xmlNodePtr b)
{
    char *id = rf_xml_attr (b, "id");
    inv->buyer_name = rf_xml_attr (b, "name");
    inv->buyer_email = rf_xml_attr (b, "email");
    rf_invoice_add_id (inv->buyer_ids, NULL, id);
    g_free (id);
}

static rf_invoice_t *
read_invoice (xmlNodePtr node, const char *seller_name, const char *seller_id, char **reason)
{
    rf_invoice_t *inv = rf_invoice_new ("log");
    GPtrArray *refs = NULL;
    char *s = NULL;
    gboolean ok = FALSE;

    inv->number = rf_xml_attr (node, "number");
    inv->client_hint = rf_xml_attr (node, "client");
    inv->seller_name = g_strdup (seller_name);
    inv->seller_key = seller_id ? rf_invoice_key (seller_id) : NULL;
    if (!inv->number) {
        *reason = g_strdup ("missing number attribute");
        goto done;
    }
    if (!read_kind (inv, node, reason)
        || !read_date (rf_xml_find (node, NS, "l:issued"), "issued", TRUE, &inv->issue_date, reason)
        || !read_date (rf_xml_find (node, NS, "l:due"), "due", FALSE, &inv->due_date, reason))
        goto done;
    inv->due_source = rf_xml_find (node, NS, "l:due") ? RF_DUE_DOCUMENT : RF_DUE_NONE;
    s = rf_xml_path_text (node, NS, "l:currency");
    if (!rf_invoice_read_currency (inv, s, "<currency>", reason)
        || !rf_invoice_read_amount (rf_xml_find (node, NS, "l:amount"), "<amount>", inv->exponent,
                                    TRUE, &inv->amount_minor, reason))
        goto done;
    inv->net_minor = inv->total_minor = inv->amount_minor;
    if (!rf_invoice_read_amount (rf_xml_find (node, NS, "l:net"), "<net>", inv->exponent, FALSE,
                                 &inv->net_minor, reason))
        goto done;
    read_buyer (inv, rf_xml_find (node, NS, "l:buyer"));
    refs = rf_xml_find_all (node, NS, "l:refers-to");
    for (guint i = 0; i < refs->len; i++) {
        char *r = rf_xml_text (g_ptr_array_index (refs, i));
        if (r)
            g_ptr_array_add (inv->refs, r);
    }
    ok = rf_invoice_finish (inv, reason) && read_payments (inv, node, reason);
done:
    if (refs)
        g_ptr_array_unref (refs);
    g_free (s);
    if (!ok) {
        rf_invoice_free (inv);
        return NULL;
    }
    return inv;
}

gboolean
rf_invoice_parse_log (xmlNodePtr root, GPtrArray *out, char **reason)
{
    xmlNodePtr seller = rf_xml_find (root, NS, "l:seller");
    char *seller_name = rf_xml_attr (seller, "name"), *seller_id = rf_xml_attr (seller, "id");
    char *version = rf_xml_attr (root, "version");
    GPtrArray *nodes = rf_xml_find_all (root, NS, "l:invoice");
    gboolean ok = TRUE;

    if (version && strcmp (version, "1") != 0) {
        *reason = g_strdup_printf ("invoice log version '%s' is not supported (only 1)", version);
        ok = FALSE;
    }
    for (guint i = 0; ok && i < nodes->len; i++) {
        xmlNodePtr n = g_ptr_array_index (nodes, i);
        char *why = NULL, *num;
        rf_invoice_t *inv = read_invoice (n, seller_name, seller_id, &why);
        if (inv) {
            g_ptr_array_add (out, inv);
            continue;
        }
        num = rf_xml_attr (n, "number");
        *reason = g_strdup_printf ("invoice %u%s%s%s: %s", i + 1, num ? " (" : "", num ? num : "",
                                   num ? ")" : "", why);
        g_free (num);
        g_free (why);
        ok = FALSE;
    }
    g_ptr_array_unref (nodes);
    g_free (seller_name);
    g_free (seller_id);
    g_free (version);
    return ok;
}
