/* cmd_patterns_eval.c - 'redflag patterns eval': precision and recall of the
 * marker stage on labelled sentence files (doc/markers.md). */
#include "config.h"
#include "cli/cmd_patterns_eval.h"
#include "cli/cli.h"
#include "markers/marker_eval.h"
#include "base/csv.h"
#include "base/util.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

static const char description[] =
    "Each FILE holds labelled sentences, one a line: label<TAB>language<TAB>text<TAB>source\n"
    "(the labels and what they mean for each category: doc/markers.md). Every row of the\n"
    "split is scanned as 'redflag scan' scans a message (language detection, then the\n"
    "markers), and compared with its labels.\n"
    "\n"
    "Printed per set (the file name without .tsv; written/LANG/*.tsv together as\n"
    "written-LANG, general/LANG/*.tsv as general-LANG, workplace/LANG/*.tsv as\n"
    "workplace-LANG, worktalk/LANG/*.tsv as worktalk-LANG), language and category with at\n"
    "least one true row: true rows, rows flagged, true positives, precision, recall, F1.\n"
    "Then per set: the share of rows that should stay quiet flagged with a warning\n"
    "category, and the macro F1 (mean F1 of the pairs with at least 20 true rows), over\n"
    "every set, then over the public sets alone (our own, written-*, general-*,\n"
    "workplace-* and worktalk-*, left out).\n"
    "\n"
    "--split held (the default) counts the held-back quarter of the rows, which\n"
    "nothing is tuned on; train the other rows; all every row. --errors FILE lists\n"
    "the rows got wrong: a category missed, or flagged where the labels rule it out.";

static const char *const csv_columns[] = {
    "kind", "set", "lang", "category", "true", "flagged", "true_pos", "precision", "recall", "f1",
    "rows", "detected_lang", "quiet", "false_alarms", "false_alarm_rate", "pairs", NULL
};

static int
set_width (const GArray *groups)
{
    int w = 3;
    for (guint i = 0; i < groups->len; i++)
        w = MAX (w, (int) strlen (g_array_index (groups, rf_eval_group_t, i).set));
    return w;
}

static void
print_table (const GArray *pairs, const GArray *groups)
{
    int w = set_width (groups);
    guint n_macro;
    double macro = rf_eval_macro_f1 (pairs, RF_EVAL_MACRO_MIN_TRUE, &n_macro);
    printf ("%-*s lang %-17s %6s %7s %6s %9s %6s %6s\n", w, "set", "category", "true", "flagged",
            "tp", "precision", "recall", "F1");
    for (guint i = 0; i < pairs->len; i++) {
        const rf_eval_pair_t *p = &g_array_index (pairs, rf_eval_pair_t, i);
        char prec[16];
        if (p->n_flagged)
            g_snprintf (prec, sizeof prec, "%.3f", p->precision);
        else
            g_strlcpy (prec, "-", sizeof prec);
        printf ("%-*s %-4s %-17s %6u %7u %6u %9s %6.3f %6.3f\n", w, p->set, p->lang, p->category,
                p->n_true, p->n_flagged, p->n_tp, prec, p->recall, p->f1);
    }
    printf ("\nfalse alarms: rows that should stay quiet, flagged with a warning category\n");
    printf ("%-*s lang %6s %9s %6s %7s %6s\n", w, "set", "rows", "lang_ok", "quiet", "flagged", "share");
    for (guint i = 0; i < groups->len; i++) {
        const rf_eval_group_t *g = &g_array_index (groups, rf_eval_group_t, i);
        printf ("%-*s %-4s %6u %8.0f%% %6u %7u %6.3f\n", w, g->set, g->lang, g->n_rows,
                g->n_rows ? 100.0 * g->n_lang_ok / g->n_rows : 0.0, g->n_quiet, g->n_alarm,
                g->n_quiet ? (double) g->n_alarm / g->n_quiet : 0.0);
    }
    printf ("\nmacro F1 %.3f over %u (set, language, category) pairs with at least %d true rows\n",
            macro, n_macro, RF_EVAL_MACRO_MIN_TRUE);
    macro = rf_eval_macro_f1_of (pairs, RF_EVAL_MACRO_MIN_TRUE, TRUE, &n_macro);
    if (n_macro)
        printf ("macro F1 %.3f over the %u pairs of public sets (our own examples left out)\n",
                macro, n_macro);
}

