/* markers_scan.c - find marker hits in a text, and test pattern examples.
 *
 * Compiled patterns are shared read-only; everything a match writes (match
 * data, a larger JIT stack when one is needed) belongs to one call, so
 * scans may run in several threads at once. */
#include "config.h"
#include "markers/markers_p.h"
#include "markers/lang_detect.h"
#include "markers/scorer.h"
#include "base/util.h"

#include <string.h>

/* How far a sentence may reach on each side of a match, in bytes: the
 * snippet needs far less, and text without punctuation must not make every
 * hit walk the whole body. */
#define SENTENCE_REACH 1200

/* A match before it becomes a hit. */
typedef struct {
    const rf_pattern_t *pat;
    gsize s, e;              /* byte range of the match */
    gsize bs, be;            /* byte range of its sentence */
    const char *dropped;     /* why it was removed, or NULL */
    char *dropped_owned;     /* the same, when built for this hit */
} cand_t;

/* A sentence: a byte range of the text. */
typedef struct {
    gsize s, e;
} span_t;

/* A pattern to run on a sentence. */
typedef struct {
    guint32 pattern;
    guint32 sentence;
} run_t;

/* The buffers of one scan, kept by each thread from one scan to the next:
 * most messages are short, and allocating these for each cost more than
 * scanning. */
typedef struct {
    pcre2_match_data *md;
    GString *folded;         /* folded text for the prefilter */
    GArray *sentences;       /* of span_t */
    GArray *fsentences;      /* of guint32 pairs: the sentences in the folded text */
    rf_occ_t occ;
    rf_occ_t tmp;
    GArray *runs;            /* of run_t */
    GArray *cands;           /* of cand_t */
    GArray *touched;         /* of guint32: patterns with keys in this text */
    GByteArray *per_pattern; /* gint32 per pattern: its current sentence, or -1 */
    GByteArray *per_pattern_have;   /* guint8 per pattern: requirements met there */
    gboolean busy;
} scratch_t;

/* Buffers grown past this by a huge message are not kept. */
#define SCRATCH_KEEP (256 * 1024)

static void
scratch_free (gpointer p)
{
    scratch_t *x = p;
    if (!x)
        return;
    pcre2_match_data_free (x->md);
    g_string_free (x->folded, TRUE);
    g_array_unref (x->sentences);
    g_array_unref (x->fsentences);
    g_free (x->occ.v);
    g_free (x->tmp.v);
    g_array_unref (x->runs);
    g_array_unref (x->cands);
    g_array_unref (x->touched);
    g_byte_array_unref (x->per_pattern);
    g_byte_array_unref (x->per_pattern_have);
    g_free (x);
}

static GPrivate scratch_key = G_PRIVATE_INIT (scratch_free);

static void cand_clear (gpointer p);

static scratch_t *
scratch_new (void)
{
    scratch_t *x = g_new0 (scratch_t, 1);
    /* One pair is enough: only the whole match is used (a return code of 0
     * from pcre2_match means "matched, ovector too small"). */
    x->md = pcre2_match_data_create (1, NULL);
    x->folded = g_string_new (NULL);
    x->sentences = g_array_new (FALSE, FALSE, sizeof (span_t));
    x->fsentences = g_array_new (FALSE, FALSE, sizeof (guint32));
    x->runs = g_array_new (FALSE, FALSE, sizeof (run_t));
    x->cands = g_array_new (FALSE, FALSE, sizeof (cand_t));
    g_array_set_clear_func (x->cands, cand_clear);
    x->touched = g_array_new (FALSE, FALSE, sizeof (guint32));
    x->per_pattern = g_byte_array_new ();
    x->per_pattern_have = g_byte_array_new ();
    return x;
}

typedef struct {
    const rf_markers_t *m;
    const char *text;        /* valid UTF-8 */
    gsize n;
    scratch_t *x;
    gboolean own_scratch;    /* x is not the thread's (nested use) */
    pcre2_match_data *md;
    pcre2_match_context *big_ctx;   /* with a large JIT stack, made on demand */
    pcre2_jit_stack *stack;
    gboolean warned;
    GArray *sentences;       /* of span_t, NULL until made */
    GString *folded;
    const guint32 *fsentences;  /* start and end of each sentence in folded */
} scan_t;

static void
scan_init (scan_t *sc, const rf_markers_t *m, const char *text, gsize n)
{
    memset (sc, 0, sizeof *sc);
    sc->m = m;
    sc->text = text;
    sc->n = n;
    sc->x = g_private_get (&scratch_key);
    if (!sc->x) {
        sc->x = scratch_new ();
        g_private_set (&scratch_key, sc->x);
    }
    if (sc->x->busy) {
        sc->x = scratch_new ();
        sc->own_scratch = TRUE;
    }
    sc->x->busy = TRUE;
    sc->md = sc->x->md;
    sc->folded = sc->x->folded;
    g_string_truncate (sc->folded, 0);
}

