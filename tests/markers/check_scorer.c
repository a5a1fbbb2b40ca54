/* check_scorer.c - the trained marker scorer: features of a sentence
 * worked out by hand, a tiny model file scored by hand, its hits,
 * evidence and explanation, the digest, and training (deterministic, and
 * it separates a small set). */
#include "config.h"
#include "markers/markers.h"
#include "markers/scorer.h"
#include "markers/scorer_train.h"
#include "markers/scorer_fit.h"
#include "markers/labelled.h"

#include <check.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* ---- helpers */

static gboolean
has_feature (const rf_feats_t *f, const char *name, float *value)
{
    for (guint i = 0; i < f->feats->len; i++) {
        if (!strcmp (rf_feats_name (f, i), name)) {
            if (value)
                *value = g_array_index (f->feats, rf_feat_t, i).value;
            return TRUE;
        }
    }
    return FALSE;
}

static void
write_file (const char *dir, const char *rel, const char *text)
{
    char *path = g_build_filename (dir, rel, NULL), *parent = g_path_get_dirname (path);
    ck_assert_int_eq (g_mkdir_with_parents (parent, 0755), 0);
    ck_assert (g_file_set_contents (path, text, -1, NULL));
    g_free (parent);
    g_free (path);
}

static void
remove_tree (const char *dir)
{
    char *cmd = g_strdup_printf ("rm -rf '%s'", dir);
    ck_assert_int_eq (system (cmd), 0);
    g_free (cmd);
}

/* A pattern that never matches our sentences, so that a category has a
 * weight (3) and the directory holds a pattern file. */
static const char abuse_pat[] =
    "id: never\n"
    "weight: 3\n"
    "regex: \\bxyzzy\\s+plugh\\b\n"
    "match: xyzzy plugh\n"
    "nomatch: hello\n";

/* Score by hand: "You are an idiot." has w:idiot (3.0), f:second_person
 * (0.5, from "You") and b:you are (0.3): -2 + 3 + 0.5 + 0.3 = 1.8, and
 * 1 / (1 + e^-1.8) = 0.858 >= 0.6. "You are nice." has -2 + 0.5 + 0.3 =
 * -1.2: 0.231, below. */
static const char tiny_model[] =
    "# a tiny model for the tests\n"
    "bias\t-2.0000\n"
    "threshold\t0.6000\n"
    "b:you are\t0.3000\n"
    "f:second_person\t0.5000\n"
    "w:idiot\t3.0000\n";

static char *
tiny_dir (void)
{
    char *dir = g_dir_make_tmp ("rf-scorer-XXXXXX", NULL);
    ck_assert (dir != NULL);
    write_file (dir, "en/abuse.pat", abuse_pat);
    write_file (dir, "en/abuse.model", tiny_model);
    return dir;
}

/* ---- features */

START_TEST (test_features_by_hand)
{
    rf_lexicon_t *lx = rf_lexicon_new ("en");
    rf_feats_t *f = rf_feats_new (TRUE);
    const char *text = "You are an IDIOT!";
    float v = 0;
    ck_assert (rf_lexicon_add (lx, "abuse", "idiot"));
    rf_features_extract (lx, text, strlen (text), NULL, 0, f);
    /* Words (4), n-grams of "you", "are" (6 each: <yo you ou> <you you>
     * <you>) and "idiot" (12), pairs (3), and the cues: the word list,
     * "you", "!", a word in capitals (6 capitals of 13 letters: not
     * shouting). 4 + 24 + 3 + 4 = 35. */
    ck_assert_uint_eq (f->feats->len, 35);
    ck_assert (has_feature (f, "w:you", &v) && v == 1.0f);
    ck_assert (has_feature (f, "w:idiot", NULL));
    ck_assert (has_feature (f, "b:an idiot", NULL));
    ck_assert (has_feature (f, "c:<idi", &v) && fabsf (v - 0.3f) < 1e-6);
    ck_assert (has_feature (f, "c:diot>", NULL));
    ck_assert (has_feature (f, "c:<you>", NULL));
    ck_assert (!has_feature (f, "c:<an", NULL));          /* words of 3 letters and more */
    ck_assert (has_feature (f, "l:abuse", NULL));
    ck_assert (has_feature (f, "f:second_person", NULL));
    ck_assert (has_feature (f, "f:exclaim", NULL));
    ck_assert (has_feature (f, "f:caps_word", NULL));
    ck_assert (!has_feature (f, "f:shout", NULL));
    ck_assert (!has_feature (f, "f:question", NULL));
    rf_feats_free (f);
    rf_lexicon_free (lx);
}
END_TEST

/* Where a text was posted is not its tone: mentions, "RT", links and
 * entities go; a hashtag is its word. Accents and case fold, long runs
 * of a letter are cut to two. */
START_TEST (test_features_normalise)
{
    rf_feats_t *f = rf_feats_new (TRUE);
    const char *text = "RT @bob_2: check https://x.example/a?b=1 &amp; #Géniaaal";
    const char *pats[] = { "complaint" };
    rf_features_extract (NULL, text, strlen (text), pats, 1, f);
    ck_assert_uint_eq (f->tokens->len, 2);
    ck_assert (has_feature (f, "w:check", NULL));
    ck_assert (has_feature (f, "w:geniaal", NULL));
    ck_assert (has_feature (f, "b:check geniaal", NULL));
    ck_assert (has_feature (f, "p:complaint", NULL));
    ck_assert (!has_feature (f, "w:rt", NULL));
    ck_assert (!has_feature (f, "w:bob", NULL));
    ck_assert (!has_feature (f, "w:amp", NULL));
    ck_assert (!has_feature (f, "w:https", NULL));
    rf_feats_free (f);
}
END_TEST

