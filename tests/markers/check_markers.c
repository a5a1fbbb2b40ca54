/* check_markers.c - pattern files, scanning, language detection, text
 * stats, and the marker tables (store, monthly analysis, export). */
#include "config.h"
#include "markers/markers.h"
#include "markers/markers_p.h"
#include "markers/lang_detect.h"
#include "markers/text_stats.h"
#include "store/store.h"
#include "markers/store_markers.h"
#include "markers/markers_analyze.h"
#include "markers/export_markers.h"
#include "cli/cmd_patterns.h"
#include "base/csv.h"
#include "base/util.h"

#include <check.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PATTERNS TOP_SRCDIR "/patterns"

static rf_markers_t *
load_builtin (void)
{
    GError *err = NULL;
    rf_markers_t *m = rf_markers_load (PATTERNS, NULL, &err);
    ck_assert_msg (m != NULL, "load: %s", err ? err->message : "?");
    return m;
}

/* Remove a temporary directory and the files in it. */
static void
remove_tree (const char *dir)
{
    GDir *d = g_dir_open (dir, 0, NULL);
    const char *name;
    while (d && (name = g_dir_read_name (d))) {
        char *p = g_build_filename (dir, name, NULL);
        if (g_file_test (p, G_FILE_TEST_IS_DIR))
            remove_tree (p);
        else
            g_unlink (p);
        g_free (p);
    }
    if (d)
        g_dir_close (d);
    g_rmdir (dir);
}

static void
write_file (const char *dir, const char *rel, const char *content)
{
    char *path = g_build_filename (dir, rel, NULL), *parent = g_path_get_dirname (path);
    g_mkdir_with_parents (parent, 0700);
    ck_assert (g_file_set_contents (path, content, -1, NULL));
    g_free (parent);
    g_free (path);
}

static const rf_marker_hit_t *
find_hit (const GPtrArray *hits, const char *pattern_id)
{
    for (guint i = 0; i < hits->len; i++) {
        const rf_marker_hit_t *h = g_ptr_array_index (hits, i);
        if (!strcmp (h->pattern_id, pattern_id))
            return h;
    }
    return NULL;
}

static guint
count_category (const GPtrArray *hits, const char *category)
{
    guint n = 0;
    for (guint i = 0; i < hits->len; i++)
        n += !strcmp (((const rf_marker_hit_t *) g_ptr_array_index (hits, i))->category, category);
    return n;
}

/* ---- pattern files */

/* Every match:/nomatch: example of every built-in pattern file, including
 * files added later: a pattern file is its own test. */
START_TEST (test_examples)
{
    rf_markers_t *m = load_builtin ();
    GString *report = g_string_new (NULL);
    guint n = 0, failures = rf_markers_test_examples (m, report, &n);
    printf ("# %u patterns, %u examples, %u failed\n", rf_markers_count (m), n, failures);
    fflush (stdout);
    ck_assert_msg (failures == 0, "%s", report->str);
    /* At least one match: and one nomatch: per pattern. */
    ck_assert_uint_ge (n, 2 * rf_markers_count (m));
    g_string_free (report, TRUE);
    rf_markers_free (m);
}
END_TEST

/* Every built-in category has patterns in each of the three languages. */
START_TEST (test_categories_covered)
{
    rf_markers_t *m = load_builtin ();
    static const char *const langs[] = { "en", "fr", "es" };
    for (guint l = 0; l < G_N_ELEMENTS (langs); l++) {
        const rf_lang_set_t *ls = rf_markers_lang (m, langs[l]);
        ck_assert_ptr_nonnull (ls);
        for (const char *const *c = rf_marker_categories (); *c; c++) {
            gboolean found = FALSE;
            for (guint i = 0; i < ls->patterns->len && !found; i++)
                found = !strcmp (((rf_pattern_t *) g_ptr_array_index (ls->patterns, i))->category, *c);
            ck_assert_msg (found, "no %s pattern for %s", *c, langs[l]);
        }
    }
    ck_assert (rf_marker_category_is_counter ("appreciation"));
    ck_assert (rf_marker_category_is_counter ("referral"));
    ck_assert (!rf_marker_category_is_counter ("abuse"));
    rf_markers_free (m);
}
END_TEST

START_TEST (test_digest)
{
    rf_markers_t *a = load_builtin (), *b = load_builtin ();
    const char *d = rf_markers_digest (a);
    ck_assert_uint_eq (strlen (d), 64);
    for (const char *p = d; *p; p++)
        ck_assert (g_ascii_isxdigit (*p));
    ck_assert_str_eq (d, rf_markers_digest (b));
    rf_markers_free (a);
    rf_markers_free (b);
}
END_TEST

/* User patterns: a new category, a replaced built-in pattern, a disabled
 * one; the digest changes with them. */
START_TEST (test_user_dir_merge)
{
    char *dir = g_dir_make_tmp ("rf-markers-XXXXXX", NULL);
    rf_markers_t *builtin = load_builtin (), *m;
    GError *err = NULL;
    GPtrArray *hits;
    const char *text;

    write_file (dir, "en/legal_threat.pat",
                "# user category\n"
                "id: lawyer\n"
                "weight: 2.5\n"
                "regex: \\bour\\s+lawyers?\\s+will\\b\n"
                "match: Our lawyer will contact you.\n"
                "nomatch: Our lawyer will be on holiday.\n"
                "unless: \\bholiday\\b\n"
                "\n"
                "disable: en.negativity.waste_of_time\n");
    /* Same id as a built-in pattern: replaces it. */
    write_file (dir, "en/abuse.pat",
                "id: amateur_hour\n"
                "weight: 3\n"
                "regex: \\bcowboy\\s+outfit\\b\n"
                "match: You are a cowboy outfit.\n"
                "nomatch: The cowboy hat is on the photo.\n");
    m = rf_markers_load (PATTERNS, dir, &err);
    ck_assert_msg (m != NULL, "%s", err ? err->message : "?");
    /* +1 new, -1 disabled, the replaced one counts once. */
    ck_assert_uint_eq (rf_markers_count (m), rf_markers_count (builtin));
    ck_assert_str_ne (rf_markers_digest (m), rf_markers_digest (builtin));
    ck_assert_uint_eq (rf_markers_test_examples (m, NULL, NULL), 0);

    text = "Our lawyer will call you. This is amateur hour. What a cowboy outfit. "
           "It was a complete waste of time.";
    hits = rf_markers_scan (m, text, strlen (text), "en");
    ck_assert_ptr_nonnull (find_hit (hits, "en.legal_threat.lawyer"));
    ck_assert_str_eq (find_hit (hits, "en.legal_threat.lawyer")->category, "legal_threat");
    ck_assert_double_eq_tol (find_hit (hits, "en.legal_threat.lawyer")->weight, 2.5, 1e-9);
    ck_assert_ptr_nonnull (find_hit (hits, "en.abuse.amateur_hour"));
    ck_assert_str_eq (find_hit (hits, "en.abuse.amateur_hour")->matched, "cowboy outfit");
    ck_assert_uint_eq (count_category (hits, "negativity"), 0);
    g_ptr_array_unref (hits);

    /* The built-in set alone: the same text hits the built-in patterns. */
    hits = rf_markers_scan (builtin, text, strlen (text), "en");
    ck_assert_str_eq (find_hit (hits, "en.abuse.amateur_hour")->matched, "amateur hour");
    ck_assert_ptr_nonnull (find_hit (hits, "en.negativity.waste_of_time"));
    ck_assert_ptr_null (find_hit (hits, "en.legal_threat.lawyer"));
    g_ptr_array_unref (hits);

    rf_markers_free (m);
    rf_markers_free (builtin);
    remove_tree (dir);
    g_free (dir);
}
END_TEST

typedef struct {
    const char *file;      /* content of DIR/en/bad.pat */
    const char *expect;    /* expected in the error message */
} bad_case_t;

static const bad_case_t bad_cases[] = {
    { "id: a\nregex: (unclosed\nmatch: x\nnomatch: y\n", "en/bad.pat:2: pattern 'en.bad.a': regex does not compile" },
    { "id: a\nregex: x\nmatch: x\n", "en/bad.pat:1: pattern 'en.bad.a' needs at least one match: and one nomatch:" },
    { "id: a\nregex: x\nmatch: x\nnomatch: y\nflavour: sweet\n", "en/bad.pat:5: unknown key 'flavour'" },
    { "regex: x\n", "en/bad.pat:1: 'regex:' before the first id: line" },
    { "id: a\nweight: heavy\n", "en/bad.pat:2: weight must be a number" },
    { "id: a\nweight: 0\n", "en/bad.pat:2: weight must be a number" },
    { "id: Bad-Id\n", "en/bad.pat:1: id must be lower-case" },
    { "id: a\nthis line has no colon\n", "en/bad.pat:2: expected 'key: value'" },
    { "id: a\nregex: x\nmatch: x\nnomatch: y\nunless: [z\n", "en/bad.pat:1: pattern 'en.bad.a': unless does not compile" },
    { "id: a\nregex: x\nmatch: x\nnomatch: y\n\nid: a\nregex: x\nmatch: x\nnomatch: y\n", "en/bad.pat:6: pattern id 'en.bad.a' already used at" },
    { "disable: en.abuse.no_such_pattern\n", "disable: no pattern has the id 'en.abuse.no_such_pattern'" },
    { "id: a\nregex: x\nmatch: \xff\xfe\nnomatch: y\n", "en/bad.pat:3: not valid UTF-8" },
};