static void
scan_clear (scan_t *sc)
{
    scratch_t *x = sc->x;
    gsize n_cands = x->cands->len;
    if (sc->big_ctx)
        pcre2_match_context_free (sc->big_ctx);
    if (sc->stack)
        pcre2_jit_stack_free (sc->stack);
    g_array_set_size (x->cands, 0);
    if (sc->own_scratch)
        scratch_free (x);
    else if (x->folded->allocated_len > SCRATCH_KEEP
             || n_cands * sizeof (cand_t) > SCRATCH_KEEP
             || x->sentences->len * sizeof (span_t) > SCRATCH_KEEP
             || x->occ.cap * sizeof (rf_key_hit_t) > SCRATCH_KEEP
             || x->tmp.cap * sizeof (rf_key_hit_t) > SCRATCH_KEEP)
        g_private_replace (&scratch_key, NULL);   /* frees x; the next scan makes a new one */
    else
        x->busy = FALSE;
}

/* The text is valid UTF-8 (see sanitize) and starts are character
 * boundaries, so the JIT fast path, which checks nothing, is safe; a
 * pattern JIT could not compile takes the interpreter. */
static inline int
run_re (const pcre2_code *re, const char *text, gsize len, gsize start, pcre2_match_data *md,
        pcre2_match_context *ctx)
{
    int rc = pcre2_jit_match (re, (PCRE2_SPTR) text, len, start, 0, md, ctx);
    if (rc == PCRE2_ERROR_JIT_BADOPTION)
        rc = pcre2_match (re, (PCRE2_SPTR) text, len, start, PCRE2_NO_UTF_CHECK, md, ctx);
    return rc;
}

/* Match on [0, len) from start; retries with a 1 MiB JIT stack when the
 * default 32 KiB one is too small. Returns TRUE on a match. */
static gboolean
match_at (scan_t *sc, const pcre2_code *re, const char *id, gsize len, gsize start)
{
    int rc = run_re (re, sc->text, len, start, sc->md, sc->big_ctx ? sc->big_ctx : sc->m->mctx);
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT && !sc->big_ctx) {
        sc->big_ctx = pcre2_match_context_copy (sc->m->mctx);
        sc->stack = pcre2_jit_stack_create (32 * 1024, 1024 * 1024, NULL);
        pcre2_jit_stack_assign (sc->big_ctx, NULL, sc->stack);
        rc = run_re (re, sc->text, len, start, sc->md, sc->big_ctx);
    }
    if (rc >= 0)
        return TRUE;
    if (rc != PCRE2_ERROR_NOMATCH && !sc->warned) {
        PCRE2_UCHAR msg[128];
        pcre2_get_error_message (rc, msg, sizeof msg);
        rf_warn ("pattern %s: %s; the rest of this text is not scanned with it", id,
                 (const char *) msg);
        sc->warned = TRUE;
    }
    return FALSE;
}

/* ---- sentences */

static gboolean
is_terminator (gunichar c)
{
    return c == '.' || c == '!' || c == '?' || c == 0x2026 /* … */ || c == 0xFF01 || c == 0xFF1F;
}

static gboolean
is_closer (gunichar c)
{
    return c == ')' || c == '"' || c == '\'' || c == 0xBB /* » */ || c == 0x2019 || c == 0x201D;
}

static inline gboolean
is_space (gunichar c)
{
    if (c < 0x80)
        return c == ' ' || (c >= '\t' && c <= '\r');
    return c == 0xA0 || g_unichar_isspace (c);
}

static gboolean
is_bullet (gunichar c)
{
    return c == '-' || c == '*' || c == 0x2022 /* • */;
}

/* The character at byte i of valid UTF-8, and the offset of the next. */
static inline gunichar
char_at (const char *t, gsize i)
{
    return (guchar) t[i] < 0x80 ? (gunichar) t[i] : g_utf8_get_char (t + i);
}

static inline gsize
next_at (const char *t, gsize i)
{
    return i + (gsize) g_utf8_skip[(guchar) t[i]];
}

/* Bytes where a sentence may end: the ASCII terminators, line breaks,
 * and the first bytes of the other terminators (… E2 80 A6, ！ EF BC 81,
 * ？ EF BC 9F). Any other byte, a continuation byte included, is passed
 * over one at a time. */
static const guint8 may_end[256] = {
    ['\n'] = 1, ['.'] = 1, ['!'] = 1, ['?'] = 1, [0xE2] = 1, [0xEF] = 1,
};

/* Where the sentence going on at byte e ends: after a terminator (. ! ? …)
 * and any closing quotes or brackets, when whitespace or the end follows;
 * or before a line break that starts a blank line or a list item. A single
 * line break (mail wraps lines) does not end a sentence. */
