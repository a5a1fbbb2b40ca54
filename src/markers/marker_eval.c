/* marker_eval.c - count what the marker stage flags on labelled sentences
 * against what their labels say (doc/markers.md, "Measured on real
 * labelled text"). */
#include "config.h"
#include "markers/marker_eval.h"
#include "markers/lang_detect.h"

#include <string.h>

/* The counts of one (set, language). */
typedef struct {
    char *set;
    char lang[4];
    rf_eval_group_t totals;
    guint *n_true, *n_flagged, *n_tp;   /* per built-in category */
} group_t;

struct rf_marker_eval {
    const rf_markers_t *m;
    rf_eval_split_t split;
    const char *const *cats;   /* rf_marker_categories */
    guint n_cats;
    GPtrArray *groups;         /* of group_t*, in the order first seen */
    GString *errors;           /* rows got wrong, when asked for */
};

static const char *const split_names[] = { "held", "train", "all" };

gboolean
rf_eval_split_parse (const char *s, rf_eval_split_t *out)
{
    for (guint i = 0; i < G_N_ELEMENTS (split_names); i++)
        if (!g_strcmp0 (s, split_names[i])) {
            *out = (rf_eval_split_t) i;
            return TRUE;
        }
    return FALSE;
}

const char *
rf_eval_split_name (rf_eval_split_t split)
{
    return split_names[split];
}

static void
group_free (gpointer p)
{
    group_t *g = p;
    g_free (g->set);
    g_free (g->n_true);
    g_free (g->n_flagged);
    g_free (g->n_tp);
    g_free (g);
}

rf_marker_eval_t *
rf_marker_eval_new (const rf_markers_t *m, rf_eval_split_t split)
{
    rf_marker_eval_t *ev = g_new0 (rf_marker_eval_t, 1);
    ev->m = m;
    ev->split = split;
    ev->cats = rf_marker_categories ();
    while (ev->cats[ev->n_cats])
        ev->n_cats++;
    g_assert (ev->n_cats <= 32);   /* flagged_categories keeps them as bits */
    ev->groups = g_ptr_array_new_with_free_func (group_free);
    return ev;
}

void
rf_marker_eval_keep_errors (rf_marker_eval_t *ev)
{
    if (!ev->errors)
        ev->errors = g_string_new (NULL);
}

const char *
rf_marker_eval_errors (const rf_marker_eval_t *ev)
{
    return ev->errors ? ev->errors->str : "";
}

void
rf_marker_eval_free (rf_marker_eval_t *ev)
{
    if (!ev)
        return;
    if (ev->errors)
        g_string_free (ev->errors, TRUE);
    g_ptr_array_unref (ev->groups);
    g_free (ev);
}

char *
rf_eval_set_name (const char *path)
{
    char *base = g_path_get_basename (path), *dir = g_path_get_dirname (path);
    char *lang = g_path_get_basename (dir), *parent = g_path_get_dirname (dir);
    char *pbase = g_path_get_basename (parent), *out;
    if (g_str_has_suffix (base, ".tsv"))
        base[strlen (base) - 4] = '\0';
    out = rf_eval_is_own_dir (pbase) ? g_strconcat (pbase, "-", lang, NULL) : g_strdup (base);
    g_free (base);
    g_free (dir);
    g_free (lang);
    g_free (parent);
    g_free (pbase);
    return out;
}

static group_t *
find_group (rf_marker_eval_t *ev, const char *set, const char *lang)
{
    group_t *g;
    for (guint i = ev->groups->len; i-- > 0;) {
        g = ev->groups->pdata[i];
        if (!strcmp (g->set, set) && !strcmp (g->lang, lang))
            return g;
    }
    g = g_new0 (group_t, 1);
    g->set = g_strdup (set);
    g_strlcpy (g->lang, lang, sizeof g->lang);
    g->n_true = g_new0 (guint, ev->n_cats);
    g->n_flagged = g_new0 (guint, ev->n_cats);
    g->n_tp = g_new0 (guint, ev->n_cats);
    g_ptr_array_add (ev->groups, g);
    return g;
}

/* The built-in categories among the hits, as bits; *alarm is set when a
 * hit is a warning category the row is NEGATIVE for. */
static guint32
flagged_categories (const rf_marker_eval_t *ev, const rf_labelled_row_t *r, const GPtrArray *hits,
                    gboolean *alarm)
{
    guint32 bits = 0;
    *alarm = FALSE;
    for (guint i = 0; i < hits->len; i++) {
        const rf_marker_hit_t *h = hits->pdata[i];
        for (guint c = 0; c < ev->n_cats; c++)
            if (!strcmp (h->category, ev->cats[c]))
                bits |= 1u << c;
        if (!rf_marker_category_is_counter (h->category)
            && rf_labelled_role (r, h->category) == RF_LABEL_NEGATIVE)
            *alarm = TRUE;
    }
    return bits;
}

/* One line per category the row was got wrong on: set, language,
 * category, missed or wrong, the row's labels, its text (the text is
 * one line already: rf_labelled_read refuses tabs and breaks in it). */
static void
note_error (rf_marker_eval_t *ev, const group_t *g, const rf_labelled_row_t *r, guint c,
            gboolean missed)
{
    g_string_append_printf (ev->errors, "%s\t%s\t%s\t%s\t%s\t%s\n", g->set, r->lang, ev->cats[c],
                            missed ? "missed" : "wrong", r->labels, r->text);
}

