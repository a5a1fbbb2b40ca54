/* scorer_scan.c - score the sentences of a scanned text, make the
 * scorer's hits and their evidence. */
#include "config.h"
#include "markers/scorer_p.h"
#include "markers/markers.h"
#include "markers/lang_detect.h"

#include <math.h>
#include <string.h>

/* Most pattern categories of one sentence taken as features. */
#define MAX_SENTENCE_CATEGORIES 32

/* Words or cues quoted as evidence. */
#define EVIDENCE_TOP 3

/* Longest quoted word or phrase, in bytes. */
#define EVIDENCE_QUOTE_MAX 40

/* Buffers of one thread, kept from one scan to the next. */
typedef struct {
    rf_feats_t *feats;      /* without names: the hot path */
    rf_feats_t *named;      /* with names: evidence */
    double *scores;
    guint n_scores;
} scratch_t;

static void
scratch_free (gpointer p)
{
    scratch_t *x = p;
    if (!x)
        return;
    rf_feats_free (x->feats);
    rf_feats_free (x->named);
    g_free (x->scores);
    g_free (x);
}

static GPrivate scratch_key = G_PRIVATE_INIT (scratch_free);

static scratch_t *
scratch_get (void)
{
    scratch_t *x = g_private_get (&scratch_key);
    if (!x) {
        x = g_new0 (scratch_t, 1);
        x->feats = rf_feats_new (FALSE);
        x->named = rf_feats_new (TRUE);
        g_private_set (&scratch_key, x);
    }
    return x;
}

/* ---- evidence */

/* What one word, phrase or cue added to a score. */
typedef struct {
    gint32 word, nwords;    /* word range, or word -1: a cue of the whole sentence */
    const char *name;       /* the cue's feature name (word -1) */
    double add;
} part_t;

static void
add_part (GArray *parts, gint32 word, gint32 nwords, const char *name, double add)
{
    for (guint i = 0; i < parts->len; i++) {
        part_t *p = &g_array_index (parts, part_t, i);
        if (p->word == word && p->nwords == nwords && (word >= 0 || !strcmp (p->name, name))) {
            p->add += add;
            return;
        }
    }
    {
        part_t p = { word, nwords, name, add };
        g_array_append_val (parts, p);
    }
}

static gint
by_add (gconstpointer a, gconstpointer b)
{
    const part_t *x = a, *y = b;
    if (x->add != y->add)
        return x->add > y->add ? -1 : 1;
    if (x->word != y->word)
        return x->word < y->word ? -1 : 1;
    return x->nwords - y->nwords;
}

/* How a cue of the whole sentence is quoted. */
static void
put_cue (GString *out, const char *name)
{
    static const char *const labels[][2] = {
        { "f:question", "question mark" }, { "f:exclaim", "exclamation mark" },
        { "f:exclaim_run", "\"!!\"" }, { "f:shout", "capitals" },
        { "f:caps_word", "a word in capitals" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (labels); i++) {
        if (!strcmp (name, labels[i][0])) {
            g_string_append (out, labels[i][1]);
            return;
        }
    }
    if (g_str_has_prefix (name, "p:"))
        g_string_append_printf (out, "pattern %s", name + 2);
    else
        g_string_append (out, name);
}

/* The folded words of a part, joined by spaces. */
static void
folded_words (GString *out, const rf_feats_t *f, const part_t *p)
{
    g_string_truncate (out, 0);
    for (gint32 w = p->word; w < p->word + p->nwords; w++) {
        const rf_token_t *t = &g_array_index (f->tokens, rf_token_t, w);
        if (w > p->word)
            g_string_append_c (out, ' ');
        g_string_append_len (out, f->folded->str + t->fold, t->fold_len);
    }
}

/* The words of a part, as written, white space collapsed. */
static void
put_words (GString *out, const char *text, const rf_feats_t *f, const part_t *p)
{
    const rf_token_t *a = &g_array_index (f->tokens, rf_token_t, p->word);
    const rf_token_t *b = &g_array_index (f->tokens, rf_token_t, p->word + p->nwords - 1);
    gsize start = out->len;
    gboolean space = FALSE;
    g_string_append_c (out, '"');
    for (const char *c = text + a->s; c < text + b->e; c++) {
        if (g_ascii_isspace (*c)) {
            space = TRUE;
            continue;
        }
        if (out->len - start >= EVIDENCE_QUOTE_MAX && ((guchar) *c & 0xC0) != 0x80) {
            g_string_append (out, "\u2026");
            break;
        }
        if (space)
            g_string_append_c (out, ' ');
        space = FALSE;
        g_string_append_c (out, *c);
    }
    g_string_append_c (out, '"');
}

static void
put_add (GString *out, double add)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    g_string_append_c (out, add < 0 ? '-' : '+');
    g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.1f", fabs (add)));
}

