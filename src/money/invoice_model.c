/* invoice_model.c - the invoice record and the fields common to every
 * format: type codes, amounts, currencies, identifiers, the final checks.
 * The format readers (invoice_ubl.c, invoice_cii.c, invoice_log.c) call
 * these through invoice_parse_p.h; nothing here calls back into them. */
#include "config.h"
#include "money/invoice_parse.h"
#include "money/invoice_parse_p.h"
#include "money/money.h"
#include "base/util.h"
#include "money/xml_safe.h"

#include <string.h>

const char *
rf_invoice_kind_to_string (rf_invoice_kind_t k)
{
    switch (k) {
    case RF_INVOICE_KIND_INVOICE:
        return "invoice";
    case RF_INVOICE_KIND_CREDIT_NOTE:
        return "credit_note";
    case RF_INVOICE_KIND_CORRECTED:
        return "corrected";
    }
    return "invoice";
}

const char *
rf_due_source_to_string (rf_due_source_t s)
{
    switch (s) {
    case RF_DUE_DOCUMENT:
        return "document";
    case RF_DUE_TERMS:
        return "terms";
    case RF_DUE_NONE:
        return "none";
    }
    return "none";
}

static void
log_payment_free (gpointer p)
{
    rf_log_payment_t *lp = p;
    g_free (lp->reference);
    g_free (lp);
}

rf_invoice_t *
rf_invoice_new (const char *format)
{
    rf_invoice_t *inv = g_new0 (rf_invoice_t, 1);
    inv->format = g_strdup (format);
    inv->due_date = -1;
    inv->due_source = RF_DUE_NONE;
    inv->buyer_ids = g_ptr_array_new_with_free_func (g_free);
    inv->refs = g_ptr_array_new_with_free_func (g_free);
    inv->payments = g_ptr_array_new_with_free_func (log_payment_free);
    return inv;
}

void
rf_invoice_free (rf_invoice_t *inv)
{
    if (!inv)
        return;
    g_free (inv->format);
    g_free (inv->number);
    g_free (inv->type_code);
    g_free (inv->seller_name);
    g_free (inv->seller_key);
    g_free (inv->buyer_name);
    g_free (inv->buyer_email);
    g_free (inv->buyer_endpoint);
    g_ptr_array_unref (inv->buyer_ids);
    g_free (inv->currency);
    g_ptr_array_unref (inv->refs);
    g_free (inv->client_hint);
    g_ptr_array_unref (inv->payments);
    g_free (inv->note);
    g_free (inv);
}

gboolean
rf_invoice_parse_date (const char *s, gint64 *out)
{
    char buf[11];
    size_t n;
    if (!s)
        return FALSE;
    n = strlen (s);
    /* CII format 102: YYYYMMDD. */
    if (n == 8 && strspn (s, "0123456789") == 8) {
        g_snprintf (buf, sizeof buf, "%.4s-%.2s-%.2s", s, s + 4, s + 6);
        return rf_parse_date (buf, out);
    }
    /* xsd:date, possibly with a zone ("2026-01-31Z", "2026-01-31+01:00"),
     * or an xsd:dateTime whose date part is what the issuer meant. */
    if (n < 10)
        return FALSE;
    if (n > 10 && !strchr ("Z+-T ", s[10]))
        return FALSE;
    memcpy (buf, s, 10);
    buf[10] = '\0';
    return rf_parse_date (buf, out);
}

/* Type codes of UNTDID 1001 that credit the buyer. */
static const char *const credit_codes[] = {
    "81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532", NULL
};

gboolean
rf_invoice_apply_type_code (rf_invoice_t *inv, const char *code, gboolean credit_root, char **reason)
{
    inv->kind = credit_root ? RF_INVOICE_KIND_CREDIT_NOTE : RF_INVOICE_KIND_INVOICE;
    inv->type_code = g_strdup (code);
    if (!code)
        return TRUE;
    if (strcmp (code, "325") == 0) {
        *reason = g_strdup ("pro-forma invoice (type code 325) is not a claim for payment");
        return FALSE;
    }
    if (strcmp (code, "384") == 0)
        inv->kind = RF_INVOICE_KIND_CORRECTED;
    else if (g_strv_contains (credit_codes, code))
        inv->kind = RF_INVOICE_KIND_CREDIT_NOTE;
    return TRUE;
}

gboolean
rf_invoice_read_amount (xmlNodePtr node, const char *what, int exponent, gboolean required,
                        gint64 *out, char **reason)
{
    char *text = rf_xml_text (node);
    rf_amount_status_t st;
    if (!text) {
        if (required)
            *reason = g_strdup_printf ("missing %s", what);
        return !required;
    }
    st = rf_amount_parse (text, exponent, out);
    if (st != RF_AMOUNT_OK)
        *reason = g_strdup_printf ("%s '%s': %s", what, text, rf_amount_status_to_string (st));
    g_free (text);
    return st == RF_AMOUNT_OK;
}

gboolean
rf_invoice_read_currency (rf_invoice_t *inv, const char *text, const char *what, char **reason)
{
    if (!text) {
        *reason = g_strdup_printf ("missing currency (%s)", what);
        return FALSE;
    }
    inv->currency = rf_currency_normalize (text);
    if (!inv->currency) {
        *reason = g_strdup_printf ("unknown currency '%s' (not an ISO 4217 code with a minor unit)", text);
        return FALSE;
    }
    inv->exponent = rf_currency_exponent (inv->currency);
    return TRUE;
}

void
rf_invoice_add_id (GPtrArray *ids, const char *scheme, const char *value)
{
    if (!value || !*value)
        return;
    if (scheme && *scheme)
        g_ptr_array_add (ids, g_strdup_printf ("%s:%s", scheme, value));
    g_ptr_array_add (ids, g_strdup (value));
}

char *
rf_invoice_key (const char *s)
{
    GString *k = g_string_new (NULL);
    char *low = g_utf8_casefold (s, -1);
    for (const char *p = low; *p; p++)
        if (!g_ascii_isspace (*p))
            g_string_append_c (k, *p);
    g_free (low);
    return g_string_free (k, FALSE);
}

gboolean
rf_invoice_finish (rf_invoice_t *inv, char **reason)
{
    if (!inv->seller_key)
        inv->seller_key = inv->seller_name ? rf_invoice_key (inv->seller_name) : g_strdup ("");
    if (inv->buyer_email) {
        rf_addr_normalize (inv->buyer_email);
        if (!strchr (inv->buyer_email, '@')) {
            g_free (inv->buyer_email);
            inv->buyer_email = NULL;
        }
    }
    /* A negative invoice gives money back: it is a credit note in all but
     * name. A negative credit note would be a charge in disguise, which we
     * will not guess about. */
    if (inv->amount_minor < 0) {
        if (inv->kind == RF_INVOICE_KIND_CREDIT_NOTE) {
            *reason = g_strdup_printf ("credit note %s has a negative payable amount", inv->number);
            return FALSE;
        }
        inv->kind = RF_INVOICE_KIND_CREDIT_NOTE;
        inv->amount_minor = -inv->amount_minor;
        inv->net_minor = -inv->net_minor;
        inv->total_minor = -inv->total_minor;
        inv->prepaid_minor = -inv->prepaid_minor;
        inv->note = g_strdup ("negative payable amount: recorded as a credit note");
    }
    return TRUE;
}

