/* invoice_fields.c - fields that UBL and CII hold in different elements but
 * read the same way: party identifiers, the seller's key, the buyer's
 * electronic address, references to other invoices, and the totals. */
#include "config.h"
#include "money/invoice_parse_p.h"
#include "money/xml_safe.h"

void
rf_invoice_party_ids (xmlNodePtr party, rf_xml_ns_t ns, const char *const *paths, GPtrArray *ids)
{
    for (int i = 0; paths[i]; i++) {
        GPtrArray *nodes = rf_xml_find_all (party, ns, paths[i]);
        for (guint k = 0; k < nodes->len; k++) {
            xmlNodePtr n = g_ptr_array_index (nodes, k);
            char *v = rf_xml_text (n), *scheme = rf_xml_attr (n, "schemeID");
            rf_invoice_add_id (ids, scheme, v);
            g_free (v);
            g_free (scheme);
        }
        g_ptr_array_unref (nodes);
    }
}

char *
rf_invoice_party_key (xmlNodePtr party, rf_xml_ns_t ns, const char *const *paths)
{
    char *key = NULL;
    for (int i = 0; paths[i] && !key; i++) {
        char *v = rf_xml_path_text (party, ns, paths[i]);
        if (v)
            key = rf_invoice_key (v);
        g_free (v);
    }
    return key;
}

void
rf_invoice_read_endpoint (rf_invoice_t *inv, xmlNodePtr node, gboolean add_id)
{
    char *scheme = rf_xml_attr (node, "schemeID"), *v = rf_xml_text (node);
    if (v)
        inv->buyer_endpoint = scheme ? g_strdup_printf ("%s:%s", scheme, v) : g_strdup (v);
    /* Peppol scheme "EM": the electronic address is an e-mail address. */
    if (!inv->buyer_email && v && scheme && g_ascii_strcasecmp (scheme, "EM") == 0)
        inv->buyer_email = g_strdup (v);
    if (add_id && v && scheme)
        rf_invoice_add_id (inv->buyer_ids, scheme, v);
    g_free (scheme);
    g_free (v);
}

void
rf_invoice_read_refs (rf_invoice_t *inv, xmlNodePtr base, rf_xml_ns_t ns, const char *path)
{
    GPtrArray *refs = rf_xml_find_all (base, ns, path);
    for (guint i = 0; i < refs->len; i++) {
        char *r = rf_xml_text (g_ptr_array_index (refs, i));
        if (r)
            g_ptr_array_add (inv->refs, r);
    }
    g_ptr_array_unref (refs);
}

gboolean
rf_invoice_read_amounts (const rf_invoice_amount_t *a, gsize n, int exponent, char **reason)
{
    for (gsize i = 0; i < n; i++)
        if (!rf_invoice_read_amount (a[i].node, a[i].name, exponent, a[i].required, a[i].out, reason))
            return FALSE;
    return TRUE;
}

void
rf_invoice_complete_totals (rf_invoice_t *inv, gboolean have_payable, gboolean have_total,
                            gboolean have_net)
{
    if (!have_payable)
        inv->amount_minor = inv->total_minor - inv->prepaid_minor;
    if (!have_total)
        inv->total_minor = inv->amount_minor + inv->prepaid_minor;
    if (!have_net)
        inv->net_minor = inv->total_minor;
}

rf_invoice_t *
rf_invoice_or_free (rf_invoice_t *inv, gboolean ok)
{
    if (ok)
        return inv;
    rf_invoice_free (inv);
    return NULL;
}