static void
count_row (rf_marker_eval_t *ev, group_t *g, const rf_labelled_row_t *r)
{
    gsize len = strlen (r->text);
    /* What rf_text_analysis_apply does for each message of a scan. */
    const char *lang = rf_lang_detect (r->text, len);
    GPtrArray *hits = rf_markers_scan (ev->m, r->text, len, lang);
    gboolean alarm, positive_warning = FALSE, negative_warning = FALSE;
    guint32 bits = flagged_categories (ev, r, hits, &alarm);

    g->totals.n_rows++;
    g->totals.n_lang_ok += !strcmp (lang, r->lang);
    for (guint c = 0; c < ev->n_cats; c++) {
        rf_label_role_t role = rf_labelled_role (r, ev->cats[c]);
        gboolean flagged = (bits >> c) & 1, warning = !rf_marker_category_is_counter (ev->cats[c]);
        if (role == RF_LABEL_EXCLUDED)
            continue;
        g->n_flagged[c] += flagged;
        if (ev->errors && flagged != (role == RF_LABEL_POSITIVE))
            note_error (ev, g, r, c, !flagged);
        if (role == RF_LABEL_POSITIVE) {
            g->n_true[c]++;
            g->n_tp[c] += flagged;
            positive_warning = positive_warning || warning;
        } else {
            negative_warning = negative_warning || warning;
        }
    }
    if (!positive_warning && negative_warning) {
        g->totals.n_quiet++;
        g->totals.n_alarm += alarm;
    }
    g_ptr_array_unref (hits);
}

static gboolean
in_split (const rf_marker_eval_t *ev, const rf_labelled_row_t *r)
{
    return ev->split == RF_EVAL_ALL || rf_labelled_held_back (r->text) == (ev->split == RF_EVAL_HELD);
}

guint
rf_marker_eval_add (rf_marker_eval_t *ev, const char *set, const GPtrArray *rows)
{
    guint n = 0;
    group_t *g = NULL;
    for (guint i = 0; i < rows->len; i++) {
        const rf_labelled_row_t *r = rows->pdata[i];
        if (!in_split (ev, r))
            continue;
        if (!g || strcmp (g->lang, r->lang))
            g = find_group (ev, set, r->lang);
        count_row (ev, g, r);
        n++;
    }
    return n;
}

static void
fill_pair (rf_eval_pair_t *p, guint n_true, guint n_flagged, guint n_tp)
{
    p->n_true = n_true;
    p->n_flagged = n_flagged;
    p->n_tp = n_tp;
    p->precision = n_flagged ? (double) n_tp / n_flagged : 0;
    p->recall = n_true ? (double) n_tp / n_true : 0;
    p->f1 = n_tp ? 2 * p->precision * p->recall / (p->precision + p->recall) : 0;
}

GArray *
rf_marker_eval_pairs (const rf_marker_eval_t *ev)
{
    GArray *out = g_array_new (FALSE, TRUE, sizeof (rf_eval_pair_t));
    for (guint i = 0; i < ev->groups->len; i++) {
        const group_t *g = ev->groups->pdata[i];
        for (guint c = 0; c < ev->n_cats; c++) {
            rf_eval_pair_t p = { g->set, g->lang, ev->cats[c], 0, 0, 0, 0, 0, 0 };
            if (!g->n_true[c])
                continue;
            fill_pair (&p, g->n_true[c], g->n_flagged[c], g->n_tp[c]);
            g_array_append_val (out, p);
        }
    }
    return out;
}

GArray *
rf_marker_eval_groups (const rf_marker_eval_t *ev)
{
    GArray *out = g_array_new (FALSE, TRUE, sizeof (rf_eval_group_t));
    for (guint i = 0; i < ev->groups->len; i++) {
        const group_t *g = ev->groups->pdata[i];
        rf_eval_group_t t = g->totals;
        t.set = g->set;
        t.lang = g->lang;
        g_array_append_val (out, t);
    }
    return out;
}

static const char *const own_dirs[] = { "written", "general", "workplace", "worktalk" };

gboolean
rf_eval_is_own_dir (const char *name)
{
    for (gsize i = 0; i < G_N_ELEMENTS (own_dirs); i++)
        if (!strcmp (name, own_dirs[i]))
            return TRUE;
    return FALSE;
}

gboolean
rf_eval_is_own_set (const char *set)
{
    const char *dash = strrchr (set, '-');
    char *dir;
    gboolean own;
    if (!dash)
        return FALSE;
    dir = g_strndup (set, (gsize) (dash - set));
    own = rf_eval_is_own_dir (dir);
    g_free (dir);
    return own;
}

double
rf_eval_macro_f1 (const GArray *pairs, guint min_true, guint *n_pairs)
{
    return rf_eval_macro_f1_of (pairs, min_true, FALSE, n_pairs);
}

double
rf_eval_macro_f1_of (const GArray *pairs, guint min_true, gboolean public_only, guint *n_pairs)
{
    double sum = 0;
    guint n = 0;
    for (guint i = 0; i < pairs->len; i++) {
        const rf_eval_pair_t *p = &g_array_index (pairs, rf_eval_pair_t, i);
        if (p->n_true < min_true || (public_only && rf_eval_is_own_set (p->set)))
            continue;
        sum += p->f1;
        n++;
    }
    *n_pairs = n;
    return n ? sum / n : 0;
}
