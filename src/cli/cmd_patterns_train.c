/* cmd_patterns_train.c - 'redflag patterns train': train the marker
 * scorer's models from labelled sentences (doc/markers.md, "Training"). */
#include "config.h"
#include "cli/cmd_patterns_train.h"
#include "cli/cli.h"
#include "markers/labelled.h"
#include "markers/scorer_train.h"
#include "base/util.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

/* The public sets whose licence allows shipping weights trained on them.
 * The others (complaints, Spanish offensive comments, reviews) are for
 * measuring only and are never read here. */
static const struct {
    const char *file, *licence;
    gboolean mild_unlabelled;   /* tweets labelled for hostility only */
} shippable[] = {
    { "davidson_offensive_tweets_en.tsv", "MIT", TRUE },
    { "mlma_hostility_fr_even_rows.tsv", "MIT", TRUE },
    { "parakweet_email_intent_en.tsv", "Apache-2.0", FALSE },
    { "stanford_politeness_en.tsv", "Apache-2.0", FALSE },
};

static const char description[] =
    "Trains, for each language and category with at least 20 positive rows, a logistic\n"
    "regression over sentence features, chooses its threshold on out-of-fold scores\n"
    "(precision 0.85 for abuse and unethical, 0.75 for the others) and writes it to\n"
    "OUT/LANG/CATEGORY.model. The same input and seed give the same files.\n"
    "\n"
    "Rows come from labelled files (label<TAB>language<TAB>text<TAB>source; labels in\n"
    "doc/markers.md):\n"
    "  --data DIR      the public sets whose licence allows it (davidson_offensive_tweets_en,\n"
    "                  mlma_hostility_fr_even_rows, parakweet_email_intent_en,\n"
    "                  stanford_politeness_en); the others in DIR are never trained on\n"
    "  --written DIR   our own examples, DIR/LANG/*.tsv (repeatable; default: tests/eval/written\n"
    "                  (client mail) and tests/eval/general (reviews, posts, comments) of the\n"
    "                  source tree, when there)\n"
    "  --work DIR      our own examples of workplace and technical talk (code review, mailing\n"
    "                  lists, tickets), DIR/LANG/*.tsv (repeatable; default: tests/eval/worktalk\n"
    "                  of the source tree, when there): they train second models of abuse,\n"
    "                  demanding, negativity and rejection (LANG/abuse.work.model...), in the\n"
    "                  languages with public text to bound them; a sentence is a hit when\n"
    "                  either model of its category says so\n"
    "  --examples FILE your own labelled sentences (repeatable): teach it what your clients\n"
    "                  write, or what it flagged wrongly (label them none)\n"
    "Only the training rows of --data, --written and --work are used: the held-back\n"
    "quarter stays for 'redflag patterns eval'. Every row of --examples is used.\n"
    "\n"
    "To use models written to your own directory: --patterns DIR with scan, analyze\n"
    "and patterns (a model there replaces the built-in one of its language and category).";

typedef struct {
    char *data, *out, *user_dir, *lang, *category;
    char **examples, **written, **work;
    gint seed;
    gboolean quiet;
} train_args_t;

static void
log_line (const char *line)
{
    fprintf (stderr, "%s\n", line);
}

/* Read one labelled file into a source, added to sources and returned
 * (sources owns it); NULL after saying why. */
static rf_train_source_t *
add_source (GPtrArray *sources, const char *path, const char *name, const char *licence,
            gboolean all_rows, gboolean written)
{
    GError *err = NULL;
    GPtrArray *rows = rf_labelled_read (path, &err);
    rf_train_source_t *s;
    if (!rows) {
        rf_error ("%s%s", err->message, err->code == RF_LABELLED_ERR_SYNTAX
                  ? " (fix the line, or remove it)" : "");
        g_error_free (err);
        return NULL;
    }
    s = rf_train_source_new (name, licence, rows);
    s->all_rows = all_rows;
    s->written = written;
    g_ptr_array_add (sources, s);
    return s;
}

/* Our written examples: all files of one language make one source, named
 * after the directory and the language (written-fr, general-fr); variant
 * not NULL for examples that train second models. */
