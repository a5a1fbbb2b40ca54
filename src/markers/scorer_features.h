/* scorer_features.h - the features of a sentence for the marker scorer.
 *
 * A sentence becomes a bag of named features (doc/markers.md, "The
 * scorer"): words and word pairs (lower case, accents folded), character
 * n-grams of the words, hits of the word lists (LANG/CATEGORY.lex), the
 * categories the patterns found, and a few cues: second-person address,
 * urgency, an imperative opening, question and exclamation marks,
 * capitals. Each feature is known by the 64-bit hash of its name, so
 * scanning builds no strings; names are made only when asked (training,
 * evidence). No database, no global state: thread-safe. */
#ifndef RF_SCORER_FEATURES_H
#define RF_SCORER_FEATURES_H

#include <glib.h>

/* Changes whenever the features of a text change (it is part of the
 * pattern digest, so stored hits are recomputed). */
#define RF_SCORER_FEATURES_VERSION "features2"

/* Word lists of one language: the built-in cues (second person, urgency,
 * imperatives) and the lexicons LANG/CATEGORY.lex. */
typedef struct rf_lexicon rf_lexicon_t;

rf_lexicon_t *rf_lexicon_new (const char *lang);
void rf_lexicon_free (rf_lexicon_t *lx);

/* Add the words and phrases of a .lex file (one a line, '#' comments) as
 * lexicon CATEGORY. FALSE and err naming file:line on a bad line. */
gboolean rf_lexicon_add_file (rf_lexicon_t *lx, const char *path, const char *category,
                              GError **err);

/* Add one phrase to lexicon CATEGORY (for tests). FALSE when it holds no
 * word. */
gboolean rf_lexicon_add (rf_lexicon_t *lx, const char *category, const char *phrase);

/* What the lexicons hold, in a stable order, for the pattern digest. */
void rf_lexicon_describe (const rf_lexicon_t *lx, GString *out);

/* One occurrence of a feature in a sentence. */
typedef struct {
    guint64 key;        /* rf_feature_key of its name */
    float value;
    gint32 word;        /* first word it comes from, -1 for the whole sentence */
    gint32 nwords;      /* words it spans (0 for the whole sentence) */
} rf_feat_t;

/* A word of the sentence. */
typedef struct {
    guint32 fold;       /* offset of its folded form in folded (NUL-terminated) */
    guint32 fold_len;
    guint32 s, e;       /* byte range in the sentence */
} rf_token_t;

/* The features of one sentence; reuse it from one sentence to the next. */
typedef struct {
    GArray *feats;      /* of rf_feat_t */
    guint n_feats;      /* while extracting: features so far */
    GArray *tokens;     /* of rf_token_t */
    GString *folded;    /* the folded words, each followed by NUL */
    GString *names;     /* with names: the name of each feature, NUL after each */
    GArray *name_at;    /* of guint32: where each feature's name starts in names */
    gboolean want_names;
} rf_feats_t;

rf_feats_t *rf_feats_new (gboolean want_names);
void rf_feats_free (rf_feats_t *f);

/* The features of text (valid UTF-8), replacing those in out.
 * pattern_categories (n of them) are the categories the patterns found in
 * it. lx may be NULL (no word lists, no cues). */
void rf_features_extract (const rf_lexicon_t *lx, const char *text, gsize len,
                          const char *const *pattern_categories, guint n, rf_feats_t *out);

/* The name of feature i of out (want_names). Borrowed. */
const char *rf_feats_name (const rf_feats_t *out, guint i);

/* The key of a feature name: FNV-1a 64 of its bytes, never 0. */
guint64 rf_feature_key (const char *name);

/* Fold a character: lower case, accents removed (é -> e, ñ -> n),
 * typographic apostrophes to '\''. Ligatures œ and æ fold to two letters:
 * out gets 1 or 2 characters, the count is returned. */
int rf_scorer_fold_char (gunichar c, gunichar out[2]);

#endif
