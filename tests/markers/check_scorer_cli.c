/* check_scorer_cli.c - the trained scorer through the redflag command, as
 * a user runs it: a scan stores a scorer hit like a pattern hit,
 * 'patterns explain' shows the scores, 'patterns train' writes the same
 * model twice and a model there is used with --patterns. */
#include "config.h"
#include "testlib.h"

#include <check.h>
#include <stdio.h>
#include <string.h>

/* A pattern that never matches, and a model scored by hand in
 * check_scorer.c: "You are an idiot." scores 0.858 >= 0.6. */
static const char abuse_pat[] =
    "id: never\nweight: 3\nregex: \\bxyzzy\\s+plugh\\b\nmatch: xyzzy plugh\nnomatch: hello\n";
static const char tiny_model[] =
    "bias\t-2.0000\nthreshold\t0.6000\nb:you are\t0.3000\nf:second_person\t0.5000\n"
    "w:idiot\t3.0000\n";

static char *tmp, *data, *env;

static void
put (const char *rel, const char *text)
{
    char *path = g_build_filename (tmp, rel, NULL), *dir = g_path_get_dirname (path);
    ck_assert_int_eq (g_mkdir_with_parents (dir, 0755), 0);
    ck_assert (g_file_set_contents (path, text, -1, NULL));
    g_free (dir);
    g_free (path);
}

static void
setup (void)
{
    char *freemail = t_read (TOP_SRCDIR "/patterns/freemail.txt");
    tmp = t_tmpdir ();
    data = g_build_filename (tmp, "data", NULL);
    env = g_strdup_printf ("REDFLAG_DATADIR=%s", data);
    put ("data/en/abuse.pat", abuse_pat);
    put ("data/en/abuse.model", tiny_model);
    put ("data/freemail.txt", freemail ? freemail : "");
    g_free (freemail);
}

static void
teardown (void)
{
    t_rmtree (tmp);
    g_free (tmp);
    g_free (data);
    g_free (env);
}

START_TEST (test_scan_stores_scorer_hit)
{
    char *out = NULL, *err = NULL, *db = g_build_filename (tmp, "r.db", NULL);
    char *mail = g_build_filename (tmp, "mail", NULL), *row;
    int rc;
    put ("mail/new/1.eml", "From: Rick <rick@client.example>\nTo: me@us.example\n"
         "Subject: the banners\nDate: Mon, 07 Sep 2026 10:00:00 +0000\n"
         "Message-ID: <1@client.example>\n\nYou are an idiot.\n");
    put ("mail/cur/.keep", "");
    put ("mail/tmp/.keep", "");
    rc = t_redflag (&out, &err, env, "scan", "--quiet", "--db", db, "--me", "me@us.example", mail,
                    NULL);
    ck_assert_msg (rc == 0, "%s", err);
    row = t_db_text (db, "SELECT category || '|' || pattern_id || '|' || lang || '|' || weight "
                         "|| '|' || matched || '|' || snippet FROM marker_hit");
    ck_assert_msg (row != NULL, "no marker_hit row");
    ck_assert_str_eq (row, "abuse|en.abuse.model|en|3.0|score 0.86: \"idiot\" +3.0, \"You\" +0.5, "
                           "\"You are\" +0.3|You are an idiot.");
    g_free (row);
    g_free (out);
    g_free (err);
    g_free (mail);
    g_free (db);
}
END_TEST

START_TEST (test_explain)
{
    char *out = NULL, *err = NULL;
    int rc = t_redflag (&out, &err, env, "patterns", "explain", "You are an idiot. You are nice.",
                        NULL);
    ck_assert_msg (rc == 0, "%s", err);
    ck_assert_msg (strstr (out, "HIT     en.abuse.model (abuse, weight 3) at character 0") != NULL,
                   "%s", out);
    ck_assert_msg (strstr (out, "scorer, sentence 1 (en models): \"You are an idiot.\"\n"
                                "    abuse             0.86 (threshold 0.60) HIT: \"idiot\" +3.0, "
                                "\"You\" +0.5, \"You are\" +0.3\n") != NULL, "%s", out);
    ck_assert_msg (strstr (out, "scorer, sentence 2 (en models): \"You are nice.\"\n"
                                "    abuse             0.23 (threshold 0.60) -: \"You\" +0.5, "
                                "\"You are\" +0.3\n") != NULL, "%s", out);
    ck_assert (strstr (out, "\n1 hit\n") != NULL);
    g_free (out);
    g_free (err);
}
END_TEST