/* French and Spanish cues: second person, urgency phrases, an order in
 * "-ez" (not "avez"). */
START_TEST (test_features_cues)
{
    rf_lexicon_t *fr = rf_lexicon_new ("fr"), *es = rf_lexicon_new ("es");
    rf_feats_t *f = rf_feats_new (TRUE);
    const char *a = "Envoyez-moi le fichier tout de suite.", *b = "Avez-vous le fichier ?";
    const char *c = "Necesito una respuesta cuanto antes, usted lo sabe.";
    rf_features_extract (fr, a, strlen (a), NULL, 0, f);
    ck_assert (has_feature (f, "f:imperative", NULL));
    ck_assert (has_feature (f, "f:urgency", NULL));
    rf_features_extract (fr, b, strlen (b), NULL, 0, f);
    ck_assert (!has_feature (f, "f:imperative", NULL));
    ck_assert (has_feature (f, "f:question", NULL));
    rf_features_extract (es, c, strlen (c), NULL, 0, f);
    ck_assert (has_feature (f, "f:urgency", NULL));
    ck_assert (has_feature (f, "f:second_person", NULL));
    rf_feats_free (f);
    rf_lexicon_free (fr);
    rf_lexicon_free (es);
}
END_TEST

/* A negation turns the next three words around: they also give n:WORD,
 * and a word list's phrase starting there gives l:CATEGORY:neg instead
 * of l:CATEGORY. */
START_TEST (test_features_negation)
{
    rf_lexicon_t *en = rf_lexicon_new ("en"), *fr = rf_lexicon_new ("fr");
    rf_feats_t *f = rf_feats_new (TRUE);
    const char *a = "The food was not very good, but the service was good.";
    const char *b = "It isn't bad at all";
    const char *c = "Pas du tout terrible, franchement terrible.";
    ck_assert (rf_lexicon_add (en, "positive", "good"));
    ck_assert (rf_lexicon_add (en, "negative", "bad"));
    ck_assert (rf_lexicon_add (fr, "negative", "terrible"));
    rf_features_extract (en, a, strlen (a), NULL, 0, f);
    ck_assert (has_feature (f, "f:negation", NULL));
    ck_assert (has_feature (f, "n:very", NULL));
    ck_assert (has_feature (f, "n:good", NULL));
    ck_assert (has_feature (f, "n:but", NULL));
    ck_assert (!has_feature (f, "n:the", NULL));       /* four words after "not" */
    ck_assert (has_feature (f, "l:positive:neg", NULL));
    ck_assert (has_feature (f, "l:positive", NULL));   /* the second "good" */
    rf_features_extract (en, b, strlen (b), NULL, 0, f);
    ck_assert (has_feature (f, "l:negative:neg", NULL));   /* isn + t + bad */
    ck_assert (!has_feature (f, "l:negative", NULL));
    rf_features_extract (fr, c, strlen (c), NULL, 0, f);
    ck_assert (has_feature (f, "l:negative:neg", NULL));   /* pas du tout terrible */
    ck_assert (has_feature (f, "l:negative", NULL));       /* franchement terrible */
    ck_assert (has_feature (f, "n:tout", NULL));
    rf_features_extract (en, "Good job", 8, NULL, 0, f);
    ck_assert (!has_feature (f, "f:negation", NULL));
    ck_assert (!has_feature (f, "l:positive:neg", NULL));
    rf_feats_free (f);
    rf_lexicon_free (en);
    rf_lexicon_free (fr);
}
END_TEST

/* ---- a model file */

START_TEST (test_model_by_hand)
{
    char *dir = tiny_dir ();
    GError *err = NULL;
    rf_markers_t *m = rf_markers_load (dir, NULL, &err);
    const char *text = "You are an idiot. You are nice.";
    GPtrArray *hits, *scores = g_ptr_array_new_with_free_func ((GDestroyNotify) rf_scorer_explain_free);
    GPtrArray *xs;
    const rf_marker_hit_t *h;
    const rf_scorer_explain_t *x;
    ck_assert_msg (m != NULL, "%s", err ? err->message : "");
    hits = rf_markers_scan (m, text, strlen (text), "en");
    ck_assert_uint_eq (hits->len, 1);
    h = hits->pdata[0];
    ck_assert_str_eq (h->pattern_id, "en.abuse.model");
    ck_assert_str_eq (h->category, "abuse");
    ck_assert_str_eq (h->lang, "en");
    ck_assert (h->weight == 3.0);
    ck_assert_int_eq (h->offset, 0);
    ck_assert_str_eq (h->snippet, "You are an idiot.");
    ck_assert_str_eq (h->matched, "score 0.86: \"idiot\" +3.0, \"You\" +0.5, \"You are\" +0.3");
    g_ptr_array_unref (hits);

    /* explain: both sentences, the score, the threshold, the decision. */
    xs = rf_markers_explain_scores (m, text, strlen (text), "en", NULL, scores);
    ck_assert_uint_eq (xs->len, 1);
    ck_assert (((rf_marker_explain_t *) xs->pdata[0])->regex == NULL);
    ck_assert (g_str_has_suffix (((rf_marker_explain_t *) xs->pdata[0])->file, "abuse.model"));
    ck_assert_uint_eq (scores->len, 2);
    x = scores->pdata[0];
    ck_assert (fabs (x->score - 1.0 / (1.0 + exp (-1.8))) < 1e-3);
    ck_assert (x->threshold == 0.6 && x->hit && !x->pattern_hit);
    x = scores->pdata[1];
    ck_assert_uint_eq (x->sentence, 1);
    ck_assert (fabs (x->score - 1.0 / (1.0 + exp (1.2))) < 1e-3);
    ck_assert (!x->hit);
    g_ptr_array_unref (xs);
    g_ptr_array_unref (scores);
    rf_markers_free (m);
    remove_tree (dir);
    g_free (dir);
}
END_TEST

