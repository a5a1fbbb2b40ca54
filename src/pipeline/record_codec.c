/* record_codec.c - length-prefixed fields in a fixed order. Both ends are
 * the same binary, so there is no versioning: only framing. The body does
 * not cross: the worker has already analysed it, and the writer stores only
 * its size (a decoded record's body is NULL). */
#include "config.h"
#include "pipeline/record_codec.h"
#include "pipeline/text_analysis.h"
#include "pipeline/mail_docs.h"

#include <string.h>

static void
put_u32 (GByteArray *o, guint32 v)
{
    g_byte_array_append (o, (const guint8 *) &v, sizeof v);
}

static void
put_i64 (GByteArray *o, gint64 v)
{
    g_byte_array_append (o, (const guint8 *) &v, sizeof v);
}

/* Strings: length + 1 (0 means NULL), then the bytes. */
static void
put_str (GByteArray *o, const char *s)
{
    guint32 n = s ? (guint32) strlen (s) + 1 : 0;
    put_u32 (o, n);
    if (n > 1)
        g_byte_array_append (o, (const guint8 *) s, n - 1);
}

static void
put_strv (GByteArray *o, GPtrArray *a)
{
    put_u32 (o, a->len);
    for (guint i = 0; i < a->len; i++)
        put_str (o, a->pdata[i]);
}

/* Bytes that may hold NULs (an XML in UTF-16): present flag, length, data. */
static void
put_bytes (GByteArray *o, GBytes *b)
{
    gsize n = 0;
    const guint8 *d = b ? g_bytes_get_data (b, &n) : NULL;
    put_u32 (o, b != NULL);
    if (!b)
        return;
    put_i64 (o, (gint64) n);
    if (n)
        g_byte_array_append (o, d, (guint) n);
}

/* The documents: count (0 for none), then each one's fields. */
static void
put_docs (GByteArray *o, GPtrArray *docs)
{
    put_u32 (o, docs ? docs->len : 0);
    for (guint i = 0; docs && i < docs->len; i++) {
        const rf_mail_doc_t *d = docs->pdata[i];
        put_str (o, d->name);
        put_str (o, d->sha256);
        put_u32 (o, (guint32) d->pdf);
        put_str (o, d->inner);
        put_bytes (o, d->xml);
        put_str (o, d->reason);
    }
}

typedef struct {
    const guint8 *p, *end;
    gboolean ok;
} reader_t;

static gboolean
take (reader_t *r, void *dst, gsize n)
{
    if (!r->ok || (gsize) (r->end - r->p) < n)
        return r->ok = FALSE;
    memcpy (dst, r->p, n);
    r->p += n;
    return TRUE;
}

static guint32
get_u32 (reader_t *r)
{
    guint32 v = 0;
    take (r, &v, sizeof v);
    return v;
}

static gint64
get_i64 (reader_t *r)
{
    gint64 v = 0;
    take (r, &v, sizeof v);
    return v;
}

static char *
get_str (reader_t *r)
{
    guint32 n = get_u32 (r);
    char *s;
    if (!r->ok || n == 0)
        return NULL;
    if ((gsize) (r->end - r->p) < n - 1) {
        r->ok = FALSE;
        return NULL;
    }
    s = g_strndup ((const char *) r->p, n - 1);
    r->p += n - 1;
    return s;
}

static GPtrArray *
get_strv (reader_t *r)
{
    GPtrArray *a = g_ptr_array_new_with_free_func (g_free);
    guint32 n = get_u32 (r);
    for (guint32 i = 0; r->ok && i < n; i++) {
        char *s = get_str (r);
        g_ptr_array_add (a, s ? s : g_strdup (""));
    }
    return a;
}

static GBytes *
get_bytes (reader_t *r)
{
    gint64 n;
    GBytes *b;
    if (!get_u32 (r))
        return NULL;
    n = get_i64 (r);
    if (!r->ok || n < 0 || (gsize) (r->end - r->p) < (guint64) n) {
        r->ok = FALSE;
        return NULL;
    }
    b = g_bytes_new (r->p, (gsize) n);
    r->p += n;
    return b;
}

