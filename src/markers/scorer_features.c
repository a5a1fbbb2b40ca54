/* scorer_features.c - the features of a sentence for the marker scorer
 * (names and rules in doc/markers.md, "The scorer"). */
#include "config.h"
#include "markers/scorer_features.h"
#include "markers/scorer_lexicon_p.h"

#include <string.h>

/* Longest word kept, in bytes of its folded form: longer runs of letters
 * are cut there (they are noise: a run of "hahaha", a pasted key). */
#define MAX_TOKEN 32

/* Character n-grams are taken from words of at least this many letters
 * (shorter ones add nothing their word feature does not say). */
#define NGRAM_MIN_WORD 3
#define NGRAM_MIN 3
#define NGRAM_MAX 5

/* The value of an n-gram feature (a word is 1): a word has many n-grams,
 * and at full value they drowned the words themselves (out-of-fold
 * recall at the target precision, written examples: 0.45 at 1, 0.50
 * without n-grams, 0.53 at 0.3). */
#define NGRAM_VALUE 0.3f

/* A sentence shouts when at least this share of its letters (and at least
 * SHOUT_MIN_LETTERS) are capitals. */
#define SHOUT_SHARE 0.6
#define SHOUT_MIN_LETTERS 8

#define FNV_OFFSET 14695981039346656037ull
#define FNV_PRIME 1099511628211ull

static inline guint64
fnv (guint64 h, const char *s, gsize n)
{
    for (gsize i = 0; i < n; i++) {
        h ^= (guchar) s[i];
        h *= FNV_PRIME;
    }
    return h;
}

static inline guint64
fnv_c (guint64 h, char c)
{
    h ^= (guchar) c;
    return h * FNV_PRIME;
}

guint64
rf_feature_key (const char *name)
{
    guint64 h = fnv (FNV_OFFSET, name, strlen (name));
    return h ? h : 1;
}

/* ---- folding */

/* Folded forms of U+0080..U+024F (Latin-1 and Latin Extended-A/B), worked
 * out once: most non-ASCII letters of our languages are there. */
#define FOLD_TABLE_END 0x250
static gunichar fold_table[FOLD_TABLE_END][2];

