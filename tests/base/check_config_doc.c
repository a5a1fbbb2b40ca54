/* check_config_doc.c - doc/configuration.md lists exactly the keys of the
 * configuration table (src/base/rfconfig_keys.c), with the same types,
 * defaults, examples and meanings: the reference cannot drift from what
 * the program accepts.
 *
 * The key tables of the page, between the lines "<!-- keys: begin -->" and
 * "<!-- keys: end -->", are this program's rendering of the table. After a
 * change to the table, `tests/base/check_config_doc --print` in the build
 * directory prints the new text to paste there. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/rfconfig_keys.h"
#include "base/rfconfig.h"

#include <glib/gstdio.h>

#define BEGIN "<!-- keys: begin -->\n"
#define END "<!-- keys: end -->"

static void
cell (GString *s, const char *text, gboolean code)
{
    char **parts = g_strsplit (text, "|", -1), *escaped = g_strjoinv ("\\|", parts);
    g_string_append_printf (s, code ? " `%s` |" : " %s |", escaped);
    g_free (escaped);
    g_strfreev (parts);
}

/* The keys of group; a client's table leaves out the thresholds, which
 * have a table of their own. */
static void
group_table (GString *s, const char *title, unsigned group, unsigned without)
{
    g_string_append_printf (s, "\n### %s\n\n| key | type | default | example | what it changes |\n"
                               "|---|---|---|---|---|\n", title);
    for (const rf_config_key_t *k = rf_config_keys; k->key; k++) {
        char *type;
        if (!(k->groups & group) || (k->groups & without))
            continue;
        type = k->type == RF_KEY_COUNT ? g_strdup_printf ("whole number, %d or more", k->min)
                                       : g_strdup (rf_config_type_name (k->type));
        g_string_append (s, "|");
        cell (s, k->key, TRUE);
        cell (s, type, FALSE);
        cell (s, k->def, FALSE);
        cell (s, k->example, TRUE);
        cell (s, k->meaning, FALSE);
        g_string_append_c (s, '\n');
        g_free (type);
    }
}

static void
signal_table (GString *s)
{
    g_string_append (s, "\n### Signal thresholds, in [thresholds] or one client's [client:KEY]\n\n"
                        "| key | unit | default |\n|---|---|---|\n");
    for (const rf_config_signal_t *g = rf_config_signals; g->signal; g++) {
        g_string_append_printf (s, "| `%s_warning` | %s | %g |\n", g->signal, g->unit, g->warning);
        if (g->has_critical)
            g_string_append_printf (s, "| `%s_critical` | %s | %g |\n", g->signal, g->unit, g->critical);
    }
}

/* The text between the markers, as the table says it should be. */
static char *
render (void)
{
    GString *s = g_string_new (BEGIN);
    group_table (s, "[redflag]", RF_IN_MAIN, 0);
    group_table (s, "[client:KEY]", RF_IN_CLIENT, RF_IN_THRESHOLDS);
    group_table (s, "[thresholds], or one client's [client:KEY]", RF_IN_THRESHOLDS, 0);
    signal_table (s);
    g_string_append (s, "\n" END);
    return g_string_free (s, FALSE);
}

START_TEST (test_doc_lists_the_table)
{
    char *path = g_build_filename (TOP_SRCDIR, "doc", "configuration.md", NULL), *text = NULL;
    char *want = render (), *begin, *end;
    ck_assert_msg (g_file_get_contents (path, &text, NULL, NULL), "cannot read %s", path);
    begin = strstr (text, BEGIN);
    end = begin ? strstr (begin, END) : NULL;
    ck_assert_msg (begin && end, "%s has no \"%s\" ... \"%s\" section", path, BEGIN, END);
    end[strlen (END)] = '\0';
    ck_assert_msg (strcmp (begin, want) == 0,
                   "%s does not list the keys of src/base/rfconfig_keys.c; paste the output of "
                   "'tests/base/check_config_doc --print' (in the build directory) between the markers",
                   path);
    g_free (want);
    g_free (text);
    g_free (path);
}
END_TEST

/* Each key the table knows is found by the look-up the check uses, in
 * each group it names and in no other. */
START_TEST (test_table_lookup)
{
    int n = 0;
    for (const rf_config_key_t *k = rf_config_keys; k->key; k++, n++)
        for (unsigned g = RF_IN_MAIN; g <= RF_IN_THRESHOLDS; g <<= 1) {
            const rf_config_key_t *found = rf_config_key_find (k->key, g, NULL);
            if (k->groups & g)
                ck_assert_msg (found && found->groups & g, "%s not found in group %u", k->key, g);
        }
    /* 12 in [redflag], 13 in [client:KEY], 7 other thresholds. */
    ck_assert_int_eq (n, 32);
    ck_assert_ptr_null (rf_config_key_find ("grace_days", RF_IN_CLIENT, NULL));
    ck_assert_ptr_null (rf_config_key_find ("name", RF_IN_MAIN, NULL));
    ck_assert_ptr_null (rf_config_key_find ("abuse_warning", RF_IN_MAIN, NULL));
    ck_assert_ptr_nonnull (rf_config_key_find ("abuse_critical", RF_IN_THRESHOLDS, NULL));
    ck_assert_ptr_null (rf_config_key_find ("referral_critical", RF_IN_THRESHOLDS, NULL));
    ck_assert_ptr_null (rf_config_key_find ("abuse_warnings", RF_IN_THRESHOLDS, NULL));
}
END_TEST

/* Every ```ini example of a page loads without a problem. */
static void
examples_load (const char *page, int expected)
{
    char *path = g_build_filename (TOP_SRCDIR, page, NULL), *text = NULL, *p;
    int found = 0;
    ck_assert_msg (g_file_get_contents (path, &text, NULL, NULL), "cannot read %s", path);
    for (p = strstr (text, "```ini\n"); p; p = strstr (p, "```ini\n")) {
        char *start = p + strlen ("```ini\n"), *end = strstr (start, "```"), *file = NULL;
        int fd = g_file_open_tmp ("rf-example-XXXXXX.conf", &file, NULL);
        GError *err = NULL;
        rf_config_t *cfg;
        ck_assert (end && fd >= 0);
        close (fd);
        ck_assert (g_file_set_contents (file, start, end - start, NULL));
        cfg = rf_config_load (file, NULL, &err);
        ck_assert_msg (cfg != NULL, "%s: example %d: %s", page, found + 1, err ? err->message : "");
        rf_config_free (cfg);
        g_unlink (file);
        g_free (file);
        found++;
        p = end + 3;
    }
    ck_assert_int_eq (found, expected);
    g_free (text);
    g_free (path);
}

START_TEST (test_examples_load)
{
    examples_load ("doc/configuration.md", 1);
    examples_load ("README.md", 1);
}
END_TEST

int
main (int argc, char **argv)
{
    Suite *s;
    TCase *tc;
    SRunner *sr;
    int nf;
    if (argc > 1 && !strcmp (argv[1], "--print")) {
        char *text = render ();
        puts (text);
        g_free (text);
        return EXIT_SUCCESS;
    }
    s = suite_create ("config_doc");
    tc = tcase_create ("config_doc");
    tcase_add_test (tc, test_doc_lists_the_table);
    tcase_add_test (tc, test_table_lookup);
    tcase_add_test (tc, test_examples_load);
    suite_add_tcase (s, tc);
    sr = srunner_create (s);
    srunner_run_all (sr, CK_ENV);
    nf = srunner_ntests_failed (sr);
    srunner_free (sr);
    return nf ? EXIT_FAILURE : EXIT_SUCCESS;
}
