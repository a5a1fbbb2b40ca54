/* payment_mt940.c - SWIFT MT940 customer statements to payment records:
 * the :61: statement lines, with the remittance information, payer and
 * references of their :86: field, in its German structured form (?20-?29
 * remittance, ?32-?33 name, ?31 account) or its SWIFT form (/REMI/, /EREF/,
 * /NAME/, /IBAN/), else as free text. */
#include "config.h"
#include "money/payment_parse.h"
#include "money/payment_mt940_p.h"
#include "money/money.h"
#include "base/util.h"

#include <string.h>

#define SNIFF_BYTES 4096

/* A field: its tag ("61", "60F") and its text, continuation lines joined by '\n'. */
typedef struct {
    char tag[4];
    GString *text;
} field_t;

static void
field_free (gpointer p)
{
    field_t *f = p;
    g_string_free (f->text, TRUE);
    g_free (f);
}

/* ":61:" or ":60F:" at the start of line; sets tag, returns the text start. */
static const char *
field_start (const char *line, char tag[4])
{
    const char *p = line + 1;
    int n = 0;
    if (line[0] != ':')
        return NULL;
    while (n < 2 && g_ascii_isdigit (p[n]))
        n++;
    if (n != 2)
        return NULL;
    if (g_ascii_isalpha (p[2]))
        n++;
    if (p[n] != ':')
        return NULL;
    memcpy (tag, p, n);
    tag[n] = '\0';
    return p + n + 1;
}

gboolean
rf_mt940_sniff (const char *data, gsize len)
{
    char *head = g_strndup (data, MIN (len, (gsize) SNIFF_BYTES));
    const char *p = rf_text_start (head, head + strlen (head));
    gboolean ok;
    /* A SWIFT envelope "{1:...}{2:...}{4:" may precede the fields. */
    ok = (*p == ':' || *p == '{') && strstr (p, ":20:") && strstr (p, ":25:")
         && (strstr (p, ":60F:") || strstr (p, ":60M:"));
    g_free (head);
    return ok;
}

/* The fields of the file in order; envelope blocks and "-}" ends dropped. */
static GPtrArray *
split_fields (const char *text)
{
    GPtrArray *fields = g_ptr_array_new_with_free_func (field_free);
    char **lines = rf_split_lines (text);
    field_t *cur = NULL;
    for (char **l = lines; *l; l++) {
        char *line = *l, tag[4];
        const char *rest;
        g_strchomp (line);
        /* "{1:F01...}{2:...}{4:" envelopes and the "-}" that ends block 4. */
        if (line[0] == '{' && (rest = strstr (line, "{4:")) != NULL)
            line = (char *) rest + 3;
        if (line[0] == '{' || strcmp (line, "-}") == 0 || strcmp (line, "-") == 0) {
            cur = NULL;
            continue;
        }
        if ((rest = field_start (line, tag))) {
            cur = g_new0 (field_t, 1);
            memcpy (cur->tag, tag, sizeof tag);
            cur->text = g_string_new (rest);
            g_ptr_array_add (fields, cur);
        } else if (cur && *line) {
            g_string_append_c (cur->text, '\n');
            g_string_append (cur->text, line);
        }
    }
    g_strfreev (lines);
    return fields;
}

/* YYMMDD -> 00:00 UTC of the day (years 80-99 are 19xx). */
static gboolean
parse_yymmdd (const char *s, gint64 *out, int *year)
{
    char buf[16];
    int yy;
    for (int i = 0; i < 6; i++)
        if (!g_ascii_isdigit (s[i]))
            return FALSE;
    yy = (s[0] - '0') * 10 + (s[1] - '0');
    *year = yy < 80 ? 2000 + yy : 1900 + yy;
    g_snprintf (buf, sizeof buf, "%04d-%.2s-%.2s", *year, s + 2, s + 4);
    return rf_parse_date (buf, out);
}

