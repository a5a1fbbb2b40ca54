/* markers_load.c - read and compile the pattern files (format in
 * patterns/README.md). */
#include "config.h"
#include "markers/markers_p.h"
#include "markers/scorer.h"
#include "base/util.h"

#include <string.h>

G_DEFINE_QUARK (rf-markers, rf_markers_error)

gboolean rf_markers_no_prefilter = FALSE;

/* A pattern file being read. */
typedef struct {
    const char *path;
    const char *lang;
    const char *category;
    gboolean is_user;
    GPtrArray *out;          /* patterns read so far (all files) */
    GPtrArray *disable;      /* "file:line\tid" of disable: lines */
    rf_pattern_t *cur;
    int regex_line;          /* first regex: line of cur */
} reader_t;

static void
example_clear (gpointer p)
{
    g_free (((rf_example_t *) p)->text);
}

static void
pattern_free (gpointer p)
{
    rf_pattern_t *pat = p;
    if (!pat)
        return;
    g_free (pat->id);
    g_free (pat->category);
    g_free (pat->regex);
    if (pat->re)
        pcre2_code_free (pat->re);
    g_ptr_array_unref (pat->unless_src);
    g_ptr_array_unref (pat->unless_re);
    g_array_unref (pat->match);
    g_array_unref (pat->nomatch);
    g_free (pat->note);
    g_free (pat->file);
    if (pat->clauses)
        g_ptr_array_unref (pat->clauses);
    g_free (pat);
}

static void
code_free (gpointer p)
{
    pcre2_code_free (p);
}

static rf_pattern_t *
pattern_new (const reader_t *r, const char *short_id, int line)
{
    rf_pattern_t *pat = g_new0 (rf_pattern_t, 1);
    pat->id = g_strdup_printf ("%s.%s.%s", r->lang, r->category, short_id);
    pat->category = g_strdup (r->category);
    g_strlcpy (pat->lang, r->lang, sizeof pat->lang);
    pat->weight = 1.0;
    pat->unless_src = g_ptr_array_new_with_free_func (g_free);
    pat->unless_re = g_ptr_array_new_with_free_func (code_free);
    pat->match = g_array_new (FALSE, FALSE, sizeof (rf_example_t));
    g_array_set_clear_func (pat->match, example_clear);
    pat->nomatch = g_array_new (FALSE, FALSE, sizeof (rf_example_t));
    g_array_set_clear_func (pat->nomatch, example_clear);
    pat->file = g_strdup (r->path);
    pat->line = line;
    return pat;
}

static gboolean
syntax_error (GError **err, const char *path, int line, const char *fmt, ...) RF_ATTR_PRINTF (4, 5);

static gboolean
syntax_error (GError **err, const char *path, int line, const char *fmt, ...)
{
    va_list ap;
    char *msg;
    va_start (ap, fmt);
    msg = g_strdup_vprintf (fmt, ap);
    va_end (ap);
    g_set_error (err, RF_MARKERS_ERROR, RF_MARKERS_ERR_SYNTAX, "%s:%d: %s", path, line, msg);
    g_free (msg);
    return FALSE;
}

static pcre2_code *
compile (const char *src, const char *path, int line, const char *id, const char *what,
         GError **err)
{
    int code;
    PCRE2_SIZE eoff;
    PCRE2_UCHAR msg[256];
    pcre2_code *re = pcre2_compile ((PCRE2_SPTR) src, PCRE2_ZERO_TERMINATED,
                                    RF_MARKERS_PCRE2_OPTIONS, &code, &eoff, NULL);
    if (!re) {
        pcre2_get_error_message (code, msg, sizeof msg);
        g_set_error (err, RF_MARKERS_ERROR, RF_MARKERS_ERR_REGEX,
                     "%s:%d: pattern '%s': %s does not compile: %s at offset %lu",
                     path, line, id, what, (const char *) msg, (unsigned long) eoff);
        return NULL;
    }
    /* Without JIT (not built in, or no executable memory) matching still
     * works, only slower. */
    pcre2_jit_compile (re, PCRE2_JIT_COMPLETE);
    return re;
}

