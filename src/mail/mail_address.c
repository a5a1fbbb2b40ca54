/* mail_address.c - address lists split entry by entry, the lenient reading
 * of addresses GMime refuses, and valid mailboxes. */
#include "config.h"
#include "mail/mail_address.h"
#include "base/util.h"

#include <string.h>

/* Where the lexical state of an address list stands at one byte. */
typedef struct {
    gboolean quoted;    /* inside "..." */
    int comment;        /* depth of (...) */
    gboolean angle;     /* inside <...> */
} lex_t;

/* Advance the state over p[0] (and an escaped p[1]); returns how many bytes
 * were consumed and whether they are plain text (outside quotes/comments). */
static int
lex_step (lex_t *s, const char *p, gboolean *plain)
{
    *plain = FALSE;
    if ((s->quoted || s->comment) && p[0] == '\\' && p[1])
        return 2;
    if (s->quoted) {
        s->quoted = p[0] != '"';
        return 1;
    }
    if (s->comment) {
        s->comment += p[0] == '(' ? 1 : p[0] == ')' ? -1 : 0;
        return 1;
    }
    if (p[0] == '"') {
        s->quoted = TRUE;
        return 1;
    }
    if (p[0] == '(') {
        s->comment = 1;
        return 1;
    }
    if (p[0] == '<')
        s->angle = TRUE;
    else if (p[0] == '>')
        s->angle = FALSE;
    *plain = TRUE;
    return 1;
}

static void
flush_entry (GPtrArray *out, GString *cur)
{
    char *e = g_strstrip (g_strdup (cur->str));
    if (*e)
        g_ptr_array_add (out, e);
    else
        g_free (e);
    g_string_truncate (cur, 0);
}

char **
rf_addr_list_split (const char *raw)
{
    GPtrArray *out = g_ptr_array_new ();
    GString *cur = g_string_new (NULL);
    lex_t s = { FALSE, 0, FALSE };
    for (const char *p = raw ? raw : ""; *p;) {
        gboolean plain;
        int n = lex_step (&s, p, &plain);
        if (plain && !s.angle && (*p == ',' || *p == ';')) {
            flush_entry (out, cur);
        } else if (plain && !s.angle && *p == ':' && !strchr (cur->str, '@') && !strchr (cur->str, '<')) {
            g_string_truncate (cur, 0);   /* "Team:" opens a group: its name is no address */
        } else {
            for (int i = 0; i < n; i++)
                g_string_append_c (cur, (p[i] == '\r' || p[i] == '\n' || p[i] == '\t') ? ' ' : p[i]);
        }
        p += n;
    }
    flush_entry (out, cur);
    g_string_free (cur, TRUE);
    g_ptr_array_add (out, NULL);
    return (char **) g_ptr_array_free (out, FALSE);
}

/* A copy of entry with quoted strings and comments turned into spaces. */
static char *
blank_quotes_and_comments (const char *entry)
{
    char *copy = g_strdup (entry);
    lex_t s = { FALSE, 0, FALSE };
    for (char *p = copy; *p;) {
        gboolean plain;
        int n = lex_step (&s, p, &plain);
        for (int i = 0; i < n && !plain; i++)
            p[i] = ' ';
        p += n;
    }
    return copy;
}

/* One '@' with text on both sides, nothing that cannot be in an address. */
static gboolean
plausible_address (const char *a)
{
    const char *at = strchr (a, '@');
    if (!at || at == a || !at[1] || strchr (at + 1, '@'))
        return FALSE;
    for (const char *p = a; *p; p++)
        if ((guchar) *p <= ' ' || strchr ("<>\",;()[]\\", *p))
            return FALSE;
    return TRUE;
}

char *
rf_addr_lenient (const char *entry)
{
    char *plain = blank_quotes_and_comments (entry ? entry : "");
    char *lt = strchr (plain, '<'), *cand = NULL;
    if (lt) {
        char *gt = strchr (lt + 1, '>');
        cand = g_strndup (lt + 1, gt ? (gsize) (gt - lt - 1) : strlen (lt + 1));
    } else {
        char **words = g_strsplit_set (plain, " \t", -1);
        for (char **w = words; *w && !cand; w++) {
            const char *at = strchr (*w, '@');
            if (at && !strchr (at + 1, '@'))
                cand = g_strdup (*w);
        }
        g_strfreev (words);
    }
    g_free (plain);
    if (cand && !plausible_address (g_strstrip (cand)))
        g_clear_pointer (&cand, g_free);
    return cand ? rf_addr_normalize (cand) : NULL;
}

char *
rf_addr_lenient_name (const char *entry)
{
    char *plain = blank_quotes_and_comments (entry ? entry : "");
    char *lt = strchr (plain, '<'), *name;
    gsize n = lt ? (gsize) (lt - plain) : 0;
    g_free (plain);
    if (!n)
        return NULL;
    name = g_strstrip (g_strndup (entry, n));
    if (name[0] == '"' && strlen (name) >= 2 && name[strlen (name) - 1] == '"') {
        name[strlen (name) - 1] = '\0';
        memmove (name, name + 1, strlen (name));
    }
    if (!*name)
        g_clear_pointer (&name, g_free);
    return name;
}

/* A domain label: 1-63 letters, digits or '-' (not first or last); bytes
 * of a UTF-8 name count as letters. */
static gboolean
valid_label (const char *l, gsize n)
{
    if (n == 0 || n > 63 || l[0] == '-' || l[n - 1] == '-')
        return FALSE;
    for (gsize i = 0; i < n; i++)
        if (!g_ascii_islower (l[i]) && !g_ascii_isdigit (l[i]) && l[i] != '-' && !((guchar) l[i] & 0x80))
            return FALSE;
    return TRUE;
}

gboolean
rf_addr_is_valid_mailbox (const char *addr)
{
    const char *at = addr ? strchr (addr, '@') : NULL, *dom, *last;
    int dots = 0;
    if (!at || at == addr || strchr (at + 1, '@'))
        return FALSE;
    for (const char *p = addr; p < at; p++)
        if ((guchar) *p <= ' ')
            return FALSE;
    dom = at + 1;
    for (const char *l = dom;; dots++) {
        const char *dot = strchr (l, '.');
        gsize n = dot ? (gsize) (dot - l) : strlen (l);
        if (!valid_label (l, n))
            return FALSE;
        if (!dot)
            break;
        l = dot + 1;
    }
    last = strrchr (dom, '.');
    return dots >= 1 && last && (rf_tld_known (last + 1) || g_str_has_prefix (last + 1, "xn--"));
}