/* A second model of the category (abuse.work.model): "garbage" weighs
 * 3 there, "idiot" too, so both models fire on "You are an idiot." */
static const char work_model[] =
    "# a variant for the tests\n"
    "bias\t-2.0000\n"
    "threshold\t0.6000\n"
    "w:garbage\t3.0000\n"
    "w:idiot\t3.0000\n";

/* A sentence is a hit when either model says so, once: the category's
 * own model first; explain shows both, by name. */
START_TEST (test_variant_model)
{
    char *dir = tiny_dir ();
    GError *err = NULL;
    rf_markers_t *m;
    const char *text = "This patch is garbage. You are an idiot. See you soon.";
    GPtrArray *hits, *xs, *scores = g_ptr_array_new_with_free_func ((GDestroyNotify) rf_scorer_explain_free);
    char *before;
    guint work = 0, own = 0;

    m = rf_markers_load (dir, NULL, NULL);
    before = g_strdup (rf_markers_digest (m));
    rf_markers_free (m);
    write_file (dir, "en/abuse.work.model", work_model);
    m = rf_markers_load (dir, NULL, &err);
    ck_assert_msg (m != NULL, "%s", err ? err->message : "");
    ck_assert_str_ne (rf_markers_digest (m), before);
    hits = rf_markers_scan (m, text, strlen (text), "en");
    ck_assert_uint_eq (hits->len, 2);
    ck_assert_str_eq (((rf_marker_hit_t *) hits->pdata[0])->pattern_id, "en.abuse.work.model");
    ck_assert_str_eq (((rf_marker_hit_t *) hits->pdata[0])->category, "abuse");
    ck_assert_str_eq (((rf_marker_hit_t *) hits->pdata[0])->snippet, "This patch is garbage.");
    ck_assert_str_eq (((rf_marker_hit_t *) hits->pdata[1])->pattern_id, "en.abuse.model");
    ck_assert_str_eq (((rf_marker_hit_t *) hits->pdata[1])->snippet, "You are an idiot.");
    g_ptr_array_unref (hits);

    xs = rf_markers_explain_scores (m, text, strlen (text), "en", NULL, scores);
    ck_assert_uint_eq (xs->len, 2);
    ck_assert (g_str_has_suffix (((rf_marker_explain_t *) xs->pdata[0])->file, "abuse.work.model"));
    ck_assert (g_str_has_suffix (((rf_marker_explain_t *) xs->pdata[1])->file, "/abuse.model"));
    ck_assert_uint_eq (scores->len, 6);     /* 3 sentences, 2 models */
    for (guint i = 0; i < scores->len; i++) {
        const rf_scorer_explain_t *x = scores->pdata[i];
        ck_assert_str_eq (x->category, "abuse");
        if (x->variant) {
            ck_assert_str_eq (x->variant, "work");
            work += x->hit;
        } else {
            own += x->hit;
        }
    }
    ck_assert_uint_eq (work, 2);    /* "garbage" and "idiot": both over its threshold */
    ck_assert_uint_eq (own, 1);
    g_ptr_array_unref (xs);
    g_ptr_array_unref (scores);
    rf_markers_free (m);

    /* A user's variant replaces the built-in variant, not the model. */
    {
        char *mine = g_dir_make_tmp ("rf-scorer-XXXXXX", NULL);
        write_file (mine, "en/abuse.work.model", "bias\t-2\nthreshold\t0.6\nw:rubbish\t3\n");
        m = rf_markers_load (dir, mine, &err);
        ck_assert_msg (m != NULL, "%s", err ? err->message : "");
        hits = rf_markers_scan (m, "This is garbage. This is rubbish. You idiot.", 44, "en");
        ck_assert_uint_eq (hits->len, 2);
        ck_assert_str_eq (((rf_marker_hit_t *) hits->pdata[0])->snippet, "This is rubbish.");
        ck_assert_str_eq (((rf_marker_hit_t *) hits->pdata[1])->pattern_id, "en.abuse.model");
        g_ptr_array_unref (hits);
        rf_markers_free (m);
        remove_tree (mine);
        g_free (mine);
    }
    /* A variant's name is checked like a category's. */
    write_file (dir, "en/abuse.Work.model", work_model);
    m = rf_markers_load (dir, NULL, &err);
    ck_assert (m == NULL);
    ck_assert_msg (err && strstr (err->message, "abuse.Work.model"), "%s", err ? err->message : "");
    g_clear_error (&err);
    g_free (before);
    remove_tree (dir);
    g_free (dir);
}
END_TEST

/* A sentence a pattern of the category already hit gives no second hit. */
START_TEST (test_pattern_first)
{
    char *dir = tiny_dir ();
    rf_markers_t *m;
    GPtrArray *hits;
    const char *text = "xyzzy plugh, you idiot";
    write_file (dir, "en/abuse.pat", "id: magic\nweight: 3\nregex: \\bxyzzy\\s+plugh\\b\n"
                "match: xyzzy plugh\nnomatch: hello\n");
    m = rf_markers_load (dir, NULL, NULL);
    ck_assert (m != NULL);
    hits = rf_markers_scan (m, text, strlen (text), "en");
    ck_assert_uint_eq (hits->len, 1);
    ck_assert_str_eq (((rf_marker_hit_t *) hits->pdata[0])->pattern_id, "en.abuse.magic");
    g_ptr_array_unref (hits);
    rf_markers_free (m);
    remove_tree (dir);
    g_free (dir);
}
END_TEST

/* Model files and word lists decide hits: they are in the digest and the
 * source stamp; without them both are what the patterns alone give. */
