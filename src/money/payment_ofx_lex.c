/* payment_ofx_lex.c - the tags of an OFX body, SGML (OFX 1.x, where leaf
 * elements need no end tag) or XML (OFX 2.x), read in one pass without
 * building a tree. Nothing is ever fetched or expanded beyond the five
 * predefined entities and character references. */
#include "config.h"
#include "money/payment_ofx_p.h"

#include <string.h>

void
rf_ofx_lexer_init (rf_ofx_lexer_t *lx, const char *text, const char *end)
{
    lx->p = text;
    lx->end = end;
    lx->line = 1;
}

static void
advance_to (rf_ofx_lexer_t *lx, const char *to)
{
    for (const char *q = lx->p; q < to; q++)
        if (*q == '\n')
            lx->line++;
    lx->p = to;
}

/* Position just after the first occurrence of needle, or NULL. */
static const char *
after (const char *p, const char *end, const char *needle)
{
    gsize n = strlen (needle);
    for (; p + n <= end; p++)
        if (memcmp (p, needle, n) == 0)
            return p + n;
    return NULL;
}

/* A character reference "#65;" or "#x41;" (after the '&'); 0 if invalid. */
static gunichar
char_ref (const char *s, gsize n)
{
    char *endp = NULL, *num = g_strndup (s, n);
    guint64 v = num[1] == 'x' || num[1] == 'X' ? g_ascii_strtoull (num + 2, &endp, 16)
                                               : g_ascii_strtoull (num + 1, &endp, 10);
    gboolean ok = endp && *endp == '\0' && endp != num + 1 && v > 0 && v <= 0x10FFFF
                  && g_unichar_validate ((gunichar) v);
    g_free (num);
    return ok ? (gunichar) v : 0;
}

/* Append text with the predefined entities and character references
 * decoded; anything else after '&' is kept as written. */
static void
append_decoded (GString *out, const char *p, const char *end)
{
    static const struct { const char *name; char c; } ents[] = {
        { "amp;", '&' }, { "lt;", '<' }, { "gt;", '>' }, { "quot;", '"' }, { "apos;", '\'' },
    };
    while (p < end) {
        const char *semi;
        gboolean done = FALSE;
        if (*p != '&') {
            g_string_append_c (out, *p++);
            continue;
        }
        for (size_t i = 0; !done && i < G_N_ELEMENTS (ents); i++) {
            gsize n = strlen (ents[i].name);
            if ((gsize) (end - p - 1) >= n && memcmp (p + 1, ents[i].name, n) == 0) {
                g_string_append_c (out, ents[i].c);
                p += 1 + n;
                done = TRUE;
            }
        }
        semi = memchr (p, ';', (gsize) MIN (end - p, 12));
        if (!done && p + 1 < end && p[1] == '#' && semi) {
            gunichar c = char_ref (p + 1, (gsize) (semi - p - 1));
            if (c) {
                g_string_append_unichar (out, c);
                p = semi + 1;
                done = TRUE;
            }
        }
        if (!done)
            g_string_append_c (out, *p++);
    }
}

/* The text after a start tag, up to the next tag; CDATA sections are
 * part of it, taken as written. */
static char *
read_text (rf_ofx_lexer_t *lx)
{
    GString *out = g_string_new (NULL);
    for (;;) {
        const char *lt = memchr (lx->p, '<', (gsize) (lx->end - lx->p)), *stop = lt ? lt : lx->end;
        const char *cdata_end;
        append_decoded (out, lx->p, stop);
        advance_to (lx, stop);
        if (!lt || (gsize) (lx->end - lt) < 9 || memcmp (lt, "<![CDATA[", 9) != 0)
            break;
        cdata_end = after (lt + 9, lx->end, "]]>");
        if (!cdata_end) {
            /* Never closed: the rest is unreadable (and is not searched again). */
            advance_to (lx, lx->end);
            break;
        }
        g_string_append_len (out, lt + 9, cdata_end - 3 - (lt + 9));
        advance_to (lx, cdata_end);
    }
    g_strstrip (out->str);
    out->len = strlen (out->str);
    return g_string_free (out, FALSE);
}

/* Pass over "<!-- ... -->", "<!...>" and "<?...?>"; FALSE if never closed. */
static gboolean
skip_markup (rf_ofx_lexer_t *lx)
{
    const char *p = lx->p + 1, *to;
    if (lx->end - p >= 3 && memcmp (p, "!--", 3) == 0)
        to = after (p + 3, lx->end, "-->");
    else if (*p == '?')
        to = after (p, lx->end, "?>");
    else
        to = after (p, lx->end, ">");
    if (!to)
        return FALSE;
    advance_to (lx, to);
    return TRUE;
}

gboolean
rf_ofx_next_tag (rf_ofx_lexer_t *lx, rf_ofx_tag_t *tag, const char **why)
{
    memset (tag, 0, sizeof *tag);
    *why = NULL;
    for (;;) {
        const char *lt = memchr (lx->p, '<', (gsize) (lx->end - lx->p)), *p, *gt;
        gsize n = 0;
        if (!lt)
            return FALSE;
        advance_to (lx, lt);
        if (lt + 1 < lx->end && (lt[1] == '!' || lt[1] == '?')) {
            if (!skip_markup (lx))
                return (*why = "a comment or declaration is never closed", FALSE);
            continue;
        }
        p = lt + 1;
        tag->closing = p < lx->end && *p == '/';
        p += tag->closing;
        tag->line = lx->line;
        /* The tag ends at '>'; a '<' first means this was no tag (and
         * stopping there keeps a run of '<' linear). */
        for (gt = p; gt < lx->end && *gt != '>' && *gt != '<'; gt++)
            ;
        if (gt == lx->end)
            return (*why = "a tag is never closed by '>'", FALSE);
        if (*gt == '<') {
            advance_to (lx, gt);
            continue;
        }
        while (p + n < gt && (g_ascii_isalnum (p[n]) || p[n] == '.' || p[n] == '_' || p[n] == '-'))
            n++;
        for (gsize i = 0; i < n && i < sizeof tag->name - 1; i++)
            tag->name[i] = g_ascii_toupper (p[i]);
        advance_to (lx, gt + 1);
        if (!n)
            continue;   /* "<>" or "< x>": not a tag */
        if (!tag->closing)
            tag->text = gt[-1] == '/' ? g_strdup ("") : read_text (lx);
        return TRUE;
    }
}
