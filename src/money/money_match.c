/* money_match.c - credit notes and corrections to their invoices, due
 * dates, and payments to invoices (doc/money-rules.md, "Matching"). */
#include "config.h"
#include "money/money_analyze_p.h"
#include "money/money.h"
#include "money/creditor_ref.h"
#include "base/util.h"

#include <string.h>

typedef struct {
    m_ctx_t *c;
    GHashTable *by_number;    /* upper-case number -> GPtrArray of debit invoices */
    GHashTable *by_compact;   /* letters and digits only -> GPtrArray */
    GHashTable *by_name;      /* name key -> client id (-1: several clients) */
    GHashTable *by_payref;    /* normalized payment reference -> GPtrArray of debit invoices */
    GHashTable *via;          /* for the current payment: correction -> the replaced invoice named */
} match_t;

static char *
compact (const char *s)
{
    GString *k = g_string_new (NULL);
    for (const char *p = s; *p; p++)
        if (g_ascii_isalnum (*p))
            g_string_append_c (k, g_ascii_toupper (*p));
    return g_string_free (k, FALSE);
}

static void
index_add (GHashTable *h, char *key, m_invoice_t *inv)
{
    GPtrArray *a = g_hash_table_lookup (h, key);
    if (!a) {
        a = g_ptr_array_new ();
        g_hash_table_insert (h, key, a);
    } else {
        g_free (key);
    }
    g_ptr_array_add (a, inv);
}

static void
build_indexes (match_t *m)
{
    m->by_number = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
    m->by_compact = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
    m->by_payref = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
    for (guint i = 0; i < m->c->invoices->len; i++) {
        m_invoice_t *inv = g_ptr_array_index (m->c->invoices, i);
        char *k;
        if (inv->kind == M_CREDIT)
            continue;
        index_add (m->by_number, g_ascii_strup (inv->number, -1), inv);
        if (inv->payment_ref) {
            k = rf_creditor_ref_normalize (inv->payment_ref);
            if (*k)
                index_add (m->by_payref, k, inv);
            else
                g_free (k);
        }
        k = compact (inv->number);
        /* A compact form like "12" would match too much text by accident. */
        if (strlen (k) >= 4 && strpbrk (k, "0123456789"))
            index_add (m->by_compact, k, inv);
        else
            g_free (k);
    }
}

/* ---- Credit notes, corrections, due dates. */

static m_invoice_t *
find_referenced (match_t *m, const m_invoice_t *doc, const char *ref)
{
    char *key = g_ascii_strup (ref, -1);
    GPtrArray *hits = g_hash_table_lookup (m->by_number, g_strstrip (key));
    m_invoice_t *best = NULL;
    g_free (key);
    for (guint i = 0; hits && i < hits->len; i++) {
        m_invoice_t *inv = g_ptr_array_index (hits, i);
        if (inv == doc || strcmp (inv->currency, doc->currency) != 0)
            continue;
        /* The same seller's invoice first; else the earliest one. */
        if (!best || (strcmp (inv->seller_key, doc->seller_key) == 0
                      && strcmp (best->seller_key, doc->seller_key) != 0))
            best = inv;
    }
    return best;
}

static void
link_documents (match_t *m)
{
    for (guint i = 0; i < m->c->invoices->len; i++) {
        m_invoice_t *doc = g_ptr_array_index (m->c->invoices, i), *target = NULL;
        if (doc->kind == M_INVOICE)
            continue;
        for (guint r = 0; !target && r < doc->refs->len; r++)
            target = find_referenced (m, doc, g_ptr_array_index (doc->refs, r));
        if (!target)
            continue;
        if (doc->kind == M_CREDIT) {
            doc->applies_to = target;
            rf_money_add_event (target, doc->issue, EV_CREDIT, doc->amount, 0, doc->id);
        } else if (!target->replaced_by) {
            doc->replaces = target;
            target->replaced_by = doc;
            rf_money_add_event (target, doc->issue, EV_REPLACED, target->amount, 0, doc->id);
        }
        if (!doc->client_id && target->client_id) {
            doc->client_id = target->client_id;
            doc->attribution = "referenced_invoice";
        }
    }
}

