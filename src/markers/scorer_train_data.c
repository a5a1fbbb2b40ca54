/* scorer_train_data.c - the examples of one language for training: rows,
 * their sentences, and the features of each. */
#include "config.h"
#include "markers/scorer_train_p.h"
#include "base/util.h"

#include <string.h>

/* A feature seen in fewer units of a language is left out: it says more
 * about one row than about a category. */
#define MIN_UNITS_PER_FEATURE 2

static guint64
mix (guint64 h, guint32 seed)
{
    h ^= (guint64) seed * 0x9E3779B97F4A7C15ull;
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    return h;
}

/* The categories of the pattern hits in a text, sorted, without repeats. */
static GPtrArray *
pattern_categories (const rf_markers_t *m, const char *text, const char *lang)
{
    GPtrArray *hits = rf_markers_scan (m, text, strlen (text), lang);
    GPtrArray *cats = g_ptr_array_new_with_free_func (g_free);
    for (guint i = 0; i < hits->len; i++) {
        const rf_marker_hit_t *h = hits->pdata[i];
        gboolean dup = FALSE;
        for (guint j = 0; j < cats->len && !dup; j++)
            dup = !strcmp (cats->pdata[j], h->category);
        if (!dup)
            g_ptr_array_add (cats, g_strdup (h->category));
    }
    g_ptr_array_sort (cats, rf_compare_string_ptrs);
    g_ptr_array_unref (hits);
    return cats;
}

typedef struct {
    guint32 id;
    float v;
} entry_t;

static gint
by_id (gconstpointer a, gconstpointer b)
{
    guint32 x = ((const entry_t *) a)->id, y = ((const entry_t *) b)->id;
    return x < y ? -1 : x > y;
}

typedef struct {
    GHashTable *ids;        /* name -> id + 1 */
    rf_feats_t *f;
    GArray *unit;           /* of entry_t */
    const rf_markers_t *m;
    const rf_lexicon_t *lx;
} extract_t;

/* Append the features of one text as a unit; returns its index. Ids
 * follow the order names are first seen, so the same rows give the same
 * ids. */
static guint
add_unit (rf_train_lang_t *L, extract_t *x, const char *text)
{
    GPtrArray *cats = pattern_categories (x->m, text, L->lang);
    guint32 end;
    rf_features_extract (x->lx, text, strlen (text), (const char *const *) cats->pdata, cats->len,
                         x->f);
    g_array_set_size (x->unit, 0);
    for (guint k = 0; k < x->f->feats->len; k++) {
        const char *name = rf_feats_name (x->f, k);
        guint id = GPOINTER_TO_UINT (g_hash_table_lookup (x->ids, name));
        entry_t e;
        if (!id) {
            char *copy = g_strdup (name);
            g_ptr_array_add (L->names, copy);
            id = L->names->len;
            g_hash_table_insert (x->ids, copy, GUINT_TO_POINTER (id));
        }
        e.id = id - 1;
        e.v = g_array_index (x->f->feats, rf_feat_t, k).value;
        g_array_append_val (x->unit, e);
    }
    g_array_sort (x->unit, by_id);
    /* A feature seen twice in a text counts twice. */
    for (guint k = 0; k < x->unit->len; k++) {
        const entry_t *e = &g_array_index (x->unit, entry_t, k);
        if (k > 0 && e->id == g_array_index (x->unit, entry_t, k - 1).id) {
            g_array_index (L->d.val, float, L->d.val->len - 1) += e->v;
            continue;
        }
        g_array_append_val (L->d.idx, e->id);
        g_array_append_val (L->d.val, e->v);
    }
    end = L->d.idx->len;
    g_array_append_val (L->d.at, end);
    g_ptr_array_unref (cats);
    return L->d.at->len - 2;
}

