/* cmd_patterns.c - 'redflag patterns': check pattern files, explain hits. */
#include "config.h"
#include "cli/cmd_patterns.h"
#include "cli/cmd_patterns_eval.h"
#include "cli/cmd_patterns_train.h"
#include "cli/cli.h"
#include "markers/lang_detect.h"
#include "markers/markers.h"
#include "markers/scorer.h"
#include "markers/text_stats.h"
#include "base/util.h"

#include <stdio.h>
#include <string.h>

static const char summary[] =
    "Subcommands:\n"
    "  test       run every match:/nomatch: example of every pattern and print\n"
    "             the failures (exit 1 when any fails)\n"
    "  explain    show which patterns match TEXT and why (TEXT '-' reads stdin)\n"
    "  eval       precision and recall on labelled sentence files\n"
    "             ('redflag patterns eval --help')\n"
    "  train      train the scorer's models from labelled sentences\n"
    "             ('redflag patterns train --help')\n"
    "\n"
    "Pattern files are LANG/CATEGORY.pat (format in patterns/README.md).\n"
    "--patterns DIR adds your own, merged with the built-in ones.";

static rf_markers_t *
load (const char *user_dir)
{
    GError *err = NULL;
    char *builtin = rf_data_path ("");
    rf_markers_t *m = rf_markers_load (builtin, user_dir, &err);
    if (!m) {
        rf_error ("%s", err->message);
        g_error_free (err);
    }
    g_free (builtin);
    return m;
}

/* The text, the patterns and their files are the user's: control
 * characters in them do not reach the terminal. */
static void
print_safe (const char *before, const char *text, const char *after)
{
    char *safe = rf_term_safe (text);
    printf ("%s%s%s", before, safe, after);
    g_free (safe);
}

static int
cmd_test (const rf_markers_t *m)
{
    GString *report = g_string_new (NULL);
    guint n = 0, failures = rf_markers_test_examples (m, report, &n);
    char **lines = g_strsplit (report->str, "\n", -1);
    /* One line per failure; the examples in them are the user's text. */
    for (char **l = lines; *l; l++)
        if (**l)
            print_safe ("", *l, "\n");
    g_strfreev (lines);
    printf ("%u patterns, %u examples, %u failed\n", rf_markers_count (m), n, failures);
    g_string_free (report, TRUE);
    return failures ? RF_EXIT_FAILURE : RF_EXIT_OK;
}

static char *
read_text (int argc, char **argv)
{
    GString *s;
    char buf[4096];
    size_t got;
    if (argc == 1 && !strcmp (argv[0], "-")) {
        s = g_string_new (NULL);
        while ((got = fread (buf, 1, sizeof buf, stdin)) > 0)
            g_string_append_len (s, buf, (gssize) got);
        return g_string_free (s, FALSE);
    }
    return g_strjoinv (" ", argv);
}

static void
print_explain (const rf_marker_explain_t *x)
{
    const rf_marker_hit_t *h = x->hit;
    char *line = g_strdup_printf ("%s %s (%s, weight %g) at character %ld", x->dropped ? "dropped" : "HIT    ",
                                  h->pattern_id, h->category, h->weight, h->offset);
    char *where = x->regex ? g_strdup_printf ("%s:%d", x->file, x->line) : g_strdup (x->file ? x->file : "?");
    print_safe ("", line, "\n");
    if (!x->regex) {
        /* A hit of the trained scorer: its evidence is the words that weighed most. */
        print_safe ("    evidence: ", h->matched, "\n");
        print_safe ("    sentence: \"", h->snippet, "\"\n");
        print_safe ("    model:    ", where, "\n");
    } else {
        print_safe ("    matched:  \"", h->matched, "\"\n");
        print_safe ("    sentence: \"", h->snippet, "\"\n");
        print_safe ("    pattern:  ", where, "\n");
    }
    if (x->note)
        print_safe ("    note:     ", x->note, "\n");
    if (x->dropped)
        print_safe ("    why dropped: ", x->dropped, "\n");
    g_free (where);
    g_free (line);
}

/* What the trained scorer made of each sentence: per category, the score,
 * the threshold and the words that weighed most. */
static void
print_scores (const GPtrArray *scores)
{
    guint sentence = G_MAXUINT;
    for (guint i = 0; i < scores->len; i++) {
        const rf_scorer_explain_t *x = g_ptr_array_index (scores, i);
        if (x->sentence != sentence) {
            sentence = x->sentence;
            char *head = g_strdup_printf ("scorer, sentence %u (%s models): \"", x->sentence + 1, x->lang);
            print_safe (head, x->snippet, "\"\n");
            g_free (head);
        }
        char *name = x->variant ? g_strdup_printf ("%s.%s", x->category, x->variant) : g_strdup (x->category);
        printf ("    %-17s %.2f (threshold %.2f) %s%s", name, x->score, x->threshold,
                x->hit ? "HIT" : x->pattern_hit ? "pattern hit" : x->score >= x->threshold ? "" : "-",
                *x->evidence ? ": " : "");
        print_safe ("", x->evidence, "\n");
        g_free (name);
    }
}

