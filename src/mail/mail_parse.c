/* mail_parse.c - one message's bytes to an rf_mail_record_t with GMime 3. */
#include "config.h"
#include "mail/mail_parse.h"
#include "mail/mail_attachments.h"
#include "mail/body_clean.h"
#include "mail/mail_address.h"
#include "mail/gmime_compat.h"
#include "mail/html_text.h"
#include "base/util.h"

#include <string.h>

#define MAX_PART_DEPTH 32
/* Dates before this are impossible for business mail (1980-01-01). */
#define EARLIEST_DATE G_GINT64_CONSTANT (315532800)

const char *
rf_parse_status_to_string (rf_parse_status_t s)
{
    switch (s) {
    case RF_PARSE_OK: return "ok";
    case RF_PARSE_EMPTY: return "empty file";
    case RF_PARSE_NOT_MAIL: return "not a mail message (no From, Date or Message-ID header)";
    case RF_PARSE_BINARY: return "binary data (NUL bytes) in the header block";
    }
    return "unknown";
}

void
rf_mail_parse_init (void)
{
}

void
rf_mail_parse_shutdown (void)
{
}

static const char *
warning_name (GMimeParserWarning w)
{
    switch (w) {
    case GMIME_WARN_DUPLICATED_HEADER: return "duplicated-header";
    case GMIME_WARN_DUPLICATED_PARAMETER: return "duplicated-parameter";
    case GMIME_WARN_UNENCODED_8BIT_HEADER: return "unencoded-8bit-header";
    case GMIME_WARN_INVALID_CONTENT_TYPE: return "invalid-content-type";
    case GMIME_WARN_INVALID_RFC2047_HEADER_VALUE: return "invalid-rfc2047-header";
    case GMIME_WARN_MALFORMED_MULTIPART: return "malformed-multipart";
    case GMIME_WARN_TRUNCATED_MESSAGE: return "truncated-message";
    case GMIME_WARN_MALFORMED_MESSAGE: return "malformed-message";
    case GMIME_CRIT_INVALID_HEADER_NAME: return "invalid-header-name";
    case GMIME_CRIT_CONFLICTING_HEADER: return "conflicting-header";
    case GMIME_CRIT_CONFLICTING_PARAMETER: return "conflicting-parameter";
    case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY: return "multipart-without-boundary";
    case GMIME_WARN_INVALID_PARAMETER: return "invalid-parameter";
    case GMIME_WARN_INVALID_ADDRESS_LIST: return "invalid-address-list";
    case GMIME_CRIT_NESTING_OVERFLOW: return "nesting-overflow";
    case GMIME_WARN_PART_WITHOUT_CONTENT: return "part-without-content";
    case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT: return "part-without-headers-or-content";
    }
    return "unknown-warning";
}

/* Collects the symbolic names of the parser's warnings, once each. */
static void
on_warning (gint64 offset, GMimeParserWarning code, const gchar *item, gpointer data)
{
    GString *w = data;
    const char *name = warning_name (code);
    if (strstr (w->str, name))
        return;
    if (w->len)
        g_string_append_c (w, ',');
    g_string_append (w, name);
}

/* The header block: the bytes before the first empty line. */
static gsize
header_block_len (const char *data, gsize len)
{
    for (gsize i = 0; i + 1 < len; i++) {
        if (data[i] == '\n' && data[i + 1] == '\n')
            return i + 1;
        if (data[i] == '\n' && data[i + 1] == '\r' && i + 2 < len && data[i + 2] == '\n')
            return i + 1;
    }
    return len;
}

void
rf_mail_record_free (rf_mail_record_t *r)
{
    if (!r)
        return;
    g_free (r->message_id);
    g_free (r->from_addr);
    g_free (r->from_name);
    g_ptr_array_unref (r->to);
    g_ptr_array_unref (r->cc);
    g_free (r->in_reply_to);
    g_ptr_array_unref (r->references);
    g_free (r->subject);
    g_free (r->norm_subject);
    g_free (r->auto_reason);
    g_free (r->body);
    g_free (r->warnings);
    if (r->marker_hits)
        g_ptr_array_unref (r->marker_hits);
    if (r->marker_totals)
        g_ptr_array_unref (r->marker_totals);
    if (r->attachments)
        g_ptr_array_unref (r->attachments);
    g_free (r);
}