/* Every row whole, and its sentences when it has several. */
static void
extract_all (rf_train_lang_t *L, const rf_markers_t *m, const rf_lexicon_t *lx)
{
    extract_t x = { g_hash_table_new (g_str_hash, g_str_equal), rf_feats_new (TRUE),
                    g_array_new (FALSE, FALSE, sizeof (entry_t)), m, lx };
    guint32 zero = 0;
    g_array_append_val (L->d.at, zero);
    for (guint i = 0; i < L->rows->len; i++) {
        rf_train_row_t *r = &g_array_index (L->rows, rf_train_row_t, i);
        const char *text = r->row->text;
        GPtrArray *sentences = rf_markers_sentences (text, strlen (text));
        r->whole = add_unit (L, &x, text);
        r->first = r->whole + 1;
        r->n = sentences->len > 1 ? sentences->len : 0;
        for (guint k = 0; k < r->n; k++)
            add_unit (L, &x, sentences->pdata[k]);
        g_ptr_array_unref (sentences);
    }
    L->d.n_features = L->names->len;
    g_array_unref (x.unit);
    rf_feats_free (x.f);
    g_hash_table_destroy (x.ids);
}

/* Leave out the features of fewer than MIN_UNITS_PER_FEATURE units (ids
 * renumbered in the same order). */
static void
drop_rare (rf_train_lang_t *L)
{
    guint nf = L->d.n_features, kept = 0, out = 0, nu = L->d.at->len - 1;
    guint *count = g_new0 (guint, MAX (nf, 1)), *new_id = g_new (guint, MAX (nf, 1));
    guint32 *idx = (guint32 *) L->d.idx->data;
    float *val = (float *) L->d.val->data;
    guint32 *at = (guint32 *) L->d.at->data;
    GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
    for (guint k = 0; k < L->d.idx->len; k++)
        count[idx[k]]++;
    for (guint j = 0; j < nf; j++) {
        new_id[j] = count[j] >= MIN_UNITS_PER_FEATURE ? kept++ : G_MAXUINT;
        if (new_id[j] != G_MAXUINT)
            g_ptr_array_add (names, g_strdup (L->names->pdata[j]));
    }
    for (guint i = 0; i < nu; i++) {
        guint a = at[i], b = at[i + 1];
        at[i] = out;
        for (guint k = a; k < b; k++) {
            if (new_id[idx[k]] == G_MAXUINT)
                continue;
            idx[out] = new_id[idx[k]];
            val[out++] = val[k];
        }
    }
    at[nu] = out;
    g_array_set_size (L->d.idx, out);
    g_array_set_size (L->d.val, out);
    g_ptr_array_unref (L->names);
    L->names = names;
    L->d.n_features = kept;
    g_free (count);
    g_free (new_id);
}

void
rf_train_lang_init (rf_train_lang_t *L, const char *lang, const GPtrArray *sources, guint32 seed,
                    const rf_markers_t *markers, const rf_lexicon_t *lx)
{
    memset (L, 0, sizeof *L);
    g_strlcpy (L->lang, lang, sizeof L->lang);
    L->rows = g_array_new (FALSE, TRUE, sizeof (rf_train_row_t));
    L->d.idx = g_array_new (FALSE, FALSE, sizeof (guint32));
    L->d.val = g_array_new (FALSE, FALSE, sizeof (float));
    L->d.at = g_array_new (FALSE, FALSE, sizeof (guint32));
    L->names = g_ptr_array_new_with_free_func (g_free);
    for (guint s = 0; s < sources->len; s++) {
        const rf_train_source_t *src = sources->pdata[s];
        for (guint i = 0; i < src->rows->len; i++) {
            const rf_labelled_row_t *r = src->rows->pdata[i];
            rf_train_row_t t = { r, s, mix (rf_labelled_hash (r->text), seed), 0, 0, 0 };
            if (strcmp (r->lang, lang) != 0 || (!src->all_rows && rf_labelled_held_back (r->text)))
                continue;
            g_array_append_val (L->rows, t);
        }
    }
    extract_all (L, markers, lx);
    drop_rare (L);
}

void
rf_train_lang_clear (rf_train_lang_t *L)
{
    g_array_unref (L->rows);
    g_array_unref (L->d.idx);
    g_array_unref (L->d.val);
    g_array_unref (L->d.at);
    g_ptr_array_unref (L->names);
}
