/* body_clean.h - keep only the text the sender wrote. */
#ifndef RF_BODY_CLEAN_H
#define RF_BODY_CLEAN_H

#include <glib.h>

/* Remove quoted lines, "On ... wrote:" attributions (en/fr/es/de),
 * forwarded and original-message blocks, Outlook header blocks (and the
 * line of underscores Outlook puts above them), signatures
 * ("-- ") and "Sent from my ..." lines from UTF-8 text. Line ends become
 * "\n". Rules: doc/mail-rules.md. (g_free) */
char *rf_body_clean (const char *text);

/* The same on a text of our own (taken over, g_free the result), cleaned
 * in place: no second copy of a large body. */
char *rf_body_clean_in_place (char *text);

#endif
