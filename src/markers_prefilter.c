/* markers_prefilter.c - pick the patterns that may match a text (stub). */
#include "config.h"
#include "markers_p.h"

gunichar
rf_markers_fold_char (gunichar c)
{
    return g_unichar_tolower (c);
}

void
rf_markers_fold (GString *out, const char *text, gsize len)
{
    for (const char *p = text; p < text + len; p = g_utf8_next_char (p))
        g_string_append_unichar (out, rf_markers_fold_char (g_utf8_get_char (p)));
}

char **
rf_markers_regex_keys (const char *regex)
{
    return NULL;
}

rf_prefilter_t *
rf_prefilter_new (GPtrArray *patterns)
{
    return NULL;
}

void
rf_prefilter_free (rf_prefilter_t *p)
{
}

void
rf_prefilter_select (const rf_prefilter_t *p, const char *folded, gsize len, guint8 *sel)
{
    (void) sel;
}
