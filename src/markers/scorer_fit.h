/* scorer_fit.h - fitting one logistic regression on sparse examples, and
 * choosing its threshold: the numeric part of 'redflag patterns train'.
 * Deterministic: the same examples, options and seed give the same
 * weights, bit for bit. Internal to src/markers/scorer_train.c. */
#ifndef RF_SCORER_FIT_H
#define RF_SCORER_FIT_H

#include <glib.h>

/* Examples of one language: row i holds features idx[at[i] .. at[i+1])
 * with values val[...]. */
typedef struct {
    GArray *idx;        /* of guint32: feature ids */
    GArray *val;        /* of float */
    GArray *at;         /* of guint32: n_examples + 1 offsets */
    guint n_features;   /* ids are below this */
} rf_fit_data_t;

/* FTRL-Proximal (per-coordinate adaptive steps, L1 and L2) over several
 * passes in a seeded shuffled order. */
typedef struct {
    guint epochs;
    double alpha, beta, l1, l2;
    guint32 seed;
} rf_fit_opts_t;

/* Fit on the examples listed in use (n_use of them), with labels y (0 or
 * 1) and weights wt indexed by example. w (n_features) receives the
 * weights, *bias the intercept. */
void rf_fit (const rf_fit_data_t *d, const guint *use, guint n_use, const guint8 *y,
             const double *wt, const rf_fit_opts_t *o, double *w, double *bias);

/* The probability the weights give example i. */
double rf_fit_predict (const rf_fit_data_t *d, guint i, const double *w, double bias);

/* One scored example for the choice of the threshold. */
typedef struct {
    double p;           /* out-of-fold probability */
    guint8 y;
    guint source;
    guint item;         /* the caller's index of the example */
} rf_scored_t;

/* Per source, at the chosen threshold. */
typedef struct {
    guint n_pos, n_neg;     /* examples */
    guint tp, fp;           /* flagged */
} rf_source_counts_t;

/* What the threshold must keep. Precision: pooled over every source with
 * positive examples, at least the category's precision; each such source
 * alone at least that minus source_slack (so that none is given up for
 * the others). False alarms: the most share of a group without positive
 * examples that may be flagged: quiet for groups before first_near
 * (whole sources of ordinary text), near for the others (our near
 * misses, made to look like cases). */
typedef struct {
    double quiet, near;
    guint first_near;
    double source_slack;
} rf_alarm_limit_t;

/* The lowest threshold such that precision holds as alarm says (with
 * fewer than min_flagged examples flagged, or as many as there are
 * positive ones when fewer, the wrong ones count against min_flagged),
 * and every group without positive examples (and at least min_quiet
 * examples) has at most its share flagged. counts
 * (n_sources) receive the figures at that threshold. Returns the
 * threshold, rounded up to RF_MODEL_DECIMALS; 1.0 when none qualifies. */
double rf_fit_threshold (rf_scored_t *s, guint n, guint n_sources, double min_precision,
                         guint min_flagged, const rf_alarm_limit_t *alarm, guint min_quiet,
                         rf_source_counts_t *counts);

#endif
