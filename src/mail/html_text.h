/* html_text.h - the readable text of an HTML body. */
#ifndef RF_HTML_TEXT_H
#define RF_HTML_TEXT_H

#include <glib.h>

/* Text of a UTF-8 HTML document: script, style and head are left out, and
 * so are quoted replies (blockquote, Gmail's gmail_quote, Outlook's
 * divRplyFwdMsg and everything after it); block elements end lines, and
 * non-breaking spaces become spaces. Never NULL. (g_free) */
char *rf_html_to_text (const char *html, gsize len);

#endif
