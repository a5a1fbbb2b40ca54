/* scorer_train.h - train the scorer's models from labelled sentences
 * ('redflag patterns train'; doc/markers.md, "Training").
 *
 * Per language and category with enough positive rows: features of every
 * row (scorer_features.h, with the pattern hits), weights that balance
 * each source's classes and the sources against each other, a logistic
 * regression (scorer_fit.h), a threshold chosen on out-of-fold scores, and
 * the model with a header naming how it was made. Deterministic. */
#ifndef RF_SCORER_TRAIN_H
#define RF_SCORER_TRAIN_H

#include <glib.h>

#include "markers/markers.h"
#include "markers/scorer_model.h"

/* A set of labelled rows (labelled.h). */
typedef struct {
    char *name;             /* as named in the model header */
    char *licence;
    GPtrArray *rows;        /* of rf_labelled_row_t* (owned) */
    gboolean all_rows;      /* use the held-back rows too (the user's own examples) */
    gboolean written;       /* our own written examples: weighed more (closest to mail) */
    gboolean mild_unlabelled;   /* labelled for other signs: its rows say nothing of
                                 * complaint, price_pushback, value_questioning */
    /* NULL, or the variant whose second models its cases train
     * (CATEGORY.VARIANT.model): the category's own model leaves the
     * source out, the variant takes its cases only from such sources and
     * its counter-examples from every source. */
    char *variant;
} rf_train_source_t;

rf_train_source_t *rf_train_source_new (const char *name, const char *licence, GPtrArray *rows);
void rf_train_source_free (rf_train_source_t *s);

typedef struct {
    guint32 seed;
    guint folds;            /* for the out-of-fold scores the threshold is chosen on */
    guint epochs;
    double alpha, beta, l1, l2;
    guint max_features;     /* kept per model, the heaviest */
    guint min_positives;    /* a category with fewer positive rows gets no model */
    guint max_quiet_rows;   /* rows kept of a source without positives (a fixed sample) */
    double source_power;    /* a source weighs (its rows) ^ this */
    double written_boost;   /* and our written examples this many times more */
    double quiet_weight;    /* and a source without positives this many times */
    double max_alarm;       /* abuse: most share of ordinary text flagged at the threshold */
    double max_near_alarm;  /* and of our written near misses */
    double max_mild_alarm;  /* the same for complaint, price_pushback, value_questioning */
    double max_mild_near_alarm;
    double max_broad_near_alarm;   /* complaint: of our written near misses */
    double max_strict_alarm;   /* either, for the other categories */
    double source_slack;    /* each source's precision may be this much under the target */
    double broad_source_slack;     /* the same for complaint */
    const char *command;    /* the command line, for the header */
    const char *only_lang;  /* NULL: every language */
    const char *only_category;
} rf_train_opts_t;

void rf_train_opts_init (rf_train_opts_t *o);

/* The precision a category's threshold is chosen for: 0.85 for abuse and
 * unethical, 0.75 for the others. */
double rf_train_min_precision (const char *category);
double rf_train_max_alarm (const rf_train_opts_t *o, const char *category);
double rf_train_max_near_alarm (const rf_train_opts_t *o, const char *category);
double rf_train_source_slack (const rf_train_opts_t *o, const char *category);
/* TRUE when one of labels ("a|b") is a category close enough to category
 * that the row is not taught as its counter-example (a status chase is
 * often a complaint too). */
gboolean rf_train_is_related (const char *labels, const char *category);

/* TRUE when a variant's sources train a second model of category. */
gboolean rf_train_variant_category (const char *category);

typedef struct {
    rf_model_t *model;
    char *header;           /* for rf_model_write */
} rf_trained_t;

void rf_trained_free (rf_trained_t *t);

/* Train on the training rows of sources (the held-back rows are left out,
 * except for sources with all_rows). markers: the patterns (without a
 * scorer: see rf_scorer_train_patterns_only); word lists from
 * patterns_dir and user_dir. Progress lines go to log when not NULL.
 * Returns the rf_trained_t* made, NULL and err on failure. */
GPtrArray *rf_scorer_train (const rf_markers_t *markers, const char *patterns_dir,
                            const char *user_dir, const GPtrArray *sources,
                            const rf_train_opts_t *o, void (*log) (const char *line),
                            GError **err);

/* Drop the models loaded with the patterns: features are made from
 * pattern hits only, never from the models being replaced. */
void rf_scorer_train_patterns_only (rf_markers_t *markers);

#endif
