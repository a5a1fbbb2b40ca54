/* payment_ofx_p.h - the OFX reader's parts, shared between its files: the
 * tag reader that walks OFX 1.x SGML and OFX 2.x XML alike. */
#ifndef RF_PAYMENT_OFX_P_H
#define RF_PAYMENT_OFX_P_H

#include <glib.h>

/* One tag of the body. For a start tag, text is what follows it up to the
 * next tag (entities decoded, white space trimmed): in SGML the value of a
 * leaf element, whose end tag may be missing; empty for an aggregate. */
typedef struct {
    char name[33];        /* upper case; longer names are cut (no OFX tag is) */
    gboolean closing;     /* </NAME> */
    char *text;           /* start tags only; g_free */
    guint line;           /* where the tag starts, 1-based */
} rf_ofx_tag_t;

typedef struct {
    const char *p, *end;
    guint line;           /* of the current position, 1-based, for reasons */
} rf_ofx_lexer_t;

/* Start reading the body of an OFX file (text is UTF-8, NUL-terminated
 * at end). */
void rf_ofx_lexer_init (rf_ofx_lexer_t *lx, const char *text, const char *end);

/* The next tag: TRUE with *tag filled (free tag->text); FALSE at the end
 * of the text, or with *why (static) when a tag is never closed by '>'.
 * Comments, processing instructions and declarations are passed over. */
gboolean rf_ofx_next_tag (rf_ofx_lexer_t *lx, rf_ofx_tag_t *tag, const char **why);

#endif