/* A bad user pattern file is an error naming file:line, not a crash. */
START_TEST (test_bad_pattern_files)
{
    const bad_case_t *c = &bad_cases[_i];
    char *dir = g_dir_make_tmp ("rf-markers-XXXXXX", NULL);
    GError *err = NULL;
    rf_markers_t *m;

    write_file (dir, "en/bad.pat", c->file);
    m = rf_markers_load (PATTERNS, dir, &err);
    ck_assert_ptr_null (m);
    ck_assert_ptr_nonnull (err);
    ck_assert_msg (strstr (err->message, c->expect) != NULL, "case %d: got \"%s\"", _i,
                   err->message);
    g_error_free (err);
    remove_tree (dir);
    g_free (dir);
}
END_TEST

START_TEST (test_empty_user_dir)
{
    char *dir = g_dir_make_tmp ("rf-markers-XXXXXX", NULL);
    GError *err = NULL;
    /* A pattern file at the top instead of under LANG/: not read, and said so. */
    write_file (dir, "abuse.pat", "id: a\n");
    ck_assert_ptr_null (rf_markers_load (PATTERNS, dir, &err));
    ck_assert_int_eq (err->code, RF_MARKERS_ERR_EMPTY);
    g_clear_error (&err);
    ck_assert_ptr_null (rf_markers_load (dir, NULL, &err));
    ck_assert_int_eq (err->code, RF_MARKERS_ERR_EMPTY);
    g_clear_error (&err);
    ck_assert_ptr_null (rf_markers_load ("/nonexistent/redflag-patterns", NULL, &err));
    ck_assert_int_eq (err->code, RF_MARKERS_ERR_IO);
    g_clear_error (&err);
    remove_tree (dir);
    g_free (dir);
}
END_TEST

/* A pattern whose regex holds no word every match needs runs on every
 * sentence: `patterns test` says so in a note, which is not a failure;
 * the built-in patterns have no such note. */
START_TEST (test_runs_everywhere_noted)
{
    char *dir = g_dir_make_tmp ("rf-markers-XXXXXX", NULL);
    GError *err = NULL;
    GString *report = g_string_new (NULL);
    rf_markers_t *m = load_builtin ();
    char *path;
    guint n = 0;

    ck_assert_uint_eq (rf_markers_test_examples (m, report, &n), 0);
    ck_assert_str_eq (report->str, "");
    rf_markers_free (m);
    write_file (dir, "en/odd.pat",
                "id: phone_number\nregex: \\b\\d{3}-\\d{4}\\b\n"
                "match: call me on 555-0199\nnomatch: call me on 5550199\n\n"
                "id: refund_now\nregex: \\brefund\\s+now\\b\n"
                "match: I want a refund now.\nnomatch: No refund needed now.\n");
    m = rf_markers_load (PATTERNS, dir, &err);
    ck_assert_msg (m != NULL, "load: %s", err ? err->message : "?");
    ck_assert_uint_eq (rf_markers_test_examples (m, report, &n), 0);
    path = g_build_filename (dir, "en", "odd.pat", NULL);
    ck_assert_msg (g_str_has_prefix (report->str, path), "%s", report->str);
    ck_assert_msg (strstr (report->str, ":1: en.odd.phone_number: note: runs on every sentence"),
                   "%s", report->str);
    ck_assert_msg (!strstr (report->str, "refund_now"), "%s", report->str);
    /* One line: the note. */
    ck_assert_ptr_eq (strchr (report->str, '\n'), report->str + report->len - 1);
    g_free (path);
    g_string_free (report, TRUE);
    rf_markers_free (m);
    remove_tree (dir);
    g_free (dir);
}
END_TEST

/* ---- scanning */

/* Offsets are in characters; the snippet is the hit's sentence. "Zoë" has
 * one character of two bytes before every hit. Hand count:
 * "Hello Zoë,\n\n" is 12 characters; "The last draft was " 19 more, so
 * "late again" starts at 31; the sentence ends at 31 + 11 ("late again.")
 * = 42, a space (43), then "Honestly, " (10) puts "you are ..." at 53. */
START_TEST (test_offsets_and_snippets)
{
    rf_markers_t *m = load_builtin ();
    const char *text = "Hello Zoë,\n\nThe last draft was late again. Honestly, you are "
                       "completely\nincompetent.\nRegards";
    GPtrArray *hits = rf_markers_scan (m, text, strlen (text), "en");
    const rf_marker_hit_t *c = find_hit (hits, "en.complaint.again_wrong");
    const rf_marker_hit_t *a = find_hit (hits, "en.abuse.insult_adjective");

    ck_assert_uint_eq (hits->len, 2);
    ck_assert_ptr_nonnull (c);
    ck_assert_ptr_nonnull (a);
    /* Sorted by offset. */
    ck_assert_ptr_eq (g_ptr_array_index (hits, 0), c);
    ck_assert_int_eq (c->offset, 31);
    ck_assert_str_eq (c->matched, "late again");
    ck_assert_str_eq (c->snippet, "The last draft was late again.");
    ck_assert_str_eq (c->lang, "en");
    ck_assert_str_eq (c->category, "complaint");
    ck_assert_int_eq (a->offset, 53);
    ck_assert_str_eq (a->matched, "you are completely\nincompetent");
    /* Line breaks inside a sentence become spaces in the snippet. */
    ck_assert_str_eq (a->snippet, "Honestly, you are completely incompetent.");
    ck_assert_double_eq_tol (a->weight, 3.0, 1e-9);
    g_ptr_array_unref (hits);
    rf_markers_free (m);
}
END_TEST

/* A long sentence gives a snippet of at most 160 characters around the
 * match, with ellipses where it was cut, cut between characters. */
START_TEST (test_long_snippet)
{
    rf_markers_t *m = load_builtin ();
    GString *s = g_string_new (NULL);
    GPtrArray *hits;
    const rf_marker_hit_t *h;
    for (int i = 0; i < 30; i++)
        g_string_append (s, "blé déjà vu ");
    g_string_append (s, "and frankly you are completely useless ");
    for (int i = 0; i < 30; i++)
        g_string_append (s, "très ça ");
    g_string_append (s, "end.");
    hits = rf_markers_scan (m, s->str, s->len, "en");
    h = find_hit (hits, "en.abuse.insult_adjective");
    ck_assert_ptr_nonnull (h);
    ck_assert_int_eq (h->offset, 30 * 12 + 12);
    ck_assert (g_utf8_validate (h->snippet, -1, NULL));
    ck_assert_int_le (g_utf8_strlen (h->snippet, -1), RF_MARKER_SNIPPET_MAX);
    ck_assert_int_ge (g_utf8_strlen (h->snippet, -1), RF_MARKER_SNIPPET_MAX - 2);
    ck_assert (g_str_has_prefix (h->snippet, "\u2026"));
    ck_assert (g_str_has_suffix (h->snippet, "\u2026"));
    ck_assert (strstr (h->snippet, "you are completely useless") != NULL);
    g_ptr_array_unref (hits);
    g_string_free (s, TRUE);
    rf_markers_free (m);
}
END_TEST

/* Invalid UTF-8 and NUL bytes never crash: invalid bytes read as U+FFFD,
 * NUL as a space; offsets count those characters. */
START_TEST (test_invalid_utf8)
{
    rf_markers_t *m = load_builtin ();
    static const char text[] = "\xff\xfe you are completely incompetent \xc3";
    static const char with_nul[] = "abc\0 you are useless";
    GPtrArray *hits = rf_markers_scan (m, text, sizeof text - 1, "en");
    const rf_marker_hit_t *h = find_hit (hits, "en.abuse.insult_adjective");
    ck_assert_ptr_nonnull (h);
    ck_assert_int_eq (h->offset, 3);
    ck_assert_str_eq (h->matched, "you are completely incompetent");
    ck_assert (g_utf8_validate (h->snippet, -1, NULL));
    g_ptr_array_unref (hits);

    hits = rf_markers_scan (m, with_nul, sizeof with_nul - 1, "en");
    h = find_hit (hits, "en.abuse.insult_adjective");
    ck_assert_ptr_nonnull (h);
    ck_assert_int_eq (h->offset, 5);
    g_ptr_array_unref (hits);

    hits = rf_markers_scan (m, NULL, 0, "en");
    ck_assert_uint_eq (hits->len, 0);
    g_ptr_array_unref (hits);
    hits = rf_markers_scan (m, "", 0, NULL);
    ck_assert_uint_eq (hits->len, 0);
    g_ptr_array_unref (hits);
    rf_markers_free (m);
}
END_TEST

/* Random bytes, and random mixes of pattern words, scanned in every
 * language: no crash, every hit well-formed. */
