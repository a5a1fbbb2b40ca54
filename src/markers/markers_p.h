/* markers_p.h - internals shared by the markers loader, scanner and
 * prefilter. Not for use outside src/markers*.c. */
#ifndef RF_MARKERS_P_H
#define RF_MARKERS_P_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "markers/markers.h"

#include <hs.h>
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
} rf_pattern_t;

typedef struct rf_prefilter rf_prefilter_t;

/* The patterns of one language and the prefilter that picks, for a
 * sentence, the patterns that may match. */
typedef struct {
    char lang[4];
    GPtrArray *patterns;        /* of rf_pattern_t* (borrowed from all) */
    rf_prefilter_t *prefilter;  /* NULL: run every pattern */
    /* For a language other than English: its patterns and the English ones,
     * with one prefilter for both, so a scan reads the text once. */
    GPtrArray *with_en;
    rf_prefilter_t *with_en_prefilter;
} rf_lang_set_t;

struct rf_markers {
    GPtrArray *all;             /* of rf_pattern_t*, sorted by id (owned) */
    GPtrArray *langs;           /* of rf_lang_set_t* (owned) */
    pcre2_match_context *mctx;  /* shared, read-only after load */
    char *digest;
    /* Scratch space for every prefilter of the set; each thread scanning
     * uses its own clone (hs_clone_scratch). NULL when none compiled. */
    hs_scratch_t *scratch;
    guint serial;               /* tells the sets loaded in this process apart */
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

/* ---- prefilter (markers_vectorscan.c) */

/* A pattern to run on a sentence. */
typedef struct {
    guint32 pattern;
    guint32 sentence;
} rf_run_t;

/* Compile the given patterns into one Vectorscan database in prefilter
 * mode; those Vectorscan cannot take run on every sentence. */
rf_prefilter_t *rf_prefilter_new (GPtrArray *patterns);
void rf_prefilter_free (rf_prefilter_t *p);

/* Grow scratch (NULL: make it) to fit the prefilter too. */
gboolean rf_prefilter_grow_scratch (const rf_prefilter_t *p, hs_scratch_t **scratch);

/* Append to runs a (pattern, sentence) pair for each pattern that may
 * match text, the sentence's bytes. FALSE when the scan failed. */
gboolean rf_prefilter_scan (const rf_prefilter_t *p, hs_scratch_t *scratch, const char *text,
                            gsize len, guint32 sentence, GArray *runs);

/* TRUE when the pattern runs on every sentence (Vectorscan cannot take it). */
gboolean rf_prefilter_always (const rf_prefilter_t *p, guint pattern);

/* The indexes of those patterns (borrowed), *n of them. */
const guint *rf_prefilter_always_list (const rf_prefilter_t *p, guint *n);

/* Set by tests to scan with every pattern, to compare with the prefilter. */
extern gboolean rf_markers_no_prefilter;

#endif