static gsize
sentence_end (const char *t, gsize n, gsize e)
{
    const guchar *u = (const guchar *) t;
    gsize pos = e, limit = MIN (n, e + SENTENCE_REACH);
    for (;;) {
        gunichar c;
        gsize next;
#ifdef RF_V16
        while (pos + 16 <= limit) {
            rf_v16_t v = rf_v16_load (u + pos);
            rf_v16_t m = rf_v16_eq (v, '\n') | rf_v16_eq (v, '.') | rf_v16_eq (v, '!')
                         | rf_v16_eq (v, '?') | rf_v16_eq (v, 0xE2) | rf_v16_eq (v, 0xEF);
            unsigned k = rf_v16_first (m);
            pos += k;
            if (k < 16)
                break;
        }
#endif
        while (pos < limit && !may_end[u[pos]])
            pos++;
        if (pos >= limit)
            break;
        c = char_at (t, pos);
        next = next_at (t, pos);
        if (is_terminator (c)) {
            while (next < n && (is_terminator (char_at (t, next)) || is_closer (char_at (t, next))))
                next = next_at (t, next);
            if (next >= n || is_space (char_at (t, next)))
                return next;
        } else if (c == '\n') {
            gsize q = next;
            while (q < n && t[q] != '\n' && is_space (char_at (t, q)))
                q = next_at (t, q);
            if (q < n && (t[q] == '\n' || is_bullet (char_at (t, q))))
                return pos;
        }
        pos = next;
    }
    /* The reach ends inside a character: the sentence takes all of it. */
    while (pos < n && (u[pos] & 0xC0) == 0x80)
        pos++;
    return MIN (pos, n);
}

/* ---- snippets */

/* The sentence with whitespace runs collapsed to one space, at most
 * RF_MARKER_SNIPPET_MAX characters around the match. */
static char *
make_snippet (const char *t, const cand_t *c)
{
    /* Dropping white space and control characters only shortens the
     * sentence: it fits in a buffer of its size. */
    GString *s = g_string_sized_new (c->be - c->bs + 1);
    glong ms = 0, me = 0, nchars = 0, from, to, budget = RF_MARKER_SNIPPET_MAX - 2;
    gboolean in_space = FALSE;
    char *out, *a, *b;

    for (const char *p = t + c->bs; p < t + c->be;) {
        guchar u = (guchar) *p;
        gunichar ch = u;
        gboolean space;
        gsize at = (gsize) (p - t);
        if (at == c->s)
            ms = nchars;
        if (at == c->e)
            me = nchars;
        if (u < 0x80) {
            /* ASCII white space and control characters: up to ' ', DEL. */
            p++;
            space = u <= ' ' || u == 0x7F;
        } else {
            ch = g_utf8_get_char (p);
            p = g_utf8_next_char (p);
            space = is_space (ch) || g_unichar_iscntrl (ch);
        }
        if (space) {
            in_space = TRUE;
            continue;
        }
        if (in_space && s->len > 0) {
            s->str[s->len++] = ' ';
            nchars++;
        }
        in_space = FALSE;
        if (u < 0x80)
            s->str[s->len++] = (char) u;
        else
            g_string_append_unichar (s, ch);
        nchars++;
    }
    s->str[s->len] = '\0';
    if (c->e >= c->be)
        me = nchars;
    if (nchars <= RF_MARKER_SNIPPET_MAX)
        return g_string_free (s, FALSE);
    /* Centre the window on the match; a match longer than the window keeps
     * its beginning. */
    if (me - ms >= budget) {
        from = ms;
        to = ms + budget;
    } else {
        from = MAX (0, ms - (budget - (me - ms)) / 2);
        to = MIN (nchars, from + budget);
        from = MAX (0, to - budget);
    }
    a = g_utf8_offset_to_pointer (s->str, from);
    b = g_utf8_offset_to_pointer (s->str, to);
    out = g_strdup_printf ("%s%.*s%s", from > 0 ? "\u2026" : "", (int) (b - a), a,
                           to < nchars ? "\u2026" : "");
    g_string_free (s, TRUE);
    return out;
}

/* ---- input clean-up */

static gboolean
has_combining_marks (const char *t, gsize n)
{
    /* U+0300..U+036F are encoded as CC 80..CD AF; memchr is much faster
     * than a loop, and most text has neither byte. */
    const char *p;
    if (n > 1 && memchr (t, 0xCC, n - 1))
        return TRUE;
    for (p = t; n > 1 && (p = memchr (p, 0xCD, (gsize) (t + n - 1 - p))); p++)
        if ((guchar) p[1] <= 0xAF)
            return TRUE;
    return FALSE;
}

/* g_utf8_validate_len (text, len, NULL): valid UTF-8 without NUL. Runs of
 * ASCII, most of the text, are passed over 16 bytes at a time; GLib checks
 * each run of other bytes (a character of several bytes holds no ASCII
 * byte, so the text is valid when every such run is). */
static gboolean
valid_utf8 (const char *text, gsize len)
{
    const guchar *u = (const guchar *) text;
    gsize i = 0;
    while (i < len) {
        gsize j;
#ifdef RF_V16
        while (i + 16 <= len) {
            rf_v16_t v = rf_v16_load (u + i);
            rf_v16_t m = (rf_v16_t) (v >= rf_v16_splat (0x80)) | rf_v16_eq (v, 0);
            unsigned k = rf_v16_first (m);
            i += k;
            if (k < 16)
                break;
        }
#endif
        while (i < len && u[i] != 0 && u[i] < 0x80)
            i++;
        if (i >= len)
            break;
        if (u[i] == 0)
            return FALSE;
        for (j = i; j < len && u[j] >= 0x80; j++)
            ;
        if (!g_utf8_validate_len (text + i, j - i, NULL))
            return FALSE;
        i = j;
    }
    return TRUE;
}

