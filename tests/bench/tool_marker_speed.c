/* tool_marker_speed.c - how fast the marker stage is, and what it finds.
 *
 *   tool_marker_speed [--patterns DIR] [--config FILE] [--runs N]
 *                     [--min-kb N] [--dump FILE] [--save FILE] [--no-prefilter]
 *                     [--only stage|scan|lang|stats] SOURCE...
 *
 * A SOURCE is a set of texts:
 *   eval:long-en, eval:long-fr  the `none` sentences of tests/eval/LANG.tsv in
 *                               8 KB messages (routine text, long messages)
 *   eval:fr1k                   one French message of about 1 KB made of them
 *   eval:none                   every language's `none` sentences in 1 KB
 *                               messages (hard negatives)
 *   eval:dense                  every sentence in 1 KB messages (a hit in
 *                               every other sentence)
 *   eval:tiny                   one 45-byte message (the fixed cost of a scan)
 *   maildir:DIR                 the cleaned text of every message under DIR
 *                               (files in cur/ and new/, recursively), as
 *                               `redflag scan` parses them; with --config,
 *                               only the messages sent from a client address
 *   saved:FILE                  texts written by --save (parsing a big Maildir
 *                               costs more than scanning it: save it once)
 *
 * For each source it prints, as CPU time per KB of text (the minimum of
 * --runs runs, each scanning the whole source and at least --min-kb KB):
 * the whole marker stage as `redflag scan` runs it (language, shouting,
 * markers: rf_text_analysis_apply), the marker scan alone (language
 * given), language detection alone and the text measures alone.
 *
 * --save FILE writes the texts of every source to FILE (each a 32-bit
 * length, then its bytes) and stops.
 *
 * --dump FILE writes every hit of every source, then every hit and dropped
 * candidate (rf_markers_explain) of every evaluation sentence and every
 * pattern example, one line each: compare the dumps of two builds with
 * diff to prove that a change keeps every hit. Not run by `make check`;
 * built by `make bench-tools` (doc/markers.md, "Speed"). */
#include "config.h"
#include "markers/lang_detect.h"
#include "mail/mail_parse.h"
#include "markers/markers.h"
#include "markers/markers_p.h"
#include "base/rfconfig.h"
#include "pipeline/text_analysis.h"
#include "markers/text_stats.h"
#include "base/util.h"

#include <gmime/gmime.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifndef RF_SRCDATADIR
#define RF_SRCDATADIR "patterns"
#endif
#ifndef TOP_SRCDIR
#define TOP_SRCDIR "."
#endif

typedef struct {
    char *name;
    GPtrArray *texts;     /* of char* */
    GPtrArray *langs;     /* of const char*: the language to scan with, or NULL (detect) */
    gsize bytes;
} source_t;

static const char *const eval_langs[] = { "en", "fr", "es" };

static double
cpu_now (void)
{
    struct timespec ts;
    clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double) ts.tv_sec * 1e6 + (double) ts.tv_nsec / 1e3;
}

static source_t *
source_new (const char *name)
{
    source_t *s = g_new0 (source_t, 1);
    s->name = g_strdup (name);
    s->texts = g_ptr_array_new_with_free_func (g_free);
    s->langs = g_ptr_array_new ();
    return s;
}

static void
source_add (source_t *s, char *text, const char *lang)
{
    s->bytes += strlen (text);
    g_ptr_array_add (s->texts, text);
    g_ptr_array_add (s->langs, (gpointer) lang);
}

static void
source_free (source_t *s)
{
    g_free (s->name);
    g_ptr_array_unref (s->texts);
    g_ptr_array_unref (s->langs);
    g_free (s);
}

/* ---- evaluation sentences */

typedef struct {
    char *label;
    char *text;
} sentence_t;

static void
sentence_clear (gpointer p)
{
    g_free (((sentence_t *) p)->label);
    g_free (((sentence_t *) p)->text);
}

static GArray *
read_eval (const char *file)
{
    char *path = g_strdup_printf ("%s/tests/eval/%s.tsv", TOP_SRCDIR, file);
    char *data = NULL, **lines;
    GArray *out = g_array_new (FALSE, FALSE, sizeof (sentence_t));
    g_array_set_clear_func (out, sentence_clear);
    if (!g_file_get_contents (path, &data, NULL, NULL)) {
        fprintf (stderr, "tool_marker_speed: cannot read %s\n", path);
        exit (2);
    }
    lines = g_strsplit (data, "\n", -1);
    for (int i = 0; lines[i]; i++) {
        char *tab = strchr (lines[i], '\t');
        sentence_t s;
        g_strchomp (lines[i]);
        if (lines[i][0] == '#' || !tab)
            continue;
        s.label = g_strndup (lines[i], (gsize) (tab - lines[i]));
        s.text = g_strdup (tab + 1);
        g_array_append_val (out, s);
    }
    g_strfreev (lines);
    g_free (data);
    g_free (path);
    return out;
}

