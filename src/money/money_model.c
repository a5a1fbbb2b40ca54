/* money_model.c - days, names and the open amount of an invoice: the
 * helpers the money steps (attribute, match, measure) share. */
#include "config.h"
#include "money/money_analyze_p.h"
#include "base/util.h"

#include <string.h>

gint64
rf_money_day (const char *ymd)
{
    gint64 t;
    if (!ymd || !rf_parse_date (ymd, &t))
        return -1;
    return t / 86400;
}

void
rf_money_day_str (gint64 day, char buf[16])
{
    rf_format_date (day * 86400, buf);
}

char *
rf_money_name_key (const char *name)
{
    GString *out = g_string_new (NULL);
    char *folded = g_utf8_casefold (name ? name : "", -1);
    gboolean gap = FALSE;
    for (const char *p = folded; *p; p = g_utf8_next_char (p)) {
        gunichar ch = g_utf8_get_char (p);
        if (g_unichar_isalnum (ch)) {
            if (gap && out->len)
                g_string_append_c (out, ' ');
            g_string_append_unichar (out, ch);
            gap = FALSE;
        } else {
            gap = TRUE;
        }
    }
    g_free (folded);
    return g_string_free (out, FALSE);
}

gint64
rf_money_open_at (const m_invoice_t *inv, gint64 day)
{
    gint64 open = inv->amount;
    for (guint i = 0; i < inv->events->len; i++) {
        const m_event_t *e = &g_array_index (inv->events, m_event_t, i);
        if (e->day <= day)
            open -= e->amount;
    }
    return MAX (open, 0);
}

void
rf_money_add_event (m_invoice_t *inv, gint64 day, m_event_kind_t kind, gint64 amount,
                    gint64 payment_id, gint64 credit_id)
{
    m_event_t e = { day, kind, amount, payment_id, credit_id };
    g_array_append_val (inv->events, e);
}