/* Valid UTF-8 without NUL, in composed form (NFC), so that "é" written as
 * e + combining accent matches patterns too. Returns text itself when it
 * is already so, else a new string (*owned). */
static const char *
sanitize (const char *text, gsize len, gsize *n_out, char **owned)
{
    GString *s;
    *owned = NULL;
    *n_out = len;
    if (!text)
        return "";
    if (valid_utf8 (text, len) && !has_combining_marks (text, len))
        return text;
    s = g_string_sized_new (len + 16);
    for (const char *p = text, *end = text + len; p < end;) {
        gunichar c = g_utf8_get_char_validated (p, end - p);
        if (c == 0) {
            g_string_append_c (s, ' ');
            p++;
        } else if (c == (gunichar) -1 || c == (gunichar) -2) {
            g_string_append_unichar (s, 0xFFFD);
            p++;
        } else {
            g_string_append_len (s, p, g_utf8_skip[*(const guchar *) p]);
            p = g_utf8_next_char (p);
        }
    }
    if (has_combining_marks (s->str, s->len)) {
        char *nfc = g_utf8_normalize (s->str, (gssize) s->len, G_NORMALIZE_NFC);
        if (nfc) {
            g_string_free (s, TRUE);
            *owned = nfc;
            *n_out = strlen (nfc);
            return nfc;
        }
    }
    *n_out = s->len;
    *owned = g_string_free (s, FALSE);
    return *owned;
}

/* ---- matching
 *
 * Patterns are matched sentence by sentence: a hit never spans two
 * sentences. A pattern runs only on the sentences that contain one of its
 * keys (markers_prefilter.c), or on every sentence when it has none. */

/* Every sentence of the text, in order (computed once per scan). */
static const GArray *
all_sentences (scan_t *sc)
{
    gsize pos = 0;
    if (sc->sentences)
        return sc->sentences;
    sc->sentences = sc->x->sentences;
    g_array_set_size (sc->sentences, 0);
    while (pos < sc->n) {
        span_t w;
        while (pos < sc->n && is_space (char_at (sc->text, pos)))
            pos = next_at (sc->text, pos);
        if (pos >= sc->n)
            break;
        w.s = pos;
        w.e = sentence_end (sc->text, sc->n, pos);
        if (w.e <= w.s)
            w.e = MIN (sc->n, next_at (sc->text, w.s));
        g_array_append_val (sc->sentences, w);
        pos = w.e;
    }
    return sc->sentences;
}

/* Every match of one pattern inside one span, its unless clauses applied. */
static void
run_span (scan_t *sc, const rf_pattern_t *pat, span_t w, GArray *cands, gboolean keep_dropped)
{
    gsize start = w.s;
    while (start < w.e && match_at (sc, pat->re, pat->id, w.e, start)) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer (sc->md);
        cand_t c = { pat, ov[0], ov[1], 0, 0, NULL, NULL };
        if (c.e <= c.s) {
            /* Empty match (or \K oddities): step one character on. */
            if (c.s >= w.e)
                break;
            start = (gsize) (g_utf8_next_char (sc->text + MAX (c.s, start)) - sc->text);
            continue;
        }
        start = c.e;
        c.bs = w.s;
        c.be = w.e;
        for (guint i = 0; i < pat->unless_re->len; i++) {
            if (match_at (sc, g_ptr_array_index (pat->unless_re, i), pat->id, c.be, c.bs)) {
                c.dropped_owned = g_strdup_printf ("unless: %s",
                                                   (const char *) g_ptr_array_index (pat->unless_src, i));
                c.dropped = c.dropped_owned;
                break;
            }
        }
        if (c.dropped && !keep_dropped) {
            g_free (c.dropped_owned);
            continue;
        }
        g_array_append_val (cands, c);
    }
}

static void
run_spans (scan_t *sc, const rf_pattern_t *pat, const GArray *spans, GArray *cands,
           gboolean keep_dropped)
{
    for (guint i = 0; i < spans->len; i++)
        run_span (sc, pat, g_array_index (spans, span_t, i), cands, keep_dropped);
}

/* Split the text into sentences and fold it for the prefilter, with the
 * bounds of each sentence in the folded text. */
static void
prepare (scan_t *sc)
{
    const GArray *sentences = all_sentences (sc);
    GArray *f = sc->x->fsentences;
    g_array_set_size (f, 2 * sentences->len);
    for (guint k = 0; k < sentences->len; k++) {
        const span_t *w = &g_array_index (sentences, span_t, k);
        g_array_index (f, guint32, 2 * k) = (guint32) w->s;
        g_array_index (f, guint32, 2 * k + 1) = (guint32) w->e;
    }
    g_string_truncate (sc->folded, 0);
    rf_markers_fold (sc->folded, sc->text, sc->n, (guint32 *) f->data, f->len);
    sc->fsentences = (const guint32 *) f->data;
}

