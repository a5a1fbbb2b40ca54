/* creditor_ref.c - ISO 11649 creditor references: check digits, and
 * finding them in free text. */
#include "config.h"
#include "money/creditor_ref.h"

#include <string.h>

#define REF_MAX 25   /* "RF" + 2 check digits + 21 characters */

char *
rf_creditor_ref_normalize (const char *s)
{
    GString *out = g_string_new (NULL);
    for (const char *p = s ? s : ""; *p; p++)
        if (!g_ascii_isspace (*p))
            g_string_append_c (out, g_ascii_toupper (*p));
    return g_string_free (out, FALSE);
}

gboolean
rf_creditor_ref_valid (const char *s)
{
    size_t n = strlen (s);
    guint rem = 0;
    if (n < 5 || n > REF_MAX || strncmp (s, "RF", 2) != 0 || !g_ascii_isdigit (s[2])
        || !g_ascii_isdigit (s[3]))
        return FALSE;
    for (size_t i = 0; i < n; i++) {
        char c = s[(i + 4) % n];
        if (g_ascii_isdigit (c))
            rem = (rem * 10 + (guint) (c - '0')) % 97;
        else if (g_ascii_isupper (c))
            rem = (rem * 100 + (guint) (c - 'A' + 10)) % 97;
        else
            return FALSE;
    }
    return rem == 1;
}

/* The longest valid reference starting at p ("RF" already seen), ending
 * where a group ends; advances *end past it. NULL when none. */
static char *
ref_at (const char *p, const char **end)
{
    char buf[REF_MAX + 1], *best = NULL;
    size_t n = 0;
    const char *q = p;
    while (*q && n < REF_MAX) {
        if (g_ascii_isalnum (*q)) {
            buf[n++] = g_ascii_toupper (*q++);
        } else if (*q == ' ' && n >= 4 && g_ascii_isalnum (q[1])) {
            q++;
            continue;
        } else {
            break;
        }
        buf[n] = '\0';
        /* A reading ends at the end of a group only. */
        if (!g_ascii_isalnum (*q) && rf_creditor_ref_valid (buf)) {
            g_free (best);
            best = g_strdup (buf);
            *end = q;
        }
    }
    return best;
}

GPtrArray *
rf_creditor_refs_in (const char *text)
{
    GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
    for (const char *p = text ? text : ""; *p;) {
        const char *end = p + 1;
        char *ref = NULL;
        gboolean start = p == text || !g_ascii_isalnum (p[-1]);
        if (start && g_ascii_toupper (p[0]) == 'R' && g_ascii_toupper (p[1]) == 'F')
            ref = ref_at (p, &end);
        if (ref)
            g_ptr_array_add (out, ref);
        p = ref ? end : p + 1;
    }
    return out;
}
