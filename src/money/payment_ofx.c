/* payment_ofx.c - OFX bank statements (OFX 1.x SGML, QFX, OFX 2.x XML) to
 * payment records: the STMTTRN transactions of every bank statement
 * (STMTRS), in the statement's currency (CURDEF), for its account
 * (BANKACCTFROM). A parser of our own rather than libofx: libofx reads
 * only from a named file through OpenSP and its DTDs, and hands amounts
 * back as doubles; here amounts stay exact decimal text until converted
 * to minor units, and the bytes are read once from memory. */
#include "config.h"
#include "money/payment_parse.h"
#include "money/payment_ofx_p.h"
#include "money/money.h"
#include "base/util.h"

#include <string.h>

#define SNIFF_BYTES 4096

/* The fields of one STMTTRN as written (values g_free'd). */
enum { T_TRNAMT, T_DTPOSTED, T_DTUSER, T_DTAVAIL, T_FITID, T_NAME, T_MEMO, T_CURSYM,
       T_CORRECTFITID, T_CORRECTACTION, T_N };
static const char *const trn_fields[T_N] = { "TRNAMT", "DTPOSTED", "DTUSER", "DTAVAIL", "FITID", "NAME",
                                             "MEMO", "CURSYM", "CORRECTFITID", "CORRECTACTION" };

typedef struct {
    char *v[T_N];
    guint index;          /* 1-based, in the file, for reasons */
    guint line;
} trn_t;

static void
trn_free (gpointer p)
{
    trn_t *t = p;
    for (int i = 0; i < T_N; i++)
        g_free (t->v[i]);
    g_free (t);
}

/* Where the reader is: the aggregates that give a leaf its meaning. */
typedef struct {
    rf_statement_t *st;
    GHashTable *seen;         /* content keys */
    GHashTable *fitids;       /* FITID keys used in this file */
    gboolean in_stmt, in_cc, in_acct, in_trn, in_currency, in_list;
    char *curdef, *bankid, *acctid, *dtend;
    GPtrArray *trns;          /* trn_t*: of the statement being read */
    trn_t *cur;
    guint statements, cc_statements, index;
    char *reason;
} ofx_t;

gboolean
rf_ofx_sniff (const char *data, gsize len)
{
    char *head = g_strndup (data, MIN (len, (gsize) SNIFF_BYTES));
    const char *p = rf_text_start (head, head + strlen (head));
    gboolean ok;
    /* OFX 1: the "OFXHEADER:100" header lines; OFX 2: XML with the
     * "<?OFX ...?>" instruction; some files start straight at <OFX>. */
    ok = g_str_has_prefix (p, "OFXHEADER:")
         || (*p == '<' && (strstr (p, "<?OFX ") || strstr (p, "<OFX>")));
    g_free (head);
    return ok;
}

/* "20260415", "20260415120000.000[-5:EST]": the date as the bank wrote it
 * (its own day, whatever the time zone says). */
static gboolean
ofx_date (const char *s, gint64 *out)
{
    char buf[16];
    if (!s || strspn (s, "0123456789") < 8)
        return FALSE;
    g_snprintf (buf, sizeof buf, "%.4s-%.2s-%.2s", s, s + 4, s + 6);
    return rf_parse_date (buf, out);
}

/* A TRNAMT: signed decimal, '.' or (as some European banks write) ','.
 * With both, the last is the decimal mark and the other groups thousands
 * ("1,234.50", "1.234,50"). */
static gboolean
ofx_amount (const char *s, int exponent, gint64 *out)
{
    char *a = g_strdup (s ? s : ""), *dot = strrchr (a, '.'), *comma = strrchr (a, ',');
    gboolean ok;
    if (dot && comma) {
        char group = dot > comma ? ',' : '.', *w = a;
        for (const char *r = a; *r; r++)
            if (*r != group)
                *w++ = *r;
        *w = '\0';
    }
    if (!strchr (a, '.'))
        g_strdelimit (a, ",", '.');
    ok = rf_amount_parse (a, exponent, out) == RF_AMOUNT_OK;
    g_free (a);
    return ok;
}

static char *
join_text (const char *a, const char *b)
{
    if (a && *a && b && *b && strcmp (a, b) != 0)
        return g_strconcat (a, " ", b, NULL);
    return a && *a ? g_strdup (a) : b && *b ? g_strdup (b) : NULL;
}

static gboolean
fail (ofx_t *o, char *reason)
{
    if (!o->reason)
        o->reason = reason;
    else
        g_free (reason);
    return FALSE;
}

/* The booking date: DTPOSTED, else the user's date, else the end of the
 * statement's period. */
