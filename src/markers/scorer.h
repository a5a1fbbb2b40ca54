/* scorer.h - the trained marker scorer: per language and category, a
 * logistic regression over sentence features (scorer_features.h) that
 * finds markers the patterns do not list.
 *
 * Model files LANG/CATEGORY.model and word lists LANG/CATEGORY.lex sit
 * next to the pattern files (patterns/README.md). After the patterns ran
 * on a text, each sentence is scored by the models of its language; a
 * sentence at or above a category's threshold, where no pattern of that
 * category hit, gives a hit like a pattern's, with pattern_id
 * "LANG.CATEGORY.model" and the words that weighed most as evidence.
 * Loaded models are read-only: any number of threads may score at once. */
#ifndef RF_SCORER_H
#define RF_SCORER_H

#include <glib.h>

#include "markers/scorer_features.h"
#include "markers/scorer_model.h"

typedef struct rf_scorer rf_scorer_t;

/* Load the models and word lists of builtin_dir and, when not NULL,
 * user_dir (a user model replaces the built-in one of its language and
 * category; user word lists are added). patterns (of rf_pattern_t*, may
 * be NULL) give each category's hit weight. Returns NULL with err unset
 * when there is no model file at all; NULL with err on a bad file. */
rf_scorer_t *rf_scorer_load (const char *builtin_dir, const char *user_dir,
                             const GPtrArray *patterns, GError **err);
void rf_scorer_free (rf_scorer_t *s);

/* SHA-256 (hex) of what decides the scorer's hits: feature version,
 * every model's weights and threshold, every word list. Borrowed. */
const char *rf_scorer_digest (const rf_scorer_t *s);

/* Add the names and bytes (CONTENTS) or only the stat data
 * (rf_checksum_file) of DIR's .model and .lex files to sum (nothing when
 * there are none). FALSE and err when the directory cannot be read. */
gboolean rf_scorer_stamp (GChecksum *sum, const char *tag, const char *dir, gboolean contents,
                          GError **err);

/* TRUE when DIR holds a model file or a word list (LANG/CATEGORY.model, .lex). */
gboolean rf_scorer_dir_has_files (const char *dir);

/* The word lists of language lang under dir (its LANG/CATEGORY.lex files) and, when
 * not NULL, user_dir, with the built-in cues: what training uses. NULL and
 * err on a bad file. */
rf_lexicon_t *rf_scorer_lexicon_load (const char *dir, const char *user_dir, const char *lang,
                                      GError **err);

/* A sentence of the scanned text (byte range). */
typedef struct {
    gsize s, e;
} rf_scorer_span_t;

/* A pattern hit in the sentence that starts at byte sentence_start. */
typedef struct {
    gsize sentence_start;
    const char *category;
} rf_scorer_found_t;

/* What the scorer saw in one sentence for one category (for explain). */
typedef struct {
    guint sentence;         /* index in the sentences given */
    char *snippet;
    char lang[4];           /* the models that scored it */
    char *category;
    const char *variant;    /* the model's variant, NULL for the category's own (borrowed) */
    double score;           /* probability */
    double threshold;
    char *evidence;         /* the features that weighed most, "\"word\" +1.2, ..." */
    gboolean pattern_hit;   /* a pattern of this category hit the sentence */
    gboolean hit;           /* the scorer gives a hit */
    const char *model_path; /* borrowed */
} rf_scorer_explain_t;

void rf_scorer_explain_free (rf_scorer_explain_t *x);

/* Score every sentence of text (valid UTF-8) in message language lang:
 * a sentence of a message in another language is scored by the English
 * models when it reads as English. found (n_found) are the pattern hits.
 * Appends the scorer's hits (rf_marker_hit_t*) to hits and, when explain
 * is not NULL, one rf_scorer_explain_t* per sentence and category. */
void rf_scorer_scan (const rf_scorer_t *s, const char *text, gsize n,
                     const rf_scorer_span_t *sentences, guint n_sentences, const char *lang,
                     const rf_scorer_found_t *found, guint n_found, GPtrArray *hits,
                     GPtrArray *explain);

/* The model of a language and category (not a variant), or NULL (borrowed). */
const rf_model_t *rf_scorer_model (const rf_scorer_t *s, const char *lang, const char *category);

/* The model that made a hit, by its pattern_id (LANG.CATEGORY[.VARIANT].model),
 * or NULL (borrowed). */
const rf_model_t *rf_scorer_model_of_hit (const rf_scorer_t *s, const char *lang, const char *pattern_id);

/* Number of models loaded. */
guint rf_scorer_count (const rf_scorer_t *s);

#endif