static void
collect_addresses (InternetAddressList *l, GPtrArray *out, int depth)
{
    int n = l ? internet_address_list_length (l) : 0;
    for (int i = 0; i < n; i++) {
        InternetAddress *ia = internet_address_list_get_address (l, i);
        if (INTERNET_ADDRESS_IS_MAILBOX (ia)) {
            const char *a = internet_address_mailbox_get_addr (INTERNET_ADDRESS_MAILBOX (ia));
            if (a && strchr (a, '@'))
                g_ptr_array_add (out, rf_addr_normalize (g_strdup (a)));
        } else if (INTERNET_ADDRESS_IS_GROUP (ia) && depth < 4) {
            collect_addresses (internet_address_group_get_members (INTERNET_ADDRESS_GROUP (ia)),
                               out, depth + 1);
        }
    }
}

/* Every address of the headers called name, entry by entry: GMime's
 * reading when it gives a mailbox with an '@', else the lenient one (GMime
 * refuses "f..brawner@enron.com" or "taro.@docomo.ne.jp" and drops them
 * from a list without a word). The first entry's display name goes to
 * *first_name when GMime could not read that entry. */
static void
read_addresses (GMimeMessage *m, const char *name, GPtrArray *out, char **first_name)
{
    GMimeHeaderList *hl = g_mime_object_get_header_list (GMIME_OBJECT (m));
    for (int i = 0; i < g_mime_header_list_get_count (hl); i++) {
        GMimeHeader *h = g_mime_header_list_get_header_at (hl, i);
        char **entries;
        if (g_ascii_strcasecmp (g_mime_header_get_name (h), name) != 0)
            continue;
        entries = rf_addr_list_split (g_mime_header_get_raw_value (h));
        for (char **e = entries; *e; e++) {
            InternetAddressList *l = internet_address_list_parse (NULL, *e);
            guint before = out->len;
            char *lenient;
            collect_addresses (l, out, 0);
            if (l)
                g_object_unref (l);
            if (out->len > before || !(lenient = rf_addr_lenient (*e)))
                continue;
            if (first_name && before == 0 && !*first_name) {
                char *raw_name = rf_addr_lenient_name (*e);
                *first_name = raw_name ? rf_header_decode (raw_name) : NULL;
                g_free (raw_name);
            }
            g_ptr_array_add (out, lenient);
        }
        g_strfreev (entries);
    }
}

static void
read_from (GMimeMessage *m, rf_mail_record_t *r)
{
    GPtrArray *a = g_ptr_array_new_with_free_func (g_free);
    InternetAddressList *l = g_mime_message_get_from (m);
    char *lenient_name = NULL;
    read_addresses (m, "From", a, &lenient_name);
    if (a->len)
        r->from_addr = g_strdup (a->pdata[0]);
    if (l && internet_address_list_length (l) > 0) {
        /* GMime's own decoding of the name loses consecutive B-words; parse
         * the raw header again after decoding it ourselves. */
        GMimeHeader *h = g_mime_header_list_get_header (g_mime_object_get_header_list (GMIME_OBJECT (m)), "From");
        const char *raw = h ? g_mime_header_get_raw_value (h) : NULL;
        char *decoded = raw ? rf_header_decode (raw) : NULL;
        InternetAddressList *again = decoded ? internet_address_list_parse (NULL, decoded) : NULL;
        const char *name = NULL;
        if (again && internet_address_list_length (again) > 0)
            name = internet_address_get_name (internet_address_list_get_address (again, 0));
        if (!name)
            name = internet_address_get_name (internet_address_list_get_address (l, 0));
        if (name && *name)
            r->from_name = rf_header_decode (name);
        if (again)
            g_object_unref (again);
        g_free (decoded);
    } else if (lenient_name && *lenient_name) {
        r->from_name = g_steal_pointer (&lenient_name);
    }
    g_free (lenient_name);
    g_ptr_array_unref (a);
}