/* The (pattern, sentence) pairs where a sentence holds a key of every
 * requirement of the pattern, from the key occurrences occ (in order of
 * their ends), appended to runs. A match lies inside one sentence, and so
 * do its keys: an occurrence that is not inside a sentence is no use.
 * Since the occurrences inside sentences come sentence after sentence,
 * each pattern only needs the sentence it is in and the requirements met
 * there so far. */
static void
select_runs (scan_t *sc, const rf_prefilter_t *pf, guint n_patterns, const rf_occ_t *occ,
             GArray *runs)
{
    const rf_key_hit_t *o = occ->v;
    const guint8 *need = rf_prefilter_needs (pf);
    const guint32 *fs = sc->fsentences;
    guint n_sentences = sc->sentences->len, j = 0;
    gint32 *cur;
    guint8 *have;
    GArray *touched = sc->x->touched;

    if (occ->len == 0)
        return;
    if (sc->x->per_pattern->len < n_patterns * sizeof (gint32)) {
        guint old = sc->x->per_pattern->len / sizeof (gint32);
        g_byte_array_set_size (sc->x->per_pattern, n_patterns * sizeof (gint32));
        g_byte_array_set_size (sc->x->per_pattern_have, n_patterns);
        for (guint p = old; p < n_patterns; p++) {
            ((gint32 *) sc->x->per_pattern->data)[p] = -1;
            sc->x->per_pattern_have->data[p] = 0;
        }
    }
    cur = (gint32 *) sc->x->per_pattern->data;
    have = sc->x->per_pattern_have->data;
    g_array_set_size (touched, 0);
    for (guint i = 0; i < occ->len; i++) {
        guint32 p = o[i].pattern;
        while (j < n_sentences && fs[2 * j + 1] < o[i].end)
            j++;
        if (j == n_sentences)
            break;
        if (o[i].start < fs[2 * j] || !need[p])
            continue;
        if (cur[p] != (gint32) j) {
            if (cur[p] < 0) {
                g_array_append_val (touched, p);
            } else if (have[p] == need[p]) {
                run_t r = { p, (guint32) cur[p] };
                g_array_append_val (runs, r);
            }
            cur[p] = (gint32) j;
            have[p] = 0;
        }
        have[p] |= (guint8) o[i].clauses;
    }
    for (guint t = 0; t < touched->len; t++) {
        guint32 p = g_array_index (touched, guint32, t);
        if (have[p] == need[p]) {
            run_t r = { p, (guint32) cur[p] };
            g_array_append_val (runs, r);
        }
        cur[p] = -1;
        have[p] = 0;
    }
}

/* Run a list of patterns, through its prefilter when there is one. */
static void
run_patterns (scan_t *sc, const GPtrArray *patterns, const rf_prefilter_t *prefilter,
              GArray *cands, gboolean keep_dropped)
{
    GArray *runs;
    const guint *always;
    guint n_always;

    if (!prefilter || rf_markers_no_prefilter) {
        for (guint p = 0; p < patterns->len; p++)
            run_spans (sc, g_ptr_array_index (patterns, p), all_sentences (sc), cands,
                       keep_dropped);
        return;
    }
    runs = sc->x->runs;
    g_array_set_size (runs, 0);
    for (guint part = 0; part < rf_prefilter_n_parts (prefilter); part++) {
        rf_prefilter_scan (prefilter, part, sc->folded->str, sc->folded->len, &sc->x->occ,
                           &sc->x->tmp);
        select_runs (sc, prefilter, patterns->len, &sc->x->occ, runs);
    }
    /* The order does not matter: candidates are sorted afterwards. */
    for (guint i = 0; i < runs->len; i++) {
        const run_t *r = &g_array_index (runs, run_t, i);
        run_span (sc, g_ptr_array_index (patterns, r->pattern),
                  g_array_index (sc->sentences, span_t, r->sentence), cands, keep_dropped);
    }
    always = rf_prefilter_always_list (prefilter, &n_always);
    for (guint k = 0; k < n_always; k++)
        run_spans (sc, g_ptr_array_index (patterns, always[k]), all_sentences (sc), cands,
                   keep_dropped);
}

static gint
by_category_start (gconstpointer a, gconstpointer b)
{
    const cand_t *x = a, *y = b;
    int c = strcmp (x->pat->category, y->pat->category);
    if (c)
        return c;
    if (x->s != y->s)
        return x->s < y->s ? -1 : 1;
    return strcmp (x->pat->id, y->pat->id);
}

static gint
by_start (gconstpointer a, gconstpointer b)
{
    const cand_t *x = a, *y = b;
    int c;
    if (x->s != y->s)
        return x->s < y->s ? -1 : 1;
    c = strcmp (x->pat->category, y->pat->category);
    return c ? c : strcmp (x->pat->id, y->pat->id);
}