/* A word said twice weighs as one quote: parts quoting the same folded
 * words are added together. */
static void
merge_same_words (GArray *parts, const rf_feats_t *f)
{
    GString *a = g_string_new (NULL), *b = g_string_new (NULL);
    for (guint i = 0; i < parts->len; i++) {
        part_t *p = &g_array_index (parts, part_t, i);
        if (p->word < 0)
            continue;
        folded_words (a, f, p);
        for (guint j = i + 1; j < parts->len; j++) {
            part_t *q = &g_array_index (parts, part_t, j);
            if (q->word < 0 || q->nwords != p->nwords)
                continue;
            folded_words (b, f, q);
            if (!strcmp (a->str, b->str)) {
                p->add += q->add;
                g_array_remove_index (parts, j--);
            }
        }
    }
    g_string_free (a, TRUE);
    g_string_free (b, TRUE);
}

/* The features that weighed most for model k, "\"word\" +1.2, ...": a
 * word's own feature, its character n-grams and the word lists it is in
 * count together. f holds the sentence's features with names. */
static char *
evidence (const rf_scorer_lang_t *l, guint k, const char *text, const rf_feats_t *f)
{
    GArray *parts = g_array_new (FALSE, FALSE, sizeof (part_t));
    GString *out = g_string_new (NULL);
    guint shown = 0;
    for (guint i = 0; i < f->feats->len; i++) {
        const rf_feat_t *x = &g_array_index (f->feats, rf_feat_t, i);
        const gint16 *row = rf_scorer_lang_row (l, x->key);
        if (row && row[k] != 0)
            add_part (parts, x->word, x->nwords, rf_feats_name (f, i), x->value * row[k] * l->scale);
    }
    merge_same_words (parts, f);
    g_array_sort (parts, by_add);
    for (guint i = 0; i < parts->len && shown < EVIDENCE_TOP; i++) {
        const part_t *p = &g_array_index (parts, part_t, i);
        if (p->add < 0.05)
            break;
        if (shown++)
            g_string_append (out, ", ");
        if (p->word >= 0)
            put_words (out, text, f, p);
        else
            put_cue (out, p->name);
        g_string_append_c (out, ' ');
        put_add (out, p->add);
    }
    g_array_unref (parts);
    return g_string_free (out, FALSE);
}

/* ---- hits */

/* The sentence, white space collapsed, at most RF_MARKER_SNIPPET_MAX
 * characters. */
static char *
snippet (const char *t, gsize len)
{
    GString *s = g_string_sized_new (len + 4);
    glong chars = 0;
    gboolean space = FALSE;
    for (const char *p = t, *end = t + len; p < end; p = g_utf8_next_char (p)) {
        gunichar c = g_utf8_get_char (p);
        if (g_unichar_isspace (c) || g_unichar_iscntrl (c)) {
            space = s->len > 0;
            continue;
        }
        if (chars == RF_MARKER_SNIPPET_MAX - 1) {
            g_string_append (s, "\u2026");
            break;
        }
        if (space) {
            g_string_append_c (s, ' ');
            chars++;
        }
        space = FALSE;
        g_string_append_unichar (s, c);
        chars++;
    }
    return g_string_free (s, FALSE);
}