START_TEST (test_random_input)
{
    rf_markers_t *m = load_builtin ();
    GRand *r = g_rand_new_with_seed (20260101);
    static const char *const words[] = {
        "you", "are", "incompetent", "Vous", "êtes", "nuls", "!!", "?", "\n\n", "é", "\xe2\x80",
        "\xff", "- ", "again", "encore", "une", "fois", "idiots", "o", "¿", "caro", ".", " ",
        "’", "\xcc\x81", "e\xcc\x81", "ASAP!!!", "\t", "\0",
    };
    for (int round = 0; round < 400; round++) {
        GString *s = g_string_new (NULL);
        int n = g_rand_int_range (r, 0, 120);
        for (int i = 0; i < n; i++) {
            if (round % 2)
                g_string_append_c (s, (char) g_rand_int_range (r, 0, 256));
            else
                g_string_append_len (s, words[g_rand_int_range (r, 0, G_N_ELEMENTS (words))], -1);
        }
        for (const char *lang = "en"; lang; lang = !strcmp (lang, "en") ? "fr" : !strcmp (lang, "fr") ? "es" : NULL) {
            GPtrArray *hits = rf_markers_scan (m, s->str, s->len, lang);
            for (guint i = 0; i < hits->len; i++) {
                const rf_marker_hit_t *h = g_ptr_array_index (hits, i);
                ck_assert (g_utf8_validate (h->matched, -1, NULL));
                ck_assert (g_utf8_validate (h->snippet, -1, NULL));
                ck_assert_int_ge (h->offset, 0);
                ck_assert_int_le (g_utf8_strlen (h->snippet, -1), RF_MARKER_SNIPPET_MAX);
            }
            g_ptr_array_unref (hits);
        }
        rf_lang_detect (s->str, s->len);
        rf_text_stats (s->str, s->len, NULL, NULL);
        g_string_free (s, TRUE);
    }
    g_rand_free (r);
    rf_markers_free (m);
}
END_TEST

/* Text written with a combining accent (e + U+0301) matches like é. */
START_TEST (test_decomposed_accents)
{
    rf_markers_t *m = load_builtin ();
    const char *text = "Vous e\xcc\x82tes comple\xcc\x80tement incompe\xcc\x81tents.";
    GPtrArray *hits = rf_markers_scan (m, text, strlen (text), "fr");
    ck_assert_ptr_nonnull (find_hit (hits, "fr.abuse.vous_etes_nuls"));
    g_ptr_array_unref (hits);
    rf_markers_free (m);
}
END_TEST

/* Overlapping hits of one category count once, the heavier (or earlier)
 * pattern kept; explain shows the dropped one and why. */
START_TEST (test_overlap_and_unless)
{
    rf_markers_t *m = load_builtin ();
    const char *text = "You are a bunch of amateurs.";
    GPtrArray *hits = rf_markers_scan (m, text, strlen (text), "en"), *xs;
    gboolean saw_drop = FALSE;
    char *langs = NULL;

    ck_assert_uint_eq (count_category (hits, "abuse"), 1);
    ck_assert_str_eq (((rf_marker_hit_t *) g_ptr_array_index (hits, 0))->pattern_id,
                      "en.abuse.insult_noun");
    g_ptr_array_unref (hits);
    xs = rf_markers_explain (m, text, strlen (text), "en", &langs);
    ck_assert_str_eq (langs, "en");
    for (guint i = 0; i < xs->len; i++) {
        const rf_marker_explain_t *x = g_ptr_array_index (xs, i);
        if (!strcmp (x->hit->pattern_id, "en.abuse.vocative")) {
            ck_assert_ptr_nonnull (x->dropped);
            ck_assert (strstr (x->dropped, "en.abuse.insult_noun") != NULL);
            saw_drop = TRUE;
        }
    }
    ck_assert (saw_drop);
    g_ptr_array_unref (xs);
    g_free (langs);

    /* "Once again" is a complaint, unless the sentence is a thank-you. */
    text = "Once again, thank you for your help.";
    hits = rf_markers_scan (m, text, strlen (text), "en");
    ck_assert_uint_eq (count_category (hits, "complaint"), 0);
    g_ptr_array_unref (hits);
    xs = rf_markers_explain (m, text, strlen (text), NULL, &langs);
    ck_assert_str_eq (langs, "en");
    saw_drop = FALSE;
    for (guint i = 0; i < xs->len; i++) {
        const rf_marker_explain_t *x = g_ptr_array_index (xs, i);
        if (!strcmp (x->hit->pattern_id, "en.complaint.once_again"))
            saw_drop = x->dropped && g_str_has_prefix (x->dropped, "unless: ");
    }
    ck_assert (saw_drop);
    g_ptr_array_unref (xs);
    g_free (langs);
    rf_markers_free (m);
}
END_TEST

/* The message's language plus English run: an English insult in a French
 * mail is found; a French insult in an English mail is not. */
START_TEST (test_language_sets)
{
    rf_markers_t *m = load_builtin ();
    const char *fr = "Bonjour, merci pour le devis. By the way, you are useless.";
    const char *en = "Hello, thanks for the quote. Vous êtes nuls.";
    GPtrArray *hits = rf_markers_scan (m, fr, strlen (fr), "fr");
    ck_assert_ptr_nonnull (find_hit (hits, "en.abuse.insult_adjective"));
    g_ptr_array_unref (hits);
    hits = rf_markers_scan (m, en, strlen (en), "en");
    ck_assert_uint_eq (count_category (hits, "abuse"), 0);
    g_ptr_array_unref (hits);
    hits = rf_markers_scan (m, en, strlen (en), "fr");
    ck_assert_ptr_nonnull (find_hit (hits, "fr.abuse.vous_etes_nuls"));
    g_ptr_array_unref (hits);
    /* "other" runs English only. */
    hits = rf_markers_scan (m, fr, strlen (fr), "other");
    ck_assert_ptr_nonnull (find_hit (hits, "en.abuse.insult_adjective"));
    g_ptr_array_unref (hits);
    rf_markers_free (m);
}
END_TEST

/* A short text of uncertain language runs every language's patterns:
 * "Tu es vraiment incompétent" has one clue, for Spanish ("es"); a long
 * clearly Spanish text does not. */
START_TEST (test_language_uncertain)
{
    rf_markers_t *m = load_builtin ();
    const char *short_fr = "Tu es vraiment incompétent";
    const char *long_es = "Hola, gracias por el presupuesto, estamos muy contentos con "
                          "el trabajo de usted. Vous êtes nuls.";
    char *langs = NULL;
    GPtrArray *xs, *hits = rf_markers_scan (m, short_fr, strlen (short_fr), NULL);
    ck_assert_ptr_nonnull (find_hit (hits, "fr.abuse.vous_etes_nuls"));
    g_ptr_array_unref (hits);
    xs = rf_markers_explain (m, short_fr, strlen (short_fr), NULL, &langs);
    ck_assert_str_eq (langs, "es,en,fr");
    g_ptr_array_unref (xs);
    g_free (langs);
    hits = rf_markers_scan (m, long_es, strlen (long_es), NULL);
    ck_assert_ptr_null (find_hit (hits, "fr.abuse.vous_etes_nuls"));
    g_ptr_array_unref (hits);
    rf_markers_free (m);
}
END_TEST

static char *
hits_signature (GPtrArray *hits)
{
    GString *s = g_string_new (NULL);
    for (guint i = 0; i < hits->len; i++) {
        const rf_marker_hit_t *h = g_ptr_array_index (hits, i);
        g_string_append_printf (s, "%s@%ld:%s|%s\n", h->pattern_id, h->offset, h->matched, h->snippet);
    }
    return g_string_free (s, FALSE);
}

/* Alone, a short sentence whose language is uncertain is also scored with
 * our other languages' models; within a longer text its language is
 * certain. Those hits say nothing of the prefilter: dropped. */
static void
drop_foreign_models (GPtrArray *hits, const char *lang)
{
    for (guint i = hits->len; i-- > 0;) {
        const rf_marker_hit_t *h = g_ptr_array_index (hits, i);
        if (g_str_has_suffix (h->pattern_id, ".model") && strncmp (h->pattern_id, lang, strlen (lang)) != 0)
            g_ptr_array_remove_index (hits, i);
    }
}

/* The prefilter only saves time: with and without it, the same hits, on
 * every evaluation sentence and on the sentences run together as mail. */