/* Overlapping hits of one category count once: the heavier pattern wins,
 * then the earlier match. */
static void
drop_overlaps (GArray *cands)
{
    cand_t *kept = NULL;
    g_array_sort (cands, by_category_start);
    for (guint i = 0; i < cands->len; i++) {
        cand_t *c = &g_array_index (cands, cand_t, i);
        if (c->dropped)
            continue;
        if (kept && !strcmp (kept->pat->category, c->pat->category) && c->s < kept->e) {
            cand_t *loser = c->pat->weight > kept->pat->weight ? kept : c;
            cand_t *winner = loser == c ? kept : c;
            loser->dropped_owned = g_strdup_printf ("overlaps the heavier or earlier hit %s",
                                                    winner->pat->id);
            loser->dropped = loser->dropped_owned;
            kept = winner;
            continue;
        }
        kept = c;
    }
    g_array_sort (cands, by_start);
}

static void
cand_clear (gpointer p)
{
    g_free (((cand_t *) p)->dropped_owned);
}

/* Languages to run: lang (detected when NULL) and English; for a short
 * text of uncertain language (rf_lang_uncertain), French and Spanish too. */
static int
pick_langs (const rf_markers_t *m, const char *text, gsize n, const char *lang,
            const rf_lang_set_t *sets[3])
{
    static const char *const others[] = { "fr", "es" };
    int k = 0;
    if (!lang)
        lang = rf_lang_detect (text, n);
    sets[k] = rf_markers_lang (m, lang);
    if (sets[k])
        k++;
    if (strcmp (lang, "en") != 0) {
        sets[k] = rf_markers_lang (m, "en");
        if (sets[k])
            k++;
    }
    if (!rf_lang_uncertain (text, n))
        return k;
    for (guint i = 0; i < G_N_ELEMENTS (others); i++) {
        const rf_lang_set_t *l = rf_markers_lang (m, others[i]);
        gboolean dup = FALSE;
        for (int j = 0; j < k; j++)
            dup = dup || sets[j] == l;
        if (l && !dup)
            sets[k++] = l;
    }
    return k;
}

/* The candidates for a text, sorted by start. */
static GArray *
find (scan_t *sc, const rf_lang_set_t *const *sets, int nsets, gboolean keep_dropped)
{
    GArray *cands = sc->x->cands;   /* emptied by scan_clear */
    if (!rf_markers_no_prefilter)
        prepare (sc);
    if (nsets == 2 && sets[0]->with_en && !strcmp (sets[1]->lang, "en")) {
        run_patterns (sc, sets[0]->with_en, sets[0]->with_en_prefilter, cands, keep_dropped);
    } else {
        for (int i = 0; i < nsets; i++)
            run_patterns (sc, sets[i]->patterns, sets[i]->prefilter, cands, keep_dropped);
    }
    drop_overlaps (cands);
    return cands;
}

void
rf_marker_hit_free (rf_marker_hit_t *hit)
{
    if (!hit)
        return;
    g_free (hit->category);
    g_free (hit->pattern_id);
    g_free (hit->matched);
    g_free (hit->snippet);
    g_free (hit);
}

static rf_marker_hit_t *
make_hit (const scan_t *sc, const cand_t *c, glong offset)
{
    rf_marker_hit_t *h = g_new0 (rf_marker_hit_t, 1);
    h->category = g_strdup (c->pat->category);
    h->pattern_id = g_strdup (c->pat->id);
    g_strlcpy (h->lang, c->pat->lang, sizeof h->lang);
    h->weight = c->pat->weight;
    h->offset = offset;
    h->matched = g_strndup (sc->text + c->s, c->e - c->s);
    h->snippet = make_snippet (sc->text, c);
    return h;
}

/* Character offsets of the (sorted) candidates, computed in one pass. */
static glong
advance_offset (const char *t, gsize *at, glong *chars, gsize to)
{
    if (to > *at) {
        /* Valid UTF-8: every byte but the continuation bytes starts a
         * character. */
        const guchar *u = (const guchar *) t;
        glong cont = 0;
        for (gsize i = *at; i < to; i++)
            cont += (u[i] & 0xC0) == 0x80;
        *chars += (glong) (to - *at) - cont;
        *at = to;
    }
    return *chars;
}

/* ---- the trained scorer (scorer.h): after the patterns, each sentence is
 * scored by the models; a sentence a category's patterns missed may
 * still give a hit of that category. */

G_STATIC_ASSERT (sizeof (span_t) == sizeof (rf_scorer_span_t));

static void
add_scorer_hits (scan_t *sc, const GArray *cands, const char *lang, GPtrArray *hits,
                 GPtrArray *scores)
{
    const GArray *sentences = all_sentences (sc);
    GArray *found = g_array_new (FALSE, FALSE, sizeof (rf_scorer_found_t));
    for (guint i = 0; i < cands->len; i++) {
        const cand_t *c = &g_array_index (cands, cand_t, i);
        rf_scorer_found_t f = { c->bs, c->pat->category };
        if (!c->dropped)
            g_array_append_val (found, f);
    }
    rf_scorer_scan (sc->m->scorer, sc->text, sc->n, (const rf_scorer_span_t *) sentences->data,
                    sentences->len, lang ? lang : rf_lang_detect (sc->text, sc->n),
                    (const rf_scorer_found_t *) found->data, found->len, hits, scores);
    g_array_unref (found);
}