/* The sentences of one language (all, or only `none`) in messages of about
 * size bytes; at most max_msgs messages (0: no limit). */
static void
add_grouped (source_t *src, const char *lang, gboolean only_none, gsize size, guint max_msgs)
{
    GArray *sentences = read_eval (lang);
    GString *msg = g_string_new (NULL);
    guint made = 0;
    for (guint i = 0; i < sentences->len && (!max_msgs || made < max_msgs); i++) {
        const sentence_t *s = &g_array_index (sentences, sentence_t, i);
        if (only_none && strcmp (s->label, "none") != 0)
            continue;
        g_string_append_printf (msg, "%s ", s->text);
        if (msg->len >= size) {
            source_add (src, g_string_free (msg, FALSE), lang);
            msg = g_string_new (NULL);
            made++;
        }
    }
    /* A set too small for one message of the size: use what there is, repeated. */
    if (made == 0 && msg->len > 0) {
        GString *big = g_string_new (NULL);
        while (big->len < size)
            g_string_append (big, msg->str);
        source_add (src, g_string_free (big, FALSE), lang);
    }
    g_string_free (msg, TRUE);
    g_array_unref (sentences);
}

static source_t *
eval_source (const char *kind)
{
    source_t *src = source_new (kind);
    if (!strcmp (kind, "long-en") || !strcmp (kind, "long-fr")) {
        add_grouped (src, kind + 5, TRUE, 8192, 0);
    } else if (!strcmp (kind, "fr1k")) {
        add_grouped (src, "fr", TRUE, 1024, 1);
    } else if (!strcmp (kind, "none") || !strcmp (kind, "dense")) {
        for (guint l = 0; l < G_N_ELEMENTS (eval_langs); l++)
            add_grouped (src, eval_langs[l], kind[0] == 'n', 1024, 0);
    } else if (!strcmp (kind, "tiny")) {
        source_add (src, g_strdup ("Thanks, we will look at it again next week."), "en");
    } else {
        source_free (src);
        return NULL;
    }
    return src;
}

/* ---- mail */

/* Every file under dir that sits in a cur/ or new/ folder, sorted. */
static void
list_mail (const char *dir, gboolean in_mail, GPtrArray *out)
{
    GDir *d = g_dir_open (dir, 0, NULL);
    const char *name;
    if (!d)
        return;
    while ((name = g_dir_read_name (d))) {
        char *path = g_build_filename (dir, name, NULL);
        if (g_file_test (path, G_FILE_TEST_IS_DIR)) {
            list_mail (path, !strcmp (name, "cur") || !strcmp (name, "new"), out);
            g_free (path);
        } else if (in_mail && g_file_test (path, G_FILE_TEST_IS_REGULAR)) {
            g_ptr_array_add (out, path);
        } else {
            g_free (path);
        }
    }
    g_dir_close (d);
}

static source_t *
mail_source (const char *dir, const rf_config_t *cfg)
{
    source_t *src = source_new (dir);
    GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
    list_mail (dir, FALSE, files);
    g_ptr_array_sort (files, rf_compare_string_ptrs);
    for (guint i = 0; i < files->len; i++) {
        char *data = NULL;
        gsize len = 0;
        rf_mail_record_t *rec = NULL;
        if (!g_file_get_contents (g_ptr_array_index (files, i), &data, &len, NULL))
            continue;
        if (rf_mail_parse_buffer (data, len, G_MAXINT64 / 2, &rec) == RF_PARSE_OK && rec
            && (!cfg || (rec->from_addr && rf_config_client_for_addr (cfg, rec->from_addr))))
            source_add (src, g_strdup (rec->body ? rec->body : ""), NULL);
        rf_mail_record_free (rec);
        g_free (data);
    }
    g_ptr_array_unref (files);
    return src;
}

/* ---- saved texts */

