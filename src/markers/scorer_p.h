/* scorer_p.h - the loaded scorer, shared by scorer.c (loading) and
 * scorer_scan.c (scoring). Internal to src/markers/scorer*.c. */
#ifndef RF_SCORER_P_H
#define RF_SCORER_P_H

#include "markers/scorer.h"

/* A slot of the feature table: the high half of a feature's key (the
 * low half chose the slot) and the row of its weights. */
typedef struct {
    guint32 check;      /* 0 when empty */
    guint32 row;
} rf_scorer_slot_t;

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
    rf_scorer_slot_t *slots;    /* open addressing, key 0 when empty */
    guint mask;
    /* One bit per slot of a small array, set for the keys held: most
     * features of a sentence (n-grams above all) have no weight, and this
     * tells so from a few kilobytes that stay in cache, where the table
     * itself would cost a miss each. */
    guint64 *seen;
    guint seen_mask;            /* bits - 1 */
    /* Row r, model k: w[r * n_models + k] * scale. Weights are kept in
     * 16 bits (steps of 1/32767 of the largest, far finer than the model
     * files' decimals) so that the table of a language stays in cache. */
    gint16 *w;
    float scale;
} rf_scorer_lang_t;

struct rf_scorer {
    GPtrArray *langs;           /* of rf_scorer_lang_t* (owned) */
    char *digest;
};

/* The language's models, or NULL. */
const rf_scorer_lang_t *rf_scorer_lang (const rf_scorer_t *s, const char *lang);

/* The check a key leaves in its slot (never 0). */
static inline guint32
rf_scorer_check (guint64 key)
{
    guint32 c = (guint32) (key >> 32);
    return c ? c : 1;
}

/* The weights of a feature key (n_models of them, times l->scale), or NULL. */
static inline const gint16 *
rf_scorer_lang_row (const rf_scorer_lang_t *l, guint64 key)
{
    guint b = (guint) (key >> 40) & l->seen_mask;
    guint32 check = rf_scorer_check (key);
    if (!(l->seen[b >> 6] & (G_GUINT64_CONSTANT (1) << (b & 63))))
        return NULL;
    for (guint i = (guint) key & l->mask; l->slots[i].check; i = (i + 1) & l->mask)
        if (l->slots[i].check == check)
            return l->w + (gsize) l->slots[i].row * l->n_models;
    return NULL;
}

#endif