/* Check and compile the pattern being read, then add it to the output. */
static gboolean
finish_pattern (reader_t *r, GError **err)
{
    rf_pattern_t *pat = r->cur;
    if (!pat)
        return TRUE;
    r->cur = NULL;
    if (!pat->regex) {
        syntax_error (err, r->path, pat->line, "pattern has no regex: line");
        pattern_free (pat);
        return FALSE;
    }
    if (pat->match->len == 0 || pat->nomatch->len == 0) {
        syntax_error (err, r->path, pat->line,
                      "pattern '%s' needs at least one match: and one nomatch: example",
                      pat->id);
        pattern_free (pat);
        return FALSE;
    }
    pat->re = compile (pat->regex, r->path, r->regex_line, pat->id, "regex", err);
    if (!pat->re) {
        pattern_free (pat);
        return FALSE;
    }
    for (guint i = 0; i < pat->unless_src->len; i++) {
        pcre2_code *u = compile (g_ptr_array_index (pat->unless_src, i), r->path, pat->line,
                                 pat->id, "unless", err);
        if (!u) {
            pattern_free (pat);
            return FALSE;
        }
        g_ptr_array_add (pat->unless_re, u);
    }
    g_ptr_array_add (r->out, pat);
    return TRUE;
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

static gboolean
read_weight (reader_t *r, const char *value, int line, GError **err)
{
    char *end = NULL;
    double w = g_ascii_strtod (value, &end);
    if (end == value || *end != '\0' || !(w > 0.0 && w <= 10.0))
        return syntax_error (err, r->path, line,
                             "weight must be a number greater than 0 and at most 10, not '%s'",
                             value);
    r->cur->weight = w;
    return TRUE;
}

static void
add_example (GArray *to, const char *text, int line)
{
    rf_example_t ex = { g_strdup (text), line };
    g_array_append_val (to, ex);
}

/* One "key: value" line. */
static gboolean
read_line (reader_t *r, const char *key, const char *value, int line, GError **err)
{
    if (!strcmp (key, "id")) {
        if (!finish_pattern (r, err))
            return FALSE;
        if (!valid_name (value, 1, 64))
            return syntax_error (err, r->path, line, "id must be lower-case letters, digits "
                                 "and '_', starting with a letter, not '%s'", value);
        r->cur = pattern_new (r, value, line);
        return TRUE;
    }
    if (!strcmp (key, "disable")) {
        if (!r->is_user)
            return syntax_error (err, r->path, line, "disable: is only for user pattern files");
        g_ptr_array_add (r->disable, g_strdup_printf ("%s:%d\t%s", r->path, line, value));
        return TRUE;
    }
    if (!r->cur)
        return syntax_error (err, r->path, line, "'%s:' before the first id: line", key);
    if (*value == '\0')
        return syntax_error (err, r->path, line, "%s: has no value", key);
    if (!strcmp (key, "weight"))
        return read_weight (r, value, line, err);
    if (!strcmp (key, "regex")) {
        char *joined = r->cur->regex ? g_strconcat (r->cur->regex, "\n", value, NULL)
                                     : g_strdup (value);
        if (!r->cur->regex)
            r->regex_line = line;
        g_free (r->cur->regex);
        r->cur->regex = joined;
    } else if (!strcmp (key, "unless")) {
        g_ptr_array_add (r->cur->unless_src, g_strdup (value));
    } else if (!strcmp (key, "match")) {
        add_example (r->cur->match, value, line);
    } else if (!strcmp (key, "nomatch")) {
        add_example (r->cur->nomatch, value, line);
    } else if (!strcmp (key, "note")) {
        char *joined = r->cur->note ? g_strconcat (r->cur->note, " ", value, NULL)
                                    : g_strdup (value);
        g_free (r->cur->note);
        r->cur->note = joined;
    } else {
        return syntax_error (err, r->path, line, "unknown key '%s' (expected id, weight, regex, "
                             "unless, match, nomatch, note%s)", key,
                             r->is_user ? ", disable" : "");
    }
    return TRUE;
}

static gboolean
read_file (reader_t *r, GError **err)
{
    char *data = NULL;
    gsize len = 0;
    char **lines = NULL;
    const char *bad;
    gboolean ok = FALSE;
    int lineno = 0;

    if (!g_file_get_contents (r->path, &data, &len, err))
        goto done;
    if (!g_utf8_validate (data, (gssize) len, &bad)) {
        for (const char *p = data; p < bad; p++)
            lineno += *p == '\n';
        syntax_error (err, r->path, lineno + 1, "not valid UTF-8");
        goto done;
    }
    lines = rf_split_lines (data);
    for (char **l = lines; *l; l++) {
        char *line = *l, *colon, *value;
        lineno++;
        g_strchomp (line);   /* also drops the CR of CRLF files */
        if (line[0] == '\0' || line[0] == '#')
            continue;
        colon = strchr (line, ':');
        if (!colon || colon == line) {
            syntax_error (err, r->path, lineno, "expected 'key: value'");
            goto done;
        }
        *colon = '\0';
        value = colon + 1;
        while (*value == ' ' || *value == '\t')
            value++;
        if (!read_line (r, g_strstrip (line), value, lineno, err))
            goto done;
    }
    ok = finish_pattern (r, err);
done:
    if (r->cur) {
        pattern_free (r->cur);
        r->cur = NULL;
    }
    g_strfreev (lines);
    g_free (data);
    return ok;
}

/* Entries of a directory, sorted (g_ptr_array_unref). */
static GPtrArray *
sorted_entries (const char *dir, GError **err)
{
    GError *e = NULL;
    GDir *d = g_dir_open (dir, 0, &e);
    GPtrArray *names;
    const char *name;
    if (!d) {
        g_set_error (err, RF_MARKERS_ERROR, RF_MARKERS_ERR_IO, "%s", e->message);
        g_error_free (e);
        return NULL;
    }
    names = g_ptr_array_new_with_free_func (g_free);
    while ((name = g_dir_read_name (d)))
        g_ptr_array_add (names, g_strdup (name));
    g_dir_close (d);
    g_ptr_array_sort (names, rf_compare_string_ptrs);
    return names;
}

/* The pattern files DIR/LANG/CATEGORY.pat, in name order, as pairs of
 * language and file path. Entries that are not a language directory (two
 * or three lower-case letters) are other data files and are left out. */
static GPtrArray *
pattern_files (const char *dir, GError **err)
{
    GPtrArray *langs = sorted_entries (dir, err), *out;
    gboolean ok = langs != NULL;
    if (!ok)
        return NULL;
    out = g_ptr_array_new_with_free_func (g_free);
    for (guint i = 0; ok && i < langs->len; i++) {
        const char *lang = g_ptr_array_index (langs, i);
        char *ldir = g_build_filename (dir, lang, NULL);
        gsize ll = strlen (lang);
        GPtrArray *files;
        if (ll < 2 || ll > 3 || !valid_name (lang, 2, 3) || strchr (lang, '_')
            || !g_file_test (ldir, G_FILE_TEST_IS_DIR)) {
            g_free (ldir);
            continue;
        }
        files = sorted_entries (ldir, err);
        ok = files != NULL;
        for (guint j = 0; ok && j < files->len; j++) {
            const char *fname = g_ptr_array_index (files, j);
            if (!g_str_has_suffix (fname, ".pat"))
                continue;
            g_ptr_array_add (out, g_strdup (lang));
            g_ptr_array_add (out, g_build_filename (ldir, fname, NULL));
        }
        if (files)
            g_ptr_array_unref (files);
        g_free (ldir);
    }
    g_ptr_array_unref (langs);
    if (!ok) {
        g_ptr_array_unref (out);
        return NULL;
    }
    return out;
}

/* Read every pattern file of DIR into out. */
static gboolean
read_tree (const char *dir, gboolean is_user, GPtrArray *out, GPtrArray *disable,
           guint *n_files, GError **err)
{
    GPtrArray *files = pattern_files (dir, err);
    gboolean ok = files != NULL;
    for (guint i = 0; ok && i + 1 < files->len; i += 2) {
        const char *lang = files->pdata[i], *path = files->pdata[i + 1];
        char *fname = g_path_get_basename (path);
        char *category = g_strndup (fname, strlen (fname) - 4);
        reader_t r = { 0 };
        if (!valid_name (category, 1, 40)) {
            ok = syntax_error (err, path, 1, "a category (the file name before .pat) must be "
                               "lower-case letters, digits and '_'");
        } else {
            r.path = path;
            r.lang = lang;
            r.category = category;
            r.is_user = is_user;
            r.out = out;
            r.disable = disable;
            ok = read_file (&r, err);
            (*n_files)++;
        }
        g_free (category);
        g_free (fname);
    }
    if (files)
        g_ptr_array_unref (files);
    return ok;
}

/* Add the names and contents (or stat data) of DIR's pattern files to a
 * checksum. */
static gboolean
stamp_tree (GChecksum *sum, const char *tag, const char *dir, gboolean contents, GError **err)
{
    GPtrArray *files = pattern_files (dir, err);
    gboolean ok = files != NULL;
    for (guint i = 0; ok && i + 1 < files->len; i += 2) {
        const char *path = files->pdata[i + 1];
        char *base = g_path_get_basename (path);
        char *head = g_strdup_printf ("%s\n%s\n%s\n", tag, (const char *) files->pdata[i], base);
        GError *e = NULL;
        g_checksum_update (sum, (const guchar *) head, -1);
        if (!rf_checksum_file (sum, path, contents, &e)) {
            g_set_error (err, RF_MARKERS_ERROR, RF_MARKERS_ERR_IO, "%s", e->message);
            g_error_free (e);
            ok = FALSE;
        }
        g_free (head);
        g_free (base);
    }
    if (files)
        g_ptr_array_unref (files);
    return ok;
}

char *
rf_markers_source_stamp (const char *builtin_dir, const char *user_dir, gboolean contents,
                         GError **err)
{
    GChecksum *sum = g_checksum_new (G_CHECKSUM_SHA256);
    char *hex = NULL;
    if (stamp_tree (sum, "builtin", builtin_dir, contents, err)
        && (!user_dir || stamp_tree (sum, "user", user_dir, contents, err))
        && rf_scorer_stamp (sum, "builtin", builtin_dir, contents, err)
        && (!user_dir || rf_scorer_stamp (sum, "user", user_dir, contents, err)))
        hex = g_strdup (g_checksum_get_string (sum));
    g_checksum_free (sum);
    return hex;
}

static gint
compare_patterns (gconstpointer a, gconstpointer b)
{
    const rf_pattern_t *pa = *(rf_pattern_t *const *) a, *pb = *(rf_pattern_t *const *) b;
    return strcmp (pa->id, pb->id);
}

/* Built-in ids must be unique; a user pattern replaces the built-in one with
 * its id; disable: lines remove patterns. */
static gboolean
merge (GPtrArray *builtin, GPtrArray *user, GPtrArray *disable, GPtrArray **merged,
       GError **err)
{
    GHashTable *by_id = g_hash_table_new (g_str_hash, g_str_equal);
    GHashTable *user_ids = g_hash_table_new (g_str_hash, g_str_equal);
    GPtrArray *all = g_ptr_array_new_with_free_func (pattern_free);
    gboolean ok = TRUE;

    for (guint i = 0; ok && i < builtin->len; i++) {
        rf_pattern_t *p = g_ptr_array_index (builtin, i), *old = g_hash_table_lookup (by_id, p->id);
        if (old) {
            ok = syntax_error (err, p->file, p->line, "pattern id '%s' already used at %s:%d",
                               p->id, old->file, old->line);
            break;
        }
        g_hash_table_replace (by_id, p->id, p);
    }
    for (guint i = 0; ok && i < user->len; i++) {
        rf_pattern_t *p = g_ptr_array_index (user, i), *old = g_hash_table_lookup (by_id, p->id);
        if (old && g_hash_table_contains (user_ids, p->id)) {
            ok = syntax_error (err, p->file, p->line, "pattern id '%s' already used at %s:%d",
                               p->id, old->file, old->line);
            break;
        }
        g_hash_table_add (user_ids, p->id);
        g_hash_table_replace (by_id, p->id, p);
    }
    for (guint i = 0; ok && i < disable->len; i++) {
        char **parts = g_strsplit (g_ptr_array_index (disable, i), "\t", 2);
        if (!g_hash_table_remove (by_id, parts[1])) {
            g_set_error (err, RF_MARKERS_ERROR, RF_MARKERS_ERR_SYNTAX,
                         "%s: disable: no pattern has the id '%s'", parts[0], parts[1]);
            ok = FALSE;
        }
        g_strfreev (parts);
    }
    /* Move the surviving patterns into all; free the others. */
    for (guint pass = 0; pass < 2; pass++) {
        GPtrArray *src = pass == 0 ? builtin : user;
        for (guint i = 0; i < src->len; i++) {
            rf_pattern_t *p = g_ptr_array_index (src, i);
            if (ok && g_hash_table_lookup (by_id, p->id) == p)
                g_ptr_array_add (all, p);
            else
                pattern_free (p);
            src->pdata[i] = NULL;
        }
    }
    g_hash_table_destroy (by_id);
    g_hash_table_destroy (user_ids);
    if (!ok) {
        g_ptr_array_unref (all);
        return FALSE;
    }
    g_ptr_array_sort (all, compare_patterns);
    *merged = all;
    return TRUE;
}

static char *
compute_digest (GPtrArray *all)
{
    GString *s = g_string_new (NULL);
    char *hex;
    char w[G_ASCII_DTOSTR_BUF_SIZE];
    for (guint i = 0; i < all->len; i++) {
        const rf_pattern_t *p = g_ptr_array_index (all, i);
        g_string_append_printf (s, "%s\t%s\t%s\t%s\t%s", p->id, p->category, p->lang,
                                g_ascii_dtostr (w, sizeof w, p->weight), p->regex);
        for (guint j = 0; j < p->unless_src->len; j++)
            g_string_append_printf (s, "\x1f%s", (const char *) g_ptr_array_index (p->unless_src, j));
        g_string_append_c (s, '\n');
    }
    hex = rf_sha256_hex (s->str, s->len);
    g_string_free (s, TRUE);
    return hex;
}

static void
lang_set_free (gpointer p)
{
    rf_lang_set_t *ls = p;
    g_ptr_array_unref (ls->patterns);
    rf_prefilter_free (ls->prefilter);
    if (ls->with_en)
        g_ptr_array_unref (ls->with_en);
    rf_prefilter_free (ls->with_en_prefilter);
    g_free (ls);
}

static void
build_lang_sets (rf_markers_t *m)
{
    const rf_lang_set_t *en;
    m->langs = g_ptr_array_new_with_free_func (lang_set_free);
    for (guint i = 0; i < m->all->len; i++) {
        rf_pattern_t *p = g_ptr_array_index (m->all, i);
        rf_lang_set_t *ls = (rf_lang_set_t *) rf_markers_lang (m, p->lang);
        if (!ls) {
            ls = g_new0 (rf_lang_set_t, 1);
            g_strlcpy (ls->lang, p->lang, sizeof ls->lang);
            ls->patterns = g_ptr_array_new ();
            g_ptr_array_add (m->langs, ls);
        }
        p->clauses = rf_markers_regex_keys (p->regex);
        g_ptr_array_add (ls->patterns, p);
    }
    en = rf_markers_lang (m, "en");
    for (guint i = 0; i < m->langs->len; i++) {
        rf_lang_set_t *ls = g_ptr_array_index (m->langs, i);
        ls->prefilter = rf_prefilter_new (ls->patterns);
        if (!en || ls == en)
            continue;
        ls->with_en = g_ptr_array_copy (ls->patterns, NULL, NULL);
        g_ptr_array_extend (ls->with_en, en->patterns, NULL, NULL);
        ls->with_en_prefilter = rf_prefilter_new (ls->with_en);
    }
}

const rf_lang_set_t *
rf_markers_lang (const rf_markers_t *m, const char *lang)
{
    if (!lang || !m->langs)
        return NULL;
    for (guint i = 0; i < m->langs->len; i++) {
        const rf_lang_set_t *ls = g_ptr_array_index (m->langs, i);
        if (!strcmp (ls->lang, lang))
            return ls;
    }
    return NULL;
}

/* The trained models next to the patterns load in a second thread while
 * the pattern sets are built: the two take about as long, and a run that
 * finds new mail waits for both. The thread only reads the patterns. */
typedef struct {
    const char *builtin_dir, *user_dir;
    const GPtrArray *all;
    rf_scorer_t *scorer;
    GError *err;
} scorer_load_t;

static gpointer
load_scorer (gpointer data)
{
    scorer_load_t *j = data;
    j->scorer = rf_scorer_load (j->builtin_dir, j->user_dir, j->all, &j->err);
    return NULL;
}

/* The models decide hits too, so they are part of the digest. */
static gboolean
attach_scorer (rf_markers_t *m, scorer_load_t *j, GError **err)
{
    char *both;
    if (j->err) {
        g_propagate_error (err, j->err);
        rf_scorer_free (j->scorer);
        return FALSE;
    }
    if (!(m->scorer = j->scorer))
        return TRUE;
    both = g_strconcat (m->digest, "\n", rf_scorer_digest (m->scorer), NULL);
    g_free (m->digest);
    m->digest = rf_sha256_hex (both, strlen (both));
    g_free (both);
    return TRUE;
}

rf_markers_t *
rf_markers_load (const char *builtin_dir, const char *user_dir, GError **err)
{
    GPtrArray *builtin = g_ptr_array_new (), *user = g_ptr_array_new ();
    GPtrArray *disable = g_ptr_array_new_with_free_func (g_free);
    rf_markers_t *m = NULL;
    GPtrArray *all = NULL;
    guint n_builtin = 0, n_user = 0;

    if (!read_tree (builtin_dir, FALSE, builtin, disable, &n_builtin, err))
        goto done;
    if (n_builtin == 0) {
        g_set_error (err, RF_MARKERS_ERROR, RF_MARKERS_ERR_EMPTY,
                     "%s: no pattern files (LANG/CATEGORY.pat) here", builtin_dir);
        goto done;
    }
    if (user_dir && !read_tree (user_dir, TRUE, user, disable, &n_user, err))
        goto done;
    if (user_dir && n_user == 0 && !rf_scorer_dir_has_files (user_dir)) {
        g_set_error (err, RF_MARKERS_ERROR, RF_MARKERS_ERR_EMPTY,
                     "%s: no pattern files here; put them in LANG/CATEGORY.pat "
                     "(for example en/complaint.pat)", user_dir);
        goto done;
    }
    if (!merge (builtin, user, disable, &all, err))
        goto done;
    m = g_new0 (rf_markers_t, 1);
    m->all = all;
    m->mctx = pcre2_match_context_create (NULL);
    /* Bounds the work on hostile text; the patterns need far less. */
    pcre2_set_match_limit (m->mctx, 1000000);
    m->digest = compute_digest (all);
    {
        scorer_load_t j = { builtin_dir, user_dir, all, NULL, NULL };
        GThread *t = g_thread_try_new ("redflag-scorer", load_scorer, &j, NULL);
        if (!t)
            load_scorer (&j);
        build_lang_sets (m);
        if (t)
            g_thread_join (t);
        if (!attach_scorer (m, &j, err)) {
            rf_markers_free (m);
            m = NULL;
        }
    }
done:
    for (guint i = 0; i < builtin->len; i++)
        pattern_free (g_ptr_array_index (builtin, i));
    for (guint i = 0; i < user->len; i++)
        pattern_free (g_ptr_array_index (user, i));
    g_ptr_array_unref (builtin);
    g_ptr_array_unref (user);
    g_ptr_array_unref (disable);
    return m;
}

void
rf_markers_free (rf_markers_t *m)
{
    if (!m)
        return;
    rf_scorer_free (m->scorer);
    if (m->langs)
        g_ptr_array_unref (m->langs);
    g_ptr_array_unref (m->all);
    pcre2_match_context_free (m->mctx);
    g_free (m->digest);
    g_free (m);
}

const char *
rf_markers_digest (const rf_markers_t *m)
{
    return m->digest;
}

static const char *const categories[] = {
    "abuse", "demanding", "negativity", "complaint", "rejection", "status_chasing",
    "value_questioning", "price_pushback", "scope_change", "indecision", "unethical",
    "appreciation", "referral", NULL
};

const char *const *
rf_marker_categories (void)
{
    return categories;
}

gboolean
rf_marker_category_is_counter (const char *category)
{
    return !g_strcmp0 (category, "appreciation") || !g_strcmp0 (category, "referral");
}

guint
rf_markers_count (const rf_markers_t *m)
{
    return m->all->len;
}