/* Rows of a labelled file the user teaches with. */
static char *
examples (void)
{
    static const char *const bad[] = { "idiot", "moron", "clown", "fool", "buffoon" };
    static const char *const good[] = { "invoice", "meeting", "report", "draft", "brief" };
    GString *s = g_string_new (NULL);
    for (guint i = 0; i < 5; i++) {
        g_string_append_printf (s, "abuse\ten\tyou are a %s\tmine\n", bad[i]);
        g_string_append_printf (s, "abuse\ten\twhat a %s you are\tmine\n", bad[i]);
        g_string_append_printf (s, "abuse\ten\tyou absolute %s\tmine\n", bad[i]);
        g_string_append_printf (s, "abuse\ten\tsuch a %s, honestly\tmine\n", bad[i]);
        g_string_append_printf (s, "none\ten\there is the %s\tmine\n", good[i]);
        g_string_append_printf (s, "none\ten\tthe %s is ready\tmine\n", good[i]);
        g_string_append_printf (s, "none\ten\tthanks for the %s\tmine\n", good[i]);
        g_string_append_printf (s, "none\ten\twe will send the %s on monday\tmine\n", good[i]);
        g_string_append_printf (s, "none\ten\tcould you check the %s\tmine\n", good[i]);
        g_string_append_printf (s, "none\ten\tI attached the %s\tmine\n", good[i]);
        g_string_append_printf (s, "none\ten\tthe new %s looks fine\tmine\n", good[i]);
        g_string_append_printf (s, "none\ten\tlet's talk about the %s tomorrow\tmine\n", good[i]);
    }
    return g_string_free (s, FALSE);
}

/* The abuse score 'patterns explain --patterns dir' gives text; with
 * hit, the text must be a hit of the model. */
static double
abuse_score (const char *dir, const char *text, gboolean hit)
{
    char *out = NULL, *err = NULL;
    const char *line;
    double score = -1;
    int rc = t_redflag (&out, &err, env, "patterns", "explain", "--patterns", dir, "--lang", "en",
                        text, NULL);
    ck_assert_msg (rc == 0, "%s", err);
    ck_assert_msg (!hit || strstr (out, "HIT     en.abuse.model") != NULL, "%s", out);
    line = strstr (out, "\n    abuse ");
    ck_assert_msg (line && sscanf (line + 11, " %lf", &score) == 1, "%s", out);
    g_free (out);
    g_free (err);
    return score;
}

START_TEST (test_train_examples)
{
    char *text = examples (), *path, *out_a, *out_b, *a, *b, *out = NULL, *err = NULL;
    int rc;
    put ("mine.tsv", text);
    path = g_build_filename (tmp, "mine.tsv", NULL);
    out_a = g_build_filename (tmp, "a", NULL);
    out_b = g_build_filename (tmp, "b", NULL);
    rc = t_redflag (&out, &err, env, "patterns", "train", "-q", "--examples", path, "--out", out_a,
                    NULL);
    ck_assert_msg (rc == 0, "%s", err);
    g_free (out);
    g_free (err);
    rc = t_redflag (&out, &err, env, "patterns", "train", "-q", "--examples", path, "--out", out_b,
                    NULL);
    ck_assert_msg (rc == 0, "%s", err);
    {
        char *pa = g_build_filename (out_a, "en", "abuse.model", NULL);
        char *pb = g_build_filename (out_b, "en", "abuse.model", NULL);
        a = t_read (pa);
        b = t_read (pb);
        g_free (pa);
        g_free (pb);
    }
    ck_assert (a != NULL && b != NULL);
    ck_assert_str_eq (a, b);
    ck_assert (strstr (a, "# command: redflag patterns train --examples mine.tsv --seed 1\n") != NULL);
    ck_assert (strstr (a, "mine.tsv (your examples): 20 positive, 40 negative, every row") != NULL);
    g_free (out);
    g_free (err);
    /* The trained model, used with --patterns, flags an insult it was
     * taught, and scores a routine sentence lower. */
    {
        double insult = abuse_score (out_a, "what a clown you are", TRUE);
        double routine = abuse_score (out_a, "the report is ready", FALSE);
        ck_assert_msg (insult > routine, "insult %.2f, routine %.2f", insult, routine);
    }
    g_free (a);
    g_free (b);
    g_free (out_a);
    g_free (out_b);
    g_free (path);
    g_free (text);
}
END_TEST

START_TEST (test_train_usage)
{
    char *out = NULL, *err = NULL;
    int rc = t_redflag (&out, &err, env, "patterns", "train", "--help", NULL);
    ck_assert_int_eq (rc, 0);
    ck_assert (strstr (out, "--examples") != NULL);
    g_free (out);
    g_free (err);
    rc = t_redflag (&out, &err, env, "patterns", "train", NULL);
    ck_assert_int_eq (rc, 4);   /* nothing to learn from */
    ck_assert (strstr (err, "no labelled rows") != NULL);
    g_free (out);
    g_free (err);
    rc = t_redflag (&out, &err, env, "patterns", "train", "--examples", "/nonexistent.tsv", NULL);
    ck_assert_int_eq (rc, 4);
    ck_assert (strstr (err, "nonexistent.tsv") != NULL);
    g_free (out);
    g_free (err);
}
END_TEST

static Suite *
cli_suite (void)
{
    Suite *s = suite_create ("scorer_cli");
    TCase *tc = tcase_create ("scorer_cli");
    tcase_set_timeout (tc, 120);
    tcase_add_checked_fixture (tc, setup, teardown);
    tcase_add_test (tc, test_scan_stores_scorer_hit);
    tcase_add_test (tc, test_explain);
    tcase_add_test (tc, test_train_examples);
    tcase_add_test (tc, test_train_usage);
    suite_add_tcase (s, tc);
    return s;
}

int
main (void)
{
    SRunner *sr = srunner_create (cli_suite ());
    int failed;
    srunner_run_all (sr, CK_ENV);
    failed = srunner_ntests_failed (sr);
    srunner_free (sr);
    return failed ? 1 : 0;
}
