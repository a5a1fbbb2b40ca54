/* labelled.h - labelled sentences for measuring (and training) the markers:
 * reading the TSV files, the fixed split, and what a label says about a
 * category.
 *
 * A file holds one sentence a line, 4 tab-separated columns:
 * label <TAB> language <TAB> text <TAB> source. The label is one of our
 * categories, several joined by '|' ("complaint|price_pushback"), or one of
 * the labels of the public sets ("none", "neutral", "request", "polite",
 * "impolite", "profanity", "ambiguous", "other"). doc/markers.md, "Measured
 * on real labelled text", gives the mapping. No database here. */
#ifndef RF_LABELLED_H
#define RF_LABELLED_H

#include <glib.h>

typedef struct {
    char *labels;    /* the file's label column as written, e.g. "complaint|price_pushback" */
    char lang[4];    /* "en", "fr", "es" */
    char *text;
    char *source;    /* the fourth column: where the sentence comes from */
} rf_labelled_row_t;

#define RF_LABELLED_ERROR rf_labelled_error_quark ()
GQuark rf_labelled_error_quark (void);
typedef enum {
    RF_LABELLED_ERR_IO = 1,     /* the file cannot be read */
    RF_LABELLED_ERR_SYNTAX,     /* a line is not label, language, text, source */
} rf_labelled_err_t;

/* The rows of a labelled file (the array owns them and frees them).
 * Blank lines and lines starting with '#' are skipped; a trailing CR is
 * dropped. A line without exactly 4 columns, with an empty text, a
 * language that is not 2 or 3 lower-case letters, or a label that is
 * unknown ("none" and "neutral" stand alone) is an error naming
 * file:line; NULL is returned then. */
GPtrArray *rf_labelled_read (const char *path, GError **err);

void rf_labelled_row_free (rf_labelled_row_t *r);

/* FNV-1a, 64 bits, of the text's bytes (up to the NUL). */
guint64 rf_labelled_hash (const char *text);

/* The split, fixed once for all: a row is held back when the hash of its
 * text is 0 modulo 4 (a quarter of the rows). Nothing is ever tuned on
 * held-back rows. Equal texts fall on the same side. */
gboolean rf_labelled_held_back (const char *text);

typedef enum { RF_LABEL_NEGATIVE, RF_LABEL_POSITIVE, RF_LABEL_EXCLUDED } rf_label_role_t;

/* What the row says about one category: POSITIVE when one of its labels is
 * the category; else EXCLUDED when one of its labels neither confirms nor
 * rules out the category (a "request" may well be demanding); else
 * NEGATIVE. */
rf_label_role_t rf_labelled_role (const rf_labelled_row_t *r, const char *category);

/* TRUE when label (one label, no '|') is a built-in category or one of the
 * labels of the public sets. */
gboolean rf_labelled_label_known (const char *label, gsize len);

#endif