static GMimeParserOptions *
parser_options (GString *warnings)
{
    GMimeParserOptions *po = g_mime_parser_options_new ();
    g_mime_parser_options_set_warning_callback (po, on_warning, warnings);
    return po;
}

static void
read_references (GMimeMessage *m, GMimeParserOptions *po, rf_mail_record_t *r)
{
    const char *irt = g_mime_object_get_header (GMIME_OBJECT (m), "In-Reply-To");
    const char *refs = g_mime_object_get_header (GMIME_OBJECT (m), "References");
    GMimeReferences *parsed;

    if (irt && (parsed = g_mime_references_parse (po, irt))) {
        if (g_mime_references_length (parsed) > 0)
            r->in_reply_to = g_strdup (g_mime_references_get_message_id (parsed, 0));
        g_mime_references_free (parsed);
    }
    if (refs && (parsed = g_mime_references_parse (po, refs))) {
        for (int i = 0; i < g_mime_references_length (parsed); i++) {
            const char *id = g_mime_references_get_message_id (parsed, i);
            if (id && *id)
                g_ptr_array_add (r->references, g_strdup (id));
        }
        g_mime_references_free (parsed);
    }
}

/* The date of a Received header: what follows its last ';'. */
static gint64
received_date (const char *value, gboolean *ok)
{
    const char *semi = value ? strrchr (value, ';') : NULL;
    GDateTime *dt;
    gint64 t = 0;
    *ok = FALSE;
    if (!semi)
        return 0;
    dt = g_mime_utils_header_decode_date (semi + 1);
    if (dt) {
        t = g_date_time_to_unix (dt);
        *ok = TRUE;
        g_date_time_unref (dt);
    }
    return t;
}

static gboolean
plausible (gint64 t, gint64 now)
{
    return t >= EARLIEST_DATE && t <= now + 86400;
}

static void
read_date (GMimeMessage *m, gint64 now, rf_mail_record_t *r)
{
    GDateTime *d = g_mime_message_get_date (m);   /* (transfer none) */
    GMimeHeaderList *hl;
    gint64 best = 0;
    gboolean found = FALSE;

    if (d && plausible (g_date_time_to_unix (d), now)) {
        r->date_utc = g_date_time_to_unix (d);
        r->tz_offset_min = (int) (g_date_time_get_utc_offset (d) / G_TIME_SPAN_MINUTE);
        r->date_source = RF_DATE_HEADER;
        return;
    }
    hl = g_mime_object_get_header_list (GMIME_OBJECT (m));
    for (int i = 0; i < g_mime_header_list_get_count (hl); i++) {
        GMimeHeader *h = g_mime_header_list_get_header_at (hl, i);
        gboolean ok;
        gint64 t;
        if (g_ascii_strcasecmp (g_mime_header_get_name (h), "Received") != 0)
            continue;
        t = received_date (g_mime_header_get_value (h), &ok);
        if (ok && plausible (t, now) && (!found || t > best)) {
            best = t;
            found = TRUE;
        }
    }
    r->date_source = found ? RF_DATE_RECEIVED : RF_DATE_NONE;
    r->date_utc = found ? best : 0;
    r->tz_offset_min = 0;
}

static char *
auto_reason (GMimeMessage *m)
{
    GMimeObject *o = GMIME_OBJECT (m);
    const char *v;
    if ((v = g_mime_object_get_header (o, "Auto-Submitted"))) {
        char *a = g_strstrip (g_ascii_strdown (v, -1));
        if (g_strcmp0 (a, "no") != 0) {
            char *r = g_strdup_printf ("auto-submitted: %s", a);
            g_free (a);
            return r;
        }
        g_free (a);
    }
    if ((v = g_mime_object_get_header (o, "Precedence"))) {
        char *p = g_ascii_strdown (v, -1);
        g_strstrip (p);
        if (!strcmp (p, "bulk") || !strcmp (p, "junk") || !strcmp (p, "list")) {
            char *r = g_strdup_printf ("precedence: %s", p);
            g_free (p);
            return r;
        }
        g_free (p);
    }
    if (g_mime_object_get_header (o, "X-Autoreply") || g_mime_object_get_header (o, "X-Autorespond"))
        return g_strdup ("x-autoreply");
    if (g_mime_object_get_header (o, "List-Id"))
        return g_strdup ("list-id");
    return NULL;
}