/* An MT940 amount, "1234,56", into minor units. */
static gboolean
parse_amount (const char *s, gsize n, int exponent, gint64 *out)
{
    char *a = g_strndup (s, n);
    gboolean ok;
    g_strdelimit (a, ",", '.');
    ok = n > 0 && rf_amount_parse (a, exponent, out) == RF_AMOUNT_OK && *out >= 0;
    g_free (a);
    return ok;
}


/* A :61: statement line, as far as we use it. */
typedef struct {
    gint64 value, entry;     /* entry: -1 when not given */
    gboolean credit, reversal;
    gint64 amount;
    char *bank_ref;          /* NULL when absent or NONREF */
} line61_t;

/* value date YYMMDD, [entry date MMDD], mark C/D/RC/RD, [funds code],
 * amount, type (N/F/S + 3), customer reference, [//bank reference]. */
static gboolean
parse_61 (const char *s, int exponent, line61_t *l, const char **why)
{
    int year;
    const char *p = s + 6, *a;
    l->entry = -1;
    if (!parse_yymmdd (s, &l->value, &year))
        return (*why = "invalid value date", FALSE);
    if (g_ascii_isdigit (p[0])) {
        /* Entry date MMDD, in the value date's year unless they straddle New Year. */
        char buf[16];
        int month = (p[0] - '0') * 10 + (p[1] - '0'), vmonth = (s[2] - '0') * 10 + (s[3] - '0');
        int y = month == 12 && vmonth == 1 ? year - 1 : month == 1 && vmonth == 12 ? year + 1 : year;
        g_snprintf (buf, sizeof buf, "%04d-%.2s-%.2s", y, p, p + 2);
        if (strspn (p, "0123456789") < 4 || !rf_parse_date (buf, &l->entry))
            return (*why = "invalid entry date", FALSE);
        p += 4;
    }
    l->reversal = p[0] == 'R';
    p += l->reversal;
    if (p[0] != 'C' && p[0] != 'D')
        return (*why = "no debit/credit mark", FALSE);
    /* RC, the reversal of a credit, is a debit; RD a credit. */
    l->credit = (p[0] == 'C') != l->reversal;
    p++;
    if (g_ascii_isalpha (p[0]))
        p++;   /* funds code */
    for (a = p; g_ascii_isdigit (*p) || *p == ','; p++)
        ;
    if (!parse_amount (a, (gsize) (p - a), exponent, &l->amount))
        return (*why = "invalid amount", FALSE);
    /* Type (4 characters), then the customer's reference up to "//". */
    if (strlen (p) < 4)
        return (*why = "no transaction type", FALSE);
    p += 4;
    a = strstr (p, "//");
    if (a && (!strchr (p, '\n') || a < strchr (p, '\n'))) {
        gsize n = strcspn (a + 2, "\n");
        l->bank_ref = g_strstrip (g_strndup (a + 2, n));
        if (!*l->bank_ref || g_ascii_strcasecmp (l->bank_ref, "NONREF") == 0)
            l->bank_ref = (g_free (l->bank_ref), NULL);
    }
    return TRUE;
}

/* The currency of a statement, from its opening balance "C260101EUR1,00". */
static char *
balance_currency (const char *s)
{
    char code[4];
    if (strlen (s) < 10)
        return NULL;
    memcpy (code, s + 7, 3);
    code[3] = '\0';
    return rf_currency_normalize (code);
}

typedef struct {
    rf_statement_t *st;
    GHashTable *seen;
    char *currency;
    guint index;             /* statement lines, 1-based, for reasons */
    rf_payment_entry_t *last;  /* the entry a following :86: describes */
    GPtrArray *accounts;     /* char*: the account of each kept entry, by index */
} reader_t;

