/* invoice_pdf.c - find the invoice XML embedded in a PDF (Factur-X,
 * ZUGFeRD, XRechnung) with poppler-glib. The PDF itself is never rendered:
 * only its catalogue of embedded files is read. poppler-glib is opened when
 * the first PDF is read, not linked: its libraries would cost every run
 * their loading time, and most runs read no PDF. */
#include "config.h"
#include "money/invoice_pdf.h"
#include "base/lazy_lib.h"

#include <poppler.h>
#include <string.h>

/* The five functions used, typed as the header declares them. */
static struct {
    __typeof__ (poppler_document_new_from_bytes) *new_from_bytes;
    __typeof__ (poppler_document_get_attachments) *get_attachments;
    __typeof__ (poppler_attachment_get_name) *get_name;
    __typeof__ (poppler_attachment_save_to_callback) *save_to_callback;
    __typeof__ (poppler_error_quark) *error_quark;
    char *failure; /* why the library could not be opened */
} pop;

static gpointer
open_poppler (gpointer unused)
{
    const rf_lazy_symbol_t symbols[] = {
        { "poppler_document_new_from_bytes", (gpointer *) &pop.new_from_bytes },
        { "poppler_document_get_attachments", (gpointer *) &pop.get_attachments },
        { "poppler_attachment_get_name", (gpointer *) &pop.get_name },
        { "poppler_attachment_save_to_callback", (gpointer *) &pop.save_to_callback },
        { "poppler_error_quark", (gpointer *) &pop.error_quark },
    };
    (void) unused;
    pop.failure = rf_lazy_lib_open ("REDFLAG_POPPLER_GLIB", RF_POPPLER_GLIB_SONAME, symbols,
                                    G_N_ELEMENTS (symbols), "PDF invoices cannot be read", "libpoppler-glib8");
    return NULL;
}

/* TRUE when poppler-glib is there; else *reason says why not. */
static gboolean
have_poppler (char **reason)
{
    static GOnce once = G_ONCE_INIT;
    g_once (&once, open_poppler, NULL);
    if (pop.new_from_bytes)
        return TRUE;
    *reason = g_strdup (pop.failure);
    return FALSE;
}

/* The names the standards give the invoice file, best first. */
static const char *const known_names[] = {
    "factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml", "order-x.xml", NULL
};

gboolean
rf_pdf_sniff (const char *data, gsize len)
{
    gsize n = MIN (len, (gsize) 1024);
    for (gsize i = 0; i + 5 <= n; i++)
        if (memcmp (data + i, "%PDF-", 5) == 0)
            return TRUE;
    return FALSE;
}

/* Lower rank is better; G_MAXINT: not an XML file. */
static int
name_rank (const char *name)
{
    if (!name)
        return G_MAXINT;
    for (int i = 0; known_names[i]; i++)
        if (g_ascii_strcasecmp (name, known_names[i]) == 0)
            return i;
    {
        char *lower = g_ascii_strdown (name, -1);
        gboolean xml = g_str_has_suffix (lower, ".xml");
        g_free (lower);
        return xml ? 100 : G_MAXINT;
    }
}

typedef struct {
    GByteArray *out;
    gsize max;
} sink_t;

static gboolean
collect (const gchar *buf, gsize count, gpointer data, GError **error)
{
    sink_t *s = data;
    if (s->out->len + count > s->max) {
        g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC, "larger than the size limit");
        return FALSE;
    }
    g_byte_array_append (s->out, (const guint8 *) buf, (guint) count);
    return TRUE;
}

static PopplerDocument *
open_pdf (const char *data, gsize len, char **reason)
{
    GBytes *bytes = g_bytes_new (data, len);
    GError *err = NULL;
    PopplerDocument *doc = pop.new_from_bytes (bytes, NULL, &err);
    g_bytes_unref (bytes);
    if (!doc) {
        if (g_error_matches (err, pop.error_quark (), POPPLER_ERROR_ENCRYPTED))
            *reason = g_strdup ("encrypted PDF (a password is needed to read it); its invoice cannot be read");
        else
            *reason = g_strdup_printf ("malformed PDF: %s", err ? err->message : "cannot be opened");
        g_clear_error (&err);
    }
    return doc;
}

GBytes *
rf_pdf_invoice_xml (const char *data, gsize len, gsize max_bytes, char **name, char **reason)
{
    PopplerDocument *doc;
    GList *atts;
    PopplerAttachment *best = NULL;
    int best_rank = G_MAXINT;
    guint count = 0;
    GBytes *xml = NULL;

    *name = NULL;
    if (!have_poppler (reason) || !(doc = open_pdf (data, len, reason)))
        return NULL;
    atts = pop.get_attachments (doc);
    for (GList *l = atts; l; l = l->next, count++) {
        int r = name_rank (pop.get_name (l->data));
        if (r < best_rank) {
            best = l->data;
            best_rank = r;
        }
    }
    if (!count) {
        *reason = g_strdup ("PDF without an invoice: it has no embedded files (not Factur-X, ZUGFeRD or XRechnung)");
    } else if (!best) {
        *reason = g_strdup_printf ("PDF without an invoice: none of its %u embedded files is an XML file", count);
    } else {
        sink_t s = { g_byte_array_new (), max_bytes };
        GError *err = NULL;
        if (pop.save_to_callback (best, collect, &s, &err)) {
            xml = g_byte_array_free_to_bytes (s.out);
            *name = g_strdup (pop.get_name (best));
        } else {
            *reason = g_strdup_printf ("PDF: its embedded file '%s' cannot be read: %s",
                                       pop.get_name (best), err ? err->message : "");
            g_byte_array_unref (s.out);
            g_clear_error (&err);
        }
    }
    g_list_free_full (atts, g_object_unref);
    g_object_unref (doc);
    return xml;
}