static int
terms_days (const m_ctx_t *c, gint64 client_id)
{
    const char *key = client_id ? g_hash_table_lookup (c->client_keys, &client_id) : NULL;
    if (!c->cfg)
        return 30;
    for (guint i = 0; key && c->cfg->clients && i < c->cfg->clients->len; i++) {
        const rf_client_t *cl = g_ptr_array_index (c->cfg->clients, i);
        if (strcmp (cl->id, key) == 0)
            return cl->payment_terms_days;
    }
    return c->cfg->payment_terms_days;
}

static void
set_due_dates (m_ctx_t *c)
{
    for (guint i = 0; i < c->invoices->len; i++) {
        m_invoice_t *inv = g_ptr_array_index (c->invoices, i);
        if (inv->kind == M_CREDIT) {
            /* A credit note is owed by us, not by the client: no due date. */
            inv->due_source = "none";
        } else if (inv->doc_due >= 0) {
            inv->due = inv->doc_due;
            inv->due_source = g_strcmp0 (inv->doc_due_source, "terms") == 0 ? "terms" : "document";
        } else {
            inv->due = inv->issue + terms_days (c, inv->client_id);
            inv->due_source = "default";
        }
    }
}

/* ---- Payments. */

static void
apply (m_payment_t *p, m_invoice_t *inv, gint64 amount, const char *rule, char *explanation)
{
    m_apply_t a = { inv, amount, rule, explanation };
    g_array_append_val (p->applied, a);
    if (inv)
        rf_money_add_event (inv, p->day, amount >= 0 ? EV_PAYMENT : EV_REVERSAL, amount, p->id, 0);
}

static char *
money_str (gint64 amount, const char *currency)
{
    char buf[48];
    rf_amount_format (amount, MAX (rf_currency_exponent (currency), 0), buf);
    return g_strdup_printf ("%s %s", buf, currency);
}

static gboolean
replaced_by_day (const m_invoice_t *inv, gint64 day)
{
    return inv->replaced_by && inv->replaced_by->issue <= day;
}

static void
add_unique (GPtrArray *a, m_invoice_t *inv)
{
    for (guint i = 0; i < a->len; i++)
        if (g_ptr_array_index (a, i) == inv)
            return;
    g_ptr_array_add (a, inv);
}

static void add_hits (match_t *m, const m_payment_t *p, GPtrArray *hits, GPtrArray *out);

static void
lookup_token (match_t *m, const m_payment_t *p, const char *tok, GPtrArray *out)
{
    char *up = g_ascii_strup (tok, -1), *k;
    GPtrArray *hits = g_hash_table_lookup (m->by_number, up);
    if (!hits) {
        k = compact (tok);
        hits = g_hash_table_lookup (m->by_compact, k);
        g_free (k);
    }
    g_free (up);
    add_hits (m, p, hits, out);
}

/* The invoices of hits in the payment's currency, a replaced one standing
 * for its correction. */
static void
add_hits (match_t *m, const m_payment_t *p, GPtrArray *hits, GPtrArray *out)
{
    for (guint i = 0; hits && i < hits->len; i++) {
        m_invoice_t *inv = g_ptr_array_index (hits, i);
        /* A payment naming a replaced invoice pays its correction. */
        if (inv->replaced_by) {
            g_hash_table_insert (m->via, inv->replaced_by, inv);
            inv = inv->replaced_by;
        }
        if (strcmp (inv->currency, p->currency) == 0)
            add_unique (out, inv);
    }
}

/* Invoices named in the remittance information, references and document
 * numbers: a word (letters, digits and -_/.) equal to an invoice number,
 * ignoring case, or equal once both are reduced to letters and digits. */
static GPtrArray *
named_invoices (match_t *m, const m_payment_t *p)
{
    GPtrArray *out = g_ptr_array_new ();
    char *text = g_strjoin (" ", p->remittance ? p->remittance : "", p->doc_numbers ? p->doc_numbers : "",
                            p->creditor_ref ? p->creditor_ref : "", p->end_to_end_id ? p->end_to_end_id : "",
                            NULL);
    for (char *s = text; *s;) {
        char *start, save;
        while (*s && !(g_ascii_isalnum (*s) || strchr ("-_/.", *s)))
            s++;
        start = s;
        while (*s && (g_ascii_isalnum (*s) || strchr ("-_/.", *s)))
            s++;
        save = *s;
        *s = '\0';
        while (*start && strchr ("-_/.", *start))
            start++;
        for (char *e = start + strlen (start); e > start && strchr ("-_/.", e[-1]); e--)
            e[-1] = '\0';
        if (strlen (start) >= 2)
            lookup_token (m, p, start, out);
        *s = save;
    }
    g_free (text);
    return out;
}

