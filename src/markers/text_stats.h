/* text_stats.h - non-lexical tone measures of a message's text.
 *
 * shout_ratio: among the words of three letters or more, the share written
 * entirely in capitals. Texts with fewer than RF_SHOUT_MIN_WORDS such words
 * get 0 ("OK THX" is not shouting). A message counts as shouting when its
 * ratio is at least RF_SHOUT_THRESHOLD (see doc/markers.md).
 *
 * exclaim_bursts: runs of two or more exclamation marks ("!!", "!!!"). */
#ifndef RF_TEXT_STATS_H
#define RF_TEXT_STATS_H

#include <glib.h>

#define RF_SHOUT_MIN_WORDS 4
#define RF_SHOUT_THRESHOLD 0.5

/* Text may be invalid UTF-8 (invalid bytes separate words). Either out
 * pointer may be NULL. */
void rf_text_stats (const char *text, gsize len, double *shout_ratio, int *exclaim_bursts);

#endif