static GPtrArray *
get_docs (reader_t *r)
{
    guint32 n = get_u32 (r);
    GPtrArray *docs;
    if (!r->ok || n == 0)
        return NULL;
    docs = g_ptr_array_new_with_free_func (rf_mail_doc_free);
    for (guint32 i = 0; r->ok && i < n; i++) {
        rf_mail_doc_t *d = g_new0 (rf_mail_doc_t, 1);
        d->name = get_str (r);
        d->sha256 = get_str (r);
        d->pdf = get_u32 (r) != 0;
        d->inner = get_str (r);
        d->xml = get_bytes (r);
        d->reason = get_str (r);
        g_ptr_array_add (docs, d);
    }
    return docs;
}

static const char *
intern_lang (const char *s)
{
    return s ? g_intern_string (s) : NULL;
}

void
rf_record_encode (const rf_parse_result_t *res, GByteArray *o)
{
    const rf_mail_record_t *m = res->record;
    double shout = m ? m->shout_ratio : 0;
    put_u32 (o, (guint32) res->status);
    put_str (o, res->reason);
    put_str (o, res->path);
    put_u32 (o, (guint32) res->read_errno);
    put_str (o, res->ident);
    put_docs (o, res->docs);
    put_u32 (o, m != NULL);
    if (!m)
        return;
    put_str (o, m->message_id);
    put_u32 (o, (guint32) m->synthetic_id);
    put_i64 (o, m->date_utc);
    put_i64 (o, m->tz_offset_min);
    put_u32 (o, (guint32) m->date_source);
    put_str (o, m->from_addr);
    put_str (o, m->from_name);
    put_strv (o, m->to);
    put_strv (o, m->cc);
    put_str (o, m->in_reply_to);
    put_strv (o, m->references);
    put_str (o, m->subject);
    put_str (o, m->norm_subject);
    put_str (o, m->auto_reason);
    /* The text was analysed in the worker: only its size crosses. */
    put_i64 (o, (gint64) m->body_len);
    put_i64 (o, m->body_chars);
    put_u32 (o, (guint32) m->html_only);
    put_i64 (o, m->size_bytes);
    put_str (o, m->warnings);
    put_str (o, m->lang);
    g_byte_array_append (o, (const guint8 *) &shout, sizeof shout);
    put_u32 (o, (guint32) m->exclaim_bursts);
    rf_text_analysis_encode_hits (m->marker_hits, o);
    rf_text_analysis_encode_totals (m->marker_totals, o);
}

gboolean
rf_record_decode (const guint8 *data, gsize len, rf_parse_result_t *res)
{
    reader_t r = { data, data + len, TRUE };
    rf_mail_record_t *m;
    char *lang;

    res->status = (rf_parse_status_t) get_u32 (&r);
    res->reason = get_str (&r);
    res->path = get_str (&r);
    res->read_errno = (int) get_u32 (&r);
    res->ident = get_str (&r);
    res->docs = get_docs (&r);
    res->record = NULL;
    if (!get_u32 (&r))
        return r.ok;
    m = g_new0 (rf_mail_record_t, 1);
    res->record = m;
    m->message_id = get_str (&r);
    m->synthetic_id = get_u32 (&r);
    m->date_utc = get_i64 (&r);
    m->tz_offset_min = (int) get_i64 (&r);
    m->date_source = (rf_date_source_t) get_u32 (&r);
    m->from_addr = get_str (&r);
    m->from_name = get_str (&r);
    m->to = get_strv (&r);
    m->cc = get_strv (&r);
    m->in_reply_to = get_str (&r);
    m->references = get_strv (&r);
    m->subject = get_str (&r);
    m->norm_subject = get_str (&r);
    m->auto_reason = get_str (&r);
    m->body_len = (gsize) get_i64 (&r);
    m->body_chars = (glong) get_i64 (&r);
    m->html_only = get_u32 (&r);
    m->size_bytes = get_i64 (&r);
    m->warnings = get_str (&r);
    lang = get_str (&r);
    m->lang = intern_lang (lang);
    g_free (lang);
    take (&r, &m->shout_ratio, sizeof m->shout_ratio);
    m->exclaim_bursts = (int) get_u32 (&r);
    m->marker_hits = rf_text_analysis_decode_hits (&r.p, r.end, &r.ok);
    m->marker_totals = rf_text_analysis_decode_totals (&r.p, r.end, &r.ok);
    if (!m->message_id)
        r.ok = FALSE;
    return r.ok && r.p == r.end;
}