static rf_marker_hit_t *
make_hit (const rf_scorer_lang_t *l, guint k, const char *sentence, gsize len, glong offset,
          double score, const char *why)
{
    rf_marker_hit_t *h = g_new0 (rf_marker_hit_t, 1);
    const rf_model_t *m = l->models->pdata[k];
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    h->category = g_strdup (m->category);
    h->pattern_id = g_strdup (l->ids[k]);
    g_strlcpy (h->lang, l->lang, sizeof h->lang);
    h->weight = l->hit_weight[k];
    h->offset = offset;
    h->matched = g_strdup_printf ("score %s: %s", g_ascii_formatd (buf, sizeof buf, "%.2f", score),
                                  why);
    h->snippet = snippet (sentence, len);
    return h;
}

void
rf_scorer_explain_free (rf_scorer_explain_t *x)
{
    if (!x)
        return;
    g_free (x->snippet);
    g_free (x->category);
    g_free (x->evidence);
    g_free (x);
}

/* The models for one sentence: the message's language, or English for
 * an English sentence in a message in another language. */
static const rf_scorer_lang_t *
sentence_models (const char *text, gsize len, const rf_scorer_lang_t *own,
                 const rf_scorer_lang_t *en)
{
    if (en && own != en && !strcmp (rf_lang_detect (text, len), "en"))
        return en;
    return own;
}

/* The categories patterns found in the sentence starting at start. */
static guint
sentence_categories (const rf_scorer_found_t *found, guint n_found, gsize start,
                     const char **cats)
{
    guint n = 0;
    for (guint i = 0; i < n_found && n < MAX_SENTENCE_CATEGORIES; i++) {
        gboolean dup = FALSE;
        if (found[i].sentence_start != start)
            continue;
        for (guint j = 0; j < n && !dup; j++)
            dup = !strcmp (cats[j], found[i].category);
        if (!dup)
            cats[n++] = found[i].category;
    }
    return n;
}

static void
score (const rf_scorer_lang_t *l, const rf_feats_t *f, double *scores)
{
    const guint nm = l->n_models;
    for (guint k = 0; k < nm; k++)
        scores[k] = 0;
    for (guint i = 0; i < f->feats->len; i++) {
        const rf_feat_t *x = &g_array_index (f->feats, rf_feat_t, i);
        const gint16 *row = rf_scorer_lang_row (l, x->key);
        if (!row)
            continue;
        for (guint k = 0; k < nm; k++)
            scores[k] += x->value * row[k];
    }
    for (guint k = 0; k < nm; k++)
        scores[k] = scores[k] * l->scale + ((const rf_model_t *) l->models->pdata[k])->bias;
}

static gboolean
has_category (const char *const *cats, guint n, const char *category)
{
    for (guint i = 0; i < n; i++)
        if (!strcmp (cats[i], category))
            return TRUE;
    return FALSE;
}

typedef struct {
    const char *text;
    gsize at;                /* byte offset whose character offset is chars */
    glong chars;
    GPtrArray *hits, *explain;
} out_t;

static glong
char_offset (out_t *o, gsize to)
{
    if (to > o->at) {
        o->chars += g_utf8_strlen (o->text + o->at, (gssize) (to - o->at));
        o->at = to;
    }
    return o->chars;
}

/* Score one sentence with the models of l. A category's variants come
 * right after its own model: the first of them over its threshold gives
 * the sentence's one hit of the category. */