static int
by_issue (gconstpointer a, gconstpointer b)
{
    const m_invoice_t *x = *(m_invoice_t *const *) a, *y = *(m_invoice_t *const *) b;
    if (x->issue != y->issue)
        return x->issue < y->issue ? -1 : 1;
    return strcmp (x->number, y->number);
}

static char *
reference_why (match_t *m, const m_invoice_t *inv, guint n, const char *ref)
{
    GString *why = g_string_new (NULL);
    const m_invoice_t *named = g_hash_table_lookup (m->via, inv);
    if (ref)
        g_string_printf (why, "the creditor reference %s is the payment reference of %s", ref,
                         named ? named->number : inv->number);
    else
        g_string_printf (why, "the remittance information names %s", named ? named->number : inv->number);
    if (named)
        g_string_append_printf (why, ", replaced by %s", inv->number);
    if (n > 1)
        g_string_append_printf (why, " (one of %u invoices named)", n);
    return g_string_free (why, FALSE);
}

/* Pay the invoices named, in issue order, each up to what it still owes;
 * the last takes the rest. ref: the creditor reference that named them,
 * or NULL for invoice numbers. FALSE when none is named. */
static gboolean
fill_named (match_t *m, m_payment_t *p, GPtrArray *named, const char *rule, const char *ref)
{
    gint64 left = p->amount;
    gboolean ok = named->len > 0;
    g_ptr_array_sort (named, by_issue);
    for (guint i = 0; i < named->len && left > 0; i++) {
        m_invoice_t *inv = g_ptr_array_index (named, i);
        gboolean last = i + 1 == named->len;
        gint64 give = last ? left : MIN (left, rf_money_open_at (inv, p->day));
        if (give <= 0)
            continue;
        left -= give;
        apply (p, inv, give, rule, reference_why (m, inv, named->len, ref));
    }
    /* A zero payment still gets its row, so that it is never lost. */
    if (ok && p->applied->len == 0)
        apply (p, g_ptr_array_index (named, 0), p->amount, rule,
               reference_why (m, g_ptr_array_index (named, 0), named->len, ref));
    return ok;
}

static gboolean
match_reference (match_t *m, m_payment_t *p)
{
    GPtrArray *named;
    gboolean ok;
    g_hash_table_remove_all (m->via);
    named = named_invoices (m, p);
    ok = fill_named (m, p, named, "reference", NULL);
    g_ptr_array_unref (named);
    return ok;
}

/* The payment's structured creditor reference, or an ISO 11649 reference
 * written in its remittance information, end-to-end id or document
 * numbers, equal to the payment reference of invoices. */
static gboolean
match_creditor_ref (match_t *m, m_payment_t *p)
{
    GPtrArray *refs, *named = g_ptr_array_new ();
    char *text = g_strjoin (" ", p->remittance ? p->remittance : "", p->end_to_end_id ? p->end_to_end_id : "",
                            p->doc_numbers ? p->doc_numbers : "", NULL);
    const char *used = NULL;
    gboolean ok;
    g_hash_table_remove_all (m->via);
    refs = rf_creditor_refs_in (text);
    if (p->creditor_ref)
        g_ptr_array_insert (refs, 0, rf_creditor_ref_normalize (p->creditor_ref));
    for (guint i = 0; i < refs->len && !named->len; i++) {
        add_hits (m, p, g_hash_table_lookup (m->by_payref, g_ptr_array_index (refs, i)), named);
        used = g_ptr_array_index (refs, i);
    }
    ok = fill_named (m, p, named, "creditor_ref", used);
    g_ptr_array_unref (named);
    g_ptr_array_unref (refs);
    g_free (text);
    return ok;
}

