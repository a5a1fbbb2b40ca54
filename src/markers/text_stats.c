/* text_stats.c - shouting and exclamation bursts. */
#include "config.h"
#include "markers/text_stats.h"

static gboolean
is_bang (gunichar c)
{
    return c == '!' || c == 0xFF01; /* fullwidth ! */
}

/* Account for one character of a word (letter) or not (ends a word). */
static inline void
end_word (int *letters, gboolean *all_upper, gboolean *has_upper, int *words, int *upper_words)
{
    if (*letters >= 3) {
        (*words)++;
        *upper_words += *all_upper && *has_upper;
    }
    *letters = 0;
    *all_upper = TRUE;
    *has_upper = FALSE;
}

void
rf_text_stats (const char *text, gsize len, double *shout_ratio, int *exclaim_bursts)
{
    const char *p = text, *end = text ? text + len : NULL;
    int letters = 0, bangs = 0, words = 0, upper_words = 0, bursts = 0;
    gboolean all_upper = TRUE, has_upper = FALSE;

    while (p < end) {
        guchar b = (guchar) *p;
        gunichar c;
        gboolean letter = FALSE, bang = FALSE;
        /* ASCII, most of the text, without the Unicode tables. */
        if (b < 0x80) {
            p++;
            if (b >= 'a' && b <= 'z') {
                letters++;
                all_upper = FALSE;
                letter = TRUE;
            } else if (b >= 'A' && b <= 'Z') {
                letters++;
                has_upper = TRUE;
                letter = TRUE;
            }
            bang = b == '!';
        } else {
            c = g_utf8_get_char_validated (p, end - p);
            if (c == (gunichar) -1 || c == (gunichar) -2) {
                p++;   /* an invalid byte separates words */
            } else {
                p = g_utf8_next_char (p);
                if (g_unichar_isalpha (c)) {
                    letters++;
                    letter = TRUE;
                    /* Letters without case (CJK...) neither shout nor whisper. */
                    if (g_unichar_islower (c) || g_unichar_istitle (c))
                        all_upper = FALSE;
                    else if (g_unichar_isupper (c))
                        has_upper = TRUE;
                }
                bang = is_bang (c);
            }
        }
        if (!letter)
            end_word (&letters, &all_upper, &has_upper, &words, &upper_words);
        if (bang) {
            bangs++;
        } else {
            bursts += bangs >= 2;
            bangs = 0;
        }
    }
    end_word (&letters, &all_upper, &has_upper, &words, &upper_words);
    bursts += bangs >= 2;
    if (shout_ratio)
        *shout_ratio = words >= RF_SHOUT_MIN_WORDS ? (double) upper_words / words : 0.0;
    if (exclaim_bursts)
        *exclaim_bursts = bursts;
}
