/* xml_safe.c - parse untrusted XML with libxml2, and read it by namespace. */
#include "config.h"
#include "money/xml_safe.h"

#include <string.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

/* Options for untrusted input. Deliberately absent: NOENT (substitutes
 * entities, which is how XXE reads local files), DTDLOAD/DTDATTR/DTDVALID
 * (fetch the external subset), XINCLUDE, and HUGE (turns off libxml2's
 * size and amplification limits). RECOVER is absent too: a damaged invoice
 * is refused rather than half-read. */
#define SAFE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING \
                      | XML_PARSE_NOCDATA | XML_PARSE_COMPACT)

/* UTF-16 with a byte-order mark: white space then '<', one unit at a time.
 * hi is the offset of the high byte within each unit. */
static gboolean
sniff_utf16 (const char *data, gsize stop, int hi)
{
    gsize i = 2;
    while (i + 1 < stop && data[i + hi] == 0 && g_ascii_isspace (data[i + 1 - hi]))
        i += 2;
    return i + 1 < stop && data[i + hi] == 0 && data[i + 1 - hi] == '<';
}

gboolean
rf_xml_sniff (const char *data, gsize len)
{
    gsize i = 0, stop = MIN (len, (gsize) 4096);
    if (len >= 2 && memcmp (data, "\xFF\xFE", 2) == 0)
        return sniff_utf16 (data, stop, 1);
    if (len >= 2 && memcmp (data, "\xFE\xFF", 2) == 0)
        return sniff_utf16 (data, stop, 0);
    if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < stop && g_ascii_isspace (data[i]))
        i++;
    return i < stop && data[i] == '<';
}

/* What the SAX guards saw; lives in the parser context's _private. */
typedef struct {
    char *entity;       /* name of the first declared entity, or NULL */
} guard_t;

static void
refuse_entity (void *ctx, const xmlChar *name)
{
    xmlParserCtxtPtr c = ctx;
    guard_t *g = c->_private;
    if (!g->entity)
        g->entity = g_strdup (name ? (const char *) name : "");
    /* Stop at once: nothing after the declaration is read, so no entity
     * is ever referenced, expanded or loaded. */
    xmlStopParser (c);
}

static void
guard_entity_decl (void *ctx, const xmlChar *name, int type, const xmlChar *public_id,
                   const xmlChar *system_id, xmlChar *content)
{
    refuse_entity (ctx, name);
}

static void
guard_unparsed_entity_decl (void *ctx, const xmlChar *name, const xmlChar *public_id,
                            const xmlChar *system_id, const xmlChar *notation)
{
    refuse_entity (ctx, name);
}

/* The external subset named by a DOCTYPE is never fetched. */
static void
guard_external_subset (void *ctx, const xmlChar *name, const xmlChar *external_id,
                       const xmlChar *system_id)
{
}

static xmlParserInputPtr
guard_resolve_entity (void *ctx, const xmlChar *public_id, const xmlChar *system_id)
{
    return NULL;
}

/* One line of libxml2's message: no trailing newline, no control bytes. */
static char *
one_line (const char *msg)
{
    char *s = g_strdup (msg ? msg : "unknown error");
    for (char *p = s; *p; p++)
        if ((unsigned char) *p < 0x20)
            *p = ' ';
    return g_strstrip (s);
}

/* An upper bound of the elements of a document: the '<' that open a tag
 * (not "</", "<!", "<?"). Counted before parsing, so a document of
 * millions of small elements costs no tree of gigabytes. */
static gsize
count_elements (const char *data, gsize len)
{
    gsize n = 0;
    const char *p = data, *end = data + len;
    while ((p = memchr (p, '<', (gsize) (end - p))) && ++p < end)
        if (*p != '/' && *p != '!' && *p != '?')
            n++;
    return n;
}

xmlDocPtr
rf_xml_read (const char *data, gsize len, gsize max_bytes, const char *name, char **reason)
{
    xmlParserCtxtPtr c = NULL;
    xmlDocPtr doc = NULL;
    guard_t g = { NULL };
    xmlErrorPtr e;
    char *msg;

    *reason = NULL;
    if (len == 0) {
        *reason = g_strdup ("empty file");
        goto done;
    }
    if (len > max_bytes || len > (gsize) G_MAXINT) {
        if (max_bytes % (1024 * 1024) == 0)
            *reason = g_strdup_printf ("larger than %" G_GSIZE_FORMAT " MiB", max_bytes / (1024 * 1024));
        else
            *reason = g_strdup_printf ("larger than %" G_GSIZE_FORMAT " bytes", max_bytes);
        goto done;
    }
    if (!rf_xml_sniff (data, len)) {
        *reason = g_strdup ("not XML (does not start with '<')");
        goto done;
    }
    if (count_elements (data, len) > RF_XML_MAX_ELEMENTS) {
        *reason = g_strdup_printf ("more than %d XML elements; too many to read within the memory limit",
                                   RF_XML_MAX_ELEMENTS);
        goto done;
    }
    c = xmlNewParserCtxt ();
    if (!c) {
        *reason = g_strdup ("out of memory creating the XML parser");
        goto done;
    }
    c->_private = &g;
    c->sax->entityDecl = guard_entity_decl;
    c->sax->unparsedEntityDecl = guard_unparsed_entity_decl;
    c->sax->externalSubset = guard_external_subset;
    c->sax->resolveEntity = guard_resolve_entity;
    doc = xmlCtxtReadMemory (c, data, (int) len, name ? name : "untrusted.xml", NULL, SAFE_OPTIONS);
    if (g.entity) {
        *reason = g_strdup_printf ("refused: the DOCTYPE declares entities (\"%s\"); "
                                   "entities are never expanded", g.entity);
        goto done;
    }
    if (!doc || !c->wellFormed) {
        e = xmlCtxtGetLastError (c);
        msg = one_line (e ? e->message : NULL);
        *reason = g_strdup_printf ("malformed XML at line %d: %s", e ? e->line : 0, msg);
        g_free (msg);
        goto done;
    }
    if (!xmlDocGetRootElement (doc)) {
        *reason = g_strdup ("malformed XML: no root element");
        goto done;
    }
done:
    if (*reason && doc) {
        xmlFreeDoc (doc);
        doc = NULL;
    }
    if (c)
        xmlFreeParserCtxt (c);
    g_free (g.entity);
    return doc;
}

