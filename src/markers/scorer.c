/* scorer.c - load the scorer's model files and word lists, and their
 * digest and stamp. Scoring is in scorer_scan.c. */
#include "config.h"
#include "markers/scorer_p.h"
#include "markers/markers_p.h"
#include "base/util.h"

#include <math.h>
#include <string.h>

/* A .model or .lex file found in a pattern directory. */
typedef struct {
    char lang[4];
    char *category;
    char *variant;      /* CATEGORY.VARIANT.model, else NULL */
    char *path;
    gboolean is_model;
} found_file_t;

static void
found_clear (gpointer p)
{
    found_file_t *f = p;
    g_free (f->category);
    g_free (f->variant);
    g_free (f->path);
}

static gboolean
valid_name (const char *s, gsize min, gsize max)
{
    gsize n = strlen (s);
    if (n < min || n > max || !g_ascii_islower (s[0]))
        return FALSE;
    for (const char *p = s; *p; p++)
        if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '_')
            return FALSE;
    return TRUE;
}

static GPtrArray *
sorted_names (const char *dir)
{
    GDir *d = g_dir_open (dir, 0, NULL);
    GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
    const char *name;
    if (!d)
        return names;
    while ((name = g_dir_read_name (d)))
        g_ptr_array_add (names, g_strdup (name));
    g_dir_close (d);
    g_ptr_array_sort (names, rf_compare_string_ptrs);
    return names;
}

/* The .model and .lex files of DIR/LANG/, in name order. FALSE when dir
 * cannot be read or a file name is not a category. */
static gboolean
list_files (const char *dir, GArray *out, GError **err)
{
    GPtrArray *langs;
    gboolean ok = TRUE;
    if (!g_file_test (dir, G_FILE_TEST_IS_DIR)) {
        g_set_error (err, RF_MARKERS_ERROR, RF_MARKERS_ERR_IO, "%s: not a directory", dir);
        return FALSE;
    }
    langs = sorted_names (dir);
    for (guint i = 0; ok && i < langs->len; i++) {
        const char *lang = langs->pdata[i];
        char *ldir = g_build_filename (dir, lang, NULL);
        GPtrArray *files;
        if (!valid_name (lang, 2, 3) || strchr (lang, '_') || !g_file_test (ldir, G_FILE_TEST_IS_DIR)) {
            g_free (ldir);
            continue;
        }
        files = sorted_names (ldir);
        for (guint j = 0; ok && j < files->len; j++) {
            const char *fname = files->pdata[j];
            gboolean model = g_str_has_suffix (fname, ".model");
            found_file_t f = { { 0 }, NULL, NULL, NULL, model };
            char *dot;
            if (!model && !g_str_has_suffix (fname, ".lex"))
                continue;
            g_strlcpy (f.lang, lang, sizeof f.lang);
            f.category = g_strndup (fname, strlen (fname) - (model ? 6 : 4));
            f.path = g_build_filename (ldir, fname, NULL);
            if (model && (dot = strchr (f.category, '.'))) {
                f.variant = g_strdup (dot + 1);
                *dot = '\0';
            }
            if (!valid_name (f.category, 1, 40) || (f.variant && !valid_name (f.variant, 1, 40))) {
                g_set_error (err, RF_MARKERS_ERROR, RF_MARKERS_ERR_SYNTAX, "%s:1: a category (the "
                             "file name before .model or .lex, or before .VARIANT.model) and a variant "
                             "must be lower-case letters, digits and '_'", f.path);
                found_clear (&f);
                ok = FALSE;
                break;
            }
            g_array_append_val (out, f);
        }
        g_ptr_array_unref (files);
        g_free (ldir);
    }
    g_ptr_array_unref (langs);
    return ok;
}

gboolean
rf_scorer_dir_has_files (const char *dir)
{
    GArray *files = g_array_new (FALSE, FALSE, sizeof (found_file_t));
    gboolean any;
    g_array_set_clear_func (files, found_clear);
    any = list_files (dir, files, NULL) && files->len > 0;
    g_array_unref (files);
    return any;
}