static void
save_sources (const char *path, const GPtrArray *sources)
{
    FILE *f = fopen (path, "wb");
    if (!f) {
        perror (path);
        exit (2);
    }
    for (guint i = 0; i < sources->len; i++) {
        const source_t *src = g_ptr_array_index (sources, i);
        for (guint k = 0; k < src->texts->len; k++) {
            const char *t = g_ptr_array_index (src->texts, k);
            guint32 n = (guint32) strlen (t);
            fwrite (&n, sizeof n, 1, f);
            fwrite (t, 1, n, f);
        }
    }
    if (fclose (f) != 0) {
        perror (path);
        exit (2);
    }
}

static source_t *
saved_source (const char *path)
{
    source_t *src;
    char *data = NULL;
    gsize len = 0, at = 0;
    if (!g_file_get_contents (path, &data, &len, NULL))
        return NULL;
    src = source_new (path);
    while (at + 4 <= len) {
        guint32 n;
        memcpy (&n, data + at, sizeof n);
        at += sizeof n;
        if (n > len - at)
            break;
        source_add (src, g_strndup (data + at, n), NULL);
        at += n;
    }
    g_free (data);
    return src;
}

/* ---- timing */

typedef enum { T_STAGE, T_SCAN, T_LANG, T_STATS, N_TIMED } timed_t;
static const char *const timed_names[N_TIMED] = { "stage", "scan", "lang", "stats" };

/* CPU microseconds for one pass of what over every text of src, repeated
 * until min_bytes went through; *bytes gets the bytes scanned. */
static double
time_pass (const source_t *src, timed_t what, const rf_text_analysis_t *ta,
           const rf_markers_t *m, const char *const *detected, gsize min_bytes, gsize *bytes,
           guint *hits)
{
    double t0 = cpu_now ();
    *bytes = 0;
    *hits = 0;
    do {
        for (guint i = 0; i < src->texts->len; i++) {
            const char *t = g_ptr_array_index (src->texts, i);
            gsize len = strlen (t);
            double shout;
            int bursts;
            if (what == T_STAGE) {
                rf_mail_record_t rec = { 0 };
                rec.body = (char *) t;
                rf_text_analysis_apply (ta, &rec);
                *hits += rec.marker_hits->len;
                g_ptr_array_unref (rec.marker_hits);
            } else if (what == T_SCAN) {
                GPtrArray *h = rf_markers_scan (m, t, len, detected[i]);
                *hits += h->len;
                g_ptr_array_unref (h);
            } else if (what == T_LANG) {
                *hits += rf_lang_detect (t, len)[0] == 'o';
            } else {
                rf_text_stats (t, len, &shout, &bursts);
                *hits += (guint) bursts;
            }
            *bytes += len;
        }
    } while (*bytes < min_bytes);
    return cpu_now () - t0;
}

/* --only: time one part (for a profiler), or all when negative. */
static int only = -1;

static void
measure (const source_t *src, const rf_text_analysis_t *ta, const rf_markers_t *m, int runs,
         gsize min_bytes)
{
    /* The scan alone gets the language the stage would detect. */
    const char **detected = g_new (const char *, src->texts->len + 1);
    double best[N_TIMED], hits_per_kb = 0;
    for (guint i = 0; i < src->texts->len; i++) {
        const char *t = g_ptr_array_index (src->texts, i);
        detected[i] = rf_lang_detect (t, strlen (t));
    }
    for (int w = 0; w < N_TIMED; w++) {
        best[w] = -1;
        for (int r = 0; r < runs && (only < 0 || only == w); r++) {
            gsize bytes;
            guint hits;
            double per_kb = time_pass (src, (timed_t) w, ta, m, detected, min_bytes, &bytes, &hits)
                            / (bytes / 1024.0);
            if (best[w] < 0 || per_kb < best[w])
                best[w] = per_kb;
            if (w == T_SCAN)
                hits_per_kb = hits / (bytes / 1024.0);
        }
    }
    printf ("%-16s %6u msgs %6.0f B avg %5.2f hits/KB | us/KB: stage %6.2f scan %6.2f "
            "lang %5.2f stats %5.2f | stage %.3f us/msg\n",
            src->name, src->texts->len, (double) src->bytes / MAX (src->texts->len, 1),
            hits_per_kb, best[T_STAGE], best[T_SCAN], best[T_LANG], best[T_STATS],
            best[T_STAGE] * ((double) src->bytes / 1024.0) / MAX (src->texts->len, 1));
    fflush (stdout);
    g_free (detected);
}

/* ---- dump */

