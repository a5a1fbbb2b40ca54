/* markers_p.h - internals shared by the markers loader, scanner and
 * prefilter (key analysis and automaton). Not for use outside
 * src/markers/ and its tests. */
#ifndef RF_MARKERS_P_H
#define RF_MARKERS_P_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "markers/markers.h"

#include <string.h>

/* Options every pattern is compiled with. Scanned text is always valid
 * UTF-8 by then (see sanitize in markers_scan.c), so matching skips the
 * UTF check. */
#define RF_MARKERS_PCRE2_OPTIONS (PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS)

typedef struct {
    char *text;
    int line;
} rf_example_t;

typedef struct {
    char *id;               /* full id: lang.category.short */
    char *category;
    char lang[4];
    double weight;
    char *regex;            /* source, regex: lines joined by '\n' */
    pcre2_code *re;
    GPtrArray *unless_src;  /* of char* */
    GPtrArray *unless_re;   /* of pcre2_code* */
    GArray *match;          /* of rf_example_t */
    GArray *nomatch;        /* of rf_example_t */
    char *note;
    char *file;
    int line;
    /* Prefilter: a sentence can only match when, for every one of these
     * sets of folded strings (GStrv, at most RF_MAX_CLAUSES), it contains
     * one of its strings. NULL when no such set was found: the pattern runs
     * on every sentence. */
    GPtrArray *clauses;
} rf_pattern_t;

typedef struct rf_prefilter rf_prefilter_t;

/* The patterns of one language and the automaton that picks, for a text,
 * the patterns that may match. */
typedef struct {
    char lang[4];
    GPtrArray *patterns;        /* of rf_pattern_t* (borrowed from all) */
    rf_prefilter_t *prefilter;  /* NULL: run every pattern */
    /* For a language other than English: its patterns and the English ones,
     * with one automaton for both, so a scan reads the text once. */
    GPtrArray *with_en;
    rf_prefilter_t *with_en_prefilter;
} rf_lang_set_t;

struct rf_markers {
    GPtrArray *all;             /* of rf_pattern_t*, sorted by id (owned) */
    GPtrArray *langs;           /* of rf_lang_set_t* (owned) */
    pcre2_match_context *mctx;  /* shared, read-only after load */
    char *digest;
    struct rf_scorer *scorer;   /* the trained models (scorer.h), or NULL */
};

/* ---- 16 bytes at a time
 *
 * The scan's byte loops (sentence ends, UTF-8 check, folding) look at 16
 * bytes at once where the compiler has vector extensions (SSE2 on x86-64,
 * NEON on ARM), and fall back to one byte at a time elsewhere. */
#if (defined (__GNUC__) || defined (__clang__)) && G_BYTE_ORDER == G_LITTLE_ENDIAN
#define RF_V16 1
typedef unsigned char rf_v16_t __attribute__ ((vector_size (16)));

static inline rf_v16_t
rf_v16_load (const void *p)
{
    rf_v16_t v;
    memcpy (&v, p, sizeof v);
    return v;
}

static inline rf_v16_t
rf_v16_splat (unsigned char c)
{
    return (rf_v16_t) { c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c };
}

/* The bytes of v equal to c: 0xFF each, 0 elsewhere. */
static inline rf_v16_t
rf_v16_eq (rf_v16_t v, unsigned char c)
{
    return (rf_v16_t) (v == rf_v16_splat (c));
}

/* The index of the first nonzero byte of a mask, 16 when none. */
static inline unsigned
rf_v16_first (rf_v16_t m)
{
    guint64 a, b;
    memcpy (&a, &m, 8);
    memcpy (&b, (const char *) &m + 8, 8);
    if (a)
        return (unsigned) __builtin_ctzll (a) / 8;
    if (b)
        return 8 + (unsigned) __builtin_ctzll (b) / 8;
    return 16;
}
#endif

/* The language set, or NULL. */
const rf_lang_set_t *rf_markers_lang (const rf_markers_t *m, const char *lang);

/* ---- prefilter (markers_prefilter.c) */

/* Fold one character the way the prefilter compares text: lower case,
 * accents removed, typographic apostrophes to '\''. */
gunichar rf_markers_fold_char (gunichar c);

/* Append the folded form of valid UTF-8 text to out: every character
 * folded, every run of white space as one space. at holds n_at offsets in
 * text (character starts, ascending, at most len), each replaced with the
 * offset in out where the folded form of the text from there begins: the
 * sentences, found in the text, are found in the folded text too. */
void rf_markers_fold (GString *out, const char *text, gsize len, guint32 *at, guint n_at);

/* Marks a word boundary (\b) at the edge of a key. */
#define RF_KEY_BOUNDARY '\x01'
#define RF_KEY_BOUNDARY_S "\x01"

/* A key without its word-boundary marks, white space runs as one space
 * (new string); *before and *after tell whether a \b stood at its edges. */
char *rf_markers_key_body (const char *raw, gboolean *before, gboolean *after);

/* Requirements every match of the regex meets: a list of GStrv (at most
 * RF_MAX_CLAUSES), each a set of folded strings one of which the match
 * contains, the most selective first. NULL when nothing usable is known
 * (or the regex is outside what the analysis understands). Keys may start
 * or end with RF_KEY_BOUNDARY where the regex puts a \b there. */
GPtrArray *rf_markers_regex_keys (const char *regex);

/* Requirements kept per pattern (a bit each in the scanner's masks). */
#define RF_MAX_CLAUSES 6

/* ---- automaton (markers_automaton.c) */

/* Build the automata over the keys of every requirement of the given
 * patterns (those without keys always run): one, or more when the keys
 * need more states than one has. */
rf_prefilter_t *rf_prefilter_new (GPtrArray *patterns);
void rf_prefilter_free (rf_prefilter_t *p);

/* The number of automata (0 when no pattern has keys). */
guint rf_prefilter_n_parts (const rf_prefilter_t *p);

/* A key found in folded text: pattern index in its language set, and the
 * byte range of the key in the folded text. */
typedef struct {
    guint32 pattern;
    guint32 clauses;    /* the requirements of the pattern the key meets (bit i: i-th) */
    guint32 start, end;
} rf_key_hit_t;

/* A growing list of key occurrences (free v with g_free). */
typedef struct {
    rf_key_hit_t *v;
    guint len, cap;
} rf_occ_t;

void rf_occ_grow (rf_occ_t *o);

static inline rf_key_hit_t *
rf_occ_push (rf_occ_t *o)
{
    if (G_UNLIKELY (o->len == o->cap))
        rf_occ_grow (o);
    return &o->v[o->len++];
}

/* Set occ to every occurrence in folded text of the keys in automaton
 * number part, in the order of their ends (each pattern's keys are all in
 * one automaton). tmp: a scratch list. */
void rf_prefilter_scan (const rf_prefilter_t *p, guint part, const char *folded, gsize len,
                        rf_occ_t *occ, rf_occ_t *tmp);

/* Per pattern, the bits of all its requirements (a sentence must hold a key
 * of each); 0 for the patterns that always run. */
const guint8 *rf_prefilter_needs (const rf_prefilter_t *p);

/* TRUE when the pattern has no keys and runs on every sentence. */
gboolean rf_prefilter_always (const rf_prefilter_t *p, guint pattern);

/* The indexes of those patterns (borrowed), *n of them. */
const guint *rf_prefilter_always_list (const rf_prefilter_t *p, guint *n);

/* Set by tests to scan with every pattern, to compare with the prefilter. */
extern gboolean rf_markers_no_prefilter;

#endif