gboolean
rf_scorer_stamp (GChecksum *sum, const char *tag, const char *dir, gboolean contents, GError **err)
{
    GArray *files = g_array_new (FALSE, FALSE, sizeof (found_file_t));
    gboolean ok;
    g_array_set_clear_func (files, found_clear);
    ok = list_files (dir, files, err);
    for (guint i = 0; ok && i < files->len; i++) {
        const found_file_t *f = &g_array_index (files, found_file_t, i);
        char *head = g_strdup_printf ("%s\n%s\n%s%s%s.%s\n", tag, f->lang, f->category,
                                      f->variant ? "." : "", f->variant ? f->variant : "",
                                      f->is_model ? "model" : "lex");
        g_checksum_update (sum, (const guchar *) head, -1);
        g_free (head);
        ok = rf_checksum_file (sum, f->path, contents, err);
    }
    g_array_unref (files);
    return ok;
}

/* ---- loading */

static void
lang_free (gpointer p)
{
    rf_scorer_lang_t *l = p;
    rf_lexicon_free (l->lex);
    g_ptr_array_unref (l->models);
    g_free (l->min_score);
    g_free (l->hit_weight);
    g_strfreev (l->ids);
    g_free (l->slots);
    g_free (l->seen);
    g_free (l->w);
    g_free (l);
}

static gint
by_category (gconstpointer a, gconstpointer b)
{
    const rf_model_t *x = *(rf_model_t *const *) a, *y = *(rf_model_t *const *) b;
    int c = strcmp (x->category, y->category);
    /* A category's model (variant NULL, first for g_strcmp0) before its variants. */
    return c ? c : g_strcmp0 (x->variant, y->variant);
}

/* The weight of a category's hits: that of its patterns in the language
 * (the heaviest), else in any language, else 1. */
static double
category_weight (const GPtrArray *patterns, const char *lang, const char *category)
{
    double same = 0, any = 0;
    for (guint i = 0; patterns && i < patterns->len; i++) {
        const rf_pattern_t *p = g_ptr_array_index (patterns, i);
        if (strcmp (p->category, category) != 0)
            continue;
        any = MAX (any, p->weight);
        if (!strcmp (p->lang, lang))
            same = MAX (same, p->weight);
    }
    return same > 0 ? same : any > 0 ? any : 1.0;
}

static gint
cmp_u64 (gconstpointer a, gconstpointer b)
{
    guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;
    return x < y ? -1 : x > y;
}

