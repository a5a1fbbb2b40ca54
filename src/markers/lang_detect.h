/* lang_detect.h - tell English, French and Spanish apart from the text.
 *
 * Counts function words (stopwords) that belong to one language only, plus
 * a few spelling clues (¿ ¡ ñ for Spanish; è ê à ù ç œ for French). The
 * rules are in doc/markers.md. Pure function of the text; thread-safe. */
#ifndef RF_LANG_DETECT_H
#define RF_LANG_DETECT_H

#include <glib.h>

/* "en", "fr", "es" or "other" (static strings). Text may be invalid UTF-8
 * (invalid bytes are skipped). */
const char *rf_lang_detect (const char *text, gsize len);

/* The scores behind the decision, for 'redflag patterns explain':
 * scores[0..3] = en, fr, es, other (sum of clues), *words = words seen. */
const char *rf_lang_detect_scores (const char *text, gsize len, double scores[4], int *words);

/* Whether text is short (at most RF_LANG_SHORT_WORDS words, and at most
 * RF_LANG_SHORT_BYTES bytes, so a long text costs nothing) and its two
 * best languages' clues are less than RF_LANG_CLEAR_MARGIN apart: then
 * the detected language is a guess ("Tu es vraiment incompétent" has one
 * clue, for Spanish, "Eres un imbécil" none) and the markers of our other
 * languages run too. */
#define RF_LANG_SHORT_BYTES 200
#define RF_LANG_SHORT_WORDS 10
#define RF_LANG_CLEAR_MARGIN 2.0
gboolean rf_lang_uncertain (const char *text, gsize len);

#endif
