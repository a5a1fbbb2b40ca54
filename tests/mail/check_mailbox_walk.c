/* check_mailbox_walk.c - mailbox_walk.c one function at a time: Maildir keys, Sent folders and the discovery of inputs.
 *
 * Every expected value is worked out by hand from the rules in
 * doc/mail-rules.md and written next to its assertion. Unix times are
 * given as constants with the local time and UTC offset they stand for;
 * day numbers count from 1970-01-01 (2026-01-01 is day 20454). */
#include "config.h"

#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <gmime/gmime.h>
#include <libxml/parser.h>

#include "base/util.h"
#include "mail/mail_parse.h"
#include "mail/mailbox_walk.h"
#include "unitlib.h"

START_TEST (test_maildir_key)
{
    ASSERT_STR_TAKE (rf_maildir_key ("123.M1P2Q3.host:2,S"), "123.M1P2Q3.host");
    ASSERT_STR_TAKE (rf_maildir_key ("123.M1P2Q3.host:2,"), "123.M1P2Q3.host");
    ASSERT_STR_TAKE (rf_maildir_key ("123.M1P2Q3.host!2,FS"), "123.M1P2Q3.host");
    ASSERT_STR_TAKE (rf_maildir_key ("123.M1P2Q3.host"), "123.M1P2Q3.host");
}
END_TEST

START_TEST (test_folder_is_sent)
{
    ck_assert (rf_folder_is_sent ("Sent"));
    ck_assert (rf_folder_is_sent ("SENT"));
    ck_assert (rf_folder_is_sent ("Archive/Sent Items"));
    ck_assert (rf_folder_is_sent ("office/Sent Mail"));
    ck_assert (rf_folder_is_sent ("Envoyés"));
    ck_assert (rf_folder_is_sent ("Éléments envoyés"));
    ck_assert (rf_folder_is_sent ("Elementos enviados"));
    ck_assert (rf_folder_is_sent ("Enviados"));
    ck_assert (!rf_folder_is_sent ("Sentinel"));
    ck_assert (!rf_folder_is_sent ("Sent/2024"));
    ck_assert (!rf_folder_is_sent ("INBOX"));
    ck_assert (!rf_folder_is_sent (""));
}
END_TEST

START_TEST (test_housekeeping_files)
{
    ck_assert (rf_is_housekeeping_file ("dovecot.index"));
    ck_assert (rf_is_housekeeping_file ("dovecot-uidlist"));
    ck_assert (rf_is_housekeeping_file (".DS_Store"));
    ck_assert (rf_is_housekeeping_file ("subscriptions"));
    ck_assert (!rf_is_housekeeping_file ("old.mbox"));
    ck_assert (!rf_is_housekeeping_file ("1772442900.M1P2Q3.host:2,S"));
}
END_TEST

static const rf_input_t *
find_input (GPtrArray *inputs, const char *name)
{
    for (guint i = 0; i < inputs->len; i++) {
        const rf_input_t *in = inputs->pdata[i];
        if (strcmp (in->name, name) == 0)
            return in;
    }
    ck_abort_msg ("no input named \"%s\"", name);
    return NULL;
}

static void
make_maildir (const char *root, const char *rel)
{
    static const char *const subs[] = { "cur", "new", "tmp" };
    for (size_t i = 0; i < G_N_ELEMENTS (subs); i++) {
        char *p = g_build_filename (rel, subs[i], NULL);
        make_dirs (root, p);
        g_free (p);
    }
}