static gboolean
read_61 (reader_t *r, const char *text, char **reason)
{
    line61_t l = { 0 };
    const char *why = NULL;
    rf_payment_entry_t *p;
    r->index++;
    r->last = NULL;
    if (!r->currency) {
        *reason = g_strdup_printf ("statement line %u: no opening balance (:60F:) with a known currency before it",
                                   r->index);
        return FALSE;
    }
    if (!parse_61 (text, rf_currency_exponent (r->currency), &l, &why)) {
        char *first = g_strndup (text, strcspn (text, "\n"));
        *reason = g_strdup_printf ("statement line %u: %s in ':61:%s'", r->index, why, first);
        g_free (first);
        return FALSE;
    }
    /* Kept: credits, and reversals of credits (RC); as for camt. */
    if (l.credit == l.reversal) {
        r->st->ignored++;
        g_free (l.bank_ref);
        return TRUE;
    }
    p = g_new0 (rf_payment_entry_t, 1);
    p->reversal = l.reversal;
    p->booking_date = l.entry >= 0 ? l.entry : l.value;
    p->date_source = l.entry >= 0 ? "booking" : "value";
    p->value_date = l.value;
    p->currency = g_strdup (r->currency);
    p->exponent = rf_currency_exponent (r->currency);
    p->amount_minor = l.amount;
    p->bank_ref = l.bank_ref;
    g_ptr_array_add (r->st->entries, p);
    g_ptr_array_add (r->accounts, g_strdup (r->st->account));
    r->last = p;
    return TRUE;
}

static gboolean
read_field (reader_t *r, const field_t *f, char **reason)
{
    if (strcmp (f->tag, "20") == 0) {
        g_free (r->currency);
        r->currency = NULL;
        r->last = NULL;
    } else if (strcmp (f->tag, "25") == 0) {
        g_free (r->st->account);
        r->st->account = g_strstrip (g_strdup (f->text->str));
    } else if (strcmp (f->tag, "60F") == 0 || strcmp (f->tag, "60M") == 0) {
        g_free (r->currency);
        r->currency = balance_currency (f->text->str);
        if (!r->currency) {
            *reason = g_strdup_printf ("opening balance ':%s:%s': unknown currency", f->tag, f->text->str);
            return FALSE;
        }
    } else if (strcmp (f->tag, "61") == 0) {
        return read_61 (r, f->text->str, reason);
    } else if (strcmp (f->tag, "86") == 0 && r->last) {
        rf_mt940_details (r->last, f->text->str);
        r->last = NULL;
    }
    return TRUE;
}

/* The file as UTF-8: banks write MT940 in Latin-1 as often as in UTF-8. */
static char *
to_utf8 (const char *data, gsize len)
{
    char *s = g_utf8_validate (data, (gssize) len, NULL) ? g_strndup (data, len)
              : g_convert (data, (gssize) len, "UTF-8", "ISO-8859-1", NULL, NULL, NULL);
    if (s)
        g_strdelimit (s, "\r", '\n');
    return s;
}

rf_statement_t *
rf_mt940_parse (const char *data, gsize len, char **reason)
{
    char *text = to_utf8 (data, len);
    reader_t r = { 0 };
    GPtrArray *fields;
    gboolean ok = TRUE;

    *reason = NULL;
    if (!text) {
        *reason = g_strdup ("MT940: cannot read the text");
        return NULL;
    }
    r.st = rf_statement_new ("mt940", "mt940");
    r.seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    r.accounts = g_ptr_array_new_with_free_func (g_free);
    fields = split_fields (text);
    for (guint i = 0; ok && i < fields->len; i++)
        ok = read_field (&r, g_ptr_array_index (fields, i), reason);
    /* Keys once every :86: is read: the content includes the payer. */
    for (guint i = 0; ok && i < r.st->entries->len; i++) {
        rf_payment_entry_t *p = g_ptr_array_index (r.st->entries, i);
        p->dedupe_key = rf_payment_content_key (g_ptr_array_index (r.accounts, i), p, r.seen);
    }
    g_ptr_array_unref (fields);
    g_hash_table_unref (r.seen);
    g_ptr_array_unref (r.accounts);
    g_free (r.currency);
    g_free (text);
    if (!ok) {
        rf_statement_free (r.st);
        return NULL;
    }
    return r.st;
}