START_TEST (test_digest)
{
    char *dir = tiny_dir ();
    rf_markers_t *m;
    char *d1, *d2, *d3, *s1, *s2, *s3;
    m = rf_markers_load (dir, NULL, NULL);
    d1 = g_strdup (rf_markers_digest (m));
    rf_markers_free (m);
    s1 = rf_markers_source_stamp (dir, NULL, TRUE, NULL);
    write_file (dir, "en/abuse.model", "bias\t-2\nthreshold\t0.6\nw:idiot\t2.5\n");
    m = rf_markers_load (dir, NULL, NULL);
    d2 = g_strdup (rf_markers_digest (m));
    rf_markers_free (m);
    s2 = rf_markers_source_stamp (dir, NULL, TRUE, NULL);
    write_file (dir, "en/abuse.lex", "moron\n");
    s3 = rf_markers_source_stamp (dir, NULL, TRUE, NULL);
    ck_assert_str_ne (d1, d2);
    ck_assert_str_ne (s1, s2);
    ck_assert_str_ne (s2, s3);
    g_free (d2);
    g_free (s2);
    g_free (s3);
    /* Without the model (and word list): the digest of the patterns. */
    {
        char *p = g_build_filename (dir, "en", "abuse.model", NULL);
        char *q = g_build_filename (dir, "en", "abuse.lex", NULL);
        char *only = g_dir_make_tmp ("rf-scorer-XXXXXX", NULL);
        rf_markers_t *a, *b;
        ck_assert_int_eq (g_remove (p), 0);
        ck_assert_int_eq (g_remove (q), 0);
        write_file (only, "en/abuse.pat", abuse_pat);
        a = rf_markers_load (dir, NULL, NULL);
        b = rf_markers_load (only, NULL, NULL);
        ck_assert_str_eq (rf_markers_digest (a), rf_markers_digest (b));
        ck_assert_str_ne (rf_markers_digest (a), d1);
        d3 = rf_markers_source_stamp (dir, NULL, TRUE, NULL);
        s3 = rf_markers_source_stamp (only, NULL, TRUE, NULL);
        ck_assert_str_eq (d3, s3);
        g_free (d3);
        g_free (s3);
        rf_markers_free (a);
        rf_markers_free (b);
        remove_tree (only);
        g_free (only);
        g_free (p);
        g_free (q);
    }
    g_free (d1);
    g_free (s1);
    remove_tree (dir);
    g_free (dir);
}
END_TEST

/* A bad model file is an error naming file and line. */
START_TEST (test_bad_model)
{
    static const char *const bad[] = {
        "bias\t-1\n",                               /* no threshold */
        "bias\t-1\nthreshold\t1.5\n",               /* not a probability */
        "bias\t-1\nthreshold\t0.5\nw:a\tlots\n",    /* not a number */
        "bias\t-1\nthreshold\t0.5\nx:a\t1\n",       /* unknown kind */
        "bias\t-1\nthreshold\t0.5\nw:b\t1\nw:a\t1\n", /* not sorted */
    };
    for (guint i = 0; i < G_N_ELEMENTS (bad); i++) {
        char *dir = tiny_dir ();
        GError *err = NULL;
        rf_markers_t *m;
        write_file (dir, "en/abuse.model", bad[i]);
        m = rf_markers_load (dir, NULL, &err);
        ck_assert_msg (m == NULL, "case %u loaded", i);
        ck_assert_msg (err && strstr (err->message, "abuse.model:"), "case %u: %s", i,
                       err ? err->message : "");
        g_error_free (err);
        remove_tree (dir);
        g_free (dir);
    }
}
END_TEST

/* A model file written then read gives the same text: sorted, fixed
 * decimals, weights that round to zero left out. */
START_TEST (test_model_format)
{
    rf_model_t *m = rf_model_new ("en", "abuse");
    char *text, *dir = g_dir_make_tmp ("rf-scorer-XXXXXX", NULL), *path, *again;
    rf_model_t *back;
    double w[] = { 0.5, -1.25, 0.00001 };
    const char *names[] = { "w:b", "w:a", "w:tiny" };
    m->bias = -0.5;
    m->threshold = 0.75;
    for (guint i = 0; i < 3; i++) {
        g_ptr_array_add (m->features, g_strdup (names[i]));
        g_array_append_val (m->weights, w[i]);
    }
    text = rf_model_format (m, "made by a test");
    ck_assert_str_eq (text, "# made by a test\nbias\t-0.5000\nthreshold\t0.7500\n"
                            "w:a\t-1.2500\nw:b\t0.5000\n");
    path = g_build_filename (dir, "abuse.model", NULL);
    ck_assert (rf_model_write (m, "made by a test", path, NULL));
    back = rf_model_read (path, "en", "abuse", NULL);
    ck_assert (back != NULL);
    again = rf_model_format (back, "made by a test");
    ck_assert_str_eq (text, again);
    rf_model_free (back);
    rf_model_free (m);
    g_free (again);
    g_free (text);
    g_free (path);
    remove_tree (dir);
    g_free (dir);
}
END_TEST

/* ---- training */

static rf_labelled_row_t *
row (const char *labels, const char *text)
{
    rf_labelled_row_t *r = g_new0 (rf_labelled_row_t, 1);
    r->labels = g_strdup (labels);
    g_strlcpy (r->lang, "en", sizeof r->lang);
    r->text = g_strdup (text);
    r->source = g_strdup ("test");
    return r;
}

static const char *const insults[] = {
    "you are an idiot", "what an idiot you are", "you idiot", "idiot",
    "you are a moron", "moron", "what a moron", "you absolute moron",
    "stupid idiot", "you stupid moron", "such an idiot", "idiots, all of you",
};
static const char *const routine[] = {
    "thanks for the invoice", "see you on monday", "the files are attached",
    "please send the report", "the meeting is at ten", "we paid the invoice",
    "the logo looks good", "call me tomorrow", "here is the brief",
    "the site is live", "can we meet on friday", "the draft is ready",
};