static void
scan_sentence (const rf_scorer_lang_t *l, scratch_t *x, const rf_scorer_span_t *w, guint index,
               const char *const *cats, guint n_cats, out_t *o)
{
    const char *t = o->text + w->s;
    gsize len = w->e - w->s;
    gboolean named = FALSE;
    const char *last_hit = NULL;
    rf_features_extract (l->lex, t, len, cats, n_cats, x->feats);
    score (l, x->feats, x->scores);
    for (guint k = 0; k < l->n_models; k++) {
        const rf_model_t *m = l->models->pdata[k];
        gboolean by_pattern = has_category (cats, n_cats, m->category);
        gboolean over = x->scores[k] >= l->min_score[k] && !by_pattern;
        gboolean hit = over && !(last_hit && !strcmp (last_hit, m->category));
        double p = 1.0 / (1.0 + exp (-x->scores[k]));
        char *why;
        if (hit)
            last_hit = m->category;
        if (!hit && !o->explain)
            continue;
        if (!named) {
            rf_features_extract (l->lex, t, len, cats, n_cats, x->named);
            named = TRUE;
        }
        why = evidence (l, k, t, x->named);
        if (hit)
            g_ptr_array_add (o->hits, make_hit (l, k, t, len, char_offset (o, w->s), p, why));
        if (o->explain) {
            rf_scorer_explain_t *e = g_new0 (rf_scorer_explain_t, 1);
            e->sentence = index;
            e->snippet = snippet (t, len);
            g_strlcpy (e->lang, l->lang, sizeof e->lang);
            e->category = g_strdup (m->category);
            e->variant = m->variant;
            e->score = p;
            e->threshold = m->threshold;
            e->evidence = why;
            why = NULL;
            e->pattern_hit = by_pattern;
            e->hit = over;
            e->model_path = m->path;
            g_ptr_array_add (o->explain, e);
        }
        g_free (why);
    }
}

/* A short text whose language is uncertain (rf_lang_uncertain) is
 * scored with the models of our other languages too. Fills extra, returns
 * how many. */
static guint
uncertain_models (const rf_scorer_t *s, const char *text, gsize n,
                  const rf_scorer_lang_t *own, const rf_scorer_lang_t *extra[3])
{
    static const char *const ours[] = { "en", "fr", "es" };
    guint k = 0;
    if (!rf_lang_uncertain (text, n))
        return 0;
    for (guint i = 0; i < G_N_ELEMENTS (ours); i++) {
        const rf_scorer_lang_t *l = rf_scorer_lang (s, ours[i]);
        if (l && l != own)
            extra[k++] = l;
    }
    return k;
}

/* Drop the hits from index from on whose category a hit of the same
 * sentence (from index first on) already has. */
static void
drop_repeated (GPtrArray *hits, guint first, guint from)
{
    for (guint j = hits->len; j-- > from;) {
        const rf_marker_hit_t *h = hits->pdata[j];
        gboolean seen = FALSE;
        for (guint i = first; i < from && !seen; i++)
            seen = !strcmp (((const rf_marker_hit_t *) hits->pdata[i])->category, h->category);
        if (seen)
            rf_marker_hit_free (g_ptr_array_steal_index (hits, j));
    }
}

static void
ensure_scores (scratch_t *x, const rf_scorer_lang_t *l)
{
    if (x->n_scores < l->n_models) {
        x->scores = g_renew (double, x->scores, l->n_models);
        x->n_scores = l->n_models;
    }
}

void
rf_scorer_scan (const rf_scorer_t *s, const char *text, gsize n,
                const rf_scorer_span_t *sentences, guint n_sentences, const char *lang,
                const rf_scorer_found_t *found, guint n_found, GPtrArray *hits,
                GPtrArray *explain)
{
    const rf_scorer_lang_t *own = rf_scorer_lang (s, lang), *en = rf_scorer_lang (s, "en");
    const rf_scorer_lang_t *extra[3];
    guint n_extra;
    scratch_t *x;
    out_t o = { text, 0, 0, hits, explain };
    const char *cats[MAX_SENTENCE_CATEGORIES];
    if (!s)
        return;
    n_extra = uncertain_models (s, text, n, own, extra);
    if (!own && !en && n_extra == 0)
        return;
    x = scratch_get ();
    for (guint i = 0; i < n_sentences; i++) {
        const rf_scorer_span_t *w = &sentences[i];
        const rf_scorer_lang_t *l = sentence_models (text + w->s, w->e - w->s, own, en);
        guint n_cats = sentence_categories (found, n_found, w->s, cats), first = hits->len;
        if (l) {
            ensure_scores (x, l);
            scan_sentence (l, x, w, i, cats, n_cats, &o);
        }
        for (guint k = 0; k < n_extra; k++) {
            guint from = hits->len;
            if (extra[k] == l)
                continue;
            ensure_scores (x, extra[k]);
            scan_sentence (extra[k], x, w, i, cats, n_cats, &o);
            drop_repeated (hits, first, from);
        }
    }
}