/* Tabs, line breaks and backslashes escaped, so a hit is one line. */
static void
put_field (FILE *f, const char *s)
{
    for (; s && *s; s++) {
        if (*s == '\t')
            fputs ("\\t", f);
        else if (*s == '\n')
            fputs ("\\n", f);
        else if (*s == '\r')
            fputs ("\\r", f);
        else if (*s == '\\')
            fputs ("\\\\", f);
        else
            fputc (*s, f);
    }
    fputc ('\t', f);
}

static void
dump_hit (FILE *f, const char *where, guint index, const rf_marker_hit_t *h, const char *dropped)
{
    fprintf (f, "%s\t%u\t%ld\t", where, index, (long) h->offset);
    put_field (f, h->category);
    put_field (f, h->pattern_id);
    put_field (f, h->lang);
    fprintf (f, "%g\t", h->weight);
    put_field (f, h->matched);
    put_field (f, h->snippet);
    put_field (f, dropped ? dropped : "-");
    fputc ('\n', f);
}

/* The hits of the stage (language detected) for every text of src. */
static void
dump_source (FILE *f, const source_t *src, const rf_text_analysis_t *ta)
{
    for (guint i = 0; i < src->texts->len; i++) {
        rf_mail_record_t rec = { 0 };
        rec.body = g_ptr_array_index (src->texts, i);
        rf_text_analysis_apply (ta, &rec);
        fprintf (f, "%s\t%u\tlang=%s\tshout=%.6f\tbursts=%d\thits=%u\n", src->name, i, rec.lang,
                 rec.shout_ratio, rec.exclaim_bursts, rec.marker_hits->len);
        for (guint k = 0; k < rec.marker_hits->len; k++)
            dump_hit (f, src->name, i, g_ptr_array_index (rec.marker_hits, k), NULL);
        g_ptr_array_unref (rec.marker_hits);
    }
}

static void
dump_explain (FILE *f, const char *where, guint index, const rf_markers_t *m, const char *text,
              const char *lang)
{
    char *langs = NULL;
    GPtrArray *x = rf_markers_explain (m, text, strlen (text), lang, &langs);
    fprintf (f, "%s\t%u\tlangs=%s\tcands=%u\n", where, index, langs, x->len);
    for (guint k = 0; k < x->len; k++) {
        const rf_marker_explain_t *e = g_ptr_array_index (x, k);
        dump_hit (f, where, index, e->hit, e->dropped);
    }
    g_free (langs);
    g_ptr_array_unref (x);
}

/* Every evaluation sentence (with its file's language, and detected) and
 * every example of every pattern (with the pattern's language). */
static void
dump_sentences (FILE *f, const rf_markers_t *m)
{
    static const char *const files[] = { "en", "fr", "es", "holdout-en", "holdout-fr",
                                         "holdout-es" };
    for (guint k = 0; k < G_N_ELEMENTS (files); k++) {
        GArray *s = read_eval (files[k]);
        char *where = g_strdup_printf ("eval-%s", files[k]);
        const char *lang = strchr (files[k], '-') ? strchr (files[k], '-') + 1 : files[k];
        for (guint i = 0; i < s->len; i++) {
            const char *t = g_array_index (s, sentence_t, i).text;
            dump_explain (f, where, i, m, t, lang);
            dump_explain (f, where, i, m, t, NULL);
        }
        g_free (where);
        g_array_unref (s);
    }
    for (guint i = 0; i < m->all->len; i++) {
        const rf_pattern_t *p = g_ptr_array_index (m->all, i);
        for (int want = 1; want >= 0; want--) {
            GArray *ex = want ? p->match : p->nomatch;
            for (guint j = 0; j < ex->len; j++) {
                char *where = g_strdup_printf ("%s.%s", p->id, want ? "match" : "nomatch");
                dump_explain (f, where, j, m, g_array_index (ex, rf_example_t, j).text, p->lang);
                g_free (where);
            }
        }
    }
}

static void
usage (void)
{
    fprintf (stderr, "usage: tool_marker_speed [--patterns DIR] [--config FILE] [--runs N] "
                     "[--min-kb N] [--dump FILE] [--save FILE]\n"
                     "       [--no-prefilter] [--only stage|scan|lang|stats] SOURCE...\n"
                     "SOURCE: eval:long-en eval:long-fr eval:fr1k eval:none eval:dense "
                     "eval:tiny maildir:DIR saved:FILE\n");
    exit (2);
}

