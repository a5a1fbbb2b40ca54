/* xml_safe.h - the one place libxml2 is set up for untrusted input, and
 * small namespace-aware helpers to read the resulting tree.
 *
 * Every invoice and statement is hostile until proven otherwise: documents
 * are parsed from memory, without network access, without loading a DTD,
 * without substituting entities, and a document whose DOCTYPE declares any
 * entity is refused before a single entity is expanded. Elements are found
 * by namespace URI and local name, never by prefix. */
#ifndef RF_XML_SAFE_H
#define RF_XML_SAFE_H

#include <glib.h>
#include <libxml/tree.h>

/* Documents larger than this are refused without being parsed. */
#define RF_XML_MAX_BYTES ((gsize) 64 * 1024 * 1024)

/* Documents with more elements than this are refused without being parsed:
 * the tree costs some 250 bytes an element, so this keeps it near 125 MB.
 * A monthly statement of a busy account holds a few thousand. */
#define RF_XML_MAX_ELEMENTS 500000

/* TRUE if the bytes look like XML: an optional byte-order mark (UTF-8, or
 * UTF-16 in either order) and white space, then '<'. Reads at most the
 * first 4 KiB. */
gboolean rf_xml_sniff (const char *data, gsize len);

/* Parse an untrusted document held in memory. max_bytes is the size limit
 * (RF_XML_MAX_BYTES normally; tests pass smaller ones). Returns the
 * document (xmlFreeDoc), or NULL with *reason set to a one-line reason
 * (g_free): too large, too many elements, not XML, malformed (with line),
 * entity declarations.
 * name is only used as the document URL; nothing is ever loaded from it. */
xmlDocPtr rf_xml_read (const char *data, gsize len, gsize max_bytes,
                       const char *name, char **reason);

/* A namespace map: pairs of prefix and URI, ended by NULL. The prefixes
 * are ours, used only to write paths; they need not match the document's. */
typedef const char *const rf_xml_ns_t[];

/* The first element below node matching the path "p:a/q:b/r:c" (each step
 * a child element with that namespace URI and local name; every branch is
 * searched). NULL when none. Borrowed from the document. */
xmlNodePtr rf_xml_find (xmlNodePtr node, rf_xml_ns_t ns, const char *path);

/* Every element matching the path, in document order (g_ptr_array_unref;
 * the nodes are borrowed). */
GPtrArray *rf_xml_find_all (xmlNodePtr node, rf_xml_ns_t ns, const char *path);

/* Text content of an element with leading and trailing white space
 * removed (g_free), or NULL if node is NULL or the text is empty. */
char *rf_xml_text (xmlNodePtr node);

/* rf_xml_text (rf_xml_find (node, ns, path)). */
char *rf_xml_path_text (xmlNodePtr node, rf_xml_ns_t ns, const char *path);

/* An attribute without namespace, trimmed (g_free), or NULL. */
char *rf_xml_attr (xmlNodePtr node, const char *name);

/* Namespace URI of an element, or "" when it has none. Borrowed. */
const char *rf_xml_ns_uri (xmlNodePtr node);

/* TRUE if node is an element with this namespace URI and local name. */
gboolean rf_xml_is (xmlNodePtr node, const char *uri, const char *local);

#endif