START_TEST (test_inputs_maildir_plus)
{
    char *tmp = make_tmpdir (), *root = g_build_filename (tmp, "Maildir", NULL);
    GPtrArray *in = g_ptr_array_new_with_free_func (rf_input_free);
    const rf_input_t *i;

    make_maildir (tmp, "Maildir");
    make_maildir (tmp, "Maildir/.Sent");
    make_maildir (tmp, "Maildir/.Archive.2024");
    g_free (write_file (tmp, "Maildir/cur/1772442900.M1P2Q3.host:2,S", "From: a@client.example\n\nx\n"));
    g_free (write_file (tmp, "Maildir/dovecot.index", "binary"));
    g_free (write_file (tmp, "Maildir/dovecot-uidlist", "3 V1 N1\n"));
    g_free (write_file (tmp, "Maildir/subscriptions", "Sent\n"));

    ck_assert (rf_inputs_collect (root, in, NULL));
    /* INBOX, Sent, Archive/2024: three Maildirs, the files beside them are not inputs. */
    ck_assert_uint_eq (in->len, 3);
    i = find_input (in, "INBOX");
    ck_assert_int_eq (i->kind, RF_INPUT_MAILDIR);
    ck_assert (!i->is_sent);
    ck_assert_str_eq (i->path, root);
    i = find_input (in, "Sent");
    ck_assert_int_eq (i->kind, RF_INPUT_MAILDIR);
    ck_assert (i->is_sent);
    i = find_input (in, "Archive/2024");
    ck_assert_int_eq (i->kind, RF_INPUT_MAILDIR);
    ck_assert (!i->is_sent);

    g_ptr_array_unref (in);
    rm_tree (tmp);
    g_free (root);
    g_free (tmp);
}
END_TEST

/* Folders come in byte order of their names whatever the directory's
 * order, so file and message ids do not depend on the file system. */
START_TEST (test_inputs_sorted_by_name)
{
    char *tmp = make_tmpdir (), *root = g_build_filename (tmp, "Maildir", NULL);
    GPtrArray *in = g_ptr_array_new_with_free_func (rf_input_free);

    make_maildir (tmp, "Maildir");
    /* Created in an order unrelated to the names' order. */
    for (int i = 0; i < 40; i++) {
        char *rel = g_strdup_printf ("Maildir/.F%02d", (i * 17) % 40);
        make_maildir (tmp, rel);
        g_free (rel);
    }
    ck_assert (rf_inputs_collect (root, in, NULL));
    ck_assert_uint_eq (in->len, 41);
    ck_assert_str_eq (((rf_input_t *) in->pdata[0])->name, "INBOX");
    for (guint i = 1; i < in->len; i++) {
        char *want = g_strdup_printf ("F%02u", i - 1);
        ck_assert_str_eq (((rf_input_t *) in->pdata[i])->name, want);
        g_free (want);
    }
    g_ptr_array_unref (in);
    rm_tree (tmp);
    g_free (root);
    g_free (tmp);
}
END_TEST

START_TEST (test_inputs_folder)
{
    char *tmp = make_tmpdir (), *root = g_build_filename (tmp, "accounts", NULL), *mbox;
    GPtrArray *in = g_ptr_array_new_with_free_func (rf_input_free);
    const rf_input_t *i;

    make_maildir (tmp, "accounts/office");
    make_maildir (tmp, "accounts/office/.Sent");
    make_maildir (tmp, "accounts/home");
    mbox = write_file (tmp, "accounts/old.mbox", "From a@client.example Mon Mar  2 10:00:00 2026\nFrom: a@client.example\n\nx\n");
    g_free (write_file (tmp, "accounts/Sent.mbox", "From b@studio.example Mon Mar  2 11:00:00 2026\nFrom: b@studio.example\n\ny\n"));
    g_free (write_file (tmp, "accounts/dovecot.index", "binary"));
    g_free (write_file (tmp, "accounts/.DS_Store", "junk"));

    ck_assert (rf_inputs_collect (root, in, NULL));
    /* home, office, office/Sent (Maildirs), old.mbox and Sent.mbox (files). */
    ck_assert_uint_eq (in->len, 5);
    i = find_input (in, "home");
    ck_assert_int_eq (i->kind, RF_INPUT_MAILDIR);
    ck_assert (!i->is_sent);
    i = find_input (in, "office");
    ck_assert_int_eq (i->kind, RF_INPUT_MAILDIR);
    ck_assert (!i->is_sent);
    i = find_input (in, "office/Sent");
    ck_assert_int_eq (i->kind, RF_INPUT_MAILDIR);
    ck_assert (i->is_sent);
    i = find_input (in, "old.mbox");
    ck_assert_int_eq (i->kind, RF_INPUT_FILE);
    ck_assert (!i->is_sent);
    ck_assert_str_eq (i->path, mbox);
    i = find_input (in, "Sent.mbox");
    ck_assert_int_eq (i->kind, RF_INPUT_FILE);
    ck_assert (i->is_sent);

    /* One mbox file given directly. */
    g_ptr_array_set_size (in, 0);
    ck_assert (rf_inputs_collect (mbox, in, NULL));
    ck_assert_uint_eq (in->len, 1);
    i = in->pdata[0];
    ck_assert_int_eq (i->kind, RF_INPUT_FILE);
    ck_assert_str_eq (i->name, "old.mbox");
    ck_assert_str_eq (i->path, mbox);

    g_ptr_array_unref (in);
    rm_tree (tmp);
    g_free (mbox);
    g_free (root);
    g_free (tmp);
}
END_TEST