START_TEST (test_prefilter_equivalence)
{
    rf_markers_t *m = load_builtin ();
    static const char *const langs[] = { "en", "fr", "es" };
    guint texts = 0, with_hits = 0;
    for (guint l = 0; l < G_N_ELEMENTS (langs); l++) {
        char *path = g_strdup_printf ("%s/tests/eval/%s.tsv", TOP_SRCDIR, langs[l]), *data;
        char **lines;
        GString *mail = g_string_new (NULL);
        ck_assert (g_file_get_contents (path, &data, NULL, NULL));
        lines = g_strsplit (data, "\n", -1);
        for (int i = 0; lines[i]; i++) {
            const char *tab = strchr (lines[i], '\t');
            const char *sentences[2];
            if (!tab || lines[i][0] == '#')
                continue;
            g_string_append_printf (mail, "%s%s", tab + 1, i % 7 == 0 ? "\n\n" : " ");
            sentences[0] = tab + 1;
            sentences[1] = lines[i + 1] ? NULL : mail->str;
            for (int k = 0; k < 2; k++) {
                GPtrArray *a, *b;
                char *sa, *sb;
                if (!sentences[k])
                    continue;
                rf_markers_no_prefilter = FALSE;
                a = rf_markers_scan (m, sentences[k], strlen (sentences[k]), langs[l]);
                rf_markers_no_prefilter = TRUE;
                b = rf_markers_scan (m, sentences[k], strlen (sentences[k]), langs[l]);
                rf_markers_no_prefilter = FALSE;
                sa = hits_signature (a);
                sb = hits_signature (b);
                ck_assert_str_eq (sa, sb);
                texts++;
                with_hits += a->len > 0;
                g_free (sa);
                g_free (sb);
                g_ptr_array_unref (a);
                g_ptr_array_unref (b);
            }
        }
        g_string_free (mail, TRUE);
        g_strfreev (lines);
        g_free (data);
        g_free (path);
    }
    ck_assert_uint_ge (texts, 450);
    ck_assert_uint_ge (with_hits, 300);
    rf_markers_free (m);
}
END_TEST

/* The keys the analysis finds: white space runs are one space, \b marks
 * the edges of the automaton's keys, "!{2,}" is at least "!!". */
static char *
first_clause (const char *regex)
{
    GPtrArray *c = rf_markers_regex_keys (regex);
    char *s;
    if (!c)
        return g_strdup ("(none)");
    s = g_strjoinv ("|", g_ptr_array_index (c, 0));
    g_strdelimit (s, RF_KEY_BOUNDARY_S, '^');
    g_ptr_array_unref (c);
    return s;
}

