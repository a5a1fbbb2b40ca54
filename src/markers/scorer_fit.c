/* scorer_fit.c - logistic regression by FTRL-Proximal, and the choice of
 * a threshold from out-of-fold scores. */
#include "config.h"
#include "markers/scorer_fit.h"
#include "markers/scorer_model.h"

#include <math.h>
#include <string.h>

static inline double
sigmoid (double s)
{
    if (s > 35)
        return 1.0;
    if (s < -35)
        return 0.0;
    return 1.0 / (1.0 + exp (-s));
}

/* The weight FTRL-Proximal keeps for a coordinate: zero while |z| stays
 * within the L1 strength, which is what makes the model sparse. */
static inline double
ftrl_weight (double z, double n, double alpha, double beta, double l1, double l2)
{
    if (fabs (z) <= l1)
        return 0.0;
    return -(z - (z < 0 ? -l1 : l1)) / ((beta + sqrt (n)) / alpha + l2);
}

typedef struct {
    double *z, *n;      /* per feature; the intercept is the last slot */
    double *wtmp;       /* the weights of the current example's features */
    guint cap;
} state_t;

/* One step on example i, of label y and weight wt. */
static void
step (const rf_fit_data_t *d, state_t *st, guint i, double y, double wt, const rf_fit_opts_t *o)
{
    const guint32 *idx = (const guint32 *) d->idx->data;
    const float *val = (const float *) d->val->data;
    guint a = g_array_index (d->at, guint32, i), b = g_array_index (d->at, guint32, i + 1);
    guint nb = d->n_features;
    double s, g, wb;
    if (b - a > st->cap) {
        st->cap = b - a;
        st->wtmp = g_renew (double, st->wtmp, st->cap);
    }
    wb = ftrl_weight (st->z[nb], st->n[nb], o->alpha, o->beta, 0.0, 0.0);
    s = wb;
    for (guint k = a; k < b; k++) {
        guint j = idx[k];
        st->wtmp[k - a] = ftrl_weight (st->z[j], st->n[j], o->alpha, o->beta, o->l1, o->l2);
        s += st->wtmp[k - a] * val[k];
    }
    g = (sigmoid (s) - y) * wt;
    for (guint k = a; k < b; k++) {
        guint j = idx[k];
        double gj = g * val[k];
        double sigma = (sqrt (st->n[j] + gj * gj) - sqrt (st->n[j])) / o->alpha;
        st->z[j] += gj - sigma * st->wtmp[k - a];
        st->n[j] += gj * gj;
    }
    {
        double sigma = (sqrt (st->n[nb] + g * g) - sqrt (st->n[nb])) / o->alpha;
        st->z[nb] += g - sigma * wb;
        st->n[nb] += g * g;
    }
}

void
rf_fit (const rf_fit_data_t *d, const guint *use, guint n_use, const guint8 *y,
        const double *wt, const rf_fit_opts_t *o, double *w, double *bias)
{
    state_t st = { 0 };
    guint *order = g_new (guint, MAX (n_use, 1));
    GRand *rng = g_rand_new_with_seed (o->seed);
    guint nb = d->n_features;

    st.z = g_new0 (double, nb + 1);
    st.n = g_new0 (double, nb + 1);
    memcpy (order, use, n_use * sizeof *order);
    for (guint e = 0; e < o->epochs; e++) {
        /* Fisher-Yates with the seeded generator: the same order on every
         * machine. */
        for (guint i = n_use; i > 1; i--) {
            guint j = (guint) g_rand_int_range (rng, 0, (gint32) i), t = order[i - 1];
            order[i - 1] = order[j];
            order[j] = t;
        }
        for (guint i = 0; i < n_use; i++)
            step (d, &st, order[i], y[order[i]], wt[order[i]], o);
    }
    for (guint j = 0; j < nb; j++)
        w[j] = ftrl_weight (st.z[j], st.n[j], o->alpha, o->beta, o->l1, o->l2);
    *bias = ftrl_weight (st.z[nb], st.n[nb], o->alpha, o->beta, 0.0, 0.0);
    g_free (st.z);
    g_free (st.n);
    g_free (st.wtmp);
    g_free (order);
    g_rand_free (rng);
}