static gint
by_offset (gconstpointer a, gconstpointer b)
{
    const rf_marker_hit_t *x = *(rf_marker_hit_t *const *) a, *y = *(rf_marker_hit_t *const *) b;
    int c;
    if (x->offset != y->offset)
        return x->offset < y->offset ? -1 : 1;
    c = strcmp (x->category, y->category);
    return c ? c : strcmp (x->pattern_id, y->pattern_id);
}

GPtrArray *
rf_markers_scan (const rf_markers_t *m, const char *text, gsize len, const char *lang)
{
    GPtrArray *hits = g_ptr_array_new_with_free_func ((GDestroyNotify) rf_marker_hit_free);
    const rf_lang_set_t *sets[3];
    char *owned = NULL;
    gsize n, at = 0;
    glong chars = 0;
    const char *clean = sanitize (text, len, &n, &owned);
    scan_t sc;
    GArray *cands;

    scan_init (&sc, m, clean, n);
    cands = find (&sc, sets, pick_langs (m, clean, n, lang, sets), FALSE);
    for (guint i = 0; i < cands->len; i++) {
        const cand_t *c = &g_array_index (cands, cand_t, i);
        if (!c->dropped)
            g_ptr_array_add (hits, make_hit (&sc, c, advance_offset (clean, &at, &chars, c->s)));
    }
    if (m->scorer) {
        guint before = hits->len;
        add_scorer_hits (&sc, cands, lang, hits, NULL);
        if (hits->len > before)
            g_ptr_array_sort (hits, by_offset);
    }
    scan_clear (&sc);
    g_free (owned);
    return hits;
}

static void
explain_free (gpointer p)
{
    rf_marker_explain_t *x = p;
    rf_marker_hit_free (x->hit);
    g_free ((char *) x->dropped);
    g_free (x);
}

static gint
by_explain_offset (gconstpointer a, gconstpointer b)
{
    const rf_marker_explain_t *x = *(rf_marker_explain_t *const *) a;
    const rf_marker_explain_t *y = *(rf_marker_explain_t *const *) b;
    return by_offset (&x->hit, &y->hit);
}

/* The scorer's hits as explained items, in offset order with the rest. */
static void
explain_scorer (scan_t *sc, const GArray *cands, const char *lang, GPtrArray *out,
                GPtrArray *scores)
{
    GPtrArray *hits = g_ptr_array_new ();
    add_scorer_hits (sc, cands, lang, hits, scores);
    for (guint i = 0; i < hits->len; i++) {
        rf_marker_explain_t *x = g_new0 (rf_marker_explain_t, 1);
        const rf_model_t *model;
        x->hit = hits->pdata[i];
        model = rf_scorer_model_of_hit (sc->m->scorer, x->hit->lang, x->hit->pattern_id);
        x->file = model ? model->path : NULL;
        g_ptr_array_add (out, x);
    }
    if (hits->len)
        g_ptr_array_sort (out, by_explain_offset);
    g_ptr_array_unref (hits);
}

GPtrArray *
rf_markers_explain (const rf_markers_t *m, const char *text, gsize len, const char *lang,
                    char **langs_out)
{
    return rf_markers_explain_scores (m, text, len, lang, langs_out, NULL);
}

GPtrArray *
rf_markers_explain_scores (const rf_markers_t *m, const char *text, gsize len, const char *lang,
                           char **langs_out, GPtrArray *scores)
{
    GPtrArray *out = g_ptr_array_new_with_free_func (explain_free);
    const rf_lang_set_t *sets[3];
    char *owned = NULL;
    gsize n, at = 0;
    glong chars = 0;
    const char *clean = sanitize (text, len, &n, &owned);
    int nsets = pick_langs (m, clean, n, lang, sets);
    scan_t sc;
    GArray *cands;

    if (langs_out)
        *langs_out = g_strjoin (",", nsets > 0 ? sets[0]->lang : "",
                                nsets > 1 ? sets[1]->lang : NULL,
                                nsets > 2 ? sets[2]->lang : NULL, NULL);
    scan_init (&sc, m, clean, n);
    cands = find (&sc, sets, nsets, TRUE);
    for (guint i = 0; i < cands->len; i++) {
        const cand_t *c = &g_array_index (cands, cand_t, i);
        rf_marker_explain_t *x = g_new0 (rf_marker_explain_t, 1);
        x->hit = make_hit (&sc, c, advance_offset (clean, &at, &chars, c->s));
        x->file = c->pat->file;
        x->line = c->pat->line;
        x->regex = c->pat->regex;
        x->note = c->pat->note;
        x->dropped = g_strdup (c->dropped);
        g_ptr_array_add (out, x);
    }
    if (m->scorer)
        explain_scorer (&sc, cands, lang, out, scores);
    scan_clear (&sc);
    g_free (owned);
    return out;
}