START_TEST (test_regex_keys)
{
    static const char *const cases[][2] = {
        { "\\byou\\s+are\\b", "^you are^" },
        { "(?x) \\b(?:thank \\s* you|thanks) \\s+ so \\s+ much\\b", "^thank you so|^thankyou so |^thanks so mu" },
        { "\\b(?:urgent|now)\\s*!{2,}", "^urgent !!|^urgent!!|^now !!|^now!!" },
        { "\\bcons?\\b", "^cons^|^con^" },
        { "c['’]\\s?est\\s+fini", "c' est fini|c'est fini" },
        { "[\\s-]vous", " vous|-vous" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
        char *got = first_clause (cases[i][0]);
        ck_assert_msg (!strcmp (got, cases[i][1]), "%s: got %s, want %s", cases[i][0], got, cases[i][1]);
        g_free (got);
    }
}
END_TEST

/* Every requirement the analysis keeps, each as [key|key...]. */
static char *
all_clauses (const char *regex)
{
    GPtrArray *c = rf_markers_regex_keys (regex);
    GString *s = g_string_new (NULL);
    for (guint i = 0; c && i < c->len; i++) {
        char *keys = g_strjoinv ("|", g_ptr_array_index (c, i));
        g_string_append_printf (s, "[%s]", keys);
        g_free (keys);
    }
    if (c)
        g_ptr_array_unref (c);
    g_strdelimit (s->str, RF_KEY_BOUNDARY_S, '^');
    return g_string_free (s, FALSE);
}

/* The requirements after the first: an alternation pairs the
 * requirements of its sides; a requirement with a common word ("please")
 * is left out after the first; a key that holds another adds nothing. */
START_TEST (test_regex_requirements)
{
    static const char *const cases[][2] = {
        /* Sides: ("please ", " invoice") and ("kindly ", " receipt"). The
         * pairs, rarest first: invoice|receipt, invoice|kindly, then two
         * with "please", left out. */
        { "\\bplease\\s+\\w+\\s+invoice\\b|\\bkindly\\s+\\w+\\s+receipt\\b",
          "[ invoice^| receipt^][ invoice^|^kindly ]" },
        /* "textes" holds "texte": any text with the first has the second. */
        { "textes|texte|texts", "[texte|texts]" },
        /* A mark stays only where the longer key has it too. */
        { "\\btextes\\b|\\btexte", "[^texte]" },
        { "\\btextes\\b|texte\\b", "[^textes^|texte^]" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
        char *got = all_clauses (cases[i][0]);
        ck_assert_msg (!strcmp (got, cases[i][1]), "%s: got %s, want %s", cases[i][0], got, cases[i][1]);
        g_free (got);
    }
}
END_TEST

/* The automaton walks texts of 64 bytes or more in four lanes side by
 * side, each after the first starting early to get into the right state.
 * Every labelled evaluation sentence, set at many places in a longer text
 * (so that the lanes' edges fall in all its parts), gives the hits it
 * gives alone, with and without the prefilter. */
START_TEST (test_prefilter_lanes)
{
    rf_markers_t *m = load_builtin ();
    static const char *const langs[] = { "en", "fr", "es" };
    static const char *const filler = "Ok. Noted. ";   /* matches no pattern */
    guint placed = 0, hits_alone = 0;
    for (guint l = 0; l < G_N_ELEMENTS (langs); l++) {
        char *path = g_strdup_printf ("%s/tests/eval/%s.tsv", TOP_SRCDIR, langs[l]), *data;
        char **lines;
        ck_assert (g_file_get_contents (path, &data, NULL, NULL));
        lines = g_strsplit (data, "\n", -1);
        for (int i = 0; lines[i]; i++) {
            const char *tab = strchr (lines[i], '\t');
            GPtrArray *alone;
            char *want;
            if (!tab || lines[i][0] == '#' || g_str_has_prefix (lines[i], "none\t") || i % 3)
                continue;
            alone = rf_markers_scan (m, tab + 1, strlen (tab + 1), langs[l]);
            drop_foreign_models (alone, langs[l]);
            want = hits_signature (alone);
            hits_alone += alone->len;
            /* Before the sentence 0 to 60 bytes of filler, after it 40 to
             * 100: the text is 4 to 8 sentence lengths long. */
            for (guint before = 0; before <= 60; before += 4) {
                GString *text = g_string_new (NULL);
                for (guint k = 0; k < before; k++)
                    g_string_append_c (text, filler[k % strlen (filler)]);
                if (before)
                    g_string_append (text, ". ");
                g_string_append (text, tab + 1);
                g_string_append_c (text, ' ');
                for (guint k = 0; k < 100 - before; k++)
                    g_string_append_c (text, filler[k % strlen (filler)]);
                for (int pre = 0; pre < 2; pre++) {
                    GPtrArray *h;
                    GString *got = g_string_new (NULL);
                    rf_markers_no_prefilter = pre == 1;
                    h = rf_markers_scan (m, text->str, text->len, langs[l]);
                    rf_markers_no_prefilter = FALSE;
                    /* The hits with the sentence's own offsets. */
                    for (guint k = 0; k < h->len; k++) {
                        const rf_marker_hit_t *x = g_ptr_array_index (h, k);
                        g_string_append_printf (got, "%s@%ld:%s|%s\n", x->pattern_id,
                                                x->offset - (glong) g_utf8_strlen (text->str, strstr (text->str, tab + 1) - text->str),
                                                x->matched, x->snippet);
                    }
                    ck_assert_msg (!strcmp (got->str, want), "%s (after %u bytes, %s prefilter):\n got %s\n want %s",
                                   tab + 1, before, pre ? "without" : "with", got->str, want);
                    g_string_free (got, TRUE);
                    g_ptr_array_unref (h);
                }
                placed++;
                g_string_free (text, TRUE);
            }
            g_free (want);
            g_ptr_array_unref (alone);
        }
        g_strfreev (lines);
        g_free (data);
        g_free (path);
    }
    /* A third of the 375 labelled sentences, 16 places each; most hit. */
    ck_assert_uint_ge (placed, 16 * 120);
    ck_assert_uint_ge (hits_alone, 100);
    rf_markers_free (m);
}
END_TEST

/* Where the prefilter's shortcuts (folded white space, word boundaries)
 * meet odd text, it still finds every hit the regexes find alone. */
START_TEST (test_prefilter_edges)
{
    static const char *const texts[] = {
        "You\t are\u00a0\ncompletely   incompetent.",
        /* The key of thank_you_so_much is "thank you so": it must be found
         * across NEL and U+180E, which \s matches and GLib does not call
         * space. */
        "Thank you\xc2\x85" "so much for the launch.",
        "Thank you\xe1\xa0\x8e" "so much for the launch.",
        "Vous êtes cons. Le contrat est signé, on se concerte demain.",
        "Vous êtes vraiment nuls_x et nul2 mais nuls.",
        "Vous êtes conś et nulé.",                          /* a letter after the key */
        "Franchement, vous êtes nuls…",                     /* a non-letter, not ASCII */
        "Necesito los archivos, URGENTE!!! ya !!!",
        "Thank  you\r\n so\tmuch for everything!",
    };
    rf_markers_t *m = load_builtin ();
    guint hits = 0, scored = 0;
    for (guint i = 0; i < G_N_ELEMENTS (texts); i++) {
        GPtrArray *a, *b;
        char *sa, *sb;
        rf_markers_no_prefilter = FALSE;
        a = rf_markers_scan (m, texts[i], strlen (texts[i]), NULL);
        rf_markers_no_prefilter = TRUE;
        b = rf_markers_scan (m, texts[i], strlen (texts[i]), NULL);
        rf_markers_no_prefilter = FALSE;
        sa = hits_signature (a);
        sb = hits_signature (b);
        ck_assert_msg (!strcmp (sa, sb), "%s:\n with prefilter %s\n without %s", texts[i], sa, sb);
        for (guint k = 0; k < a->len; k++) {
            const rf_marker_hit_t *h = a->pdata[k];
            if (g_str_has_suffix (h->pattern_id, ".model"))
                scored++;
            else
                hits++;
        }
        g_free (sa);
        g_free (sb);
        g_ptr_array_unref (a);
        g_ptr_array_unref (b);
    }
    /* Hand-counted: the insult, the two thanks across odd spaces, "cons",
     * "nuls…", the two bursts, the last thanks ("nuls_x", "conś" are not
     * the words, "mais nuls" is not aimed at us). */
    ck_assert_uint_eq (hits, 8);
    /* The trained scorer folds accents and reads whole words: "Vous êtes
     * vraiment nuls_x et nul2 mais nuls" and "Vous êtes conś et nulé"
     * ("cons", "nule") are insults to it, where no pattern matches. */
    ck_assert_uint_eq (scored, 2);
    rf_markers_free (m);
}
END_TEST

/* ---- many user patterns */

#define N_USER_PATTERNS 2000

/* A made-up word for a number: four syllables, different for every n
 * below 20^4, and no word of any language the patterns know. */
static void
made_up_word (GString *out, guint n)
{
    static const char *const syl[20] = { "ka", "lo", "mi", "nu", "pe", "ri", "so", "tu", "va", "ze",
                                         "bo", "di", "fu", "ga", "hy", "jo", "ky", "wu", "xe", "qo" };
    for (int k = 0; k < 4; k++, n /= 20)
        g_string_append (out, syl[n % 20]);
}

/* A user pattern file of N_USER_PATTERNS English phrases of three made-up
 * words; also writes some of the phrases, run together as mail, to text. */
static char *
many_patterns_file (GString *text)
{
    GString *f = g_string_new (NULL);
    for (guint i = 0; i < N_USER_PATTERNS; i++) {
        GString *w[3];
        for (int k = 0; k < 3; k++) {
            w[k] = g_string_new (NULL);
            made_up_word (w[k], i * 3 + (guint) k + 7919 * (guint) k);
        }
        g_string_append_printf (f, "id: phrase_%u\nregex: \\b%s\\s+%s\\s+%s\\b\n"
                                "match: They said %s %s %s again.\nnomatch: %s %s\n\n",
                                i, w[0]->str, w[1]->str, w[2]->str, w[0]->str, w[1]->str,
                                w[2]->str, w[0]->str, w[2]->str);
        if (i % 97 == 0)
            g_string_append_printf (text, "Well, %s  %s\n%s. ", w[0]->str, w[1]->str, w[2]->str);
        for (int k = 0; k < 3; k++)
            g_string_free (w[k], TRUE);
    }
    return g_string_free (f, FALSE);
}

/* The patterns of a set that run on every sentence, as "lang:n,lang+en:n". */
static char *
always_counts (const rf_markers_t *m)
{
    GString *s = g_string_new (NULL);
    for (guint i = 0; i < m->langs->len; i++) {
        const rf_lang_set_t *ls = g_ptr_array_index (m->langs, i);
        guint n = 0, n_en = 0;
        rf_prefilter_always_list (ls->prefilter, &n);
        if (ls->with_en_prefilter)
            rf_prefilter_always_list (ls->with_en_prefilter, &n_en);
        g_string_append_printf (s, "%s:%u,%s+en:%u ", ls->lang, n, ls->lang, n_en);
    }
    return g_string_free (s, FALSE);
}

/* 2,000 user patterns hold far more keys than one automaton has states
 * for: they still go through the prefilter (none runs on every sentence
 * that did not before), each finds its example through it, and the hits
 * are the same with and without it. */
START_TEST (test_many_user_patterns)
{
    char *dir = g_dir_make_tmp ("rf-markers-XXXXXX", NULL);
    GString *text = g_string_new ("Hello. ");
    char *file = many_patterns_file (text), *want_always, *got_always;
    rf_markers_t *builtin = load_builtin (), *m;
    GError *err = NULL;
    GString *report = g_string_new (NULL);
    guint n_examples = 0, user_hits = 0;
    static const char *const langs[] = { "en", "fr", "es" };

    write_file (dir, "en/made_up.pat", file);
    m = rf_markers_load (PATTERNS, dir, &err);
    ck_assert_msg (m != NULL, "load: %s", err ? err->message : "?");
    ck_assert_uint_eq (rf_markers_count (m), rf_markers_count (builtin) + N_USER_PATTERNS);
    want_always = always_counts (builtin);
    got_always = always_counts (m);
    ck_assert_str_eq (got_always, want_always);
    /* The built-in keys fit in one automaton per set; with the user's
     * keys added, French and English need two. */
    for (guint i = 0; i < builtin->langs->len; i++) {
        const rf_lang_set_t *ls = g_ptr_array_index (builtin->langs, i);
        ck_assert_uint_eq (rf_prefilter_n_parts (ls->prefilter), 1);
        ck_assert (!ls->with_en_prefilter || rf_prefilter_n_parts (ls->with_en_prefilter) == 1);
    }
    ck_assert_uint_ge (rf_prefilter_n_parts (rf_markers_lang (m, "fr")->with_en_prefilter), 2);
    ck_assert_uint_eq (rf_markers_test_examples (m, report, &n_examples), 0);
    ck_assert_uint_ge (n_examples, 2 * N_USER_PATTERNS);
    g_string_append (text, "You are useless. Vous êtes nuls. Sois serio, son unos inútiles.");
    for (guint l = 0; l < G_N_ELEMENTS (langs); l++) {
        GPtrArray *a, *b;
        char *sa, *sb;
        rf_markers_no_prefilter = FALSE;
        a = rf_markers_scan (m, text->str, text->len, langs[l]);
        rf_markers_no_prefilter = TRUE;
        b = rf_markers_scan (m, text->str, text->len, langs[l]);
        rf_markers_no_prefilter = FALSE;
        sa = hits_signature (a);
        sb = hits_signature (b);
        ck_assert_str_eq (sa, sb);
        for (guint i = 0; i < a->len; i++)
            user_hits += g_str_has_prefix (((rf_marker_hit_t *) g_ptr_array_index (a, i))->pattern_id,
                                           "en.made_up.");
        g_free (sa);
        g_free (sb);
        g_ptr_array_unref (a);
        g_ptr_array_unref (b);
    }
    /* Phrases 0, 97, ... 1940: 21 of them, in each of the three scans. */
    ck_assert_uint_eq (user_hits, 3 * 21);
    g_free (want_always);
    g_free (got_always);
    g_string_free (report, TRUE);
    g_string_free (text, TRUE);
    g_free (file);
    rf_markers_free (m);
    rf_markers_free (builtin);
    remove_tree (dir);
    g_free (dir);
}
END_TEST

/* A huge text does not leave its buffers to the next scans, which still
 * find the same hits. */
START_TEST (test_huge_then_small)
{
    rf_markers_t *m = load_builtin ();
    const char *small = "Honestly, you are completely incompetent.";
    GString *huge = g_string_new (NULL);
    GPtrArray *h;
    char *before, *after;
    h = rf_markers_scan (m, small, strlen (small), "en");
    before = hits_signature (h);
    g_ptr_array_unref (h);
    while (huge->len < 600 * 1024)
        g_string_append (huge, "The meeting is confirmed for Tuesday. ");
    g_string_append (huge, small);
    for (int round = 0; round < 2; round++) {
        h = rf_markers_scan (m, huge->str, huge->len, "en");
        ck_assert_uint_eq (h->len, 1);
        g_ptr_array_unref (h);
        h = rf_markers_scan (m, small, strlen (small), "en");
        after = hits_signature (h);
        ck_assert_str_eq (before, after);
        g_free (after);
        g_ptr_array_unref (h);
    }
    g_free (before);
    g_string_free (huge, TRUE);
    rf_markers_free (m);
}
END_TEST

typedef struct {
    const rf_markers_t *m;
    GPtrArray *texts;
    GPtrArray *expected;
    gboolean ok;
} thread_job_t;

static gpointer
scan_thread (gpointer data)
{
    thread_job_t *job = data;
    job->ok = TRUE;
    for (int round = 0; round < 5; round++) {
        for (guint i = 0; i < job->texts->len; i++) {
            const char *t = g_ptr_array_index (job->texts, i);
            GPtrArray *h = rf_markers_scan (job->m, t, strlen (t), NULL);
            char *sig = hits_signature (h);
            job->ok = job->ok && !strcmp (sig, g_ptr_array_index (job->expected, i));
            g_free (sig);
            g_ptr_array_unref (h);
        }
    }
    return NULL;
}

/* One loaded pattern set scanned from several threads at once gives the
 * same hits as one thread. */
START_TEST (test_threads)
{
    rf_markers_t *m = load_builtin ();
    GPtrArray *texts = g_ptr_array_new (), *expected = g_ptr_array_new_with_free_func (g_free);
    static const char *const samples[] = {
        "You are completely incompetent!! Any update on this?",
        "Vous êtes nuls. Des nouvelles ? Merci beaucoup pour votre réactivité !",
        "¿Alguna novedad sobre esto? Su presupuesto es demasiado caro.",
        "Could you also add a blog section while you're at it? Great job on the homepage.",
        "Je pensais que c'était inclus dans le forfait. On trouve moins cher ailleurs.",
    };
    GThread *threads[4];
    thread_job_t jobs[4];
    for (guint i = 0; i < G_N_ELEMENTS (samples); i++) {
        GPtrArray *h = rf_markers_scan (m, samples[i], strlen (samples[i]), NULL);
        g_ptr_array_add (texts, (gpointer) samples[i]);
        g_ptr_array_add (expected, hits_signature (h));
        ck_assert_uint_gt (h->len, 0);
        g_ptr_array_unref (h);
    }
    for (int t = 0; t < 4; t++) {
        jobs[t] = (thread_job_t) { m, texts, expected, FALSE };
        threads[t] = g_thread_new ("scan", scan_thread, &jobs[t]);
    }
    for (int t = 0; t < 4; t++) {
        g_thread_join (threads[t]);
        ck_assert (jobs[t].ok);
    }
    g_ptr_array_unref (texts);
    g_ptr_array_unref (expected);
    rf_markers_free (m);
}
END_TEST

/* ---- language detection */

typedef struct {
    const char *text;
    const char *lang;
} lang_case_t;

static const lang_case_t lang_cases[] = {
    { "Thanks for the update, see you on Monday.", "en" },
    { "Could you send the invoice?", "en" },
    { "Merci beaucoup pour votre aide.", "fr" },
    { "Bonjour, pouvez-vous m'envoyer le devis ?", "fr" },
    { "C'est très bien, on valide.", "fr" },
    { "Gracias por todo, hasta el lunes.", "es" },
    { "¿Podrían enviarme la factura?", "es" },
    { "Hola, la reunión es mañana a las diez.", "es" },
    { "Vielen Dank für die Rechnung, bis morgen.", "other" },
    { "Obrigado pela fatura, até amanhã.", "other" },
    { "", "other" },
    { "12345 !!!", "other" },
    { "\xff\xfe\xfd", "other" },
    { "ok", "other" },
};

START_TEST (test_lang_detect)
{
    const lang_case_t *c = &lang_cases[_i];
    ck_assert_msg (!strcmp (rf_lang_detect (c->text, strlen (c->text)), c->lang),
                   "\"%s\": expected %s, got %s", c->text, c->lang,
                   rf_lang_detect (c->text, strlen (c->text)));
}
END_TEST

/* Detection on the evaluation sentences: at least 90% right per language
 * (single sentences are the hard case; whole mails are longer). */
START_TEST (test_lang_detect_eval)
{
    static const char *const langs[] = { "en", "fr", "es" };
    for (guint l = 0; l < G_N_ELEMENTS (langs); l++) {
        char *path = g_strdup_printf ("%s/tests/eval/%s.tsv", TOP_SRCDIR, langs[l]), *data;
        char **lines;
        int total = 0, right = 0;
        ck_assert (g_file_get_contents (path, &data, NULL, NULL));
        lines = g_strsplit (data, "\n", -1);
        for (int i = 0; lines[i]; i++) {
            const char *tab = strchr (lines[i], '\t');
            if (!tab || lines[i][0] == '#')
                continue;
            total++;
            right += !strcmp (rf_lang_detect (tab + 1, strlen (tab + 1)), langs[l]);
        }
        printf ("# language detection, %s sentences: %d of %d\n", langs[l], right, total);
        fflush (stdout);
        ck_assert_int_ge (right * 10, total * 9);
        g_strfreev (lines);
        g_free (data);
        g_free (path);
    }
}
END_TEST

/* ---- text stats */

typedef struct {
    const char *text;
    gssize len;            /* -1: strlen */
    double shout;
    int bursts;
} stats_case_t;

static const stats_case_t stats_cases[] = {
    /* THIS NOT ACCEPTABLE fix NOW: 4 of 5 words of 3+ letters; one "!!!". */
    { "THIS IS NOT ACCEPTABLE, fix it NOW!!!", -1, 0.8, 1 },
    /* One qualifying word (THX): under the 4-word minimum. */
    { "OK THX", -1, 0.0, 0 },
    /* "!!" and "!!!" are bursts; "?!" is not. */
    { "Hello!! Are you there?! Please answer!!!", -1, 0.0, 2 },
    /* très BIEN merci ÉNORMÉMENT: 2 of 4 (Ça and VA have two letters). */
    { "Ça VA très BIEN merci ÉNORMÉMENT", -1, 0.5, 0 },
    /* An invalid byte separates words: ABC DEF GHI JKL, all capitals. */
    { "ABC\xff" "DEF GHI JKL", -1, 1.0, 0 },
    /* Fullwidth exclamation marks count. */
    { "Wow\xef\xbc\x81\xef\xbc\x81 great work team", -1, 0.0, 1 },
    /* Words without case (Chinese) do not shout: 1 of 4. */
    { "\xe4\xbd\xa0\xe5\xa5\xbd\xe4\xb8\x96 URGENT delivery today", -1, 0.25, 0 },
    { "", 0, 0.0, 0 },
    { "a\0b!!", 5, 0.0, 1 },
};

START_TEST (test_text_stats)
{
    const stats_case_t *c = &stats_cases[_i];
    double shout = -1;
    int bursts = -1;
    gsize len = c->len < 0 ? strlen (c->text) : (gsize) c->len;
    rf_text_stats (c->text, len, &shout, &bursts);
    ck_assert_msg (fabs (shout - c->shout) < 1e-9, "case %d: shout %g, expected %g", _i, shout,
                   c->shout);
    ck_assert_int_eq (bursts, c->bursts);
}
END_TEST

/* ---- database: store, monthly analysis, export */

typedef struct {
    char *dir;
    rf_store_t *st;
} db_t;

static void
db_exec (db_t *db, const char *sql)
{
    GError *err = NULL;
    ck_assert_msg (rf_store_exec (db->st, sql, &err), "%s: %s", sql, err ? err->message : "");
}

static db_t
db_open (void)
{
    db_t db;
    GError *err = NULL;
    char *path;
    db.dir = g_dir_make_tmp ("rf-markers-db-XXXXXX", NULL);
    path = g_build_filename (db.dir, "test.db", NULL);
    db.st = rf_store_open (path, RF_STORE_WRITE, &err);
    ck_assert_msg (db.st != NULL, "%s", err ? err->message : "");
    g_free (path);
    return db;
}

static void
db_close (db_t *db)
{
    rf_store_close (db->st);
    remove_tree (db->dir);
    g_free (db->dir);
}

static rf_marker_hit_t *
hit_new (const char *category, const char *pattern_id, glong offset, double weight,
         const char *matched, const char *snippet)
{
    rf_marker_hit_t *h = g_new0 (rf_marker_hit_t, 1);
    h->category = g_strdup (category);
    h->pattern_id = g_strdup (pattern_id);
    g_strlcpy (h->lang, pattern_id, 3);
    h->offset = offset;
    h->weight = weight;
    h->matched = g_strdup (matched);
    h->snippet = g_strdup (snippet);
    return h;
}

static GPtrArray *
hits_of (rf_marker_hit_t *first, ...)
{
    GPtrArray *a = g_ptr_array_new_with_free_func ((GDestroyNotify) rf_marker_hit_free);
    va_list ap;
    va_start (ap, first);
    for (rf_marker_hit_t *h = first; h; h = va_arg (ap, rf_marker_hit_t *))
        g_ptr_array_add (a, h);
    va_end (ap);
    return a;
}

static void
store_hits (db_t *db, gint64 message, GPtrArray *hits)
{
    GError *err = NULL;
    ck_assert (rf_store_begin (db->st, &err));
    ck_assert_msg (rf_store_marker_hits (db->st, message, hits, &err), "%s",
                   err ? err->message : "");
    ck_assert (rf_store_commit (db->st, &err));
    g_ptr_array_unref (hits);
}

/* Two clients. ACME in 2026-01: m1 (shout 0.8, bursts 2; abuse, demanding),
 * m2 (two complaints and an appreciation), m3 (shout exactly 0.5, no hit);
 * m4 is ours (outbound) and m5 an automatic inbound message, both with a
 * hit that must not count; m6 in 2026-02 (status chasing). Globex in
 * 2026-01: m7 (nothing), m8 (appreciation only). */
static void
fill_scenario (db_t *db)
{
    db_exec (db, "INSERT INTO client (id, key, name, source) VALUES "
                 "(1, 'acme', 'ACME Corp', 'config'), (2, 'globex', 'Globex, \"Intl\"', 'domain')");
    db_exec (db, "INSERT INTO message (id, msgid, date_utc, date_source, first_run, shout_ratio, "
                 "exclaim_bursts) VALUES "
                 "(1, 'm1@acme.example', 1767604500, 'header', 1, 0.8, 2),"     /* 2026-01-05T09:15:00Z */
                 "(2, 'm2@acme.example', 1767690900, 'header', 1, 0.0, 0),"
                 "(3, 'm3@acme.example', 1767777300, 'header', 1, 0.5, 0),"
                 "(4, 'm4@studio.example', 1767780000, 'header', 1, 0.0, 0),"
                 "(5, 'm5@acme.example', 1767790000, 'header', 1, 0.0, 0),"
                 "(6, 'm6@acme.example', 1770300000, 'header', 1, 0.1, 0),"     /* 2026-02-05 */
                 "(7, 'm7@globex.example', 1767600000, 'header', 1, NULL, 0),"
                 "(8, 'm8@globex.example', NULL, 'none', 1, 0.0, 1)");
    db_exec (db, "INSERT INTO message_attr (message_id, direction, client_id, conversation, month) "
                 "VALUES (1, 'in', 1, 1, '2026-01'), (2, 'in', 1, 1, '2026-01'),"
                 "(3, 'in', 1, 1, '2026-01'), (4, 'out', 1, 1, '2026-01'),"
                 "(5, 'in', 1, 0, '2026-01'), (6, 'in', 1, 1, '2026-02'),"
                 "(7, 'in', 2, 1, '2026-01'), (8, 'in', 2, 1, '2026-01')");
    store_hits (db, 1, hits_of (hit_new ("abuse", "en.abuse.insult_adjective", 10, 3.0,
                                         "you are useless", "Honestly, you are useless."),
                                hit_new ("demanding", "en.demanding.right_now", 40, 2.0,
                                         "Fix it immediately", "Fix it immediately!"), NULL));
    store_hits (db, 2, hits_of (hit_new ("complaint", "en.complaint.again_wrong", 5, 1.0,
                                         "late again", "It was late again, \"as usual\"."),
                                hit_new ("complaint", "en.complaint.still_wrong", 50, 1.0,
                                         "still wrong", "The logo is still wrong."),
                                hit_new ("appreciation", "en.appreciation.great_job", 80, 1.0,
                                         "Great job", "Great job on the copy though."), NULL));
    store_hits (db, 4, hits_of (hit_new ("complaint", "en.complaint.still_wrong", 0, 1.0,
                                         "still wrong", "Our note."), NULL));
    store_hits (db, 5, hits_of (hit_new ("status_chasing", "en.status_chasing.any_update", 0, 1.0,
                                         "Any update on", "Any update on this?"), NULL));
    store_hits (db, 6, hits_of (hit_new ("status_chasing", "en.status_chasing.any_update", 3, 1.0,
                                         "Any update on", "Hi. Any update on this?"), NULL));
    store_hits (db, 8, hits_of (hit_new ("appreciation", "fr.appreciation.bravo", 0, 1.0,
                                         "Bravo", "Bravo !"), NULL));
}

static gint64
q (db_t *db, const char *sql)
{
    return rf_store_query_int (db->st, sql, -1);
}

static double
qd (db_t *db, const char *sql)
{
    sqlite3_stmt *s = NULL;
    double v = -1;
    ck_assert (sqlite3_prepare_v2 (db->st->db, sql, -1, &s, NULL) == SQLITE_OK);
    if (sqlite3_step (s) == SQLITE_ROW)
        v = sqlite3_column_double (s, 0);
    sqlite3_finalize (s);
    return v;
}

START_TEST (test_store_hits)
{
    db_t db = db_open ();
    fill_scenario (&db);
    ck_assert_int_eq (q (&db, "SELECT COUNT(*) FROM marker_hit"), 9);
    ck_assert_int_eq (q (&db, "SELECT offset FROM marker_hit WHERE message_id = 2 "
                              "AND pattern_id = 'en.complaint.still_wrong'"), 50);
    ck_assert_double_eq_tol (qd (&db, "SELECT weight FROM marker_hit WHERE message_id = 1 "
                                      "AND category = 'abuse'"), 3.0, 1e-9);
    /* Storing a message's hits again replaces them: same count. */
    store_hits (&db, 1, hits_of (hit_new ("abuse", "en.abuse.insult_adjective", 10, 3.0,
                                          "you are useless", "Honestly, you are useless."),
                                 hit_new ("demanding", "en.demanding.right_now", 40, 2.0,
                                          "Fix it immediately", "Fix it immediately!"), NULL));
    ck_assert_int_eq (q (&db, "SELECT COUNT(*) FROM marker_hit"), 9);
    /* The same hit twice in one call is stored once (UNIQUE key). */
    store_hits (&db, 3, hits_of (hit_new ("negativity", "en.negativity.doomed", 7, 1.0, "x", "x"),
                                 hit_new ("negativity", "en.negativity.doomed", 7, 1.0, "x", "x"),
                                 NULL));
    ck_assert_int_eq (q (&db, "SELECT COUNT(*) FROM marker_hit WHERE message_id = 3"), 1);
    /* An empty list removes the message's hits (a rescan found none). */
    store_hits (&db, 3, hits_of (NULL, NULL));
    ck_assert_int_eq (q (&db, "SELECT COUNT(*) FROM marker_hit WHERE message_id = 3"), 0);
    db_close (&db);
}
END_TEST

START_TEST (test_analyze)
{
    db_t db = db_open ();
    GError *err = NULL;
    fill_scenario (&db);
    for (int run = 0; run < 2; run++) {   /* the second run must change nothing */
        ck_assert_msg (rf_markers_analyze (db.st, &err), "%s", err ? err->message : "");
        ck_assert_int_eq (q (&db, "SELECT COUNT(*) FROM marker_month"), 3);
        /* ACME 2026-01: m1, m2, m3 count (m4 is outbound, m5 automatic). */
        ck_assert_int_eq (q (&db, "SELECT inbound FROM marker_month WHERE client_id = 1 AND month = '2026-01'"), 3);
        ck_assert_int_eq (q (&db, "SELECT messages_with_hits FROM marker_month WHERE client_id = 1 AND month = '2026-01'"), 2);
        ck_assert_int_eq (q (&db, "SELECT shouting FROM marker_month WHERE client_id = 1 AND month = '2026-01'"), 2);
        ck_assert_double_eq_tol (qd (&db, "SELECT shouting_share FROM marker_month WHERE client_id = 1 AND month = '2026-01'"), 2.0 / 3.0, 1e-9);
        ck_assert_int_eq (q (&db, "SELECT exclaim_messages FROM marker_month WHERE client_id = 1 AND month = '2026-01'"), 1);
        /* ACME 2026-02: one message, one status-chasing hit. */
        ck_assert_int_eq (q (&db, "SELECT inbound FROM marker_month WHERE client_id = 1 AND month = '2026-02'"), 1);
        ck_assert_int_eq (q (&db, "SELECT messages_with_hits FROM marker_month WHERE client_id = 1 AND month = '2026-02'"), 1);
        ck_assert_int_eq (q (&db, "SELECT shouting FROM marker_month WHERE client_id = 1 AND month = '2026-02'"), 0);
        /* Globex 2026-01: m7 and m8; m8's appreciation is not a warning sign;
         * m8 is undated but has its month from the analysis. */
        ck_assert_int_eq (q (&db, "SELECT inbound FROM marker_month WHERE client_id = 2"), 2);
        ck_assert_int_eq (q (&db, "SELECT messages_with_hits FROM marker_month WHERE client_id = 2"), 0);
        ck_assert_int_eq (q (&db, "SELECT exclaim_messages FROM marker_month WHERE client_id = 2"), 1);
        /* Per category: 13 built-in categories for each of 3 client-months. */
        ck_assert_int_eq (q (&db, "SELECT COUNT(*) FROM marker_month_category"), 39);
        ck_assert_int_eq (q (&db, "SELECT hits FROM marker_month_category WHERE client_id = 1 AND month = '2026-01' AND category = 'complaint'"), 2);
        ck_assert_int_eq (q (&db, "SELECT messages FROM marker_month_category WHERE client_id = 1 AND month = '2026-01' AND category = 'complaint'"), 1);
        /* 2 hits per 3 messages = 66.67 per 100. */
        ck_assert_double_eq_tol (qd (&db, "SELECT per_100 FROM marker_month_category WHERE client_id = 1 AND month = '2026-01' AND category = 'complaint'"), 200.0 / 3.0, 1e-9);
        ck_assert_double_eq_tol (qd (&db, "SELECT per_100 FROM marker_month_category WHERE client_id = 1 AND month = '2026-01' AND category = 'abuse'"), 100.0 / 3.0, 1e-9);
        ck_assert_double_eq_tol (qd (&db, "SELECT weight_sum FROM marker_month_category WHERE client_id = 1 AND month = '2026-01' AND category = 'abuse'"), 3.0, 1e-9);
        ck_assert_double_eq_tol (qd (&db, "SELECT per_100 FROM marker_month_category WHERE client_id = 1 AND month = '2026-01' AND category = 'unethical'"), 0.0, 1e-9);
        /* m5's status chasing (automatic mail) is not counted in January. */
        ck_assert_int_eq (q (&db, "SELECT hits FROM marker_month_category WHERE client_id = 1 AND month = '2026-01' AND category = 'status_chasing'"), 0);
        ck_assert_double_eq_tol (qd (&db, "SELECT per_100 FROM marker_month_category WHERE client_id = 1 AND month = '2026-02' AND category = 'status_chasing'"), 100.0, 1e-9);
        ck_assert_double_eq_tol (qd (&db, "SELECT per_100 FROM marker_month_category WHERE client_id = 2 AND category = 'appreciation'"), 50.0, 1e-9);
    }
    /* A category from user patterns gets its rows too. */
    store_hits (&db, 7, hits_of (hit_new ("legal_threat", "en.legal_threat.lawyer", 0, 2.5,
                                          "our lawyer will", "Our lawyer will call."), NULL));
    ck_assert (rf_markers_analyze (db.st, &err));
    ck_assert_int_eq (q (&db, "SELECT COUNT(*) FROM marker_month_category"), 42);
    ck_assert_int_eq (q (&db, "SELECT messages_with_hits FROM marker_month WHERE client_id = 2"), 1);
    /* Inside an open transaction too (savepoint). */
    ck_assert (rf_store_begin (db.st, &err));
    ck_assert (rf_markers_analyze (db.st, &err));
    ck_assert (rf_store_commit (db.st, &err));
    db_close (&db);
}
END_TEST

START_TEST (test_export)
{
    db_t db = db_open ();
    GError *err = NULL;
    char *buf = NULL;
    size_t size = 0;
    FILE *out = open_memstream (&buf, &size);
    rf_csv_t w;
    char **lines;

    fill_scenario (&db);
    rf_csv_init (&w, out, RF_CSV, FALSE);
    ck_assert_msg (rf_export_markers (db.st, &w, &err), "%s", err ? err->message : "");
    fclose (out);
    lines = g_strsplit (buf, "\r\n", -1);
    ck_assert_str_eq (lines[0], "message_id,date_utc,client,category,pattern_id,lang,matched,snippet");
    /* Inbound hits only (m4 is ours): m1 x2, m2 x3, m5, m6, m8 = 8 rows,
     * oldest first, the undated message last, by offset within a message. */
    ck_assert_uint_eq (g_strv_length (lines), 1 + 8 + 1);
    ck_assert_str_eq (lines[1], "m1@acme.example,2026-01-05T09:15:00Z,ACME Corp,abuse,"
                                "en.abuse.insult_adjective,en,you are useless,\"Honestly, you are useless.\"");
    ck_assert_str_eq (lines[3], "m2@acme.example,2026-01-06T09:15:00Z,ACME Corp,complaint,"
                                "en.complaint.again_wrong,en,late again,\"It was late again, \"\"as usual\"\".\"");
    ck_assert (g_str_has_prefix (lines[6], "m5@acme.example,"));
    ck_assert_str_eq (lines[8], "m8@globex.example,,\"Globex, \"\"Intl\"\"\",appreciation,"
                                "fr.appreciation.bravo,fr,Bravo,Bravo !");
    ck_assert_str_eq (lines[9], "");
    for (int i = 0; lines[i]; i++)
        ck_assert (strstr (lines[i], "m4@studio.example") == NULL);
    g_strfreev (lines);
    free (buf);
    db_close (&db);
}
END_TEST

/* ---- the command */

/* Run rf_cmd_patterns with stdout sent to a file; return what it printed. */
static char *
run_cmd (int *rc, const char *const *args)
{
    char *path = g_build_filename (g_get_tmp_dir (), "rf-markers-cmd-XXXXXX", NULL), *out = NULL;
    int fd = g_mkstemp (path), saved = dup (STDOUT_FILENO), argc = 0;
    char *argv[16], *owned[16];
    for (; args[argc]; argc++)
        owned[argc] = argv[argc] = g_strdup (args[argc]);
    argv[argc] = NULL;
    fflush (stdout);
    dup2 (fd, STDOUT_FILENO);
    *rc = rf_cmd_patterns (argc, argv);
    fflush (stdout);
    dup2 (saved, STDOUT_FILENO);
    close (saved);
    close (fd);
    g_file_get_contents (path, &out, NULL, NULL);
    g_unlink (path);
    g_free (path);
    /* GOptionContext removes the options it parsed from argv: free the
     * strings through our own copy of the pointers. */
    for (int i = 0; i < argc; i++)
        g_free (owned[i]);
    return out;
}

START_TEST (test_cmd_patterns)
{
    int rc;
    char *out, *dir;
    const char *test_args[] = { "patterns", "test", NULL };
    const char *explain_args[] = { "patterns", "explain", "--lang", "en",
                                   "Once again, you are completely useless!!", NULL };
    const char *usage_args[] = { "patterns", "frobnicate", NULL };

    g_setenv ("REDFLAG_DATADIR", PATTERNS, TRUE);
    out = run_cmd (&rc, test_args);
    ck_assert_int_eq (rc, 0);
    ck_assert (strstr (out, " examples, 0 failed") != NULL);
    g_free (out);

    out = run_cmd (&rc, explain_args);
    ck_assert_int_eq (rc, 0);
    ck_assert (strstr (out, "HIT     en.abuse.insult_adjective (abuse, weight 3) at character 12") != NULL);
    ck_assert (strstr (out, "HIT     en.complaint.once_again") != NULL);
    ck_assert (strstr (out, "exclamation bursts: 1") != NULL);
    ck_assert (strstr (out, "2 hits") != NULL);
    g_free (out);

    out = run_cmd (&rc, usage_args);
    ck_assert_int_eq (rc, RF_EXIT_USAGE);
    g_free (out);

    /* A user pattern whose example fails: test exits 1 and names it. */
    dir = g_dir_make_tmp ("rf-markers-XXXXXX", NULL);
    write_file (dir, "en/mine.pat", "id: x\nregex: \\bfoo\\b\nmatch: food\nnomatch: bar\n");
    {
        const char *args[] = { "patterns", "test", "--patterns", dir, NULL };
        out = run_cmd (&rc, args);
        ck_assert_int_eq (rc, 1);
        ck_assert (strstr (out, "en/mine.pat:3: en.mine.x: should match but does not: food") != NULL);
        g_free (out);
    }
    /* A user pattern file that does not load: exit 3. */
    write_file (dir, "en/mine.pat", "id: x\nregex: (\nmatch: a\nnomatch: b\n");
    {
        const char *args[] = { "patterns", "test", "--patterns", dir, NULL };
        out = run_cmd (&rc, args);
        ck_assert_int_eq (rc, RF_EXIT_CONFIG);
        g_free (out);
    }
    remove_tree (dir);
    g_free (dir);
}
END_TEST

static Suite *
markers_suite (void)
{
    Suite *s = suite_create ("markers");
    TCase *tc = tcase_create ("patterns");
    tcase_set_timeout (tc, 60);
    tcase_add_test (tc, test_examples);
    tcase_add_test (tc, test_categories_covered);
    tcase_add_test (tc, test_digest);
    tcase_add_test (tc, test_user_dir_merge);
    tcase_add_loop_test (tc, test_bad_pattern_files, 0, G_N_ELEMENTS (bad_cases));
    tcase_add_test (tc, test_empty_user_dir);
    tcase_add_test (tc, test_runs_everywhere_noted);
    suite_add_tcase (s, tc);

    tc = tcase_create ("scan");
    tcase_set_timeout (tc, 60);
    tcase_add_test (tc, test_offsets_and_snippets);
    tcase_add_test (tc, test_long_snippet);
    tcase_add_test (tc, test_invalid_utf8);
    tcase_add_test (tc, test_random_input);
    tcase_add_test (tc, test_decomposed_accents);
    tcase_add_test (tc, test_overlap_and_unless);
    tcase_add_test (tc, test_language_sets);
    tcase_add_test (tc, test_language_uncertain);
    tcase_add_test (tc, test_prefilter_equivalence);
    tcase_add_test (tc, test_regex_keys);
    tcase_add_test (tc, test_regex_requirements);
    tcase_add_test (tc, test_prefilter_lanes);
    tcase_add_test (tc, test_prefilter_edges);
    tcase_add_test (tc, test_many_user_patterns);
    tcase_add_test (tc, test_huge_then_small);
    tcase_add_test (tc, test_threads);
    suite_add_tcase (s, tc);

    tc = tcase_create ("text");
    tcase_add_loop_test (tc, test_lang_detect, 0, G_N_ELEMENTS (lang_cases));
    tcase_add_test (tc, test_lang_detect_eval);
    tcase_add_loop_test (tc, test_text_stats, 0, G_N_ELEMENTS (stats_cases));
    suite_add_tcase (s, tc);

    tc = tcase_create ("db");
    tcase_set_timeout (tc, 30);
    tcase_add_test (tc, test_store_hits);
    tcase_add_test (tc, test_analyze);
    tcase_add_test (tc, test_export);
    suite_add_tcase (s, tc);

    tc = tcase_create ("command");
    tcase_set_timeout (tc, 60);
    tcase_add_test (tc, test_cmd_patterns);
    suite_add_tcase (s, tc);
    return s;
}

int
main (void)
{
    SRunner *sr = srunner_create (markers_suite ());
    int nf;
    srunner_run_all (sr, CK_ENV);
    nf = srunner_ntests_failed (sr);
    srunner_free (sr);
    return nf ? EXIT_FAILURE : EXIT_SUCCESS;
}