static void
csv_double (rf_csv_t *c, double v)
{
    char buf[32];
    g_snprintf (buf, sizeof buf, "%.4f", v);
    rf_csv_field (c, buf);
}

static void
csv_empty (rf_csv_t *c, int n)
{
    while (n-- > 0)
        rf_csv_null (c);
}

static void
write_csv (FILE *f, const GArray *pairs, const GArray *groups)
{
    rf_csv_t c;
    guint n_macro;
    double macro = rf_eval_macro_f1 (pairs, RF_EVAL_MACRO_MIN_TRUE, &n_macro);
    rf_csv_init (&c, f, RF_CSV, FALSE);
    rf_csv_header (&c, csv_columns);
    for (guint i = 0; i < pairs->len; i++) {
        const rf_eval_pair_t *p = &g_array_index (pairs, rf_eval_pair_t, i);
        rf_csv_field (&c, "pair"), rf_csv_field (&c, p->set), rf_csv_field (&c, p->lang);
        rf_csv_field (&c, p->category);
        rf_csv_int (&c, p->n_true), rf_csv_int (&c, p->n_flagged), rf_csv_int (&c, p->n_tp);
        if (p->n_flagged)
            csv_double (&c, p->precision);
        else
            rf_csv_null (&c);
        csv_double (&c, p->recall), csv_double (&c, p->f1), csv_empty (&c, 6);
        rf_csv_end (&c);
    }
    for (guint i = 0; i < groups->len; i++) {
        const rf_eval_group_t *g = &g_array_index (groups, rf_eval_group_t, i);
        rf_csv_field (&c, "set"), rf_csv_field (&c, g->set), rf_csv_field (&c, g->lang);
        csv_empty (&c, 7);
        rf_csv_int (&c, g->n_rows), rf_csv_int (&c, g->n_lang_ok), rf_csv_int (&c, g->n_quiet);
        rf_csv_int (&c, g->n_alarm);
        csv_double (&c, g->n_quiet ? (double) g->n_alarm / g->n_quiet : 0.0), rf_csv_null (&c);
        rf_csv_end (&c);
    }
    rf_csv_field (&c, "macro"), csv_empty (&c, 8), csv_double (&c, macro), csv_empty (&c, 5);
    rf_csv_int (&c, n_macro);
    rf_csv_end (&c);
    macro = rf_eval_macro_f1_of (pairs, RF_EVAL_MACRO_MIN_TRUE, TRUE, &n_macro);
    rf_csv_field (&c, "macro_public"), csv_empty (&c, 8), csv_double (&c, macro), csv_empty (&c, 5);
    rf_csv_int (&c, n_macro);
    rf_csv_end (&c);
}

/* Read and scan every file; returns an rf_exit_t. */
static int
eval_files (rf_marker_eval_t *ev, char **files, guint *n_read, guint *n_scanned)
{
    for (int i = 0; files[i]; i++) {
        GError *err = NULL;
        GPtrArray *rows = rf_labelled_read (files[i], &err);
        char *set;
        if (!rows) {
            rf_error ("%s%s", err->message, err->code == RF_LABELLED_ERR_SYNTAX
                      ? " (fix the line, or remove it)" : "");
            int rc = err->code == RF_LABELLED_ERR_IO ? RF_EXIT_NOINPUT : RF_EXIT_FAILURE;
            g_error_free (err);
            return rc;
        }
        set = rf_eval_set_name (files[i]);
        *n_read += rows->len;
        *n_scanned += rf_marker_eval_add (ev, set, rows);
        g_free (set);
        g_ptr_array_unref (rows);
    }
    return RF_EXIT_OK;
}

/* Print the table, and write the CSV when out_path is given. */
static int
report (const rf_marker_eval_t *ev, const char *out_path)
{
    GArray *pairs = rf_marker_eval_pairs (ev), *groups = rf_marker_eval_groups (ev);
    int rc = RF_EXIT_OK;
    print_table (pairs, groups);
    if (out_path) {
        FILE *f = fopen (out_path, "w");
        if (!f) {
            rf_error ("%s: %s (check the directory exists and is writable)", out_path, g_strerror (errno));
            rc = RF_EXIT_FAILURE;
        } else {
            write_csv (f, pairs, groups);
            if (fclose (f) != 0) {
                rf_error ("%s: %s", out_path, g_strerror (errno));
                rc = RF_EXIT_FAILURE;
            }
        }
    }
    g_array_unref (pairs);
    g_array_unref (groups);
    return rc;
}

