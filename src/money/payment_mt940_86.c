/* payment_mt940_86.c - the :86: "information to account owner" field of an
 * MT940 statement line: payer, references and remittance information.
 *
 * Three forms are met in practice:
 * - the German structured form: a 3-digit transaction code, then
 *   sub-fields "?NN" (?20-?29 and ?60-?63 remittance lines, often with the
 *   SEPA keywords EREF+, SVWZ+, ...; ?31 the payer's account; ?32-?33 the
 *   payer's name);
 * - the SWIFT form: codes between slashes (/EREF/.../NAME/.../REMI/...);
 * - free text, kept whole as remittance information. */
#include "config.h"
#include "money/payment_mt940_p.h"

#include <string.h>

/* Structured sub-field lines are 27 characters: a full line was cut by the
 * bank wherever it fell and continues on the next, a shorter one ended a
 * word. */
#define SUBFIELD_WIDTH 27

static void
join_line (GString *out, const char *piece, gsize prev_len)
{
    if (out->len && prev_len < SUBFIELD_WIDTH && out->str[out->len - 1] != ' ' && *piece != ' ')
        g_string_append_c (out, ' ');
    g_string_append (out, piece);
}

/* v trimmed, or NULL (and v freed) when nothing is left. */
static char *
take_str (char *v)
{
    g_strstrip (v);
    if (!*v)
        return (g_free (v), NULL);
    return v;
}

static char *
take (GString *s)
{
    return take_str (g_string_free (s, FALSE));
}

/* SEPA keywords that start a part of the remittance lines. */
static const char *const sepa_keys[] = { "EREF+", "KREF+", "MREF+", "CRED+", "DEBT+", "SVWZ+", "ABWA+",
                                         "ABWE+", "COAM+", "OAMT+", "IBAN+", "BIC+", NULL };

static int
sepa_key (const char *line)
{
    for (int i = 0; sepa_keys[i]; i++)
        if (g_str_has_prefix (line, sepa_keys[i]))
            return i;
    return -1;
}

/* The remittance lines, split by SEPA keyword: EREF is the end-to-end id,
 * SVWZ the remittance text; without keywords the whole is the text. */
static void
remittance_lines (rf_payment_entry_t *p, GPtrArray *lines)
{
    GString *parts[G_N_ELEMENTS (sepa_keys)], *plain = g_string_new (NULL), *cur = plain;
    gsize prev = SUBFIELD_WIDTH;
    int key;
    memset (parts, 0, sizeof parts);
    for (guint i = 0; i < lines->len; i++) {
        const char *line = g_ptr_array_index (lines, i);
        if ((key = sepa_key (line)) >= 0) {
            if (!parts[key])
                parts[key] = g_string_new (NULL);
            cur = parts[key];
            line += strlen (sepa_keys[key]);
            prev = SUBFIELD_WIDTH;
        }
        join_line (cur, line, prev);
        prev = strlen (g_ptr_array_index (lines, i));
    }
    if (parts[0]) {
        p->end_to_end_id = take (parts[0]);
        parts[0] = NULL;
        if (p->end_to_end_id && g_ascii_strcasecmp (p->end_to_end_id, "NOTPROVIDED") == 0)
            p->end_to_end_id = (g_free (p->end_to_end_id), NULL);
    }
    p->remittance = take (parts[5] ? parts[5] : plain);
    if (parts[5])
        g_string_free (plain, TRUE);
    parts[5] = NULL;
    /* An ultimate payer (ABWA) names who paid when the account holder is a
     * parent company or an agent; the account holder stays the payer. */
    for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
        if (parts[i])
            g_string_free (parts[i], TRUE);
}