static void
name_add (GHashTable *h, const char *name, gint64 client_id)
{
    char *k = rf_money_name_key (name);
    gint64 *cur = g_hash_table_lookup (h, k), *v;
    if (!*k || client_id == 0 || (cur && (*cur == client_id || *cur == -1))) {
        g_free (k);
        return;
    }
    v = g_new (gint64, 1);
    *v = cur ? -1 : client_id;
    g_hash_table_replace (h, k, v);
}

/* Names a payer may use: the configured client's name and invoice_party
 * entries, and the buyer names on the client's invoices. */
static void
build_names (match_t *m)
{
    const rf_config_t *cfg = m->c->cfg;
    m->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    for (guint i = 0; cfg && cfg->clients && i < cfg->clients->len; i++) {
        const rf_client_t *cl = g_ptr_array_index (cfg->clients, i);
        gint64 *id = g_hash_table_lookup (m->c->client_ids, cl->id);
        if (!id)
            continue;
        name_add (m->by_name, cl->name, *id);
        for (char **e = cl->invoice_party; e && *e; e++)
            name_add (m->by_name, *e, *id);
    }
    for (guint i = 0; i < m->c->invoices->len; i++) {
        m_invoice_t *inv = g_ptr_array_index (m->c->invoices, i);
        if (inv->buyer_name)
            name_add (m->by_name, inv->buyer_name, inv->client_id);
    }
}

/* Among the open invoices owing the payment's amount, the one due nearest
 * the booking day; NULL on a tie. */
static m_invoice_t *
nearest_due (GPtrArray *cands, gint64 day, gint64 *distance)
{
    m_invoice_t *best = NULL;
    gboolean tie = FALSE;
    for (guint i = 0; i < cands->len; i++) {
        m_invoice_t *inv = g_ptr_array_index (cands, i);
        gint64 d = ABS (inv->due - day);
        if (!best || d < *distance) {
            best = inv;
            *distance = d;
            tie = FALSE;
        } else if (d == *distance) {
            tie = TRUE;
        }
    }
    return tie ? NULL : best;
}

static char *
match_amount_payer (match_t *m, m_payment_t *p)
{
    char *k = rf_money_name_key (p->debtor_name), *amount, *why = NULL;
    gint64 *client = g_hash_table_lookup (m->by_name, k), distance = 0;
    GPtrArray *cands;
    m_invoice_t *hit;
    g_free (k);
    if (!p->debtor_name)
        return g_strdup ("the payer is not named");
    if (!client)
        return g_strdup_printf ("the payer '%s' is not a known client", p->debtor_name);
    if (*client < 0)
        return g_strdup_printf ("the payer '%s' matches several clients", p->debtor_name);
    cands = g_ptr_array_new ();
    for (guint i = 0; i < m->c->invoices->len; i++) {
        m_invoice_t *inv = g_ptr_array_index (m->c->invoices, i);
        if (inv->client_id == *client && inv->kind != M_CREDIT && inv->issue <= p->day
            && strcmp (inv->currency, p->currency) == 0 && !replaced_by_day (inv, p->day)
            && rf_money_open_at (inv, p->day) == p->amount)
            g_ptr_array_add (cands, inv);
    }
    amount = money_str (p->amount, p->currency);
    if (cands->len == 1) {
        hit = g_ptr_array_index (cands, 0);
        apply (p, hit, p->amount, "amount_payer",
               g_strdup_printf ("the payer '%s' is the client of %s, its only open invoice owing %s",
                                p->debtor_name, hit->number, amount));
    } else if (cands->len > 1 && (hit = nearest_due (cands, p->day, &distance))) {
        /* Several invoices owe the same amount: the one falling due nearest
         * the payment is the one the client most likely meant. */
        apply (p, hit, p->amount, "amount_payer_date",
               g_strdup_printf ("the payer '%s' is the client of %u open invoices owing %s; %s is due "
                                "nearest the payment (%" G_GINT64_FORMAT " days)",
                                p->debtor_name, cands->len, amount, hit->number, distance));
    } else if (cands->len > 1) {
        why = g_strdup_printf ("the payer '%s' is a known client, but %u of its open invoices owe %s "
                               "and fall due equally near the payment", p->debtor_name, cands->len, amount);
    } else {
        why = g_strdup_printf ("the payer '%s' is a known client, but none of its open invoices owes %s",
                               p->debtor_name, amount);
    }
    g_ptr_array_unref (cands);
    g_free (amount);
    return why;
}

