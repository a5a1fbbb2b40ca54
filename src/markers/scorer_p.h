/* scorer_p.h - the loaded scorer, shared by scorer.c (loading) and
 * scorer_scan.c (scoring). Internal to src/markers/scorer*.c. */
#ifndef RF_SCORER_P_H
#define RF_SCORER_P_H

#include "markers/scorer.h"

/* The models of one language, with every feature they weigh in one
 * table: a feature's key gives a row of weights, one per model, so each
 * feature of a sentence costs one look-up whatever the number of
 * categories. */
typedef struct {
    char lang[4];
    rf_lexicon_t *lex;
    GPtrArray *models;          /* of rf_model_t*, sorted by category (owned) */
    guint n_models;
    double *min_score;          /* per model: the threshold as a score (logit) */
    double *hit_weight;         /* per model: the weight of its hits */
    char **ids;                 /* per model: "LANG.CATEGORY.model" */
    guint64 *keys;              /* open addressing, 0 when empty */
    guint32 *rows;
    guint mask;
    float *w;                   /* row r, model k: w[r * n_models + k] */
} rf_scorer_lang_t;

struct rf_scorer {
    GPtrArray *langs;           /* of rf_scorer_lang_t* (owned) */
    char *digest;
};

/* The language's models, or NULL. */
const rf_scorer_lang_t *rf_scorer_lang (const rf_scorer_t *s, const char *lang);

/* The weights of a feature key (n_models of them), or NULL. */
static inline const float *
rf_scorer_lang_row (const rf_scorer_lang_t *l, guint64 key)
{
    for (guint i = (guint) (key ^ (key >> 31)) & l->mask; l->keys[i]; i = (i + 1) & l->mask)
        if (l->keys[i] == key)
            return l->w + (gsize) l->rows[i] * l->n_models;
    return NULL;
}

#endif
