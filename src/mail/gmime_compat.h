/* gmime_compat.h - work-arounds for bugs in the GMime version we build on.
 *
 * GMime 3.2.13 (Debian 12) decodes consecutive B-encoded words of RFC 2047
 * wrongly: "=?UTF-8?B?SGVsbG8=?= =?UTF-8?B?IHdvcmxk?=" becomes "Hello"
 * (fixed upstream in 3.2.14). We decode encoded words ourselves. */
#ifndef RF_GMIME_COMPAT_H
#define RF_GMIME_COMPAT_H

#include <glib.h>
#include <gmime/gmime.h>

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeMessage, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeParser, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeStream, g_object_unref)

/* Decode an unstructured header value (RFC 2047 encoded words, raw 8-bit
 * text read as UTF-8 or else Windows-1252), unfolded. Always valid UTF-8.
 * (g_free) */
char *rf_header_decode (const char *raw);

/* Convert bytes in the given charset (NULL: unknown) to valid UTF-8; data
 * may be NULL when len is 0 (an empty part). (g_free) */
char *rf_to_utf8 (const char *data, gssize len, const char *charset);

#endif
