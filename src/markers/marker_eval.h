/* marker_eval.h - precision and recall of the marker stage on labelled
 * sentences, per (set, language, category), for 'redflag patterns eval'
 * and the regression guard of make check.
 *
 * Each sentence goes through what 'redflag scan' does to a message body
 * (language detection, then rf_markers_scan); the categories of its hits
 * are compared with what its labels say (rf_labelled_role). No database. */
#ifndef RF_MARKER_EVAL_H
#define RF_MARKER_EVAL_H

#include <glib.h>
#include "markers/labelled.h"
#include "markers/markers.h"

/* Which rows count (rf_labelled_held_back). */
typedef enum { RF_EVAL_HELD, RF_EVAL_TRAIN, RF_EVAL_ALL } rf_eval_split_t;

/* "held", "train", "all"; FALSE for anything else. */
gboolean rf_eval_split_parse (const char *s, rf_eval_split_t *out);
const char *rf_eval_split_name (rf_eval_split_t split);

/* The figures of one (set, language, category). */
typedef struct {
    const char *set, *lang, *category;   /* borrowed from the evaluation */
    guint n_true;      /* rows POSITIVE for the category */
    guint n_flagged;   /* rows not EXCLUDED for it that the markers flagged with it */
    guint n_tp;        /* rows both */
    double precision;  /* 0 when nothing was flagged */
    double recall, f1;
} rf_eval_pair_t;

/* The rows of one (set, language) that should stay quiet: POSITIVE for no
 * warning category and NEGATIVE for at least one. A false alarm is such a
 * row flagged with a warning category it is NEGATIVE for. */
typedef struct {
    const char *set, *lang;
    guint n_rows;      /* rows of the split */
    guint n_lang_ok;   /* of which detected as their labelled language */
    guint n_quiet, n_alarm;
} rf_eval_group_t;

typedef struct rf_marker_eval rf_marker_eval_t;

/* An evaluation of the markers m (borrowed: keep it alive) on the rows of
 * one split. Free with rf_marker_eval_free. */
rf_marker_eval_t *rf_marker_eval_new (const rf_markers_t *m, rf_eval_split_t split);
void rf_marker_eval_free (rf_marker_eval_t *ev);

/* Keep the rows got wrong from now on: rf_marker_eval_errors then gives
 * one line per row and category, set<TAB>lang<TAB>category<TAB>missed|wrong
 * <TAB>labels<TAB>text ("" when not asked for). */
void rf_marker_eval_keep_errors (rf_marker_eval_t *ev);
const char *rf_marker_eval_errors (const rf_marker_eval_t *ev);

/* The set a labelled file belongs to: its base name without ".tsv", or
 * "written-LANG" for .../written/LANG/CATEGORY.tsv (g_free). */
char *rf_eval_set_name (const char *path);

/* Scan every row of rows (rf_labelled_row_t*) that is in the split and
 * count it under (set, row language). Returns the number of rows scanned. */
guint rf_marker_eval_add (rf_marker_eval_t *ev, const char *set, const GPtrArray *rows);

/* Every (set, language, category) with at least one true row, in the order
 * the sets and languages were first seen, categories in the order of
 * rf_marker_categories. New array of rf_eval_pair_t (g_array_unref); its
 * strings belong to ev. */
GArray *rf_marker_eval_pairs (const rf_marker_eval_t *ev);

/* Every (set, language) seen, same order. New array of rf_eval_group_t. */
GArray *rf_marker_eval_groups (const rf_marker_eval_t *ev);

/* Mean F1 of the pairs with at least min_true true rows; *n_pairs gets
 * their number (the mean is 0 when there is none). */
double rf_eval_macro_f1 (const GArray *pairs, guint min_true, guint *n_pairs);

/* The same, over the public sets only when public_only: our own examples
 * (sets written-LANG, general-LANG, workplace-LANG) left out. */
double rf_eval_macro_f1_of (const GArray *pairs, guint min_true, gboolean public_only,
                            guint *n_pairs);

/* Our own example directories (files written/LANG/X.tsv, general/LANG/X.tsv,
 * workplace/LANG/X.tsv), whose files of one language make the set NAME-LANG. */
gboolean rf_eval_is_own_dir (const char *name);
gboolean rf_eval_is_own_set (const char *set);

/* Pairs counted in the macro line. */
#define RF_EVAL_MACRO_MIN_TRUE 20

#endif