/* The row of key in the sorted, unique keys. */
static guint
row_of (const GArray *keys, guint64 key)
{
    guint lo = 0, hi = keys->len;
    while (lo < hi) {
        guint mid = (lo + hi) / 2;
        if (g_array_index (keys, guint64, mid) < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The weights, in 16 bits against the largest of the language. */
static void
fill_weights (rf_scorer_lang_t *l, const GArray *keys)
{
    double largest = 1e-9;
    for (guint k = 0; k < l->n_models; k++) {
        const rf_model_t *m = l->models->pdata[k];
        for (guint i = 0; i < m->weights->len; i++)
            largest = MAX (largest, fabs (g_array_index (m->weights, double, i)));
    }
    l->scale = (float) (largest / 32767.0);
    for (guint k = 0; k < l->n_models; k++) {
        const rf_model_t *m = l->models->pdata[k];
        for (guint i = 0; i < m->features->len; i++) {
            guint r = row_of (keys, rf_feature_key (m->features->pdata[i]));
            double w = g_array_index (m->weights, double, i) / l->scale;
            l->w[(gsize) r * l->n_models + k] = (gint16) CLAMP (lround (w), -32767, 32767);
        }
    }
}

/* One table of every feature of the language's models. */
static void
build_table (rf_scorer_lang_t *l)
{
    GArray *keys = g_array_new (FALSE, FALSE, sizeof (guint64));
    guint n_rows = 0, cap = 16;

    for (guint k = 0; k < l->n_models; k++) {
        const rf_model_t *m = l->models->pdata[k];
        for (guint i = 0; i < m->features->len; i++) {
            guint64 key = rf_feature_key (m->features->pdata[i]);
            g_array_append_val (keys, key);
        }
    }
    g_array_sort (keys, cmp_u64);
    for (guint i = 0; i < keys->len; i++)
        if (n_rows == 0 || g_array_index (keys, guint64, n_rows - 1) != g_array_index (keys, guint64, i))
            g_array_index (keys, guint64, n_rows++) = g_array_index (keys, guint64, i);
    g_array_set_size (keys, n_rows);
    while (cap < 2 * n_rows + 2)
        cap *= 2;
    l->mask = cap - 1;
    l->slots = g_new0 (rf_scorer_slot_t, cap);
    /* 16 bits per key: one feature in 16 without weight passes the bits. */
    l->seen_mask = 64 * 8 - 1;
    while (l->seen_mask + 1 < 16 * n_rows)
        l->seen_mask = l->seen_mask * 2 + 1;
    l->seen = g_new0 (guint64, (l->seen_mask + 1) / 64);
    l->w = g_new0 (gint16, (gsize) MAX (n_rows, 1) * l->n_models);
    for (guint r = 0; r < n_rows; r++) {
        guint64 key = g_array_index (keys, guint64, r);
        guint i = (guint) key & l->mask;
        while (l->slots[i].check)
            i = (i + 1) & l->mask;
        l->slots[i].check = rf_scorer_check (key);
        l->slots[i].row = r;
        i = (guint) (key >> 40) & l->seen_mask;
        l->seen[i >> 6] |= G_GUINT64_CONSTANT (1) << (i & 63);
    }
    fill_weights (l, keys);
    g_array_unref (keys);
}

static void
finish_lang (rf_scorer_lang_t *l, const GPtrArray *patterns)
{
    g_ptr_array_sort (l->models, by_category);
    l->n_models = l->models->len;
    l->min_score = g_new0 (double, l->n_models);
    l->hit_weight = g_new0 (double, l->n_models);
    l->ids = g_new0 (char *, l->n_models + 1);
    for (guint k = 0; k < l->n_models; k++) {
        const rf_model_t *m = l->models->pdata[k];
        l->min_score[k] = log (m->threshold / (1.0 - m->threshold));
        l->hit_weight[k] = category_weight (patterns, l->lang, m->category);
        l->ids[k] = m->variant ? g_strdup_printf ("%s.%s.%s.model", l->lang, m->category, m->variant)
                               : g_strdup_printf ("%s.%s.model", l->lang, m->category);
    }
    build_table (l);
}

static rf_scorer_lang_t *
lang_get (GPtrArray *langs, const char *lang)
{
    rf_scorer_lang_t *l;
    for (guint i = 0; i < langs->len; i++) {
        l = langs->pdata[i];
        if (!strcmp (l->lang, lang))
            return l;
    }
    l = g_new0 (rf_scorer_lang_t, 1);
    g_strlcpy (l->lang, lang, sizeof l->lang);
    l->lex = rf_lexicon_new (lang);
    l->models = g_ptr_array_new_with_free_func ((GDestroyNotify) rf_model_free);
    g_ptr_array_add (langs, l);
    return l;
}

/* Read the files of one directory into langs; a model replaces the one
 * of its language, category and variant. */
static gboolean
read_dir (GPtrArray *langs, const char *dir, gboolean lex_only, GError **err)
{
    GArray *files = g_array_new (FALSE, FALSE, sizeof (found_file_t));
    gboolean ok;
    g_array_set_clear_func (files, found_clear);
    ok = list_files (dir, files, err);
    for (guint i = 0; ok && i < files->len; i++) {
        const found_file_t *f = &g_array_index (files, found_file_t, i);
        rf_scorer_lang_t *l;
        if (lex_only && f->is_model)
            continue;
        l = lang_get (langs, f->lang);
        if (f->is_model) {
            rf_model_t *m = rf_model_read (f->path, f->lang, f->category, err);
            if (!(ok = m != NULL))
                break;
            m->variant = g_strdup (f->variant);
            for (guint k = 0; k < l->models->len; k++) {
                const rf_model_t *o = l->models->pdata[k];
                if (!strcmp (o->category, m->category) && !g_strcmp0 (o->variant, m->variant))
                    g_ptr_array_remove_index (l->models, k--);
            }
            g_ptr_array_add (l->models, m);
        } else {
            ok = rf_lexicon_add_file (l->lex, f->path, f->category, err);
        }
    }
    g_array_unref (files);
    return ok;
}

static char *
compute_digest (const GPtrArray *langs)
{
    GString *s = g_string_new (RF_SCORER_FEATURES_VERSION "\n");
    GChecksum *models = g_checksum_new (G_CHECKSUM_SHA256);
    char *hex;
    for (guint i = 0; i < langs->len; i++) {
        const rf_scorer_lang_t *l = langs->pdata[i];
        rf_lexicon_describe (l->lex, s);
        for (guint k = 0; k < l->n_models; k++) {
            const rf_model_t *m = l->models->pdata[k];
            g_string_append_printf (s, "model %s %s%s%s %g\n", l->lang, m->category, m->variant ? "." : "",
                                    m->variant ? m->variant : "", l->hit_weight[k]);
            rf_model_digest (m, models);
        }
    }
    g_string_append_printf (s, "weights %s\n", g_checksum_get_string (models));
    hex = rf_sha256_hex (s->str, s->len);
    g_checksum_free (models);
    g_string_free (s, TRUE);
    return hex;
}

static gint
by_lang (gconstpointer a, gconstpointer b)
{
    return strcmp ((*(rf_scorer_lang_t *const *) a)->lang, (*(rf_scorer_lang_t *const *) b)->lang);
}

rf_scorer_t *
rf_scorer_load (const char *builtin_dir, const char *user_dir, const GPtrArray *patterns,
                GError **err)
{
    GPtrArray *langs = g_ptr_array_new_with_free_func (lang_free);
    rf_scorer_t *s;
    if (!read_dir (langs, builtin_dir, FALSE, err)
        || (user_dir && !read_dir (langs, user_dir, FALSE, err))) {
        g_ptr_array_unref (langs);
        return NULL;
    }
    /* Word lists without a model have nothing to weigh. */
    for (guint i = 0; i < langs->len; i++)
        if (((rf_scorer_lang_t *) langs->pdata[i])->models->len == 0)
            g_ptr_array_remove_index (langs, i--);
    if (langs->len == 0) {
        g_ptr_array_unref (langs);
        return NULL;
    }
    g_ptr_array_sort (langs, by_lang);
    for (guint i = 0; i < langs->len; i++)
        finish_lang (langs->pdata[i], patterns);
    s = g_new0 (rf_scorer_t, 1);
    s->langs = langs;
    s->digest = compute_digest (langs);
    return s;
}

void
rf_scorer_free (rf_scorer_t *s)
{
    if (!s)
        return;
    g_ptr_array_unref (s->langs);
    g_free (s->digest);
    g_free (s);
}

const char *
rf_scorer_digest (const rf_scorer_t *s)
{
    return s->digest;
}

const rf_scorer_lang_t *
rf_scorer_lang (const rf_scorer_t *s, const char *lang)
{
    for (guint i = 0; s && lang && i < s->langs->len; i++) {
        const rf_scorer_lang_t *l = s->langs->pdata[i];
        if (!strcmp (l->lang, lang))
            return l;
    }
    return NULL;
}

const rf_model_t *
rf_scorer_model (const rf_scorer_t *s, const char *lang, const char *category)
{
    const rf_scorer_lang_t *l = rf_scorer_lang (s, lang);
    for (guint k = 0; l && k < l->n_models; k++) {
        const rf_model_t *m = l->models->pdata[k];
        if (!strcmp (m->category, category) && !m->variant)
            return m;
    }
    return NULL;
}

const rf_model_t *
rf_scorer_model_of_hit (const rf_scorer_t *s, const char *lang, const char *pattern_id)
{
    const rf_scorer_lang_t *l = rf_scorer_lang (s, lang);
    for (guint k = 0; l && k < l->n_models; k++)
        if (!strcmp (l->ids[k], pattern_id))
            return l->models->pdata[k];
    return NULL;
}

guint
rf_scorer_count (const rf_scorer_t *s)
{
    guint n = 0;
    for (guint i = 0; s && i < s->langs->len; i++)
        n += ((const rf_scorer_lang_t *) s->langs->pdata[i])->n_models;
    return n;
}

rf_lexicon_t *
rf_scorer_lexicon_load (const char *dir, const char *user_dir, const char *lang, GError **err)
{
    GPtrArray *langs = g_ptr_array_new_with_free_func (lang_free);
    rf_scorer_lang_t *l;
    rf_lexicon_t *lx = NULL;
    if (read_dir (langs, dir, TRUE, err) && (!user_dir || read_dir (langs, user_dir, TRUE, err))) {
        l = lang_get (langs, lang);
        lx = l->lex;
        l->lex = NULL;
    }
    g_ptr_array_unref (langs);
    return lx;
}