static int
cmd_explain (const rf_markers_t *m, const char *lang, int argc, char **argv)
{
    char *text = read_text (argc, argv), *langs = NULL;
    gsize len = strlen (text);
    double clues[4], shout;
    int words, bursts, kept = 0;
    const char *detected = rf_lang_detect_scores (text, len, clues, &words);
    GPtrArray *xs, *scores = g_ptr_array_new_with_free_func ((GDestroyNotify) rf_scorer_explain_free);

    printf ("language: %s (clues: en %g, fr %g, es %g, other %g; %d words)%s\n", detected,
            clues[0], clues[1], clues[2], clues[3], words, lang ? "; overridden by --lang" : "");
    xs = rf_markers_explain_scores (m, text, len, lang ? lang : detected, &langs, scores);
    printf ("patterns run: %s\n", langs);
    rf_text_stats (text, len, &shout, &bursts);
    printf ("shouting: %.2f of the words of 3+ letters are in capitals (%s; threshold %.2f, "
            "at least %d such words)\nexclamation bursts: %d\n", shout,
            shout >= RF_SHOUT_THRESHOLD ? "shouting" : "not shouting", RF_SHOUT_THRESHOLD,
            RF_SHOUT_MIN_WORDS, bursts);
    for (guint i = 0; i < xs->len; i++) {
        const rf_marker_explain_t *x = g_ptr_array_index (xs, i);
        print_explain (x);
        kept += x->dropped == NULL;
    }
    print_scores (scores);
    printf ("%d hit%s\n", kept, kept == 1 ? "" : "s");
    g_ptr_array_unref (xs);
    g_ptr_array_unref (scores);
    g_free (langs);
    g_free (text);
    return RF_EXIT_OK;
}

int
rf_cmd_patterns (int argc, char **argv)
{
    char *user_dir = NULL, *lang = NULL, *config = NULL;
    GOptionEntry entries[] = {
        { "patterns", 'p', 0, G_OPTION_ARG_FILENAME, &user_dir,
          "Directory of your own pattern files (LANG/CATEGORY.pat)", "DIR" },
        { "config", 'c', 0, G_OPTION_ARG_FILENAME, &config,
          "Configuration file: its [redflag] patterns when --patterns is not given", "FILE" },
        { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang,
          "explain: language of the text (en, fr, es...) instead of detecting it", "LANG" },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new ("test | explain TEXT");
    rf_markers_t *m = NULL;
    int rc = RF_EXIT_USAGE;

    if (argc > 1 && !strcmp (argv[1], "eval")) {   /* its own options */
        rc = rf_cmd_patterns_eval (argc - 1, argv + 1);
        goto done;
    }
    if (argc > 1 && !strcmp (argv[1], "train")) {
        rc = rf_cmd_patterns_train (argc - 1, argv + 1);
        goto done;
    }
    g_option_context_set_summary (ctx, "Check the marker patterns, or see why a text matches.");
    g_option_context_set_description (ctx, summary);
    g_option_context_add_main_entries (ctx, entries, NULL);
    if (!rf_cli_parse (ctx, &argc, &argv, "patterns")
        || !rf_cli_path_ok ("patterns", "--patterns", user_dir, FALSE)
        || !rf_cli_path_ok ("patterns", "--config", config, FALSE))
        goto done;
    if (argc < 2 || (strcmp (argv[1], "test") && strcmp (argv[1], "explain"))) {
        rf_error ("patterns: expected 'test', 'explain', 'eval' or 'train' (see 'redflag patterns --help')");
        goto done;
    }
    if (!strcmp (argv[1], "explain") && argc < 3) {
        rf_error ("patterns explain: give the text to explain, or '-' to read it from stdin");
        goto done;
    }
    if (!strcmp (argv[1], "test") && argc > 2) {
        rf_error ("patterns test: unexpected argument '%s'", argv[2]);
        goto done;
    }
    /* The same patterns as scan and analyze with this configuration. */
    if (!user_dir && config) {
        GError *err = NULL;
        rf_config_t *cfg = rf_config_load (config, NULL, &err);
        if (!cfg) {
            rf_error ("%s", err->message);
            g_error_free (err);
            rc = RF_EXIT_CONFIG;
            goto done;
        }
        user_dir = g_strdup (cfg->patterns_dir);
        rf_config_free (cfg);
    }
    m = load (user_dir);
    if (!m) {
        rc = RF_EXIT_CONFIG;
        goto done;
    }
    rc = !strcmp (argv[1], "test") ? cmd_test (m) : cmd_explain (m, lang, argc - 2, argv + 2);
done:
    rf_markers_free (m);
    g_option_context_free (ctx);
    g_free (user_dir);
    g_free (lang);
    g_free (config);
    return rc;
}
