/* scorer_lexicon_p.h - the word lists behind the scorer's cue and lexicon
 * features. Internal to src/markers/scorer*.c. */
#ifndef RF_SCORER_LEXICON_P_H
#define RF_SCORER_LEXICON_P_H

#include "markers/scorer_features.h"

/* Each phrase sets bits: the built-in cues first, then one bit per
 * lexicon category (at most RF_LEX_MAX_BITS in all). */
enum {
    RF_LEX_SECOND_PERSON_BIT = 0,
    RF_LEX_URGENCY_BIT = 1,
    RF_LEX_IMPERATIVE_BIT = 2,
    RF_LEX_NEGATION_BIT = 3,
    RF_LEX_FIRST_CATEGORY_BIT = 4,
    RF_LEX_MAX_BITS = 32,
};
#define RF_LEX_IMPERATIVE (1u << RF_LEX_IMPERATIVE_BIT)
#define RF_LEX_NEGATION (1u << RF_LEX_NEGATION_BIT)

/* Longest phrase, in words. */
#define RF_LEX_MAX_WORDS 6

struct rf_lexicon {
    char lang[4];
    guint max_words;            /* longest phrase held */
    guint64 *keys;              /* open addressing: phrase key, 0 when empty */
    guint32 *bits;
    guint mask, n;
    char *features[RF_LEX_MAX_BITS];   /* feature name of each bit */
    char *negated[RF_LEX_MAX_BITS];    /* of a lexicon bit in a negation's scope */
    guint n_features;
    GPtrArray *entries;         /* "feature\tfolded phrase", for the digest */
};

static inline guint32
rf_lexicon_lookup (const rf_lexicon_t *lx, guint64 key)
{
    guint i;
    if (!lx->n)
        return 0;
    for (i = (guint) (key ^ (key >> 29)) & lx->mask; lx->keys[i]; i = (i + 1) & lx->mask)
        if (lx->keys[i] == key)
            return lx->bits[i];
    return 0;
}

static inline const char *
rf_lexicon_feature (const rf_lexicon_t *lx, guint bit)
{
    return bit < lx->n_features ? lx->features[bit] : "";
}

/* An imperative by its form alone (French "-ez": "envoyez", not "avez"). */
gboolean rf_lexicon_imperative_form (const rf_lexicon_t *lx, const char *folded_word);

/* The key of a phrase as the lexicon looks it up (its folded words joined
 * by single spaces), and its number of words (0: no word). */
guint64 rf_phrase_key (const char *phrase, guint *n_words, GString *folded_out);

#endif
