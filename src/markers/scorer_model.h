/* scorer_model.h - one model file LANG/CATEGORY[.VARIANT].model: the weights of a
 * logistic regression over sentence features (format in
 * patterns/README.md). Reading, writing, and the score of a set of
 * features. */
#ifndef RF_SCORER_MODEL_H
#define RF_SCORER_MODEL_H

#include <glib.h>

typedef struct {
    char lang[4];
    char *category;
    /* NULL for a category's model; else a second model of the category,
     * LANG/CATEGORY.VARIANT.model ("work": trained on workplace and
     * technical talk; a sentence is a hit when either model says so). */
    char *variant;
    char *path;             /* the file it was read from, or NULL */
    double bias;
    double threshold;       /* a probability: a sentence at or above it is a hit */
    GPtrArray *features;    /* of char*, sorted by bytes */
    GArray *weights;        /* of double, one per feature */
} rf_model_t;

rf_model_t *rf_model_new (const char *lang, const char *category);
void rf_model_free (rf_model_t *m);

/* Read a model file. NULL and err naming file:line when it is not one. */
rf_model_t *rf_model_read (const char *path, const char *lang, const char *category,
                           GError **err);

/* The file's text: header (lines without their '#', may be NULL), then
 * bias, threshold and every weight that rounds to something other than
 * zero, sorted by feature, with fixed decimals. */
char *rf_model_format (const rf_model_t *m, const char *header);

/* Add what the model weighs to sum: its bias, threshold, and each feature
 * with its weight at the file's decimals, in the model's order. Equal
 * files give equal sums; cheaper than hashing rf_model_format's text (it
 * is done at every load, for the pattern digest). */
void rf_model_digest (const rf_model_t *m, GChecksum *sum);

/* Write it (to a temporary file renamed into place). */
gboolean rf_model_write (const rf_model_t *m, const char *header, const char *path,
                         GError **err);

/* Decimals written for weights and thresholds. */
#define RF_MODEL_DECIMALS 4

#endif