/* First text/plain and first text/html that are not attachments, without
 * descending into attached messages (their text is not the sender's). */
static void
find_text_parts (GMimeObject *o, GMimeObject **plain, GMimeObject **html, int depth)
{
    if (!o || depth > MAX_PART_DEPTH || (*plain && *html))
        return;
    if (GMIME_IS_MULTIPART (o)) {
        GMimeMultipart *mp = GMIME_MULTIPART (o);
        for (int i = 0; i < g_mime_multipart_get_count (mp); i++)
            find_text_parts (g_mime_multipart_get_part (mp, i), plain, html, depth + 1);
        return;
    }
    if (!GMIME_IS_TEXT_PART (o))
        return;
    {
        GMimeContentDisposition *cd = g_mime_object_get_content_disposition (o);
        GMimeContentType *ct = g_mime_object_get_content_type (o);
        if (cd && g_mime_content_disposition_is_attachment (cd))
            return;
        if (!*plain && g_mime_content_type_is_type (ct, "text", "plain"))
            *plain = o;
        else if (!*html && g_mime_content_type_is_type (ct, "text", "html"))
            *html = o;
    }
}

/* Text declared UTF-8 or ASCII (or not declared) that is valid UTF-8, as
 * rf_to_utf8 would give it (NUL bytes as spaces), but taken over from the
 * decoding stream rather than copied twice: a large body costs one copy.
 * NULL when the text needs converting. */
static char *
take_utf8 (GMimeStreamMem *mem, GByteArray *bytes, const char *charset)
{
    if (charset && g_ascii_strcasecmp (charset, "utf-8") && g_ascii_strcasecmp (charset, "us-ascii"))
        return NULL;
    for (guint i = 0; i < bytes->len; i++)
        if (bytes->data[i] == '\0')
            bytes->data[i] = ' ';
    if (!g_utf8_validate ((const char *) bytes->data, (gssize) bytes->len, NULL))
        return NULL;
    g_byte_array_append (bytes, (const guint8 *) "", 1);
    g_mime_stream_mem_set_owner (mem, FALSE);
    return (char *) g_byte_array_free (bytes, FALSE);
}

/* Decode a text part to valid UTF-8 whatever its declared charset. */
static char *
part_text (GMimeObject *o)
{
    GMimeDataWrapper *w = g_mime_part_get_content (GMIME_PART (o));
    GMimeStream *mem;
    GByteArray *bytes;
    const char *charset;
    char *text;

    if (!w)
        return g_strdup ("");
    /* Decode the transfer encoding ourselves and convert the charset with
     * a fallback, since GMime returns unconverted bytes for unknown charsets. */
    mem = g_mime_stream_mem_new ();
    g_mime_data_wrapper_write_to_stream (w, mem);
    bytes = g_mime_stream_mem_get_byte_array (GMIME_STREAM_MEM (mem));
    charset = g_mime_object_get_content_type_parameter (o, "charset");
    if ((text = take_utf8 (GMIME_STREAM_MEM (mem), bytes, charset))) {
        g_object_unref (mem);
        return text;
    }
    text = rf_to_utf8 ((const char *) bytes->data, (gssize) bytes->len, charset);
    g_object_unref (mem);
    return text;
}

/* mboxrd: a body line "From " was written as ">From ", ">From " as ">>From ". */
static void
unescape_from (char *text)
{
    char *w = text;
    gboolean line_start = TRUE;
    for (const char *r = text; *r;) {
        if (line_start && *r == '>') {
            const char *q = r;
            while (*q == '>')
                q++;
            if (g_str_has_prefix (q, "From "))
                r++;
        }
        line_start = (*r == '\n');
        *w++ = *r++;
    }
    *w = '\0';
}