int
main (int argc, char **argv)
{
    /* Option strings are GLib's copies, freed at the end. */
    char *opt_patterns = NULL, *config = NULL, *dump = NULL, *only_name = NULL, *save = NULL;
    const char *patterns;
    int runs = 7, min_kb = 2048;
    gboolean no_prefilter = FALSE;
    GPtrArray *sources = g_ptr_array_new_with_free_func ((GDestroyNotify) source_free);
    rf_config_t *cfg = NULL;
    rf_text_analysis_t *ta;
    rf_markers_t *m;
    GError *err = NULL;
    FILE *df = NULL;

    GOptionEntry entries[] = {
        { "patterns", 0, 0, G_OPTION_ARG_STRING, &opt_patterns, "pattern directory", "DIR" },
        { "config", 0, 0, G_OPTION_ARG_STRING, &config, "only client mail", "FILE" },
        { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "runs (minimum kept)", "N" },
        { "min-kb", 0, 0, G_OPTION_ARG_INT, &min_kb, "KB of text per run at least", "N" },
        { "dump", 0, 0, G_OPTION_ARG_STRING, &dump, "write every hit here", "FILE" },
        { "save", 0, 0, G_OPTION_ARG_STRING, &save, "write the texts here and stop", "FILE" },
        { "no-prefilter", 0, 0, G_OPTION_ARG_NONE, &no_prefilter, "run every pattern", NULL },
        { "only", 0, 0, G_OPTION_ARG_STRING, &only_name, "time only this part", "stage|scan|lang|stats" },
        { NULL, 0, 0, 0, NULL, NULL, NULL }
    };
    GOptionContext *ctx = g_option_context_new ("SOURCE...");
    g_option_context_add_main_entries (ctx, entries, NULL);
    if (!g_option_context_parse (ctx, &argc, &argv, &err) || argc < 2 || runs < 1 || min_kb < 0) {
        if (err)
            fprintf (stderr, "tool_marker_speed: %s\n", err->message);
        usage ();
    }
    g_option_context_free (ctx);
    patterns = opt_patterns ? opt_patterns : RF_SRCDATADIR;
    for (int w = 0; only_name && w < N_TIMED; w++)
        if (!strcmp (only_name, timed_names[w]))
            only = w;
    if (only_name && only < 0)
        usage ();

    g_mime_init ();
    rf_mail_parse_init ();
    rf_markers_no_prefilter = no_prefilter;
    if (config && !(cfg = rf_config_load (config, NULL, &err))) {
        fprintf (stderr, "tool_marker_speed: %s\n", err->message);
        return 2;
    }
    ta = rf_text_analysis_new (patterns, NULL, &err);
    m = ta ? rf_markers_load (patterns, NULL, &err) : NULL;
    if (!m) {
        fprintf (stderr, "tool_marker_speed: %s\n", err->message);
        return 2;
    }
    for (int i = 1; i < argc; i++) {
        source_t *s = NULL;
        if (g_str_has_prefix (argv[i], "eval:"))
            s = eval_source (argv[i] + 5);
        else if (g_str_has_prefix (argv[i], "maildir:"))
            s = mail_source (argv[i] + 8, cfg);
        else if (g_str_has_prefix (argv[i], "saved:"))
            s = saved_source (argv[i] + 6);
        if (!s) {
            fprintf (stderr, "tool_marker_speed: unknown source %s\n", argv[i]);
            usage ();
        }
        g_ptr_array_add (sources, s);
    }
    if (save) {
        save_sources (save, sources);
        g_clear_pointer (&dump, g_free);
        g_ptr_array_set_size (sources, 0);
    }
    if (dump && !(df = fopen (dump, "w"))) {
        perror (dump);
        return 2;
    }
    printf ("# %u patterns, digest %.12s%s; CPU time, minimum of %d runs\n",
            rf_markers_count (m), rf_markers_digest (m),
            no_prefilter ? ", without the prefilter" : "", runs);
    for (guint i = 0; i < sources->len; i++) {
        if (df)
            dump_source (df, g_ptr_array_index (sources, i), ta);
        else
            measure (g_ptr_array_index (sources, i), ta, m, runs, (gsize) min_kb * 1024);
    }
    if (df) {
        dump_sentences (df, m);
        if (fclose (df) != 0) {
            perror (dump);
            return 1;
        }
    }
    g_ptr_array_unref (sources);
    rf_markers_free (m);
    rf_text_analysis_free (ta);
    rf_config_free (cfg);
    rf_mail_parse_shutdown ();
    g_mime_shutdown ();
    g_free (opt_patterns);
    g_free (config);
    g_free (dump);
    g_free (only_name);
    g_free (save);
    return 0;
}
