/* text_stats.c - shouting and exclamation bursts. */
#include "config.h"
#include "text_stats.h"

static gboolean
is_bang (gunichar c)
{
    return c == '!' || c == 0xFF01; /* fullwidth ! */
}

void
rf_text_stats (const char *text, gsize len, double *shout_ratio, int *exclaim_bursts)
{
    const char *p = text, *end = text ? text + len : NULL;
    int letters = 0, bangs = 0, words = 0, upper_words = 0, bursts = 0;
    gboolean all_upper = TRUE, has_upper = FALSE;

    for (;;) {
        gunichar c = p && p < end ? g_utf8_get_char_validated (p, end - p) : 0;
        gboolean valid = c != (gunichar) -1 && c != (gunichar) -2;
        gboolean at_end = !p || p >= end;

        if (!at_end && valid && g_unichar_isalpha (c)) {
            letters++;
            /* Letters without case (CJK...) neither shout nor whisper. */
            if (g_unichar_islower (c) || g_unichar_istitle (c))
                all_upper = FALSE;
            else if (g_unichar_isupper (c))
                has_upper = TRUE;
        } else {
            if (letters >= 3) {
                words++;
                upper_words += all_upper && has_upper;
            }
            letters = 0;
            all_upper = TRUE;
            has_upper = FALSE;
        }
        if (!at_end && valid && is_bang (c)) {
            bangs++;
        } else {
            bursts += bangs >= 2;
            bangs = 0;
        }
        if (at_end)
            break;
        p = valid ? g_utf8_next_char (p) : p + 1;
    }
    if (shout_ratio)
        *shout_ratio = words >= RF_SHOUT_MIN_WORDS ? (double) upper_words / words : 0.0;
    if (exclaim_bursts)
        *exclaim_bursts = bursts;
}