static gunichar
decompose_base (gunichar c)
{
    gunichar buf[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
    gsize n = g_unichar_fully_decompose (c, FALSE, buf, G_N_ELEMENTS (buf));
    return n > 0 ? buf[0] : c;
}

static void
fold_slow (gunichar c, gunichar out[2])
{
    out[1] = 0;
    if (c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x2032 || c == 0x60 || c == 0xB4) {
        out[0] = '\'';
        return;
    }
    c = g_unichar_tolower (c);
    if (c == 0x153) {           /* œ */
        out[0] = 'o';
        out[1] = 'e';
    } else if (c == 0xE6) {     /* æ */
        out[0] = 'a';
        out[1] = 'e';
    } else {
        out[0] = g_unichar_tolower (decompose_base (c));
    }
}

static gpointer
fold_table_init (gpointer unused)
{
    (void) unused;
    for (gunichar c = 0x80; c < FOLD_TABLE_END; c++)
        fold_slow (c, fold_table[c]);
    return NULL;
}

int
rf_scorer_fold_char (gunichar c, gunichar out[2])
{
    static GOnce once = G_ONCE_INIT;
    if (c < 0x80) {
        out[0] = c >= 'A' && c <= 'Z' ? c + 32 : c;
        out[1] = 0;
        return 1;
    }
    if (c < FOLD_TABLE_END) {
        g_once (&once, fold_table_init, NULL);
        out[0] = fold_table[c][0];
        out[1] = fold_table[c][1];
    } else {
        fold_slow (c, out);
    }
    return out[1] ? 2 : 1;
}

/* ---- words */

static inline gboolean
is_letter (gunichar c)
{
    if (c < 0x80)
        return (c | 32) >= 'a' && (c | 32) <= 'z';
    return g_unichar_isalpha (c) || g_unichar_ismark (c);
}

static inline gboolean
is_ascii_word (char c)
{
    return g_ascii_isalnum (c) || c == '_';
}

/* Bytes to skip at p: a mention (@name), a link, an HTML entity (&amp;),
 * or 0. These are the marks of where a text was posted, not of its
 * tone. */
static gsize
skip_noise (const char *p, const char *end)
{
    gsize n = (gsize) (end - p);
    const char *q = p;
    if (*p == '@' && n > 1 && is_ascii_word (p[1])) {
        for (q = p + 1; q < end && is_ascii_word (*q); q++)
            ;
        return (gsize) (q - p);
    }
    if (*p == '&') {
        for (q = p + 1; q < end && q < p + 10 && (g_ascii_isalnum (*q) || *q == '#'); q++)
            ;
        return q < end && *q == ';' && q > p + 1 ? (gsize) (q + 1 - p) : 0;
    }
    if ((n > 7 && !g_ascii_strncasecmp (p, "http://", 7))
        || (n > 8 && !g_ascii_strncasecmp (p, "https://", 8))
        || (n > 4 && !g_ascii_strncasecmp (p, "www.", 4))) {
        for (q = p; q < end && !g_ascii_isspace (*q); q++)
            ;
        return (gsize) (q - p);
    }
    return 0;
}

typedef struct {
    int letters, upper;
    gboolean caps_word;     /* a word of 3+ letters all in capitals */
    gboolean question, exclaim, exclaim_run;
} sentence_marks_t;

/* Append the folded form of one word (its letters run from p to the
 * first non-letter) to out->folded; runs of three or more equal letters
 * are cut to two ("sooo" -> "soo"). Returns where the word ends. */
static const char *
read_word (const char *p, const char *end, rf_feats_t *out, sentence_marks_t *sm)
{
    GString *f = out->folded;
    rf_token_t t;
    int letters = 0, upper = 0;
    gunichar last = 0, before = 0;
    t.fold = (guint32) f->len;
    t.s = 0;
    while (p < end) {
        gunichar c = (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p), fc[2];
        int nf;
        if (!is_letter (c))
            break;
        p = (guchar) *p < 0x80 ? p + 1 : g_utf8_next_char (p);
        letters++;
        upper += c < 0x80 ? (c >= 'A' && c <= 'Z') : g_unichar_isupper (c);
        if (c < 0x80) {
            gunichar lc = c >= 'A' && c <= 'Z' ? c + 32 : c;
            if ((lc == last && lc == before) || f->len - t.fold + 4 > MAX_TOKEN)
                continue;
            g_string_append_c (f, (char) lc);
            before = last;
            last = lc;
            continue;
        }
        nf = rf_scorer_fold_char (c, fc);
        for (int k = 0; k < nf; k++) {
            if (fc[k] == last && fc[k] == before)
                continue;
            if (f->len - t.fold + 4 > MAX_TOKEN)
                continue;
            g_string_append_unichar (f, fc[k]);
            before = last;
            last = fc[k];
        }
    }
    sm->letters += letters;
    sm->upper += upper;
    if (letters >= 3 && upper == letters)
        sm->caps_word = TRUE;
    t.fold_len = (guint32) (f->len - t.fold);
    g_string_append_c (f, '\0');
    g_array_append_val (out->tokens, t);
    return p;
}

/* Split text into words (filling out->tokens and out->folded) and note the
 * sentence's punctuation and capitals. */
static void
tokenize (const char *text, gsize len, rf_feats_t *out, sentence_marks_t *sm)
{
    const char *p = text, *end = text + len;
    while (p < end) {
        guchar b = (guchar) *p;
        gunichar c;
        gsize skip;
        if (b < 0x80 && !g_ascii_isalpha (b)) {
            if (b == '?')
                sm->question = TRUE;
            if (b == '!') {
                sm->exclaim_run |= p > text && (p[-1] == '!' || p[-1] == '?');
                sm->exclaim = TRUE;
            }
            if ((skip = skip_noise (p, end)) > 0) {
                p += skip;
                continue;
            }
            p++;
            continue;
        }
        if ((b == 'h' || b == 'H' || b == 'w' || b == 'W') && (skip = skip_noise (p, end)) > 0) {
            p += skip;
            continue;
        }
        c = b < 0x80 ? b : g_utf8_get_char (p);
        if (!is_letter (c)) {
            sm->question |= c == 0xBF || c == 0xFF1F;             /* ¿ ？ */
            sm->exclaim |= c == 0xA1 || c == 0xFF01;              /* ¡ ！ */
            p = g_utf8_next_char (p);
            continue;
        }
        {
            const char *start = p;
            rf_token_t *t;
            p = read_word (p, end, out, sm);
            t = &g_array_index (out->tokens, rf_token_t, out->tokens->len - 1);
            t->s = (guint32) (start - text);
            t->e = (guint32) (p - text);
            /* "RT" opens a retweet: the mark of a platform, not a word. */
            if (t->e - t->s == 2 && start[0] == 'R' && start[1] == 'T') {
                g_string_truncate (out->folded, t->fold);
                g_array_set_size (out->tokens, out->tokens->len - 1);
            }
        }
    }
}

/* ---- features */

static inline const char *
token_str (const rf_feats_t *out, guint i)
{
    return out->folded->str + g_array_index (out->tokens, rf_token_t, i).fold;
}

static void
push (rf_feats_t *out, guint64 h, float value, gint32 word, gint32 nwords)
{
    GArray *a = out->feats;
    rf_feat_t *f;
    /* Grown by hand: a sentence makes hundreds of features, and
     * g_array_append_val is a call each. */
    if (G_UNLIKELY (out->n_feats == a->len))
        g_array_set_size (a, MAX (64, 2 * a->len));
    f = &g_array_index (a, rf_feat_t, out->n_feats++);
    f->key = h ? h : 1;
    f->value = value;
    f->word = word;
    f->nwords = nwords;
}

/* Name a feature made of a prefix and up to two parts joined by sep. */
static void
push_name (rf_feats_t *out, const char *prefix, const char *a, gsize na, char sep,
           const char *b, gsize nb)
{
    guint32 at;
    if (!out->want_names)
        return;
    at = (guint32) out->names->len;
    g_array_append_val (out->name_at, at);
    g_string_append (out->names, prefix);
    g_string_append_len (out->names, a, (gssize) na);
    if (b) {
        g_string_append_c (out->names, sep);
        g_string_append_len (out->names, b, (gssize) nb);
    }
    g_string_append_c (out->names, '\0');
}

static void
add_named (rf_feats_t *out, const char *prefix, const char *a, gsize na, const char *b,
           gsize nb, gint32 word, gint32 nwords)
{
    guint64 h = fnv (fnv (FNV_OFFSET, prefix, strlen (prefix)), a, na);
    if (b)
        h = fnv (fnv_c (h, ' '), b, nb);
    push (out, h, 1.0f, word, nwords);
    push_name (out, prefix, a, na, ' ', b, nb);
}

/* The character n-grams of word i, with '<' and '>' marking its ends. */
static void
add_ngrams (rf_feats_t *out, guint i)
{
    const rf_token_t *t = &g_array_index (out->tokens, rf_token_t, i);
    char buf[MAX_TOKEN + 4];
    guint8 at[MAX_TOKEN + 4];   /* byte offset of each character */
    guint n = 0, nb = t->fold_len + 2;
    guint64 base;

    buf[0] = '<';
    memcpy (buf + 1, out->folded->str + t->fold, t->fold_len);
    buf[nb - 1] = '>';
    for (guint b = 0; b < nb; b += (guint) g_utf8_skip[(guchar) buf[b]])
        at[n++] = (guint8) b;
    at[n] = (guint8) nb;
    if (n < NGRAM_MIN_WORD + 2)
        return;
    base = fnv (FNV_OFFSET, "c:", 2);
    for (guint s = 0; s + NGRAM_MIN <= n; s++) {
        guint64 h = fnv (base, buf + at[s], at[s + NGRAM_MIN - 1] - at[s]);
        for (guint k = NGRAM_MIN; k <= NGRAM_MAX && s + k <= n; k++) {
            h = fnv (h, buf + at[s + k - 1], at[s + k] - at[s + k - 1]);
            push (out, h, NGRAM_VALUE, (gint32) i, 1);
            push_name (out, "c:", buf + at[s], at[s + k] - at[s], 0, NULL, 0);
        }
    }
}

static void
add_cue (rf_feats_t *out, const char *name, gint32 word, gint32 nwords)
{
    push (out, rf_feature_key (name), 1.0f, word, nwords);
    push_name (out, name, "", 0, 0, NULL, 0);
}

/* Words after a negation that it turns around ("not very good", "pas du
 * tout terrible"). */
#define NEGATION_SCOPE 3

/* The words in a negation's scope, as n:WORD: "not good" is not "good". */
static void
add_negated_words (rf_feats_t *out, guint neg)
{
    guint n = out->tokens->len;
    for (guint j = neg + 1; j < n && j <= neg + NEGATION_SCOPE; j++) {
        const rf_token_t *t = &g_array_index (out->tokens, rf_token_t, j);
        add_named (out, "n:", out->folded->str + t->fold, t->fold_len, NULL, 0, (gint32) j, 1);
    }
}

/* Lexicon and cue hits: every phrase of the word lists found in the
 * sentence gives its category once (at its first place); a phrase that
 * starts in a negation's scope gives l:CATEGORY:neg instead. */
static void
add_lexicon (const rf_lexicon_t *lx, rf_feats_t *out)
{
    guint n = out->tokens->len;
    guint32 seen = 0, seen_neg = 0;
    gint last_neg = -1;
    for (guint i = 0; i < n; i++) {
        guint64 h = FNV_OFFSET;
        gboolean in_scope = last_neg >= 0 && i > (guint) last_neg
                            && i - (guint) last_neg <= NEGATION_SCOPE;
        for (guint k = 0; k < lx->max_words && i + k < n; k++) {
            const rf_token_t *t = &g_array_index (out->tokens, rf_token_t, i + k);
            guint32 bits, fresh;
            if (k > 0)
                h = fnv_c (h, ' ');
            h = fnv (h, out->folded->str + t->fold, t->fold_len);
            bits = rf_lexicon_lookup (lx, h);
            if (!bits)
                continue;
            if (i > 0)
                bits &= ~RF_LEX_IMPERATIVE;     /* an imperative opens the sentence */
            if (k == 0 && (bits & RF_LEX_NEGATION)) {
                last_neg = (gint) i;
                add_negated_words (out, i);
            }
            if (in_scope) {
                guint32 cats = bits & ~((1u << RF_LEX_FIRST_CATEGORY_BIT) - 1);
                fresh = cats & ~seen_neg;
                seen_neg |= cats;
                bits &= ~cats;
                for (guint b = 0; fresh; b++, fresh >>= 1)
                    if (fresh & 1)
                        add_cue (out, lx->negated[b], (gint32) i, (gint32) (k + 1));
            }
            fresh = bits & ~seen;
            seen |= bits;
            for (guint b = 0; fresh; b++, fresh >>= 1)
                if (fresh & 1)
                    add_cue (out, rf_lexicon_feature (lx, b), (gint32) i, (gint32) (k + 1));
        }
    }
    if (n > 0 && !(seen & RF_LEX_IMPERATIVE)
        && rf_lexicon_imperative_form (lx, token_str (out, 0)))
        add_cue (out, rf_lexicon_feature (lx, RF_LEX_IMPERATIVE_BIT), 0, 1);
}

static void
add_marks (rf_feats_t *out, const sentence_marks_t *sm)
{
    if (sm->question)
        add_cue (out, "f:question", -1, 0);
    if (sm->exclaim)
        add_cue (out, "f:exclaim", -1, 0);
    if (sm->exclaim_run)
        add_cue (out, "f:exclaim_run", -1, 0);
    if (sm->letters >= SHOUT_MIN_LETTERS && sm->upper >= SHOUT_SHARE * sm->letters)
        add_cue (out, "f:shout", -1, 0);
    else if (sm->caps_word)
        add_cue (out, "f:caps_word", -1, 0);
}

void
rf_features_extract (const rf_lexicon_t *lx, const char *text, gsize len,
                     const char *const *pattern_categories, guint n, rf_feats_t *out)
{
    sentence_marks_t sm = { 0 };
    guint nt;
    out->n_feats = 0;
    g_array_set_size (out->tokens, 0);
    g_string_truncate (out->folded, 0);
    g_string_truncate (out->names, 0);
    g_array_set_size (out->name_at, 0);
    tokenize (text, len, out, &sm);
    nt = out->tokens->len;
    for (guint i = 0; i < nt; i++) {
        const rf_token_t *t = &g_array_index (out->tokens, rf_token_t, i);
        add_named (out, "w:", out->folded->str + t->fold, t->fold_len, NULL, 0, (gint32) i, 1);
        add_ngrams (out, i);
    }
    for (guint i = 0; i + 1 < nt; i++) {
        const rf_token_t *a = &g_array_index (out->tokens, rf_token_t, i);
        const rf_token_t *b = &g_array_index (out->tokens, rf_token_t, i + 1);
        add_named (out, "b:", out->folded->str + a->fold, a->fold_len,
                   out->folded->str + b->fold, b->fold_len, (gint32) i, 2);
    }
    if (lx)
        add_lexicon (lx, out);
    add_marks (out, &sm);
    for (guint i = 0; i < n; i++)
        add_named (out, "p:", pattern_categories[i], strlen (pattern_categories[i]), NULL, 0,
                   -1, 0);
    g_array_set_size (out->feats, out->n_feats);
}

const char *
rf_feats_name (const rf_feats_t *out, guint i)
{
    g_return_val_if_fail (out->want_names && i < out->name_at->len, "");
    return out->names->str + g_array_index (out->name_at, guint32, i);
}

rf_feats_t *
rf_feats_new (gboolean want_names)
{
    rf_feats_t *f = g_new0 (rf_feats_t, 1);
    f->feats = g_array_new (FALSE, FALSE, sizeof (rf_feat_t));
    f->tokens = g_array_new (FALSE, FALSE, sizeof (rf_token_t));
    f->folded = g_string_new (NULL);
    f->names = g_string_new (NULL);
    f->name_at = g_array_new (FALSE, FALSE, sizeof (guint32));
    f->want_names = want_names;
    return f;
}

void
rf_feats_free (rf_feats_t *f)
{
    if (!f)
        return;
    g_array_unref (f->feats);
    g_array_unref (f->tokens);
    g_string_free (f->folded, TRUE);
    g_string_free (f->names, TRUE);
    g_array_unref (f->name_at);
    g_free (f);
}

guint64
rf_phrase_key (const char *phrase, guint *n_words, GString *folded_out)
{
    rf_feats_t *f = rf_feats_new (FALSE);
    sentence_marks_t sm = { 0 };
    guint64 h = FNV_OFFSET;
    tokenize (phrase, strlen (phrase), f, &sm);
    *n_words = f->tokens->len;
    for (guint i = 0; i < f->tokens->len; i++) {
        const rf_token_t *t = &g_array_index (f->tokens, rf_token_t, i);
        if (i > 0)
            h = fnv_c (h, ' ');
        h = fnv (h, f->folded->str + t->fold, t->fold_len);
        if (folded_out) {
            if (i > 0)
                g_string_append_c (folded_out, ' ');
            g_string_append_len (folded_out, f->folded->str + t->fold, t->fold_len);
        }
    }
    rf_feats_free (f);
    return h;
}