static gboolean
trn_date (ofx_t *o, const trn_t *t, rf_payment_entry_t *p)
{
    const char *s = t->v[T_DTPOSTED] ? t->v[T_DTPOSTED] : t->v[T_DTUSER] ? t->v[T_DTUSER] : o->dtend;
    p->date_source = t->v[T_DTPOSTED] ? "booking" : t->v[T_DTUSER] ? "value" : "statement";
    if (!s)
        return fail (o, g_strdup_printf ("transaction %u (line %u): no date (DTPOSTED)", t->index, t->line));
    if (!ofx_date (s, &p->booking_date))
        return fail (o, g_strdup_printf ("transaction %u (line %u): invalid date '%s'", t->index, t->line, s));
    if (!t->v[T_DTAVAIL] || !ofx_date (t->v[T_DTAVAIL], &p->value_date))
        p->value_date = -1;
    return TRUE;
}

/* One transaction into a payment; *kept FALSE for debits and zero amounts. */
static rf_payment_entry_t *
trn_payment (ofx_t *o, const trn_t *t, gboolean *kept)
{
    char *cur = rf_currency_normalize (t->v[T_CURSYM] ? t->v[T_CURSYM] : o->curdef);
    gint64 amount;
    rf_payment_entry_t *p;
    *kept = FALSE;
    if (!cur && !t->v[T_CURSYM] && !o->curdef)
        return (fail (o, g_strdup_printf ("transaction %u (line %u): no currency (the statement has no CURDEF)",
                                          t->index, t->line)),
                NULL);
    if (!cur)
        return (fail (o, g_strdup_printf ("transaction %u (line %u): unknown currency '%s'", t->index, t->line,
                                          t->v[T_CURSYM] ? t->v[T_CURSYM] : o->curdef)),
                NULL);
    if (!t->v[T_TRNAMT] || !ofx_amount (t->v[T_TRNAMT], rf_currency_exponent (cur), &amount)) {
        fail (o, g_strdup_printf ("transaction %u (line %u): invalid amount '%s'", t->index, t->line,
                                  t->v[T_TRNAMT] ? t->v[T_TRNAMT] : ""));
        g_free (cur);
        return NULL;
    }
    p = g_new0 (rf_payment_entry_t, 1);
    p->currency = cur;
    p->exponent = rf_currency_exponent (cur);
    p->amount_minor = amount;
    if (!trn_date (o, t, p)) {
        rf_payment_entry_free (p);
        return NULL;
    }
    *kept = amount > 0;
    p->debtor_name = t->v[T_NAME] && *t->v[T_NAME] ? g_strdup (t->v[T_NAME]) : NULL;
    p->remittance = join_text (t->v[T_NAME], t->v[T_MEMO]);
    p->bank_ref = t->v[T_FITID] && *t->v[T_FITID] ? g_strdup (t->v[T_FITID]) : NULL;
    p->account = o->acctid ? g_strdup (o->acctid) : NULL;
    /* FITIDs are unique per account; one written twice for an account
     * in a file is not trusted to tell the two apart. */
    if (p->bank_ref) {
        char *key = g_strdup_printf ("ofx:%s:%s:%s", o->bankid ? o->bankid : "", o->acctid ? o->acctid : "",
                                     p->bank_ref);
        if (g_hash_table_add (o->fitids, g_strdup (key)))
            p->dedupe_key = key;
        else
            g_free (key);
    }
    if (!p->dedupe_key)
        p->dedupe_key = rf_payment_content_key (o->acctid, p, o->seen);
    return p;
}

/* The payments of the statement being closed, by FITID: each FITID to
 * the queue of their indexes in entries, in file order. A correction takes
 * the first; a search of every payment before it made a file of
 * corrections take quadratic time. */
static void
fitid_note (GHashTable *by_fitid, const rf_payment_entry_t *p, guint index)
{
    GQueue *q;
    if (!p->bank_ref)
        return;
    if (!(q = g_hash_table_lookup (by_fitid, p->bank_ref))) {
        q = g_queue_new ();
        g_hash_table_insert (by_fitid, g_strdup (p->bank_ref), q);
    }
    g_queue_push_tail (q, GUINT_TO_POINTER (index));
}

/* Take the first payment with this FITID out of entries (its slot is left
 * NULL until compact); FALSE when there is none. */
static gboolean
fitid_remove (GHashTable *by_fitid, GPtrArray *entries, const char *fitid)
{
    GQueue *q = fitid ? g_hash_table_lookup (by_fitid, fitid) : NULL;
    guint i;
    if (!q || g_queue_is_empty (q))
        return FALSE;
    i = GPOINTER_TO_UINT (g_queue_pop_head (q));
    rf_payment_entry_free (entries->pdata[i]);
    entries->pdata[i] = NULL;
    return TRUE;
}