static GPtrArray *
tiny_sources (void)
{
    GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) rf_labelled_row_free);
    GPtrArray *sources = g_ptr_array_new_with_free_func ((GDestroyNotify) rf_train_source_free);
    rf_train_source_t *s;
    for (guint i = 0; i < G_N_ELEMENTS (insults); i++)
        g_ptr_array_add (rows, row ("abuse", insults[i]));
    for (guint i = 0; i < G_N_ELEMENTS (routine); i++)
        g_ptr_array_add (rows, row ("none", routine[i]));
    s = rf_train_source_new ("tiny", "test", rows);
    s->all_rows = TRUE;
    g_ptr_array_add (sources, s);
    return sources;
}

static char *
train_once (rf_markers_t *m, const char *dir, double *p_insult, double *p_routine)
{
    GPtrArray *sources = tiny_sources ();
    rf_train_opts_t o;
    GError *err = NULL;
    GPtrArray *out;
    const rf_trained_t *t;
    char *text;
    rf_train_opts_init (&o);
    o.min_positives = 5;
    o.folds = 3;
    o.l1 = 0.1;
    o.command = "check_scorer";
    out = rf_scorer_train (m, dir, NULL, sources, &o, NULL, &err);
    ck_assert_msg (out != NULL, "%s", err ? err->message : "");
    ck_assert_uint_eq (out->len, 1);
    t = out->pdata[0];
    ck_assert_str_eq (t->model->category, "abuse");
    ck_assert (strstr (t->header, "tiny (test): 12 positive, 12 negative") != NULL);
    text = rf_model_format (t->model, t->header);
    {
        /* The fitted weights, applied by hand to two sentences. */
        rf_feats_t *f = rf_feats_new (TRUE);
        const char *a = "you complete idiot", *b = "the invoice is attached";
        for (int k = 0; k < 2; k++) {
            const char *s = k ? b : a;
            double score = t->model->bias;
            rf_features_extract (NULL, s, strlen (s), NULL, 0, f);
            for (guint i = 0; i < f->feats->len; i++)
                for (guint j = 0; j < t->model->features->len; j++)
                    if (!strcmp (rf_feats_name (f, i), t->model->features->pdata[j]))
                        score += g_array_index (f->feats, rf_feat_t, i).value
                                 * g_array_index (t->model->weights, double, j);
            *(k ? p_routine : p_insult) = 1.0 / (1.0 + exp (-score));
        }
        rf_feats_free (f);
    }
    g_ptr_array_unref (out);
    g_ptr_array_unref (sources);
    return text;
}

START_TEST (test_train_deterministic)
{
    char *dir = g_dir_make_tmp ("rf-scorer-XXXXXX", NULL);
    rf_markers_t *m;
    char *a, *b;
    double pi, pr, pi2, pr2;
    write_file (dir, "en/abuse.pat", abuse_pat);
    m = rf_markers_load (dir, NULL, NULL);
    ck_assert (m != NULL);
    a = train_once (m, dir, &pi, &pr);
    b = train_once (m, dir, &pi2, &pr2);
    ck_assert_str_eq (a, b);                   /* same bytes twice */
    ck_assert_msg (pi > 0.5 && pr < 0.5, "insult %.3f, routine %.3f", pi, pr);
    ck_assert (strstr (a, "\nw:idiot\t") != NULL);
    g_free (a);
    g_free (b);
    rf_markers_free (m);
    remove_tree (dir);
    g_free (dir);
}
END_TEST

/* The header of the complaint model trained on complaints and routine
 * sentences, plus tweets that say nothing of complaints when
 * mild_unlabelled (left out) or that are quiet text (used). */
static char *
complaint_header (gboolean mild_unlabelled)
{
    static const char *const grumbles[] = {
        "the soup was cold", "the room was dirty", "the delivery was late again",
        "the food was cold and bland", "the staff were rude", "the service was slow",
        "the parcel arrived broken", "the app keeps crashing", "the bill was wrong",
        "the train was late", "the shower was cold", "the screen arrived broken",
    };
    GPtrArray *sources = g_ptr_array_new_with_free_func ((GDestroyNotify) rf_train_source_free);
    GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) rf_labelled_row_free);
    GPtrArray *tweets = g_ptr_array_new_with_free_func ((GDestroyNotify) rf_labelled_row_free);
    rf_markers_t *m = rf_markers_load (TOP_SRCDIR "/patterns", NULL, NULL);
    rf_train_source_t *s;
    rf_train_opts_t o;
    GPtrArray *out;
    char *header;
    for (guint i = 0; i < G_N_ELEMENTS (grumbles); i++)
        g_ptr_array_add (rows, row ("complaint", grumbles[i]));
    for (guint i = 0; i < G_N_ELEMENTS (routine); i++)
        g_ptr_array_add (rows, row ("none", routine[i]));
    for (guint i = 0; i < 30; i++) {
        char *text = g_strdup_printf ("tweet number %u about the weather", i);
        g_ptr_array_add (tweets, row ("none", text));
        g_free (text);
    }
    s = rf_train_source_new ("grumbles", "test", rows);
    s->all_rows = TRUE;
    g_ptr_array_add (sources, s);
    s = rf_train_source_new ("tweets", "test", tweets);
    s->all_rows = TRUE;
    s->mild_unlabelled = mild_unlabelled;
    g_ptr_array_add (sources, s);
    ck_assert (m != NULL);
    rf_scorer_train_patterns_only (m);
    rf_train_opts_init (&o);
    o.min_positives = 5;
    o.folds = 3;
    o.only_category = "complaint";
    out = rf_scorer_train (m, TOP_SRCDIR "/patterns", NULL, sources, &o, NULL, NULL);
    ck_assert (out != NULL && out->len == 1);
    header = g_strdup (((rf_trained_t *) out->pdata[0])->header);
    g_ptr_array_unref (out);
    g_ptr_array_unref (sources);
    rf_markers_free (m);
    return header;
}