static gboolean
add_written (GPtrArray *sources, const char *dir, const char *variant)
{
    GDir *d = g_dir_open (dir, 0, NULL);
    GPtrArray *langs = g_ptr_array_new_with_free_func (g_free);
    gboolean ok = TRUE;
    const char *name;
    char *kind = g_path_get_basename (dir);
    if (!d) {
        rf_error ("%s: cannot read this directory of written examples", dir);
        g_ptr_array_unref (langs);
        g_free (kind);
        return FALSE;
    }
    while ((name = g_dir_read_name (d)))
        g_ptr_array_add (langs, g_strdup (name));
    g_dir_close (d);
    g_ptr_array_sort (langs, rf_compare_string_ptrs);
    for (guint i = 0; ok && i < langs->len; i++) {
        char *ldir = g_build_filename (dir, langs->pdata[i], NULL);
        char *set = g_strdup_printf ("%s-%s", kind, (const char *) langs->pdata[i]);
        GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
        GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) rf_labelled_row_free);
        GDir *ld = g_dir_open (ldir, 0, NULL);
        while (ld && (name = g_dir_read_name (ld)))
            if (g_str_has_suffix (name, ".tsv"))
                g_ptr_array_add (files, g_build_filename (ldir, name, NULL));
        if (ld)
            g_dir_close (ld);
        g_ptr_array_sort (files, rf_compare_string_ptrs);
        for (guint k = 0; ok && k < files->len; k++) {
            GError *err = NULL;
            GPtrArray *more = rf_labelled_read (files->pdata[k], &err);
            if (!more) {
                rf_error ("%s (fix the line, or remove it)", err->message);
                g_error_free (err);
                ok = FALSE;
                break;
            }
            /* Move the rows over. */
            g_ptr_array_set_free_func (more, NULL);
            g_ptr_array_extend_and_steal (rows, more);
        }
        if (ok && rows->len > 0) {
            rf_train_source_t *s = rf_train_source_new (set, "written for redflag", rows);
            s->written = TRUE;
            s->variant = g_strdup (variant);
            g_ptr_array_add (sources, s);
            rows = NULL;
        }
        if (rows)
            g_ptr_array_unref (rows);
        g_ptr_array_unref (files);
        g_free (set);
        g_free (ldir);
    }
    g_ptr_array_unref (langs);
    g_free (kind);
    return ok;
}

static gboolean
add_data (GPtrArray *sources, const char *dir)
{
    guint found = 0;
    if (!g_file_test (dir, G_FILE_TEST_IS_DIR)) {
        rf_error ("--data %s: not a directory", dir);
        return FALSE;
    }
    for (guint i = 0; i < G_N_ELEMENTS (shippable); i++) {
        char *path = g_build_filename (dir, shippable[i].file, NULL);
        gboolean ok = TRUE;
        if (g_file_test (path, G_FILE_TEST_EXISTS)) {
            rf_train_source_t *s = add_source (sources, path, shippable[i].file,
                                               shippable[i].licence, FALSE, FALSE);
            if ((ok = s != NULL))
                s->mild_unlabelled = shippable[i].mild_unlabelled;
            found++;
        }
        g_free (path);
        if (!ok)
            return FALSE;
    }
    if (found == 0)
        rf_warn ("--data %s: none of the sets that may be trained on is there (%s, ...)", dir,
                 shippable[0].file);
    return TRUE;
}

/* The command line for the header, with file names in place of paths:
 * a model file must not depend on where its sources were. */
static char *
command_line (const train_args_t *a)
{
    GString *s = g_string_new ("redflag patterns train");
    char *b;
    if (a->data) {
        b = g_path_get_basename (a->data);
        g_string_append_printf (s, " --data %s", b);
        g_free (b);
    }
    for (char **e = a->examples; e && *e; e++) {
        b = g_path_get_basename (*e);
        g_string_append_printf (s, " --examples %s", b);
        g_free (b);
    }
    if (a->lang)
        g_string_append_printf (s, " --lang %s", a->lang);
    if (a->category)
        g_string_append_printf (s, " --category %s", a->category);
    g_string_append_printf (s, " --seed %d", a->seed);
    return g_string_free (s, FALSE);
}

static gboolean
write_models (const GPtrArray *trained, const char *out, gboolean quiet)
{
    for (guint i = 0; i < trained->len; i++) {
        const rf_trained_t *t = trained->pdata[i];
        char *dir = g_build_filename (out, t->model->lang, NULL);
        char *name = t->model->variant ? g_strdup_printf ("%s.%s.model", t->model->category, t->model->variant)
                                       : g_strdup_printf ("%s.model", t->model->category);
        char *path = g_build_filename (dir, name, NULL);
        GError *err = NULL;
        gboolean ok = g_mkdir_with_parents (dir, 0755) == 0;
        if (!ok)
            rf_error ("%s: %s (check --out)", dir, g_strerror (errno));
        else if (!(ok = rf_model_write (t->model, t->header, path, &err))) {
            rf_error ("%s", err->message);
            g_error_free (err);
        } else if (!quiet) {
            printf ("%s: threshold %.4f, %u features\n", path, t->model->threshold,
                    t->model->features->len);
        }
        g_free (path);
        g_free (name);
        g_free (dir);
        if (!ok)
            return FALSE;
    }
    return TRUE;
}

/* The default places of the written examples (kinds): next to the
 * built-in patterns in a source tree; none elsewhere. */
static char **
default_written (const char *const *kinds, guint n_kinds)
{
    char *patterns = rf_data_path ("");
    GPtrArray *dirs = g_ptr_array_new ();
    for (guint i = 0; i < n_kinds; i++) {
        char *dir = g_build_filename (patterns, "..", "tests", "eval", kinds[i], NULL);
        if (g_file_test (dir, G_FILE_TEST_IS_DIR))
            g_ptr_array_add (dirs, dir);
        else
            g_free (dir);
    }
    g_free (patterns);
    g_ptr_array_add (dirs, NULL);
    return (char **) g_ptr_array_free (dirs, FALSE);
}