double
rf_fit_predict (const rf_fit_data_t *d, guint i, const double *w, double bias)
{
    const guint32 *idx = (const guint32 *) d->idx->data;
    const float *val = (const float *) d->val->data;
    double s = bias;
    for (guint k = g_array_index (d->at, guint32, i); k < g_array_index (d->at, guint32, i + 1); k++)
        s += w[idx[k]] * val[k];
    return sigmoid (s);
}

/* ---- threshold */

static gint
by_p_desc (gconstpointer a, gconstpointer b)
{
    const rf_scored_t *x = a, *y = b;
    if (x->p != y->p)
        return x->p > y->p ? -1 : 1;
    if (x->y != y->y)
        return x->y < y->y ? -1 : 1;    /* negatives first: the worse case */
    return (int) x->source - (int) y->source;
}

/* Too many wrong among the flagged, for a precision p: below p once a
 * few are flagged (MIN_CHECKED), and fewer than min_flagged flagged
 * count as min_flagged (a threshold that flags 19 rows with 4 wrong is
 * no better at 0.85 than one that flags 20), so the lowest acceptable
 * threshold cannot hide below min_flagged. */
#define MIN_CHECKED 5

static inline gboolean
too_imprecise (guint tp, guint fp, double p, guint min_flagged)
{
    if (tp + fp >= MIN_CHECKED && tp < p * (tp + fp) - 1e-9)
        return TRUE;
    return fp > (1.0 - p) * MAX (tp + fp, min_flagged) + 1e-9;
}

static gboolean
acceptable (const rf_source_counts_t *c, guint n_sources, double min_precision,
            guint min_flagged, const rf_alarm_limit_t *alarm, guint min_quiet)
{
    guint tp = 0, fp = 0, pos = 0;
    for (guint k = 0; k < n_sources; k++) {
        double ceiling = k < alarm->first_near ? alarm->quiet : alarm->near;
        if (c[k].n_pos > 0) {
            tp += c[k].tp;
            fp += c[k].fp;
            pos += c[k].n_pos;
            /* A small source counts as many flagged rows as it has
             * positive ones at least. */
            if (too_imprecise (c[k].tp, c[k].fp, min_precision - alarm->source_slack,
                               MIN (min_flagged, c[k].n_pos)))
                return FALSE;
        } else if (c[k].n_neg >= min_quiet && c[k].fp > ceiling * c[k].n_neg) {
            return FALSE;
        }
    }
    return !too_imprecise (tp, fp, min_precision, MIN (min_flagged, pos));
}

double
rf_fit_threshold (rf_scored_t *s, guint n, guint n_sources, double min_precision,
                  guint min_flagged, const rf_alarm_limit_t *alarm, guint min_quiet,
                  rf_source_counts_t *counts)
{
    rf_source_counts_t *c = g_new0 (rf_source_counts_t, n_sources);
    double best = 1.0, unit = pow (10, -RF_MODEL_DECIMALS);
    guint best_i = n;
    for (guint i = 0; i < n; i++) {
        if (s[i].y)
            c[s[i].source].n_pos++;
        else
            c[s[i].source].n_neg++;
    }
    memcpy (counts, c, n_sources * sizeof *c);
    qsort (s, n, sizeof *s, (int (*) (const void *, const void *)) by_p_desc);
    /* Lower the threshold one score at a time (equal scores together);
     * keep the lowest where every condition holds. */
    for (guint i = 0; i < n;) {
        guint j = i;
        while (j < n && s[j].p == s[i].p) {
            if (s[j].y)
                c[s[j].source].tp++;
            else
                c[s[j].source].fp++;
            j++;
        }
        if (acceptable (c, n_sources, min_precision, min_flagged, alarm, min_quiet)) {
            memcpy (counts, c, n_sources * sizeof *c);
            best_i = i;
        }
        i = j;
    }
    if (best_i < n) {
        /* Half way to the next lower score, rounded up: the file's
         * decimals then keep the same examples above it. */
        double lo = 0.0;
        for (guint k = best_i; k < n; k++) {
            if (s[k].p < s[best_i].p) {
                lo = s[k].p;
                break;
            }
        }
        best = ceil ((s[best_i].p + lo) / 2 / unit) * unit;
        if (best > s[best_i].p)
            best = floor (s[best_i].p / unit) * unit;
        if (best <= 0.0)
            best = unit;
    }
    g_free (c);
    return best;
}