/* "166?00GUTSCHRIFT?20EREF+...?32NAME" */
static void
structured (rf_payment_entry_t *p, const char *s)
{
    char sep = s[3];
    GPtrArray *lines = g_ptr_array_new ();
    GString *name = g_string_new (NULL);
    char **subs;
    gsize name_prev = SUBFIELD_WIDTH;
    char *split = g_strdup_printf ("%c", sep);
    subs = g_strsplit (s + 4, split, -1);
    g_free (split);
    for (char **f = subs; *f; f++) {
        int code;
        const char *v = *f + 2;
        if (!g_ascii_isdigit ((*f)[0]) || !g_ascii_isdigit ((*f)[1]))
            continue;
        code = ((*f)[0] - '0') * 10 + ((*f)[1] - '0');
        if ((code >= 20 && code <= 29) || (code >= 60 && code <= 63)) {
            g_ptr_array_add (lines, (gpointer) v);
        } else if (code == 31 && *v) {
            g_free (p->debtor_account);
            p->debtor_account = g_strdup (v);
        } else if (code == 32 || code == 33) {
            join_line (name, v, name_prev);
            name_prev = strlen (v);
        }
    }
    remittance_lines (p, lines);
    p->debtor_name = take (name);
    g_ptr_array_unref (lines);
    g_strfreev (subs);
}

/* Codes of the SWIFT form; a value runs to the next "/CODE/". */
static const char *const swift_codes[] = {
    "EREF", "REMI", "ORDP", "BENM", "NAME", "IBAN", "BIC", "ID", "ADDR", "CSID", "MARF", "PREF",
    "RTRN", "ULTD", "ULTB", "PURP", "CDTRREFTP", "CDTRREF", "ISDT", "TRCD", "SVCL", "CNTP",
    "OCMT", "CHGS", "EXCH", "IREF", "TRTP", "BUSP", "ACCW", NULL
};

static const char *
next_code (const char *s)
{
    for (const char *p = strchr (s, '/'); p; p = strchr (p + 1, '/'))
        for (int i = 0; swift_codes[i]; i++) {
            gsize n = strlen (swift_codes[i]);
            if (strncmp (p + 1, swift_codes[i], n) == 0 && p[n + 1] == '/')
                return p;
        }
    return NULL;
}

/* The value of "/CODE/" in s, or NULL. */
static char *
swift_value (const char *s, const char *code)
{
    char *mark = g_strdup_printf ("/%s/", code), *v;
    const char *a = strstr (s, mark), *b;
    gsize n = strlen (mark);
    g_free (mark);
    if (!a)
        return NULL;
    a += n;
    b = next_code (a);
    v = g_strndup (a, b ? (gsize) (b - a) : strlen (a));
    while (*v && v[strlen (v) - 1] == '/')
        v[strlen (v) - 1] = '\0';
    return take_str (v);
}

static void
swift_form (rf_payment_entry_t *p, const char *s)
{
    char *remi = swift_value (s, "REMI");
    p->end_to_end_id = swift_value (s, "EREF");
    if (p->end_to_end_id && g_ascii_strcasecmp (p->end_to_end_id, "NOTPROVIDED") == 0)
        p->end_to_end_id = (g_free (p->end_to_end_id), NULL);
    p->debtor_name = swift_value (s, "NAME");
    p->debtor_account = swift_value (s, "IBAN");
    /* "/REMI/USTD//text" is free text; "/REMI/STRD/CUR/RF18..." a creditor reference. */
    if (remi && g_str_has_prefix (remi, "USTD//")) {
        p->remittance = g_strdup (remi + 6);
    } else if (remi && g_str_has_prefix (remi, "STRD/CUR/")) {
        p->creditor_ref = g_strdup (remi + 9);
    } else {
        p->remittance = remi;
        remi = NULL;
    }
    g_free (remi);
}

void
rf_mt940_details (rf_payment_entry_t *p, const char *text)
{
    GString *flat = g_string_new (NULL);
    /* Line breaks in :86: are the bank's 65-column wrapping, not content. */
    for (const char *c = text; *c; c++)
        if (*c != '\n')
            g_string_append_c (flat, *c);
    if (flat->len > 4 && g_ascii_isdigit (flat->str[0]) && g_ascii_isdigit (flat->str[1])
        && g_ascii_isdigit (flat->str[2]) && !g_ascii_isalnum (flat->str[3]) && flat->str[3] != ' ')
        structured (p, flat->str);
    else if (next_code (flat->str) == flat->str || strstr (flat->str, "/REMI/"))
        swift_form (p, flat->str);
    else
        p->remittance = take_str (g_strdelimit (g_strdup (text), "\n", ' '));
    g_string_free (flat, TRUE);
}