static void
match_log (match_t *m, m_payment_t *p)
{
    GPtrArray *hits;
    m_invoice_t *best = NULL;
    char *up = g_ascii_strup (p->log_invoice_number, -1);
    hits = g_hash_table_lookup (m->by_number, up);
    g_free (up);
    for (guint i = 0; hits && i < hits->len; i++) {
        m_invoice_t *inv = g_ptr_array_index (hits, i);
        if (strcmp (inv->number, p->log_invoice_number) == 0
            && g_strcmp0 (inv->seller_key, p->log_seller_key) == 0)
            best = inv;
    }
    if (best)
        apply (p, best, p->amount, "log", g_strdup_printf ("paid date recorded in the invoice log for %s",
                                                           best->number));
    else
        apply (p, NULL, p->amount, "unmatched",
               g_strdup_printf ("the invoice log names %s, which is not a known invoice", p->log_invoice_number));
}

static void
match_payment (match_t *m, m_payment_t *p)
{
    char *why;
    if (strcmp (p->source, "log") == 0) {
        match_log (m, p);
        return;
    }
    if (match_creditor_ref (m, p) || match_reference (m, p))
        return;
    why = match_amount_payer (m, p);
    if (why)
        apply (p, NULL, p->amount, "unmatched",
               g_strdup_printf ("no creditor reference or invoice number in the remittance information, and %s",
                                why));
    g_free (why);
}

/* ---- Reversals. */

static int
reversal_score (const m_payment_t *r, const m_payment_t *q)
{
    char *a, *b;
    int score = 0;
    if (q->reversal || q->reversed_by || q->day > r->day || q->amount != r->amount
        || strcmp (q->currency, r->currency) != 0 || strcmp (q->source, "log") == 0)
        return 0;
    if (r->end_to_end_id && g_strcmp0 (r->end_to_end_id, q->end_to_end_id) == 0)
        return 3;
    if (r->debtor_account && g_strcmp0 (r->debtor_account, q->debtor_account) == 0)
        return 2;
    a = rf_money_name_key (r->debtor_name);
    b = rf_money_name_key (q->debtor_name);
    if (*a && strcmp (a, b) == 0)
        score = 1;
    g_free (a);
    g_free (b);
    return score;
}

static void
match_reversal (m_ctx_t *c, guint index, m_payment_t *r)
{
    m_payment_t *best = NULL;
    int best_score = 0;
    char *amount = money_str (r->amount, r->currency);
    /* The strongest link wins; among equals, the most recent payment. */
    for (guint i = 0; i < index; i++) {
        m_payment_t *q = g_ptr_array_index (c->payments, i);
        int s = reversal_score (r, q);
        if (s > 0 && s >= best_score) {
            best = q;
            best_score = s;
        }
    }
    if (!best) {
        apply (r, NULL, -r->amount, "reversal_unpaired",
               g_strdup_printf ("a reversal of %s that matches no earlier payment", amount));
        g_free (amount);
        return;
    }
    r->reverses = best;
    best->reversed_by = r;
    for (guint k = 0; k < best->applied->len; k++) {
        m_apply_t *a = &g_array_index (best->applied, m_apply_t, k);
        apply (r, a->inv, -a->amount, "reversal",
               g_strdup_printf ("cancels %s received on payment %" G_GINT64_FORMAT " (same %s)",
                                amount, best->id,
                                best_score == 3 ? "end-to-end id" : best_score == 2 ? "payer account"
                                                                                    : "payer name"));
    }
    g_free (amount);
}

void
rf_money_match (m_ctx_t *c)
{
    match_t m = { .c = c };
    build_indexes (&m);
    link_documents (&m);
    set_due_dates (c);
    build_names (&m);
    m.via = g_hash_table_new (g_direct_hash, g_direct_equal);
    for (guint i = 0; i < c->payments->len; i++) {
        m_payment_t *p = g_ptr_array_index (c->payments, i);
        if (p->reversal)
            match_reversal (c, i, p);
        else
            match_payment (&m, p);
    }
    g_hash_table_unref (m.by_number);
    g_hash_table_unref (m.by_compact);
    g_hash_table_unref (m.by_payref);
    g_hash_table_unref (m.by_name);
    g_hash_table_unref (m.via);
}