static int
run (train_args_t *a)
{
    GPtrArray *sources = g_ptr_array_new_with_free_func ((GDestroyNotify) rf_train_source_free);
    char *builtin = rf_data_path ("");
    static const char *const written_kinds[] = { "written", "general" }, *const work_kinds[] = { "worktalk" };
    char **written = a->written ? g_strdupv (a->written) : default_written (written_kinds, G_N_ELEMENTS (written_kinds));
    char **work = a->work ? g_strdupv (a->work) : default_written (work_kinds, G_N_ELEMENTS (work_kinds));
    rf_markers_t *m = NULL;
    GPtrArray *trained = NULL;
    GError *err = NULL;
    int rc = RF_EXIT_NOINPUT;
    rf_train_opts_t o;
    char *cmd = command_line (a);

    if (a->data && !add_data (sources, a->data))
        goto done;
    for (char **w = written; *w; w++)
        if (!add_written (sources, *w, NULL))
            goto done;
    for (char **w = work; *w; w++)
        if (!add_written (sources, *w, "work"))
            goto done;
    for (char **e = a->examples; e && *e; e++) {
        char *b = g_path_get_basename (*e);
        gboolean ok = add_source (sources, *e, b, "your examples", TRUE, TRUE) != NULL;
        g_free (b);
        if (!ok)
            goto done;
    }
    if (sources->len == 0) {
        rf_error ("patterns train: no labelled rows (give --data DIR, --written DIR or --examples FILE)");
        goto done;
    }
    rc = RF_EXIT_CONFIG;
    if (!(m = rf_markers_load (builtin, a->user_dir, &err)))
        goto done;
    rf_scorer_train_patterns_only (m);
    rf_train_opts_init (&o);
    o.seed = (guint32) a->seed;
    o.command = cmd;
    o.only_lang = a->lang;
    o.only_category = a->category;
    rc = RF_EXIT_FAILURE;
    if (!(trained = rf_scorer_train (m, builtin, a->user_dir, sources, &o, a->quiet ? NULL : log_line, &err)))
        goto done;
    if (trained->len == 0)
        rf_warn ("patterns train: no category had enough positive rows (at least %u)", o.min_positives);
    rc = write_models (trained, a->out ? a->out : builtin, a->quiet) ? RF_EXIT_OK : RF_EXIT_FAILURE;
done:
    if (err) {
        rf_error ("%s", err->message);
        g_error_free (err);
    }
    if (trained)
        g_ptr_array_unref (trained);
    rf_markers_free (m);
    g_ptr_array_unref (sources);
    g_free (builtin);
    g_strfreev (written);
    g_strfreev (work);
    g_free (cmd);
    return rc;
}

int
rf_cmd_patterns_train (int argc, char **argv)
{
    train_args_t a = { 0 };
    GOptionEntry entries[] = {
        { "data", 'd', 0, G_OPTION_ARG_FILENAME, &a.data,
          "Directory of the public labelled sets (only those that may be trained on are read)", "DIR" },
        { "written", 'w', 0, G_OPTION_ARG_FILENAME_ARRAY, &a.written,
          "Directory of our written examples, LANG/CATEGORY.tsv", "DIR" },
        { "work", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &a.work,
          "Directory of our examples of workplace and technical talk, LANG/*.tsv", "DIR" },
        { "examples", 'e', 0, G_OPTION_ARG_FILENAME_ARRAY, &a.examples,
          "Your own labelled sentences (repeatable)", "FILE" },
        { "out", 'o', 0, G_OPTION_ARG_FILENAME, &a.out,
          "Where to write LANG/CATEGORY.model (default: the built-in pattern directory)", "DIR" },
        { "patterns", 'p', 0, G_OPTION_ARG_FILENAME, &a.user_dir,
          "Your own pattern files and word lists, used as features", "DIR" },
        { "seed", 's', 0, G_OPTION_ARG_INT, &a.seed, "Seed of the shuffles (default 1)", "N" },
        { "lang", 'l', 0, G_OPTION_ARG_STRING, &a.lang, "Train this language only", "LANG" },
        { "category", 'C', 0, G_OPTION_ARG_STRING, &a.category, "Train this category only", "NAME" },
        { "quiet", 'q', 0, G_OPTION_ARG_NONE, &a.quiet, "Print nothing but errors", NULL },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new ("- train the marker scorer");
    int rc = RF_EXIT_USAGE;
    a.seed = 1;
    g_option_context_set_summary (ctx, "Train the scorer's models (LANG/CATEGORY.model) from labelled sentences.");
    g_option_context_set_description (ctx, description);
    g_option_context_add_main_entries (ctx, entries, NULL);
    if (rf_cli_parse (ctx, &argc, &argv, "patterns train")) {
        if (argc > 1)
            rf_error ("patterns train: unexpected argument '%s'", argv[1]);
        else if (a.seed < 0)
            rf_error ("patterns train: --seed must be 0 or more");
        else
            rc = run (&a);
    }
    g_option_context_free (ctx);
    g_free (a.data);
    g_strfreev (a.written);
    g_strfreev (a.work);
    g_free (a.out);
    g_free (a.user_dir);
    g_free (a.lang);
    g_free (a.category);
    g_strfreev (a.examples);
    return rc;
}