START_TEST (test_train_mild_unlabelled)
{
    char *left_out = complaint_header (TRUE), *used = complaint_header (FALSE);
    ck_assert_msg (strstr (left_out, "grumbles (test): 12 positive, 12 negative") != NULL, "%s", left_out);
    ck_assert_msg (strstr (left_out, "tweets") == NULL, "%s", left_out);
    ck_assert_msg (strstr (used, "tweets (test): 0 positive, 30 negative") != NULL, "%s", used);
    g_free (left_out);
    g_free (used);
}
END_TEST

/* Sources for a variant: tiny's insults and routine (our own), public
 * quiet text (public: TRUE) or not, and a source of the variant "work"
 * whose cases are insults about work. */
static GPtrArray *
variant_sources (gboolean public, gboolean with_work)
{
    static const char *const work_insults[] = {
        "this patch is garbage", "what garbage code", "garbage, all of it", "utter garbage",
        "this code is trash", "trash patch", "what trash", "this is trash again",
        "garbage and trash", "your diff is garbage", "trash, revert it", "more garbage",
    };
    GPtrArray *sources = tiny_sources ();
    GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) rf_labelled_row_free);
    rf_train_source_t *s;
    ((rf_train_source_t *) sources->pdata[0])->written = TRUE;
    for (guint i = 0; i < 60; i++) {
        char *text = g_strdup_printf ("question number %u about the weather", i);
        g_ptr_array_add (rows, row ("none", text));
        g_free (text);
    }
    s = rf_train_source_new ("quiet", "test", rows);
    s->written = !public;
    g_ptr_array_add (sources, s);
    if (with_work) {
        rows = g_ptr_array_new_with_free_func ((GDestroyNotify) rf_labelled_row_free);
        for (guint i = 0; i < G_N_ELEMENTS (work_insults); i++)
            g_ptr_array_add (rows, row ("abuse", work_insults[i]));
        for (guint i = 0; i < G_N_ELEMENTS (routine); i++) {
            char *text = g_strdup_printf ("%s for the build", routine[i]);
            g_ptr_array_add (rows, row ("none", text));
            g_free (text);
        }
        s = rf_train_source_new ("worktalk", "test", rows);
        s->written = TRUE;
        s->all_rows = TRUE;
        s->variant = g_strdup ("work");
        g_ptr_array_add (sources, s);
    }
    return sources;
}

/* The models trained from sources, as "CATEGORY[.VARIANT]\n" + file text. */
static GPtrArray *
train_texts (GPtrArray *sources)
{
    char *dir = g_dir_make_tmp ("rf-scorer-XXXXXX", NULL);
    GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
    rf_markers_t *m;
    rf_train_opts_t o;
    GPtrArray *out;
    write_file (dir, "en/abuse.pat", abuse_pat);
    m = rf_markers_load (dir, NULL, NULL);
    ck_assert (m != NULL);
    rf_train_opts_init (&o);
    o.min_positives = 5;
    o.folds = 3;
    o.l1 = 0.1;
    o.command = "check_scorer";
    out = rf_scorer_train (m, dir, NULL, sources, &o, NULL, NULL);
    ck_assert (out != NULL);
    for (guint i = 0; i < out->len; i++) {
        const rf_trained_t *t = out->pdata[i];
        char *text = rf_model_format (t->model, t->header);
        g_ptr_array_add (texts, g_strdup_printf ("%s%s%s\n%s", t->model->category, t->model->variant ? "." : "",
                                                 t->model->variant ? t->model->variant : "", text));
        g_free (text);
    }
    g_ptr_array_unref (out);
    rf_markers_free (m);
    remove_tree (dir);
    g_free (dir);
    return texts;
}

/* A variant's source trains a second model only: the category's own is
 * byte for byte the one made without it; the variant takes its cases from
 * its source alone and its counter-examples from all; without public text
 * of the language to bound it, there is no variant. */
START_TEST (test_train_variant)
{
    GPtrArray *without = variant_sources (TRUE, FALSE), *with = variant_sources (TRUE, TRUE);
    GPtrArray *ours_only = variant_sources (FALSE, TRUE);
    GPtrArray *a = train_texts (without), *b = train_texts (with), *c = train_texts (ours_only);
    const char *v;
    ck_assert_uint_eq (a->len, 1);
    ck_assert_uint_eq (b->len, 2);
    ck_assert_str_eq (b->pdata[0], a->pdata[0]);
    v = b->pdata[1];
    ck_assert_msg (g_str_has_prefix (v, "abuse.work\n"), "%s", v);
    ck_assert_msg (strstr (v, "second model for 'abuse'") != NULL, "%s", v);
    ck_assert_msg (strstr (v, "worktalk (test): 12 positive, 12 negative") != NULL, "%s", v);
    ck_assert_msg (strstr (v, "tiny (test): 0 positive, 12 negative") != NULL, "%s", v);
    ck_assert_msg (strstr (v, "\nw:garbage\t") != NULL, "%s", v);
    ck_assert_uint_eq (c->len, 1);
    ck_assert_msg (g_str_has_prefix (c->pdata[0], "abuse\n"), "%s", (char *) c->pdata[0]);
    ck_assert (rf_train_variant_category ("abuse") && !rf_train_variant_category ("complaint"));
    g_ptr_array_unref (a);
    g_ptr_array_unref (b);
    g_ptr_array_unref (c);
    g_ptr_array_unref (without);
    g_ptr_array_unref (with);
    g_ptr_array_unref (ours_only);
}
END_TEST