/* The rows got wrong, for reading (and relabelling as examples to train
 * on: the last two columns are a row's label and text). */
static gboolean
write_errors (const rf_marker_eval_t *ev, const char *path)
{
    GError *err = NULL;
    const char *text = rf_marker_eval_errors (ev);
    if (!g_file_set_contents (path, text, (gssize) strlen (text), &err)) {
        rf_error ("%s (check the directory exists and is writable)", err->message);
        g_error_free (err);
        return FALSE;
    }
    return TRUE;
}

/* The built-in patterns plus user_dir, or those named by config. */
static rf_markers_t *
load_markers (char **user_dir, const char *config, int *rc)
{
    GError *err = NULL;
    char *builtin;
    rf_markers_t *m;
    if (!*user_dir && config) {
        rf_config_t *cfg = rf_config_load (config, NULL, &err);
        if (!cfg) {
            rf_error ("%s", err->message);
            g_error_free (err);
            *rc = RF_EXIT_CONFIG;
            return NULL;
        }
        *user_dir = g_strdup (cfg->patterns_dir);
        rf_config_free (cfg);
    }
    builtin = rf_data_path ("");
    m = rf_markers_load (builtin, *user_dir, &err);
    if (!m) {
        rf_error ("%s", err->message);
        g_error_free (err);
        *rc = RF_EXIT_CONFIG;
    }
    g_free (builtin);
    return m;
}

int
rf_cmd_patterns_eval (int argc, char **argv)
{
    char *split_s = NULL, *out_path = NULL, *user_dir = NULL, *config = NULL, *errors_path = NULL;
    GOptionEntry entries[] = {
        { "split", 's', 0, G_OPTION_ARG_STRING, &split_s,
          "Rows to count: held (default), train or all", "held|train|all" },
        { "out", 'o', 0, G_OPTION_ARG_FILENAME, &out_path, "Also write the table as CSV", "FILE.csv" },
        { "patterns", 'p', 0, G_OPTION_ARG_FILENAME, &user_dir,
          "Directory of your own pattern files (LANG/CATEGORY.pat)", "DIR" },
        { "config", 'c', 0, G_OPTION_ARG_FILENAME, &config,
          "Configuration file: its [redflag] patterns when --patterns is not given", "FILE" },
        { "errors", 'e', 0, G_OPTION_ARG_FILENAME, &errors_path,
          "Write the rows got wrong (set, lang, category, missed|wrong, labels, text) to FILE", "FILE" },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new ("FILE...");
    rf_eval_split_t split = RF_EVAL_HELD;
    rf_markers_t *m = NULL;
    rf_marker_eval_t *ev = NULL;
    guint n_read = 0, n_scanned = 0;
    gint64 t0 = g_get_monotonic_time ();
    int rc = RF_EXIT_USAGE;

    argv[0] = (char *) "patterns eval";   /* for the usage line of --help */
    g_option_context_set_summary (ctx, "Measure the markers on labelled sentences.");
    g_option_context_set_description (ctx, description);
    g_option_context_add_main_entries (ctx, entries, NULL);
    if (!rf_cli_parse (ctx, &argc, &argv, "patterns eval"))
        goto done;
    if (split_s && !rf_eval_split_parse (split_s, &split)) {
        rf_error ("patterns eval: --split takes held, train or all, not '%s'", split_s);
        goto done;
    }
    if (argc < 2) {
        rf_error ("patterns eval: give at least one labelled file (see 'redflag patterns eval --help')");
        goto done;
    }
    if (!(m = load_markers (&user_dir, config, &rc)))
        goto done;
    ev = rf_marker_eval_new (m, split);
    if (errors_path)
        rf_marker_eval_keep_errors (ev);
    if ((rc = eval_files (ev, argv + 1, &n_read, &n_scanned)) != RF_EXIT_OK)
        goto done;
    rc = report (ev, out_path);
    if (rc == RF_EXIT_OK && errors_path && !write_errors (ev, errors_path))
        rc = RF_EXIT_FAILURE;
    printf ("%u of %u rows scanned (split %s) in %.1f s\n", n_scanned, n_read,
            rf_eval_split_name (split), (double) (g_get_monotonic_time () - t0) / 1e6);
done:
    rf_marker_eval_free (ev);
    rf_markers_free (m);
    g_option_context_free (ctx);
    g_free (split_s);
    g_free (out_path);
    g_free (errors_path);
    g_free (user_dir);
    g_free (config);
    return rc;
}
