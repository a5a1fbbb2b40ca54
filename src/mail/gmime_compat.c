/* gmime_compat.c - our own RFC 2047 decoder and charset fallback. */
#include "config.h"
#include "mail/gmime_compat.h"

#include <string.h>

char *
rf_to_utf8 (const char *data, gssize len, const char *charset)
{
    /* An empty part's bytes may be NULL: memcpy must not be given it. */
    gsize n = !data ? 0 : len < 0 ? strlen (data) : (gsize) len;
    /* Bodies may hold NUL bytes; they would cut C strings short later. */
    char *copy = g_malloc (n + 1), *out = NULL;
    if (n > 0)
        memcpy (copy, data, n);
    copy[n] = '\0';
    for (gsize i = 0; i < n; i++)
        if (copy[i] == '\0')
            copy[i] = ' ';

    if (charset && g_ascii_strcasecmp (charset, "utf-8") && g_ascii_strcasecmp (charset, "us-ascii"))
        out = g_convert_with_fallback (copy, (gssize) n, "UTF-8", charset, "?", NULL, NULL, NULL);
    if (!out && g_utf8_validate (copy, (gssize) n, NULL))
        out = g_strdup (copy);
    /* "The charset specified may be incorrect": Windows-1252 is the usual truth. */
    if (!out)
        out = g_convert (copy, (gssize) n, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
    if (!out)
        out = g_utf8_make_valid (copy, (gssize) n);
    g_free (copy);
    return out;
}

static char *
decode_q (const char *s, gsize len, gsize *out_len)
{
    char *out = g_malloc (len + 1), *o = out;
    for (gsize i = 0; i < len; i++) {
        if (s[i] == '_') {
            *o++ = ' ';
        } else if (s[i] == '=' && i + 2 < len && g_ascii_isxdigit (s[i + 1]) && g_ascii_isxdigit (s[i + 2])) {
            *o++ = (char) (g_ascii_xdigit_value (s[i + 1]) * 16 + g_ascii_xdigit_value (s[i + 2]));
            i += 2;
        } else {
            *o++ = s[i];
        }
    }
    *o = '\0';
    *out_len = (gsize) (o - out);
    return out;
}

/* Try to decode one encoded word "=?charset?X?text?=" at p. On success
 * append the UTF-8 text to out, set *end past the word and return TRUE. */
static gboolean
decode_word (const char *p, GString *out, const char **end)
{
    const char *cs, *enc, *text, *close;
    char *charset, *bytes, *utf8, *star;
    gsize n = 0;

    if (p[0] != '=' || p[1] != '?')
        return FALSE;
    cs = p + 2;
    enc = strchr (cs, '?');
    if (!enc || !enc[1] || enc[2] != '?')
        return FALSE;
    text = enc + 3;
    close = strstr (text, "?=");
    if (!close || memchr (text, ' ', (size_t) (close - text)))
        return FALSE;
    charset = g_strndup (cs, (gsize) (enc - cs));
    if ((star = strchr (charset, '*')))   /* RFC 2231 language suffix */
        *star = '\0';
    if (enc[1] == 'B' || enc[1] == 'b') {
        char *b64 = g_strndup (text, (gsize) (close - text));
        bytes = (char *) g_base64_decode (b64, &n);
        g_free (b64);
        bytes = g_realloc (bytes, n + 1);
        bytes[n] = '\0';
    } else if (enc[1] == 'Q' || enc[1] == 'q') {
        bytes = decode_q (text, (gsize) (close - text), &n);
    } else {
        g_free (charset);
        return FALSE;
    }
    utf8 = rf_to_utf8 (bytes, (gssize) n, charset);
    g_string_append (out, utf8);
    g_free (utf8);
    g_free (bytes);
    g_free (charset);
    *end = close + 2;
    return TRUE;
}

char *
rf_header_decode (const char *raw)
{
    GString *out = g_string_new (NULL);
    const char *p = raw, *end;
    gboolean last_was_word = FALSE;

    while (p && *p) {
        if (decode_word (p, out, &end)) {
            p = end;
            last_was_word = TRUE;
            continue;
        }
        if (g_ascii_isspace (*p)) {
            /* White space between two encoded words is not part of the text. */
            const char *q = p;
            while (*q && g_ascii_isspace (*q))
                q++;
            if (last_was_word && q[0] == '=' && q[1] == '?') {
                gsize before = out->len;
                if (decode_word (q, out, &end)) {
                    p = end;
                    continue;
                }
                g_string_truncate (out, before);
            }
            if (out->len && out->str[out->len - 1] != ' ')
                g_string_append_c (out, ' ');
            p = q;
            last_was_word = FALSE;
            continue;
        }
        g_string_append_c (out, *p++);
        last_was_word = FALSE;
    }
    {
        char *raw_text = g_string_free (out, FALSE);
        char *valid = rf_to_utf8 (raw_text, -1, NULL);
        g_free (raw_text);
        return g_strstrip (valid);
    }
}
