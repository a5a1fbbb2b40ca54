/* html_text.c - HTML body to plain text with libxml2's HTML parser. */
#include "config.h"
#include "mail/html_text.h"

#include <libxml/HTMLparser.h>
#include <string.h>

#define MAX_DEPTH 256

typedef struct {
    GString *out;
    gboolean stop;      /* reached the start of a quoted original message */
} walk_t;

static gboolean
is_named (xmlNodePtr n, const char *name)
{
    return n->name && g_ascii_strcasecmp ((const char *) n->name, name) == 0;
}

static gboolean
attr_contains (xmlNodePtr n, const char *attr, const char *needle)
{
    xmlChar *v = xmlGetProp (n, BAD_CAST attr);
    gboolean hit = v && strstr ((const char *) v, needle) != NULL;
    xmlFree (v);
    return hit;
}

static gboolean
is_skipped (xmlNodePtr n)
{
    static const char *const skip[] = { "script", "style", "head", "title", "blockquote", "noscript" };
    for (size_t i = 0; i < G_N_ELEMENTS (skip); i++)
        if (is_named (n, skip[i]))
            return TRUE;
    return attr_contains (n, "class", "gmail_quote") || attr_contains (n, "class", "moz-cite-prefix");
}

static gboolean
is_block (xmlNodePtr n)
{
    static const char *const blocks[] = { "p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4",
                                          "h5", "h6", "table", "ul", "ol", "pre", "hr" };
    for (size_t i = 0; i < G_N_ELEMENTS (blocks); i++)
        if (is_named (n, blocks[i]))
            return TRUE;
    return FALSE;
}

static void
newline (GString *out)
{
    if (out->len && out->str[out->len - 1] != '\n')
        g_string_append_c (out, '\n');
}

static void
append_text (GString *out, const char *raw)
{
    /* libxml2 passes invalid bytes through; walking them as UTF-8 could
     * step past the terminator. */
    char *t = g_utf8_make_valid (raw, -1);
    for (const char *p = t; *p;) {
        gunichar c = g_utf8_get_char (p);
        /* Collapse runs of white space (HTML rendering does the same). */
        if (g_unichar_isspace (c) || c == 0x00A0) {
            if (out->len && out->str[out->len - 1] != ' ' && out->str[out->len - 1] != '\n')
                g_string_append_c (out, ' ');
        } else {
            g_string_append_unichar (out, c);
        }
        p = g_utf8_next_char (p);
    }
    g_free (t);
}

static void
walk (walk_t *w, xmlNodePtr n, int depth)
{
    for (; n && !w->stop; n = n->next) {
        if (n->type == XML_TEXT_NODE && n->content) {
            append_text (w->out, (const char *) n->content);
            continue;
        }
        if (n->type != XML_ELEMENT_NODE)
            continue;
        /* Outlook puts the quoted original after a div with this id. */
        if (attr_contains (n, "id", "divRplyFwdMsg") || attr_contains (n, "id", "appendonsend")) {
            w->stop = TRUE;
            return;
        }
        if (is_skipped (n))
            continue;
        if (is_block (n))
            newline (w->out);
        if (depth < MAX_DEPTH)
            walk (w, n->children, depth + 1);
        if (is_block (n))
            newline (w->out);
    }
}

char *
rf_html_to_text (const char *html, gsize len)
{
    walk_t w = { g_string_new (NULL), FALSE };
    htmlDocPtr doc;

    if (len > 0 && len < G_MAXINT) {
        doc = htmlReadMemory (html, (int) len, NULL, "UTF-8",
                              HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                              | HTML_PARSE_NONET | HTML_PARSE_NOBLANKS);
        if (doc) {
            walk (&w, xmlDocGetRootElement (doc), 0);
            xmlFreeDoc (doc);
        }
    }
    return g_string_free (w.out, FALSE);
}
