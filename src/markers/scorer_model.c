/* scorer_model.c - read and write model files LANG/CATEGORY.model. */
#include "config.h"
#include "markers/scorer_model.h"
#include "markers/markers.h"
#include "base/util.h"

#include <math.h>
#include <string.h>

rf_model_t *
rf_model_new (const char *lang, const char *category)
{
    rf_model_t *m = g_new0 (rf_model_t, 1);
    g_strlcpy (m->lang, lang, sizeof m->lang);
    m->category = g_strdup (category);
    m->features = g_ptr_array_new_with_free_func (g_free);
    m->weights = g_array_new (FALSE, FALSE, sizeof (double));
    m->threshold = 0.5;
    return m;
}

void
rf_model_free (rf_model_t *m)
{
    if (!m)
        return;
    g_free (m->category);
    g_free (m->variant);
    g_free (m->path);
    g_ptr_array_unref (m->features);
    g_array_unref (m->weights);
    g_free (m);
}

static gboolean
bad_line (GError **err, const char *path, int line, const char *what)
{
    g_set_error (err, RF_MARKERS_ERROR, RF_MARKERS_ERR_SYNTAX, "%s:%d: %s", path, line, what);
    return FALSE;
}

static gboolean
parse_number (const char *s, double *out)
{
    char *end = NULL;
    *out = g_ascii_strtod (s, &end);
    return end != s && *end == '\0' && isfinite (*out);
}

/* One "name<TAB>number" line. */
static gboolean
read_line (rf_model_t *m, char *line, const char *path, int n, gboolean *seen, GError **err)
{
    char *tab = strchr (line, '\t');
    double v;
    if (!tab || tab == line)
        return bad_line (err, path, n, "expected 'name<TAB>number' (bias, threshold or a feature)");
    *tab = '\0';
    if (!parse_number (tab + 1, &v))
        return bad_line (err, path, n, "the value after the tab is not a number");
    if (!strcmp (line, "bias")) {
        m->bias = v;
        seen[0] = TRUE;
    } else if (!strcmp (line, "threshold")) {
        if (!(v > 0.0 && v < 1.0))
            return bad_line (err, path, n, "threshold must be a probability between 0 and 1");
        m->threshold = v;
        seen[1] = TRUE;
    } else {
        if (strlen (line) < 3 || line[1] != ':' || !strchr ("wbnclpf", line[0]))
            return bad_line (err, path, n, "a feature name starts with w:, b:, n:, c:, l:, p: or f:");
        g_ptr_array_add (m->features, g_strdup (line));
        g_array_append_val (m->weights, v);
    }
    return TRUE;
}

rf_model_t *
rf_model_read (const char *path, const char *lang, const char *category, GError **err)
{
    char *data = NULL, **lines = NULL;
    gsize len = 0;
    gboolean ok = TRUE, seen[2] = { FALSE, FALSE };
    rf_model_t *m;
    if (!g_file_get_contents (path, &data, &len, err))
        return NULL;
    m = rf_model_new (lang, category);
    m->path = g_strdup (path);
    if (!g_utf8_validate (data, (gssize) len, NULL))
        ok = bad_line (err, path, 1, "not valid UTF-8");
    else
        lines = rf_split_lines (data);
    for (int i = 0; ok && lines[i]; i++) {
        char *l = lines[i];
        g_strchomp (l);
        if (l[0] != '\0' && l[0] != '#')
            ok = read_line (m, l, path, i + 1, seen, err);
    }
    if (ok && (!seen[0] || !seen[1]))
        ok = bad_line (err, path, 1, "a model file needs a 'bias' and a 'threshold' line");
    /* Duplicates would make the weights ambiguous. */
    for (guint i = 1; ok && i < m->features->len; i++) {
        if (strcmp (m->features->pdata[i - 1], m->features->pdata[i]) >= 0) {
            char *msg = g_strdup_printf ("features must be sorted and unique; '%s' is not",
                                         (const char *) m->features->pdata[i]);
            ok = bad_line (err, path, 1, msg);
            g_free (msg);
        }
    }
    g_strfreev (lines);
    g_free (data);
    if (!ok) {
        rf_model_free (m);
        return NULL;
    }
    return m;
}

static void
put_number (GString *s, double v, int decimals)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    char fmt[8];
    g_snprintf (fmt, sizeof fmt, "%%.%df", decimals);
    g_ascii_formatd (buf, sizeof buf, fmt, v);
    /* "-0.0000" and "0.0000" are the same weight: write one of them. */
    if (buf[0] == '-' && strspn (buf + 1, "0.") == strlen (buf + 1))
        memmove (buf, buf + 1, strlen (buf));
    g_string_append (s, buf);
}

typedef struct {
    const char *name;
    double w;
} named_t;

static gint
by_name (gconstpointer a, gconstpointer b)
{
    return strcmp (((const named_t *) a)->name, ((const named_t *) b)->name);
}

char *
rf_model_format (const rf_model_t *m, const char *header)
{
    GString *s = g_string_new (NULL);
    GArray *all = g_array_new (FALSE, FALSE, sizeof (named_t));
    double cut = 0.5 * pow (10, -RF_MODEL_DECIMALS);
    if (header) {
        char **lines = rf_split_lines (header);
        for (char **l = lines; *l; l++)
            if (**l || l[1])
                g_string_append_printf (s, "#%s%s\n", **l ? " " : "", *l);
        g_strfreev (lines);
    }
    g_string_append (s, "bias\t");
    put_number (s, m->bias, RF_MODEL_DECIMALS);
    g_string_append (s, "\nthreshold\t");
    put_number (s, m->threshold, RF_MODEL_DECIMALS);
    g_string_append_c (s, '\n');
    for (guint i = 0; i < m->features->len; i++) {
        named_t x = { m->features->pdata[i], g_array_index (m->weights, double, i) };
        if (fabs (x.w) >= cut)
            g_array_append_val (all, x);
    }
    g_array_sort (all, by_name);
    for (guint i = 0; i < all->len; i++) {
        const named_t *x = &g_array_index (all, named_t, i);
        g_string_append_printf (s, "%s\t", x->name);
        put_number (s, x->w, RF_MODEL_DECIMALS);
        g_string_append_c (s, '\n');
    }
    g_array_unref (all);
    return g_string_free (s, FALSE);
}

gboolean
rf_model_write (const rf_model_t *m, const char *header, const char *path, GError **err)
{
    char *text = rf_model_format (m, header);
    gboolean ok = g_file_set_contents (path, text, -1, err);
    g_free (text);
    return ok;
}

static void
digest_number (GChecksum *sum, double v)
{
    guint64 x = GUINT64_TO_LE ((guint64) (gint64) llround (v * pow (10, RF_MODEL_DECIMALS)));
    g_checksum_update (sum, (const guchar *) &x, sizeof x);
}

void
rf_model_digest (const rf_model_t *m, GChecksum *sum)
{
    digest_number (sum, m->bias);
    digest_number (sum, m->threshold);
    for (guint i = 0; i < m->features->len; i++) {
        const char *name = m->features->pdata[i];
        /* The name with its NUL: "ab" + "c" differs from "a" + "bc". */
        g_checksum_update (sum, (const guchar *) name, (gssize) strlen (name) + 1);
        digest_number (sum, g_array_index (m->weights, double, i));
    }
}