static void
read_body (GMimeMessage *m, gboolean from_mbox, rf_mail_record_t *r)
{
    GMimeObject *plain = NULL, *html = NULL;
    char *raw = NULL;

    find_text_parts (g_mime_message_get_mime_part (m), &plain, &html, 0);
    if (plain) {
        raw = part_text (plain);
    } else if (html) {
        char *h = part_text (html);
        raw = rf_html_to_text (h, strlen (h));
        g_free (h);
        r->html_only = TRUE;
    }
    if (raw && from_mbox)
        unescape_from (raw);
    r->body = rf_body_clean_in_place (raw ? raw : g_strdup (""));
    r->body_len = strlen (r->body);
    r->body_chars = g_utf8_strlen (r->body, -1);
}

static char *
decoded_header (GMimeMessage *m, const char *name)
{
    GMimeHeaderList *hl = g_mime_object_get_header_list (GMIME_OBJECT (m));
    GMimeHeader *h = g_mime_header_list_get_header (hl, name);
    const char *raw = h ? g_mime_header_get_raw_value (h) : NULL;
    return raw ? rf_header_decode (raw) : NULL;
}

rf_parse_status_t
rf_mail_parse_message (GMimeMessage *m, gint64 raw_len, gint64 now, gboolean from_mbox,
                       rf_mail_record_t **out)
{
    GMimeObject *o = GMIME_OBJECT (m);
    rf_mail_record_t *r;
    const char *mid;
    GString *warnings = g_string_new (NULL);
    GMimeParserOptions *po = parser_options (warnings);

    *out = NULL;
    if (!g_mime_object_get_header (o, "From") && !g_mime_object_get_header (o, "Date")
        && !g_mime_object_get_header (o, "Message-ID")) {
        g_mime_parser_options_free (po);
        g_string_free (warnings, TRUE);
        return RF_PARSE_NOT_MAIL;
    }
    r = g_new0 (rf_mail_record_t, 1);
    r->to = g_ptr_array_new_with_free_func (g_free);
    r->cc = g_ptr_array_new_with_free_func (g_free);
    r->references = g_ptr_array_new_with_free_func (g_free);
    r->size_bytes = raw_len;

    mid = g_mime_message_get_message_id (m);
    if (mid && *mid) {
        r->message_id = g_strdup (mid);
    } else {
        /* GMime's serialization of the header block, so the same message
         * gets the same id in a Maildir file and in an mbox. */
        char *headers = g_mime_object_get_headers (o, NULL);
        char *h = rf_sha256_hex (headers, strlen (headers));
        h[32] = '\0';
        g_free (headers);
        r->message_id = g_strdup_printf ("sha256-%s@redflag.invalid", h);
        r->synthetic_id = TRUE;
        g_free (h);
    }
    read_date (m, now, r);
    read_from (m, r);
    read_addresses (m, "To", r->to, NULL);
    read_addresses (m, "Cc", r->cc, NULL);
    read_references (m, po, r);
    r->subject = decoded_header (m, "Subject");
    r->norm_subject = rf_normalize_subject (r->subject);
    r->auto_reason = auto_reason (m);
    read_body (m, from_mbox, r);
    r->attachments = rf_mail_attachments (m);
    r->warnings = warnings->len ? g_strdup (warnings->str) : NULL;
    g_string_free (warnings, TRUE);
    g_mime_parser_options_free (po);
    *out = r;
    return RF_PARSE_OK;
}