/* ---- Reading the tree by namespace URI. */

const char *
rf_xml_ns_uri (xmlNodePtr node)
{
    return (node && node->ns && node->ns->href) ? (const char *) node->ns->href : "";
}

gboolean
rf_xml_is (xmlNodePtr node, const char *uri, const char *local)
{
    return node && node->type == XML_ELEMENT_NODE
           && strcmp ((const char *) node->name, local) == 0
           && strcmp (rf_xml_ns_uri (node), uri) == 0;
}

typedef struct {
    const char *uri;
    char *local;
} step_t;

/* Split "p:a/q:b" into steps. FALSE when a prefix is not in the map
 * (a programming error, reported once). */
static gboolean
parse_path (rf_xml_ns_t ns, const char *path, GArray *steps)
{
    char **parts = g_strsplit (path, "/", -1);
    gboolean ok = TRUE;
    for (char **p = parts; ok && *p; p++) {
        char *colon = strchr (*p, ':');
        step_t s = { "", NULL };
        if (colon) {
            gsize plen = (gsize) (colon - *p);
            s.uri = NULL;
            for (int i = 0; ns[i]; i += 2)
                if (strlen (ns[i]) == plen && strncmp (ns[i], *p, plen) == 0)
                    s.uri = ns[i + 1];
            if (!s.uri) {
                g_critical ("xml path %s: unknown prefix", path);
                ok = FALSE;
                break;
            }
        }
        s.local = g_strdup (colon ? colon + 1 : *p);
        g_array_append_val (steps, s);
    }
    g_strfreev (parts);
    return ok;
}

static void
steps_free (GArray *steps)
{
    for (guint i = 0; i < steps->len; i++)
        g_free (g_array_index (steps, step_t, i).local);
    g_array_free (steps, TRUE);
}

/* Depth-first over matching children; stops at the first hit unless all. */
static gboolean
walk (xmlNodePtr node, GArray *steps, guint k, GPtrArray *out, gboolean all)
{
    step_t *s;
    if (k == steps->len) {
        g_ptr_array_add (out, node);
        return !all;
    }
    s = &g_array_index (steps, step_t, k);
    for (xmlNodePtr ch = node->children; ch; ch = ch->next)
        if (rf_xml_is (ch, s->uri, s->local) && walk (ch, steps, k + 1, out, all))
            return TRUE;
    return FALSE;
}

static GPtrArray *
find (xmlNodePtr node, rf_xml_ns_t ns, const char *path, gboolean all)
{
    GArray *steps = g_array_new (FALSE, FALSE, sizeof (step_t));
    GPtrArray *out = g_ptr_array_new ();
    if (node && parse_path (ns, path, steps))
        walk (node, steps, 0, out, all);
    steps_free (steps);
    return out;
}

xmlNodePtr
rf_xml_find (xmlNodePtr node, rf_xml_ns_t ns, const char *path)
{
    GPtrArray *hits = find (node, ns, path, FALSE);
    xmlNodePtr n = hits->len ? g_ptr_array_index (hits, 0) : NULL;
    g_ptr_array_unref (hits);
    return n;
}

GPtrArray *
rf_xml_find_all (xmlNodePtr node, rf_xml_ns_t ns, const char *path)
{
    return find (node, ns, path, TRUE);
}

char *
rf_xml_text (xmlNodePtr node)
{
    xmlChar *v;
    char *s;
    if (!node)
        return NULL;
    v = xmlNodeGetContent (node);
    if (!v)
        return NULL;
    s = g_strstrip (g_strdup ((const char *) v));
    xmlFree (v);
    if (!*s) {
        g_free (s);
        return NULL;
    }
    return s;
}

char *
rf_xml_path_text (xmlNodePtr node, rf_xml_ns_t ns, const char *path)
{
    return rf_xml_text (rf_xml_find (node, ns, path));
}

char *
rf_xml_attr (xmlNodePtr node, const char *name)
{
    xmlChar *v;
    char *s;
    if (!node)
        return NULL;
    v = xmlGetNoNsProp (node, (const xmlChar *) name);
    if (!v)
        return NULL;
    s = g_strstrip (g_strdup ((const char *) v));
    xmlFree (v);
    if (!*s) {
        g_free (s);
        return NULL;
    }
    return s;
}