/* Close the gaps left by removed payments from index from on, in order. */
static void
compact (GPtrArray *entries, guint from)
{
    guint w = from;
    for (guint r = from; r < entries->len; r++)
        if (entries->pdata[r])
            entries->pdata[w++] = entries->pdata[r];
    for (guint r = w; r < entries->len; r++)
        entries->pdata[r] = NULL;   /* the free function is NULL-safe */
    g_ptr_array_remove_range (entries, w, entries->len - w);
}

/* The statement is closed: its transactions become payments. A correction
 * (CORRECTACTION DELETE or REPLACE) takes the place of the transaction of
 * this file it names; one naming nothing here is a plain transaction
 * (REPLACE) or ignored (DELETE). */
static gboolean
end_statement (ofx_t *o)
{
    guint first = o->st->entries->len;
    GHashTable *by_fitid = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                  (GDestroyNotify) g_queue_free);
    gboolean ok = TRUE;
    for (guint i = 0; ok && i < o->trns->len; i++) {
        const trn_t *t = o->trns->pdata[i];
        const char *action = t->v[T_CORRECTACTION];
        gboolean kept, del = action && g_ascii_strcasecmp (action, "DELETE") == 0;
        rf_payment_entry_t *p;
        if (action && fitid_remove (by_fitid, o->st->entries, t->v[T_CORRECTFITID]))
            o->st->ignored++;
        if (del) {
            o->st->ignored++;
        } else if (!(p = trn_payment (o, t, &kept))) {
            ok = FALSE;
        } else if (kept) {
            fitid_note (by_fitid, p, o->st->entries->len);
            g_ptr_array_add (o->st->entries, p);
        } else {
            o->st->ignored++;
            rf_payment_entry_free (p);
        }
    }
    compact (o->st->entries, first);
    g_hash_table_unref (by_fitid);
    g_ptr_array_set_size (o->trns, 0);
    o->statements += ok;
    return ok;
}

static void
set_field (char **slot, char *text)
{
    g_free (*slot);
    *slot = text;
}

/* A leaf element's value, by where it stands. */
static void
leaf (ofx_t *o, const char *name, char *text)
{
    if (o->in_trn) {
        for (int i = 0; i < T_N; i++) {
            if (strcmp (name, trn_fields[i]) != 0)
                continue;
            /* CURSYM only in CURRENCY (not ORIGCURRENCY); NAME: the
             * transaction's own or its PAYEE's, the first wins. */
            if ((i == T_CURSYM && !o->in_currency) || (i == T_NAME && o->cur->v[i]))
                break;
            set_field (&o->cur->v[i], g_steal_pointer (&text));
            break;
        }
    } else if (o->in_acct && strcmp (name, "BANKID") == 0) {
        set_field (&o->bankid, g_steal_pointer (&text));
    } else if (o->in_acct && strcmp (name, "ACCTID") == 0) {
        set_field (&o->acctid, g_steal_pointer (&text));
    } else if (o->in_list && strcmp (name, "DTEND") == 0) {
        set_field (&o->dtend, g_steal_pointer (&text));
    } else if (strcmp (name, "CURDEF") == 0) {
        set_field (&o->curdef, g_steal_pointer (&text));
    }
    g_free (text);
}

static gboolean
start_tag (ofx_t *o, const char *name, guint line)
{
    if (strcmp (name, "STMTRS") == 0) {
        if (o->in_stmt || o->in_cc)
            return fail (o, g_strdup_printf ("line %u: a statement inside a statement", line));
        o->in_stmt = TRUE;
        g_clear_pointer (&o->curdef, g_free);
        g_clear_pointer (&o->bankid, g_free);
        g_clear_pointer (&o->acctid, g_free);
        g_clear_pointer (&o->dtend, g_free);
    } else if (strcmp (name, "CCSTMTRS") == 0) {
        o->in_cc = TRUE;
    } else if (o->in_stmt && strcmp (name, "BANKACCTFROM") == 0) {
        o->in_acct = TRUE;
    } else if (o->in_stmt && strcmp (name, "BANKTRANLIST") == 0) {
        o->in_list = TRUE;
    } else if (o->in_stmt && strcmp (name, "STMTTRN") == 0) {
        if (o->in_trn)
            return fail (o, g_strdup_printf ("line %u: a transaction (STMTTRN) inside a transaction", line));
        o->in_trn = TRUE;
        o->cur = g_new0 (trn_t, 1);
        o->cur->index = ++o->index;
        o->cur->line = line;
        g_ptr_array_add (o->trns, o->cur);
    } else if (o->in_trn && strcmp (name, "CURRENCY") == 0) {
        o->in_currency = TRUE;
    } else if (o->in_cc && strcmp (name, "STMTTRN") == 0) {
        o->st->ignored++;
    }
    return TRUE;
}