/* A short text of uncertain language is scored with the models of our
 * other languages too; a clear one only with its own. */
START_TEST (test_uncertain_language)
{
    char *dir = g_dir_make_tmp ("rf-scorer-XXXXXX", NULL);
    rf_markers_t *m;
    GPtrArray *hits;
    const char *fr_model = "bias\t-2.0000\nthreshold\t0.6000\nw:incompetent\t3.0000\n";
    const char *es_model = "bias\t-2.0000\nthreshold\t0.6000\nw:imbecil\t3.0000\n";
    /* One clue, for Spanish ("es"): French models too. */
    const char *a = "Tu es vraiment incompétent";
    /* No clue at all: every language's models. */
    const char *b = "Eres un imbécil";
    /* Both models hit the sentence: one abuse hit is kept. */
    const char *c = "Tu es incompétent et imbécil";
    /* Clearly French (je, vous, pour, êtes): the Spanish models stay out. */
    const char *d = "Je vous remercie pour le travail, mais vous êtes un imbécil.";
    ck_assert (dir != NULL);
    write_file (dir, "fr/abuse.pat", abuse_pat);
    write_file (dir, "fr/abuse.model", fr_model);
    write_file (dir, "es/abuse.pat", abuse_pat);
    write_file (dir, "es/abuse.model", es_model);
    m = rf_markers_load (dir, NULL, NULL);
    ck_assert (m != NULL);
    hits = rf_markers_scan (m, a, strlen (a), NULL);
    ck_assert_uint_eq (hits->len, 1);
    ck_assert_str_eq (((rf_marker_hit_t *) hits->pdata[0])->pattern_id, "fr.abuse.model");
    g_ptr_array_unref (hits);
    hits = rf_markers_scan (m, b, strlen (b), NULL);
    ck_assert_uint_eq (hits->len, 1);
    ck_assert_str_eq (((rf_marker_hit_t *) hits->pdata[0])->pattern_id, "es.abuse.model");
    g_ptr_array_unref (hits);
    hits = rf_markers_scan (m, c, strlen (c), NULL);
    ck_assert_uint_eq (hits->len, 1);
    g_ptr_array_unref (hits);
    hits = rf_markers_scan (m, d, strlen (d), NULL);
    ck_assert_uint_eq (hits->len, 0);
    g_ptr_array_unref (hits);
    rf_markers_free (m);
    remove_tree (dir);
    g_free (dir);
}
END_TEST

/* The threshold is the lowest score where precision holds. */
START_TEST (test_threshold)
{
    /* Scores high to low: + + - + - -. At 0.7 (the third): 2 of 3; at 0.6:
     * 3 of 4 = 0.75; at 0.5: 3 of 5. For 0.75 the threshold falls between
     * 0.5 and 0.6 (half way, rounded up to the file's decimals). */
    rf_scored_t s[] = {
        { 0.9, 1, 0, 0 }, { 0.8, 1, 0, 1 }, { 0.7, 0, 0, 2 },
        { 0.6, 1, 0, 3 }, { 0.5, 0, 0, 4 }, { 0.4, 0, 0, 5 },
    };
    rf_scored_t worse[] = {
        { 0.9, 0, 0, 0 }, { 0.8, 0, 0, 1 }, { 0.7, 1, 0, 2 }, { 0.6, 0, 0, 3 },
    };
    rf_source_counts_t c;
    rf_alarm_limit_t none = { 0.0, 0.0, 1, 0.0 };
    double t = rf_fit_threshold (s, G_N_ELEMENTS (s), 1, 0.75, 2, &none, 100, &c);
    ck_assert_msg (t > 0.5 && t <= 0.6 && fabs (t - 0.55) < 2e-4, "%g", t);
    ck_assert_uint_eq (c.tp, 3);
    ck_assert_uint_eq (c.fp, 1);
    /* For 0.99 only the top two qualify. */
    t = rf_fit_threshold (s, G_N_ELEMENTS (s), 1, 0.99, 2, &none, 100, &c);
    ck_assert_msg (t > 0.7 && t <= 0.8, "%g", t);
    ck_assert_uint_eq (c.tp, 2);
    /* The highest scores are wrong and precision never recovers: none. */
    t = rf_fit_threshold (worse, G_N_ELEMENTS (worse), 1, 0.75, 1, &none, 100, &c);
    ck_assert (t >= 1.0);
}
END_TEST

/* Precision is pooled over the sources with cases; each source alone
 * may fall source_slack under it. */
START_TEST (test_threshold_pooled)
{
    /* Source 0: four positives (0.9 to 0.6). Source 1: a negative on top
     * (0.95), a positive at 0.5, a negative at 0.4, a positive at 0.3. */
    rf_scored_t s[] = {
        { 0.95, 0, 1, 0 }, { 0.9, 1, 0, 1 }, { 0.8, 1, 0, 2 }, { 0.7, 1, 0, 3 },
        { 0.6, 1, 0, 4 }, { 0.5, 1, 1, 5 }, { 0.4, 0, 1, 6 }, { 0.3, 1, 1, 7 },
    };
    rf_source_counts_t c[2];
    rf_alarm_limit_t strict = { 0.0, 0.0, 2, 0.0 }, slack = { 0.0, 0.0, 2, 0.5 };
    /* Each source at 0.75: source 1 never gets there (0, 1/2, 1/3, 2/4). */
    double t = rf_fit_threshold (s, G_N_ELEMENTS (s), 2, 0.75, 1, &strict, 100, c);
    ck_assert (t >= 1.0);
    /* Source 1 at 0.25 or more, pooled at 0.75: at 0.5 (5 of 6) and at 0.3
     * (6 of 8), not at 0.4 (5 of 7). The lowest: 0.3, half way to 0. */
    t = rf_fit_threshold (s, G_N_ELEMENTS (s), 2, 0.75, 1, &slack, 100, c);
    ck_assert_msg (fabs (t - 0.15) < 2e-4, "%g", t);
    ck_assert_uint_eq (c[0].tp, 4);
    ck_assert_uint_eq (c[1].tp, 2);
    ck_assert_uint_eq (c[1].fp, 2);
}
END_TEST