GPtrArray *
rf_markers_sentences (const char *text, gsize len)
{
    GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
    char *owned = NULL;
    gsize n;
    const char *clean = sanitize (text, len, &n, &owned);
    const GArray *spans;
    scan_t sc;
    scan_init (&sc, NULL, clean, n);
    spans = all_sentences (&sc);
    for (guint i = 0; i < spans->len; i++) {
        const span_t *w = &g_array_index (spans, span_t, i);
        g_ptr_array_add (out, g_strndup (clean + w->s, w->e - w->s));
    }
    scan_clear (&sc);
    g_free (owned);
    return out;
}

/* ---- examples */

/* Does the pattern alone (regex and unless clauses) hit the text? Also
 * checks that the prefilter would let the pattern run on it. */
static gboolean
example_hits (const rf_markers_t *m, const rf_pattern_t *pat, const char *text,
              gboolean *prefilter_ok)
{
    char *owned = NULL;
    gsize n;
    const char *clean = sanitize (text, strlen (text), &n, &owned);
    GArray *cands = g_array_new (FALSE, FALSE, sizeof (cand_t));
    const rf_lang_set_t *ls = rf_markers_lang (m, pat->lang);
    gboolean hit = FALSE;
    scan_t sc;

    g_array_set_clear_func (cands, cand_clear);
    scan_init (&sc, m, clean, n);
    run_spans (&sc, pat, all_sentences (&sc), cands, FALSE);
    hit = cands->len > 0;
    *prefilter_ok = TRUE;
    if (hit && ls && ls->prefilter) {
        /* The prefilter path must find the same matches. */
        guint before = cands->len, idx = 0;
        g_array_set_size (cands, 0);
        prepare (&sc);
        if (g_ptr_array_find (ls->patterns, pat, &idx)) {
            rf_occ_t occ = { 0 }, tmp = { 0 };
            GArray *runs = g_array_new (FALSE, FALSE, sizeof (run_t));
            if (rf_prefilter_always (ls->prefilter, idx)) {
                run_spans (&sc, pat, all_sentences (&sc), cands, FALSE);
            } else {
                for (guint part = 0; part < rf_prefilter_n_parts (ls->prefilter); part++) {
                    rf_prefilter_scan (ls->prefilter, part, sc.folded->str, sc.folded->len, &occ,
                                       &tmp);
                    select_runs (&sc, ls->prefilter, ls->patterns->len, &occ, runs);
                }
                for (guint i = 0; i < runs->len; i++) {
                    const run_t *r = &g_array_index (runs, run_t, i);
                    if (r->pattern == idx)
                        run_span (&sc, pat, g_array_index (sc.sentences, span_t, r->sentence),
                                  cands, FALSE);
                }
            }
            g_array_unref (runs);
            g_free (occ.v);
            g_free (tmp.v);
        }
        *prefilter_ok = cands->len == before;
    }
    g_array_unref (cands);
    scan_clear (&sc);
    g_free (owned);
    return hit;
}

/* TRUE when the prefilter cannot pick the sentences for the pattern, so
 * that it runs on every sentence of every text. */
static gboolean
runs_everywhere (const rf_markers_t *m, const rf_pattern_t *p)
{
    const rf_lang_set_t *ls = rf_markers_lang (m, p->lang);
    guint idx = 0;
    return ls && ls->prefilter && g_ptr_array_find (ls->patterns, p, &idx)
           && rf_prefilter_always (ls->prefilter, idx);
}

guint
rf_markers_test_examples (const rf_markers_t *m, GString *report, guint *n_examples)
{
    guint failures = 0, total = 0;
    for (guint i = 0; i < m->all->len; i++) {
        const rf_pattern_t *p = g_ptr_array_index (m->all, i);
        /* Not a failure, but every scan pays for it. */
        if (report && runs_everywhere (m, p))
            g_string_append_printf (report, "%s:%d: %s: note: runs on every sentence (its regex "
                                    "has no word that every match must hold), which slows "
                                    "scans down\n", p->file, p->line, p->id);
        for (int want = 1; want >= 0; want--) {
            GArray *ex = want ? p->match : p->nomatch;
            for (guint j = 0; j < ex->len; j++) {
                const rf_example_t *e = &g_array_index (ex, rf_example_t, j);
                gboolean pf_ok, hit = example_hits (m, p, e->text, &pf_ok);
                const char *why = NULL;
                total++;
                if (hit != want)
                    why = want ? "should match but does not" : "should not match but does";
                else if (!pf_ok)
                    why = "matches, but not through the prefilter (a bug in the prefilter)";
                if (!why)
                    continue;
                failures++;
                if (report)
                    g_string_append_printf (report, "%s:%d: %s: %s: %s\n", p->file, e->line,
                                            p->id, why, e->text);
            }
        }
    }
    if (n_examples)
        *n_examples = total;
    return failures;
}
