/* payment_model.c - the payment records every bank-file reader returns:
 * allocation, and identity by content when the bank gives no reference. */
#include "config.h"
#include "money/payment_parse.h"
#include "base/util.h"

#include <string.h>

void
rf_payment_entry_free (gpointer p)
{
    rf_payment_entry_t *e = p;
    if (!e)
        return;
    g_free (e->currency);
    g_free (e->debtor_name);
    g_free (e->debtor_account);
    g_free (e->end_to_end_id);
    g_free (e->bank_ref);
    g_free (e->remittance);
    g_free (e->creditor_ref);
    g_free (e->doc_numbers);
    g_free (e->dedupe_key);
    g_free (e->account);
    g_free (e);
}

rf_statement_t *
rf_statement_new (const char *kind, const char *format)
{
    rf_statement_t *s = g_new0 (rf_statement_t, 1);
    s->kind = g_strdup (kind);
    s->format = g_strdup (format);
    s->entries = g_ptr_array_new_with_free_func (rf_payment_entry_free);
    return s;
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

char *
rf_payment_content_key (const char *account, const rf_payment_entry_t *p, GHashTable *seen)
{
    char *key, *text;
    guint n;
    /* Identical transfers in one file are told apart by their order among
     * identical ones, so the same statement read twice gives the same keys. */
    text = g_strdup_printf ("%s|%" G_GINT64_FORMAT "|%s|%" G_GINT64_FORMAT "|%s|%s|%s|%s|%s|%d",
                            account ? account : "", p->booking_date, p->currency,
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
