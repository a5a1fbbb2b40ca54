/* labelled.c - read labelled sentence files, split them, map their labels
 * onto our categories (rules in doc/markers.md). */
#include "config.h"
#include "markers/labelled.h"
#include "markers/markers.h"

#include <string.h>

G_DEFINE_QUARK (rf-labelled, rf_labelled_error)

/* A label of the public sets that is not one of our categories, and the
 * categories it can say nothing about. NULL excluded: it rules out none;
 * "*": it rules out nothing. */
typedef struct {
    const char *label;
    const char *const *excluded;
} other_label_t;

static const char *const excl_request[] = { "demanding", "scope_change", "status_chasing", NULL };
static const char *const excl_polite[] = { "appreciation", NULL };
static const char *const excl_impolite[] = { "abuse", "demanding", "complaint", "negativity",
                                             "rejection", "value_questioning", NULL };
static const char *const excl_all[] = { "*", NULL };

static const other_label_t other_labels[] = {
    { "none", NULL },
    { "neutral", NULL },
    { "request", excl_request },
    { "polite", excl_polite },
    { "impolite", excl_impolite },
    { "profanity", excl_all },
    { "ambiguous", excl_all },
    { "other", excl_all },
};

static gboolean
label_is (const char *label, gsize len, const char *name)
{
    return strlen (name) == len && !memcmp (label, name, len);
}

static const other_label_t *
find_other (const char *label, gsize len)
{
    for (gsize i = 0; i < G_N_ELEMENTS (other_labels); i++)
        if (label_is (label, len, other_labels[i].label))
            return &other_labels[i];
    return NULL;
}

static gboolean
is_category (const char *label, gsize len)
{
    for (const char *const *c = rf_marker_categories (); *c; c++)
        if (label_is (label, len, *c))
            return TRUE;
    return FALSE;
}

gboolean
rf_labelled_label_known (const char *label, gsize len)
{
    return is_category (label, len) || find_other (label, len) != NULL;
}

/* What one label says about category. */
static rf_label_role_t
label_role (const char *label, gsize len, const char *category)
{
    const other_label_t *o;
    if (label_is (label, len, category))
        return RF_LABEL_POSITIVE;
    o = find_other (label, len);
    if (o && o->excluded)
        for (const char *const *c = o->excluded; *c; c++)
            if (!strcmp (*c, "*") || !strcmp (*c, category))
                return RF_LABEL_EXCLUDED;
    return RF_LABEL_NEGATIVE;
}

rf_label_role_t
rf_labelled_role (const rf_labelled_row_t *r, const char *category)
{
    rf_label_role_t role = RF_LABEL_NEGATIVE;
    const char *p = r->labels;
    for (;;) {
        const char *bar = strchr (p, '|');
        gsize len = bar ? (gsize) (bar - p) : strlen (p);
        rf_label_role_t one = label_role (p, len, category);
        if (one == RF_LABEL_POSITIVE)
            return one;
        if (one == RF_LABEL_EXCLUDED)
            role = one;
        if (!bar)
            return role;
        p = bar + 1;
    }
}

guint64
rf_labelled_hash (const char *text)
{
    guint64 h = G_GUINT64_CONSTANT (0xcbf29ce484222325);
    for (const guchar *p = (const guchar *) text; *p; p++) {
        h ^= *p;
        h *= G_GUINT64_CONSTANT (0x100000001b3);
    }
    return h;
}

gboolean
rf_labelled_held_back (const char *text)
{
    return rf_labelled_hash (text) % 4 == 0;
}

void
rf_labelled_row_free (rf_labelled_row_t *r)
{
    if (!r)
        return;
    g_free (r->labels);
    g_free (r->text);
    g_free (r->source);
    g_free (r);
}

/* NULL when the label column is well formed, else why not (g_free). */
static char *
check_labels (const char *labels)
{
    int n = 0;
    gboolean alone = FALSE;
    for (const char *p = labels;; n++) {
        const char *bar = strchr (p, '|');
        gsize len = bar ? (gsize) (bar - p) : strlen (p);
        if (len == 0)
            return g_strdup ("empty label (labels are joined by '|')");
        if (!rf_labelled_label_known (p, len))
            return g_strdup_printf ("unknown label '%.*s' (the labels are listed in doc/markers.md)",
                                    (int) MIN (len, 40), p);
        alone = alone || label_is (p, len, "none") || label_is (p, len, "neutral");
        if (!bar)
            break;
        p = bar + 1;
    }
    return alone && n > 0 ? g_strdup ("'none' and 'neutral' cannot be joined to another label") : NULL;
}

static gboolean
lang_ok (const char *s)
{
    gsize n = strlen (s);
    if (n < 2 || n > 3)
        return FALSE;
    for (gsize i = 0; i < n; i++)
        if (s[i] < 'a' || s[i] > 'z')
            return FALSE;
    return TRUE;
}

/* One line into a row; NULL and err when malformed. */
static rf_labelled_row_t *
parse_line (char *line, const char *path, int lineno, GError **err)
{
    char **col = g_strsplit (line, "\t", -1);
    guint n = g_strv_length (col);
    char *why = NULL;
    rf_labelled_row_t *r = NULL;
    if (n != 4)
        why = g_strdup_printf ("expected 4 tab-separated columns (label, language, text, source), "
                               "found %u", n);
    else if (!(why = check_labels (col[0]))) {
        if (!lang_ok (col[1]))
            why = g_strdup ("the language must be 2 or 3 lower-case letters (en, fr, es)");
        else if (col[2][0] == '\0')
            why = g_strdup ("empty text");
    }
    if (why) {
        g_set_error (err, RF_LABELLED_ERROR, RF_LABELLED_ERR_SYNTAX, "%s:%d: %s", path, lineno, why);
        g_free (why);
    } else {
        r = g_new0 (rf_labelled_row_t, 1);
        r->labels = g_strdup (col[0]);
        g_strlcpy (r->lang, col[1], sizeof r->lang);
        r->text = g_strdup (col[2]);
        r->source = g_strdup (col[3]);
    }
    g_strfreev (col);
    return r;
}

GPtrArray *
rf_labelled_read (const char *path, GError **err)
{
    char *data = NULL, *line, *end, *next;
    gsize size = 0;
    GError *ioerr = NULL;
    GPtrArray *rows;
    int lineno = 0;
    if (!g_file_get_contents (path, &data, &size, &ioerr)) {
        g_set_error (err, RF_LABELLED_ERROR, RF_LABELLED_ERR_IO, "%s", ioerr->message);
        g_error_free (ioerr);
        return NULL;
    }
    rows = g_ptr_array_new_with_free_func ((GDestroyNotify) rf_labelled_row_free);
    for (line = data, end = data + size; line < end; line = next) {
        rf_labelled_row_t *r = NULL;
        char *nl = memchr (line, '\n', (gsize) (end - line));
        gsize len = nl ? (gsize) (nl - line) : (gsize) (end - line);
        next = line + len + 1;
        line[len] = '\0';     /* the '\n', or the NUL after the data */
        lineno++;
        if (len && line[len - 1] == '\r')
            line[--len] = '\0';
        if (strlen (line) != len)
            g_set_error (err, RF_LABELLED_ERROR, RF_LABELLED_ERR_SYNTAX,
                         "%s:%d: a NUL byte in the line", path, lineno);
        else if (len == 0 || line[0] == '#')
            continue;
        else
            r = parse_line (line, path, lineno, err);
        if (!r) {
            g_ptr_array_unref (rows);
            rows = NULL;
            break;
        }
        g_ptr_array_add (rows, r);
    }
    g_free (data);
    return rows;
}