/* A group without positives may have its share of alarms: the ordinary
 * ceiling before first_near, the near-miss one from there on. */
START_TEST (test_threshold_alarm_ceilings)
{
    /* Source 0: four positives. Group 1: one negative at 0.7, three at
     * 0.1. Below 0.7, group 1 has 1 of 4 flagged (0.25). */
    rf_scored_t s[] = {
        { 0.9, 1, 0, 0 }, { 0.8, 1, 0, 1 }, { 0.7, 0, 1, 2 }, { 0.6, 1, 0, 3 },
        { 0.3, 1, 0, 4 }, { 0.1, 0, 1, 5 }, { 0.1, 0, 1, 6 }, { 0.1, 0, 1, 7 },
    };
    rf_source_counts_t c[2];
    rf_alarm_limit_t near_ok = { 0.0, 0.25, 1, 0.0 }, near_strict = { 0.25, 0.0, 1, 0.0 },
                     quiet_ok = { 0.25, 0.0, 2, 0.0 };
    rf_train_opts_t o;
    /* 1 of 4 allowed: down to between 0.1 and 0.3, every positive found. */
    double t = rf_fit_threshold (s, G_N_ELEMENTS (s), 2, 0.75, 1, &near_ok, 4, c);
    ck_assert_msg (fabs (t - 0.2) < 2e-4, "%g", t);
    ck_assert_uint_eq (c[0].tp, 4);
    ck_assert_uint_eq (c[1].fp, 1);
    /* None allowed among near misses: above 0.7. */
    t = rf_fit_threshold (s, G_N_ELEMENTS (s), 2, 0.75, 1, &near_strict, 4, c);
    ck_assert_msg (fabs (t - 0.75) < 2e-4, "%g", t);
    ck_assert_uint_eq (c[0].tp, 2);
    /* Group 1 counted as ordinary text, whose ceiling allows 1 of 4. */
    t = rf_fit_threshold (s, G_N_ELEMENTS (s), 2, 0.75, 1, &quiet_ok, 4, c);
    ck_assert_msg (fabs (t - 0.2) < 2e-4, "%g", t);
    /* The mild signs of dissatisfaction get the highest ceilings,
     * complaint the highest among near misses and the most slack on each
     * source, abuse the middle ones, the others the lowest. */
    rf_train_opts_init (&o);
    ck_assert (rf_train_max_near_alarm (&o, "complaint") == 0.04);
    ck_assert (rf_train_source_slack (&o, "complaint") == 0.25);
    ck_assert (rf_train_source_slack (&o, "price_pushback") == 0.15);
    ck_assert (rf_train_source_slack (&o, "abuse") == 0.15);
    /* A chase or a demand is not taught as a counter-example of a
     * complaint; a request for more work is. */
    ck_assert (rf_train_is_related ("status_chasing", "complaint"));
    ck_assert (rf_train_is_related ("none|demanding", "complaint"));
    ck_assert (!rf_train_is_related ("scope_change", "complaint"));
    ck_assert (!rf_train_is_related ("status_chasing_x", "complaint"));
    ck_assert (!rf_train_is_related ("complaint", "scope_change"));
    ck_assert (rf_train_max_near_alarm (&o, "price_pushback") == 0.02);
    ck_assert (rf_train_max_near_alarm (&o, "value_questioning") == 0.02);
    ck_assert (rf_train_max_near_alarm (&o, "abuse") == 0.01);
    ck_assert (rf_train_max_near_alarm (&o, "negativity") == 0.002);
    ck_assert (rf_train_max_alarm (&o, "negativity") == 0.002);
    ck_assert (rf_train_max_alarm (&o, "complaint") == 0.01);
    ck_assert (rf_train_max_alarm (&o, "abuse") == 0.005);
}
END_TEST

static Suite *
scorer_suite (void)
{
    Suite *s = suite_create ("scorer");
    TCase *tc = tcase_create ("scorer");
    tcase_set_timeout (tc, 60);
    tcase_add_test (tc, test_features_by_hand);
    tcase_add_test (tc, test_features_normalise);
    tcase_add_test (tc, test_features_cues);
    tcase_add_test (tc, test_features_negation);
    tcase_add_test (tc, test_model_by_hand);
    tcase_add_test (tc, test_pattern_first);
    tcase_add_test (tc, test_variant_model);
    tcase_add_test (tc, test_digest);
    tcase_add_test (tc, test_bad_model);
    tcase_add_test (tc, test_model_format);
    tcase_add_test (tc, test_train_deterministic);
    tcase_add_test (tc, test_train_mild_unlabelled);
    tcase_add_test (tc, test_train_variant);
    tcase_add_test (tc, test_threshold);
    tcase_add_test (tc, test_uncertain_language);
    tcase_add_test (tc, test_threshold_alarm_ceilings);
    tcase_add_test (tc, test_threshold_pooled);
    suite_add_tcase (s, tc);
    return s;
}

int
main (void)
{
    SRunner *sr = srunner_create (scorer_suite ());
    int failed;
    srunner_run_all (sr, CK_ENV);
    failed = srunner_ntests_failed (sr);
    srunner_free (sr);
    return failed ? 1 : 0;
}