static gboolean
end_tag (ofx_t *o, const char *name)
{
    if (strcmp (name, "STMTRS") == 0 && o->in_stmt) {
        o->in_stmt = o->in_acct = o->in_list = o->in_trn = o->in_currency = FALSE;
        return end_statement (o);
    }
    if (strcmp (name, "CCSTMTRS") == 0) {
        o->in_cc = FALSE;
        o->cc_statements++;
    } else if (strcmp (name, "BANKACCTFROM") == 0) {
        o->in_acct = FALSE;
    } else if (strcmp (name, "BANKTRANLIST") == 0) {
        o->in_list = FALSE;
    } else if (strcmp (name, "STMTTRN") == 0) {
        o->in_trn = o->in_currency = FALSE;
    } else if (strcmp (name, "CURRENCY") == 0) {
        o->in_currency = FALSE;
    }
    return TRUE;
}

/* The header: "VERSION:102" (OFX 1) or VERSION="220" in "<?OFX ...?>". */
static char *
ofx_format (const char *text)
{
    const char *v = strstr (text, "VERSION:"), *body = strchr (text, '<');
    const char *pi = strstr (text, "<?OFX");
    char digits[4] = { 0 };
    if (v && (!body || v < body)) {
        v += 8;
    } else if (pi && (v = strstr (pi, "VERSION=\"")) != NULL) {
        v += 9;
    } else {
        return g_strdup ("ofx");
    }
    for (int i = 0; i < 3 && g_ascii_isdigit (v[i]); i++)
        digits[i] = v[i];
    return strlen (digits) == 3 ? g_strdup_printf ("ofx.%s", digits) : g_strdup ("ofx");
}

/* The file as UTF-8: OFX 1 files are often Windows-1252 (CHARSET:1252). */
static char *
to_utf8 (const char *data, gsize len)
{
    if (g_utf8_validate (data, (gssize) len, NULL))
        return g_strndup (data, len);
    return g_convert (data, (gssize) len, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
}

static gboolean
read_body (ofx_t *o, const char *text)
{
    rf_ofx_lexer_t lx;
    rf_ofx_tag_t tag;
    const char *why = NULL;
    gboolean ok = TRUE;
    rf_ofx_lexer_init (&lx, text, text + strlen (text));
    while (ok && rf_ofx_next_tag (&lx, &tag, &why)) {
        guint line = tag.line;
        if (tag.closing) {
            ok = end_tag (o, tag.name);
        } else {
            ok = start_tag (o, tag.name, line);
            if (ok && *tag.text)
                leaf (o, tag.name, g_steal_pointer (&tag.text));
        }
        g_free (tag.text);
    }
    if (ok && why)
        return fail (o, g_strdup_printf ("malformed OFX at line %u: %s", lx.line, why));
    if (ok && (o->in_stmt || o->in_cc))
        return fail (o, g_strdup ("truncated OFX: a statement (STMTRS) is never closed"));
    return ok;
}

rf_statement_t *
rf_ofx_parse (const char *data, gsize len, char **reason)
{
    char *text = to_utf8 (data, len), *format;
    ofx_t o = { 0 };
    gboolean ok;

    *reason = NULL;
    if (!text) {
        *reason = g_strdup ("OFX: cannot read the text (neither UTF-8 nor Windows-1252)");
        return NULL;
    }
    format = ofx_format (text);
    o.st = rf_statement_new ("ofx", format);
    o.seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    o.fitids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    o.trns = g_ptr_array_new_with_free_func (trn_free);
    ok = read_body (&o, text);
    if (ok && !o.statements)
        ok = fail (&o, g_strdup (o.cc_statements
                                     ? "OFX credit card statement (CCSTMTRS) only: it holds no payments to a bank account"
                                     : "OFX file without a bank statement (no STMTRS)"));
    if (ok)
        o.st->account = o.acctid ? g_strdup (o.acctid) : NULL;
    g_hash_table_unref (o.seen);
    g_hash_table_unref (o.fitids);
    g_ptr_array_unref (o.trns);
    g_free (o.curdef);
    g_free (o.bankid);
    g_free (o.acctid);
    g_free (o.dtend);
    g_free (format);
    g_free (text);
    if (!ok) {
        *reason = g_strdup_printf ("OFX: %s", o.reason);
        g_free (o.reason);
        rf_statement_free (o.st);
        return NULL;
    }
    return o.st;
}
