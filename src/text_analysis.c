/* text_analysis.c - language, shouting and markers for one parsed message. */
#include "config.h"
#include "text_analysis.h"

#include <string.h>

struct rf_text_analysis {
    int unused;
};

rf_text_analysis_t *
rf_text_analysis_new (const char *builtin_dir, const char *user_dir, GError **err)
{
    return g_new0 (rf_text_analysis_t, 1);
}

void
rf_text_analysis_free (rf_text_analysis_t *ta)
{
    g_free (ta);
}

void
rf_text_analysis_apply (const rf_text_analysis_t *ta, rf_mail_record_t *rec)
{
}

const char *
rf_text_analysis_digest (const rf_text_analysis_t *ta)
{
    return "";
}

void
rf_text_analysis_encode_hits (const GPtrArray *hits, GByteArray *out)
{
    guint32 n = 0;
    g_byte_array_append (out, (const guint8 *) &n, sizeof n);
}

GPtrArray *
rf_text_analysis_decode_hits (const guint8 **p, const guint8 *end, gboolean *ok)
{
    guint32 n = 0;
    if (!*ok || (gsize) (end - *p) < sizeof n) {
        *ok = FALSE;
        return NULL;
    }
    memcpy (&n, *p, sizeof n);
    *p += sizeof n;
    *ok = *ok && n == 0;
    return NULL;
}