START_TEST (test_inputs_symlink_not_followed)
{
    char *tmp = make_tmpdir (), *top = g_build_filename (tmp, "top", NULL);
    char *link = g_build_filename (top, "linked", NULL), *target = g_build_filename (tmp, "real", NULL);
    GPtrArray *in = g_ptr_array_new_with_free_func (rf_input_free);

    make_maildir (tmp, "real");
    make_maildir (tmp, "real/.Sent");
    make_maildir (tmp, "top/own");
    ck_assert_msg (symlink (target, link) == 0, "symlink: %s", g_strerror (errno));

    ck_assert (rf_inputs_collect (top, in, NULL));
    /* Only "own": the Maildir behind the link is not walked. */
    for (guint i = 0; i < in->len; i++) {
        const rf_input_t *x = in->pdata[i];
        ck_assert_msg (x->kind != RF_INPUT_MAILDIR || strcmp (x->name, "own") == 0,
                       "followed the link: Maildir input \"%s\"", x->name);
    }
    ck_assert_int_eq (find_input (in, "own")->kind, RF_INPUT_MAILDIR);

    g_ptr_array_unref (in);
    rm_tree (tmp);
    g_free (target);
    g_free (link);
    g_free (top);
    g_free (tmp);
}
END_TEST

START_TEST (test_inputs_missing)
{
    char *tmp = make_tmpdir (), *missing = g_build_filename (tmp, "no-such-dir", NULL);
    GPtrArray *in = g_ptr_array_new_with_free_func (rf_input_free);
    GError *err = NULL;

    ck_assert (!rf_inputs_collect (missing, in, &err));
    ck_assert (err != NULL);
    ck_assert_msg (strstr (err->message, "no-such-dir") != NULL, "message \"%s\"", err->message);
    ck_assert_uint_eq (in->len, 0);
    g_error_free (err);
    g_ptr_array_unref (in);
    rm_tree (tmp);
    g_free (missing);
    g_free (tmp);
}
END_TEST

static Suite *
mailbox_walk_suite (void)
{
    Suite *s = suite_create ("mailbox_walk");
    TCase *tc = tcase_create ("mailbox_walk");
    tcase_add_test (tc, test_maildir_key);
    tcase_add_test (tc, test_folder_is_sent);
    tcase_add_test (tc, test_housekeeping_files);
    tcase_add_test (tc, test_inputs_maildir_plus);
    tcase_add_test (tc, test_inputs_sorted_by_name);
    tcase_add_test (tc, test_inputs_folder);
    tcase_add_test (tc, test_inputs_symlink_not_followed);
    tcase_add_test (tc, test_inputs_missing);
        suite_add_tcase (s, tc);
    return s;
}

int
main (void)
{
    int rc;

    g_mime_init ();
    rf_mail_parse_init ();
    xmlInitParser ();
    rc = unit_run (mailbox_walk_suite ());
    xmlCleanupParser ();
    rf_mail_parse_shutdown ();
    g_mime_shutdown ();
    return rc;
}
