/* markers.h - tone and scope markers: load the pattern files, scan text.
 *
 * A marker is a phrase that signals one of the warning signs of a difficult
 * client relationship (abuse, demands, scope changes...) or a counter-signal
 * (appreciation, referral). Patterns live in pattern files, one directory per
 * language and one file per category (patterns/README.md gives the format).
 *
 * A loaded pattern set is read-only: any number of threads may scan with the
 * same rf_markers_t at once. Scanning never needs the database. */
#ifndef RF_MARKERS_H
#define RF_MARKERS_H

#include <glib.h>

typedef struct rf_markers rf_markers_t;

typedef struct {
    char *category;     /* "abuse", ... */
    char *pattern_id;   /* e.g. "en.abuse.incompetent" */
    char lang[4];       /* "en", "fr", "es" */
    double weight;
    glong offset;       /* character offset of the match in the body */
    char *matched;      /* the matched text */
    char *snippet;      /* its sentence, at most ~160 characters, UTF-8-safe */
} rf_marker_hit_t;

/* Longest snippet, in characters (ellipses included). */
#define RF_MARKER_SNIPPET_MAX 160

#define RF_MARKERS_ERROR rf_markers_error_quark ()
GQuark rf_markers_error_quark (void);
typedef enum {
    RF_MARKERS_ERR_IO = 1,      /* a directory or file cannot be read */
    RF_MARKERS_ERR_SYNTAX,      /* a line of a pattern file is not understood */
    RF_MARKERS_ERR_REGEX,       /* a regex does not compile */
    RF_MARKERS_ERR_EMPTY,       /* a user directory holds no pattern file */
} rf_markers_err_t;

/* Load every pattern file LANG/CATEGORY.pat under builtin_dir and, when not
 * NULL, under user_dir; compile them (JIT when available). A user pattern
 * with the same id as a built-in one replaces it; "disable: ID" in a user
 * file removes one. Returns NULL and sets err (naming file:line) on a bad
 * pattern. Free with rf_markers_free. */
rf_markers_t *rf_markers_load (const char *builtin_dir, const char *user_dir, GError **err);
void rf_markers_free (rf_markers_t *m);

/* SHA-256 (hex) of what decides the hits: every pattern's id, category,
 * language, weight, regex and unless clauses. Borrowed. */
const char *rf_markers_digest (const rf_markers_t *m);

/* SHA-256 (hex) of the names and bytes (CONTENTS) of the pattern files
 * that rf_markers_load would read: cheap, with no parsing or compiling.
 * Equal stamps mean equal digests; a new stamp may still give the same
 * digest (a comment edited). Without CONTENTS, of their names and stat
 * data only (rf_checksum_file): cheaper still, a new one when a file may
 * have changed. NULL and err when a directory cannot be read. */
char *rf_markers_source_stamp (const char *builtin_dir, const char *user_dir, gboolean contents,
                               GError **err);

/* The built-in categories, NULL-terminated (static): the warning signs,
 * then the counter-signals. User pattern files may add others. */
const char *const *rf_marker_categories (void);

/* TRUE for the counter-signals (appreciation, referral): good news, not
 * counted among the warning signs. */
gboolean rf_marker_category_is_counter (const char *category);

/* Number of patterns loaded. */
guint rf_markers_count (const rf_markers_t *m);

/* Scan text (valid UTF-8 or not; invalid bytes read as U+FFFD, NUL as a
 * space) with the patterns of language lang plus English. lang NULL means
 * "detect it" (rf_lang_detect). Returns a new array of rf_marker_hit_t*
 * sorted by offset (free with g_ptr_array_unref; it owns the hits). Where
 * two hits of one category overlap, only the heavier one is kept. */
GPtrArray *rf_markers_scan (const rf_markers_t *m, const char *text, gsize len, const char *lang);

void rf_marker_hit_free (rf_marker_hit_t *hit);

/* For 'redflag patterns explain': every candidate hit, including those an
 * unless clause or a heavier overlapping hit removed. */
typedef struct {
    rf_marker_hit_t *hit;   /* owned */
    const char *file;       /* pattern file and line of the pattern (borrowed) */
    int line;
    const char *regex;      /* the pattern's regex source (borrowed) */
    const char *note;       /* the pattern's note, or NULL (borrowed) */
    const char *dropped;    /* NULL when kept, else why it was removed (borrowed) */
} rf_marker_explain_t;

/* Same scan as rf_markers_scan, returning rf_marker_explain_t* items (the
 * array owns them). langs_out, when not NULL, receives the languages
 * whose patterns ran ("fr,en"; g_free). */
GPtrArray *rf_markers_explain (const rf_markers_t *m, const char *text, gsize len,
                               const char *lang, char **langs_out);

/* The same, and when scores is not NULL, what the trained scorer saw:
 * one rf_scorer_explain_t* (markers/scorer.h) per sentence and category
 * appended to it. The scorer's hits are items with regex NULL and file
 * the model file. */
GPtrArray *rf_markers_explain_scores (const rf_markers_t *m, const char *text, gsize len,
                                      const char *lang, char **langs_out, GPtrArray *scores);

/* The sentences of a text as a scan cuts them (what the trained scorer
 * scores one by one), cleaned as a scan cleans the text: a new array of
 * strings. */
GPtrArray *rf_markers_sentences (const char *text, gsize len);

/* Run every match:/nomatch: example of every pattern. Each failure is
 * appended to report as one line "file:line: id: ..." (report may be
 * NULL), and so is a note for each pattern that runs on every sentence.
 * Returns the number of failures; *n_examples gets the number of
 * examples run. */
guint rf_markers_test_examples (const rf_markers_t *m, GString *report, guint *n_examples);

#endif