rf_parse_status_t
rf_mail_parse_buffer (const char *data, gsize len, gint64 now, rf_mail_record_t **out)
{
    GString *warnings;
    GMimeParserOptions *po;
    GMimeStream *stream;
    GMimeParser *parser;
    GMimeMessage *m;
    GByteArray *ba;
    gsize hlen;
    rf_parse_status_t status;

    *out = NULL;
    if (len == 0)
        return RF_PARSE_EMPTY;
    hlen = header_block_len (data, len);
    if (memchr (data, '\0', hlen))
        return RF_PARSE_BINARY;

    /* Parse straight from the caller's buffer: the stream does not own it. */
    ba = g_byte_array_new_take ((guint8 *) data, len);
    stream = g_mime_stream_mem_new_with_byte_array (ba);
    g_mime_stream_mem_set_owner (GMIME_STREAM_MEM (stream), FALSE);
    parser = g_mime_parser_new_with_stream (stream);
    g_object_unref (stream);
    warnings = g_string_new (NULL);
    po = parser_options (warnings);
    m = g_mime_parser_construct_message (parser, po);
    g_object_unref (parser);
    if (!m) {
        status = RF_PARSE_NOT_MAIL;
    } else {
        status = rf_mail_parse_message (m, (gint64) len, now, FALSE, out);
        if (*out && warnings->len) {
            /* Structural warnings come from the parse above. */
            char *all = (*out)->warnings ? g_strconcat (warnings->str, ",", (*out)->warnings, NULL)
                                         : g_strdup (warnings->str);
            g_free ((*out)->warnings);
            (*out)->warnings = all;
        }
        g_object_unref (m);
    }
    g_mime_parser_options_free (po);
    g_string_free (warnings, TRUE);
    g_byte_array_free (ba, FALSE);
    return status;
}

static gboolean
strip_prefix (char **s)
{
    static const char *const prefixes[] = { "re:", "re :", "fwd:", "fwd :", "fw:", "fw :", "tr:", "tr :",
                                            "rv:", "rv :", "aw:", "wg:", "réf.:", "réf. :", "ref:", "ref :", "r:" };
    char *p = *s;
    while (*p == ' ')
        p++;
    if (*p == '[') {
        char *close = strchr (p, ']');
        if (close) {
            *s = close + 1;
            return TRUE;
        }
    }
    for (size_t i = 0; i < G_N_ELEMENTS (prefixes); i++) {
        if (g_str_has_prefix (p, prefixes[i])) {
            *s = p + strlen (prefixes[i]);
            return TRUE;
        }
    }
    *s = p;
    return FALSE;
}

/* Forward prefixes, lower case: en fw/fwd, fr tr, es rv, de wg, pt enc,
 * it i, nl doorst, da/no vs, sv vb, fi vl, pl pd, hu tov. */
static const char *const forward_words[] = { "fw", "fwd", "tr", "rv", "wg", "enc", "doorst", "i", "vs",
                                             "vb", "vl", "pd", "tov" };

gboolean
rf_subject_is_forward (const char *subject)
{
    const char *p = subject;
    /* Past the [tags] in front: the first prefix decides. The words are
     * ASCII, so no lower-cased copy is needed (this runs per message). */
    while (p) {
        while (g_ascii_isspace (*p))
            p++;
        if (*p != '[' || !strchr (p, ']'))
            break;
        p = strchr (p, ']') + 1;
    }
    for (size_t i = 0; p && i < G_N_ELEMENTS (forward_words); i++) {
        size_t n = strlen (forward_words[i]);
        const char *q = p + n;
        if (g_ascii_strncasecmp (p, forward_words[i], n) != 0)
            continue;
        while (*q == ' ' || *q == '\t')
            q++;
        if (*q == ':')
            return TRUE;
    }
    return FALSE;
}

char *
rf_normalize_subject (const char *subject)
{
    char *lower, *p, *out;
    GString *folded;
    if (!subject)
        return g_strdup ("");
    lower = g_utf8_strdown (subject, -1);
    p = lower;
    while (strip_prefix (&p))
        ;
    folded = g_string_new (NULL);
    for (; *p; p++) {
        if (g_ascii_isspace (*p)) {
            if (folded->len && folded->str[folded->len - 1] != ' ')
                g_string_append_c (folded, ' ');
        } else {
            g_string_append_c (folded, *p);
        }
    }
    while (folded->len && folded->str[folded->len - 1] == ' ')
        g_string_truncate (folded, folded->len - 1);
    out = g_string_free (folded, FALSE);
    g_free (lower);
    return out;
}
