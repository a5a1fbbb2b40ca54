/* scorer_train_p.h - the examples of one language for training: rows,
 * the units the model sees (whole rows and their sentences), and their
 * features. Internal to src/markers/scorer_train*.c. */
#ifndef RF_SCORER_TRAIN_P_H
#define RF_SCORER_TRAIN_P_H

#include "markers/scorer_train.h"
#include "markers/scorer_fit.h"
#include "markers/scorer_features.h"
#include "markers/labelled.h"

/* A labelled row. A scan scores sentences one by one, so the model sees a
 * row whole (a positive row: one of its sentences at least is a case) and
 * each of its sentences (a negative row: none of them may be flagged). */
typedef struct {
    const rf_labelled_row_t *row;
    guint source;
    guint64 hash;           /* of the text, mixed with the seed: fold and sample order */
    guint whole;            /* the unit of the whole row */
    guint first, n;         /* its sentence units; n 0 when it is one sentence */
} rf_train_row_t;

typedef struct {
    char lang[4];
    GArray *rows;           /* of rf_train_row_t */
    rf_fit_data_t d;        /* the units */
    GPtrArray *names;       /* feature id -> name */
} rf_train_lang_t;

/* The training rows of one language of the sources (held-back rows left
 * out, except for sources with all_rows), their units and features:
 * words of the word lists lx, pattern hits of markers. Features seen in
 * fewer than two units are left out. */
void rf_train_lang_init (rf_train_lang_t *L, const char *lang, const GPtrArray *sources,
                         guint32 seed, const rf_markers_t *markers, const rf_lexicon_t *lx);
void rf_train_lang_clear (rf_train_lang_t *L);

#endif
