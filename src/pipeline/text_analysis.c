/* text_analysis.c - language, shouting and markers for one parsed message. */
#include "config.h"
#include "pipeline/text_analysis.h"
#include "pipeline/marker_cap.h"
#include "markers/lang_detect.h"
#include "markers/markers.h"
#include "markers/text_stats.h"

#include <string.h>

struct rf_text_analysis {
    rf_markers_t *markers;   /* NULL without a pattern directory */
};

rf_text_analysis_t *
rf_text_analysis_new (const char *builtin_dir, const char *user_dir, GError **err)
{
    rf_text_analysis_t *ta = g_new0 (rf_text_analysis_t, 1);
    if (builtin_dir && !(ta->markers = rf_markers_load (builtin_dir, user_dir, err))) {
        g_free (ta);
        return NULL;
    }
    return ta;
}

void
rf_text_analysis_free (rf_text_analysis_t *ta)
{
    if (!ta)
        return;
    rf_markers_free (ta->markers);
    g_free (ta);
}

/* Only the first RF_MARKER_TEXT_MAX bytes of the text are read, and each
 * category keeps its first RF_MARKER_HITS_KEPT hits (marker_cap.h). */
void
rf_text_analysis_apply (const rf_text_analysis_t *ta, rf_mail_record_t *rec)
{
    const char *body = rec->body ? rec->body : "";
    gsize len = rf_marker_text_len (body, strlen (body));
    rec->lang = rf_lang_detect (body, len);
    rf_text_stats (body, len, &rec->shout_ratio, &rec->exclaim_bursts);
    if (ta->markers) {
        rec->marker_hits = rf_markers_scan (ta->markers, body, len, rec->lang);
        rec->marker_totals = rf_marker_cap_hits (rec->marker_hits);
    }
}

const char *
rf_text_analysis_digest (const rf_text_analysis_t *ta)
{
    return ta->markers ? rf_markers_digest (ta->markers) : "";
}

static void
put_str (GByteArray *o, const char *s)
{
    guint32 n = s ? (guint32) strlen (s) : 0;
    g_byte_array_append (o, (const guint8 *) &n, sizeof n);
    g_byte_array_append (o, (const guint8 *) s, n);
}

void
rf_text_analysis_encode_hits (const GPtrArray *hits, GByteArray *out)
{
    guint32 n = hits ? hits->len : 0;
    g_byte_array_append (out, (const guint8 *) &n, sizeof n);
    for (guint32 i = 0; i < n; i++) {
        const rf_marker_hit_t *h = hits->pdata[i];
        gint64 offset = h->offset;
        put_str (out, h->category);
        put_str (out, h->pattern_id);
        put_str (out, h->lang);
        put_str (out, h->matched);
        put_str (out, h->snippet);
        g_byte_array_append (out, (const guint8 *) &h->weight, sizeof h->weight);
        g_byte_array_append (out, (const guint8 *) &offset, sizeof offset);
    }
}

static gboolean
take (const guint8 **p, const guint8 *end, void *dst, gsize n)
{
    if ((gsize) (end - *p) < n)
        return FALSE;
    memcpy (dst, *p, n);
    *p += n;
    return TRUE;
}

static char *
get_str (const guint8 **p, const guint8 *end, gboolean *ok)
{
    guint32 n = 0;
    char *s;
    if (!*ok || !take (p, end, &n, sizeof n) || (gsize) (end - *p) < n) {
        *ok = FALSE;
        return g_strdup ("");
    }
    s = g_strndup ((const char *) *p, n);
    *p += n;
    return s;
}

void
rf_text_analysis_encode_totals (const GPtrArray *totals, GByteArray *out)
{
    guint32 n = totals ? totals->len : 0;
    g_byte_array_append (out, (const guint8 *) &n, sizeof n);
    for (guint32 i = 0; i < n; i++) {
        const rf_marker_total_t *t = totals->pdata[i];
        put_str (out, t->category);
        g_byte_array_append (out, (const guint8 *) &t->hits, sizeof t->hits);
    }
}

GPtrArray *
rf_text_analysis_decode_totals (const guint8 **p, const guint8 *end, gboolean *ok)
{
    guint32 n = 0;
    GPtrArray *totals;
    if (!*ok || !take (p, end, &n, sizeof n)) {
        *ok = FALSE;
        return NULL;
    }
    if (n == 0)
        return NULL;
    totals = g_ptr_array_new_with_free_func (rf_marker_total_free);
    for (guint32 i = 0; *ok && i < n; i++) {
        rf_marker_total_t *t = g_new0 (rf_marker_total_t, 1);
        t->category = get_str (p, end, ok);
        *ok = *ok && take (p, end, &t->hits, sizeof t->hits);
        g_ptr_array_add (totals, t);
    }
    return totals;
}

GPtrArray *
rf_text_analysis_decode_hits (const guint8 **p, const guint8 *end, gboolean *ok)
{
    guint32 n = 0;
    GPtrArray *hits;
    if (!*ok || !take (p, end, &n, sizeof n)) {
        *ok = FALSE;
        return NULL;
    }
    hits = g_ptr_array_new_with_free_func ((GDestroyNotify) rf_marker_hit_free);
    for (guint32 i = 0; *ok && i < n; i++) {
        rf_marker_hit_t *h = g_new0 (rf_marker_hit_t, 1);
        gint64 offset = 0;
        char *lang;
        h->category = get_str (p, end, ok);
        h->pattern_id = get_str (p, end, ok);
        lang = get_str (p, end, ok);
        g_strlcpy (h->lang, lang, sizeof h->lang);
        g_free (lang);
        h->matched = get_str (p, end, ok);
        h->snippet = get_str (p, end, ok);
        *ok = *ok && take (p, end, &h->weight, sizeof h->weight) && take (p, end, &offset, sizeof offset);
        h->offset = (glong) offset;
        g_ptr_array_add (hits, h);
    }
    return hits;
}
