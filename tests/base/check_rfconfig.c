/* check_rfconfig.c - rfconfig.c one function at a time: the configuration file: loading, defaults, errors, lookups.
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

#include "base/rfconfig.h"
#include "base/util.h"
#include "unitlib.h"

static char *cfg_dir;

static void
cfg_setup (void)
{
    cfg_dir = make_tmpdir ();
}

static void
cfg_teardown (void)
{
    rm_tree (cfg_dir);
    g_free (cfg_dir);
}

static const char sample_config[] =
    "[redflag]\n"
    "me = Bob@Studio.example, bob.perso@freemail.example\n"
    "my_domains = studio.example\n"
    "working_hours = 08:30-17:00\n"
    "working_days = Mon-Fri\n"
    "timezone = Europe/Paris\n"
    "holidays = 2026-05-01, 2026-12-25\n"
    "grace_days = 5\n"
    "\n"
    "[client:acme]\n"
    "name = ACME Industries\n"
    "domains = acme.example\n"
    "addresses = Boss@Partner.example, ceo@globex.example\n"
    "timezone = America/New_York\n"
    "working_hours = 09:00-17:00\n"
    "holidays = 2026-07-04\n"
    "contract_end = 2026-06-30\n"
    "response_hours = 24\n"
    "\n"
    "[client:globex]\n"
    "domains = globex.example, globex-mail.example\n";

static rf_config_t *
load_text (const char *text, const char *freemail, GError **err)
{
    char *path = write_file (cfg_dir, "redflag.conf", text);
    rf_config_t *cfg = rf_config_load (path, freemail, err);
    g_free (path);
    return cfg;
}

static rf_client_t *
client_by_id (rf_config_t *cfg, const char *id)
{
    for (guint i = 0; i < cfg->clients->len; i++) {
        rf_client_t *c = cfg->clients->pdata[i];
        if (strcmp (c->id, id) == 0)
            return c;
    }
    ck_abort_msg ("no client %s", id);
    return NULL;
}

static gboolean
has_holiday (const rf_hours_t *h, gint32 j)
{
    for (guint i = 0; i < h->holidays->len; i++)
        if (g_array_index (h->holidays, gint32, i) == j)
            return TRUE;
    return FALSE;
}

START_TEST (test_config_load)
{
    GError *err = NULL;
    rf_config_t *cfg = load_text (sample_config, NULL, &err);
    rf_client_t *acme, *globex;

    ck_assert_msg (cfg != NULL, "%s", err ? err->message : "");
    ck_assert_uint_eq (g_strv_length (cfg->me), 2);
    ck_assert_str_eq (cfg->me[0], "bob@studio.example");
    ck_assert_str_eq (cfg->me[1], "bob.perso@freemail.example");
    ck_assert_uint_eq (g_strv_length (cfg->my_domains), 1);
    ck_assert_str_eq (cfg->my_domains[0], "studio.example");
    ck_assert_int_eq (cfg->hours.start_min, 8 * 60 + 30);
    ck_assert_int_eq (cfg->hours.end_min, 17 * 60);
    ck_assert_uint_eq (cfg->hours.days_mask, 0x1f);
    ck_assert_str_eq (cfg->hours.tz_name, "Europe/Paris");
    ck_assert_uint_eq (cfg->hours.holidays->len, 2);
    ck_assert (has_holiday (&cfg->hours, julian (2026, 5, 1)));
    ck_assert (has_holiday (&cfg->hours, julian (2026, 12, 25)));
    ck_assert_int_eq (cfg->grace_days, 5);
    ck_assert_int_eq (cfg->payment_terms_days, 30);
    ck_assert_int_eq (cfg->max_message_bytes, 64 * 1024 * 1024);

    ck_assert_uint_eq (cfg->clients->len, 2);
    acme = client_by_id (cfg, "acme");
    ck_assert_str_eq (acme->name, "ACME Industries");
    ck_assert_uint_eq (g_strv_length (acme->domains), 1);
    ck_assert_str_eq (acme->domains[0], "acme.example");
    ck_assert_uint_eq (g_strv_length (acme->addresses), 2);
    ck_assert_str_eq (acme->addresses[0], "boss@partner.example");
    ck_assert_str_eq (acme->hours.tz_name, "America/New_York");
    ck_assert_int_eq (acme->hours.start_min, 9 * 60);
    ck_assert_int_eq (acme->hours.end_min, 17 * 60);
    /* Client holidays add to ours: 1 May, 25 Dec and 4 July. */
    ck_assert_uint_eq (acme->hours.holidays->len, 3);
    ck_assert (has_holiday (&acme->hours, julian (2026, 7, 4)));
    ck_assert (has_holiday (&acme->hours, julian (2026, 5, 1)));
    /* 2026-06-30 00:00 UTC: day 20454 + 181 - 1 = 20634; 20634 * 86400. */
    ck_assert_int_eq (acme->contract_end, G_GINT64_CONSTANT (1782777600));
    ck_assert_int_eq (acme->response_seconds, 24 * 3600);

    globex = client_by_id (cfg, "globex");
    ck_assert_str_eq (globex->name, "globex");            /* defaults to the id */
    ck_assert_uint_eq (g_strv_length (globex->domains), 2);
    ck_assert_int_eq (globex->contract_end, -1);
    ck_assert_int_eq (globex->response_seconds, 0);
    /* Hours not set in the group come from [redflag]. */
    ck_assert_str_eq (globex->hours.tz_name, "Europe/Paris");
    ck_assert_int_eq (globex->hours.start_min, 8 * 60 + 30);
    ck_assert_uint_eq (globex->hours.holidays->len, 2);
    rf_config_free (cfg);
}
END_TEST

START_TEST (test_config_defaults)
{
    GError *err = NULL;
    rf_config_t *cfg = rf_config_load (NULL, NULL, &err);
    ck_assert_msg (cfg != NULL, "%s", err ? err->message : "");
    ck_assert_int_eq (cfg->hours.start_min, 9 * 60);
    ck_assert_int_eq (cfg->hours.end_min, 18 * 60);
    ck_assert_uint_eq (cfg->hours.days_mask, 0x1f);
    ck_assert_int_eq (cfg->grace_days, 7);
    ck_assert_uint_eq (cfg->clients->len, 0);
    ck_assert (!rf_config_is_me (cfg, "bob@studio.example"));
    rf_config_free (cfg);
}
END_TEST

/* Load a one-line-changed configuration and expect an error naming key. */
static void
expect_config_error (const char *text, const char *key)
{
    GError *err = NULL;
    rf_config_t *cfg = load_text (text, NULL, &err);
    ck_assert_msg (cfg == NULL, "accepted a bad %s", key);
    ck_assert (err != NULL);
    ck_assert_msg (strstr (err->message, key) != NULL, "error \"%s\" does not name %s", err->message, key);
    g_error_free (err);
}

START_TEST (test_config_errors)
{
    expect_config_error ("[redflag]\ntimezone = Mars/Olympus_Mons\n", "timezone");
    expect_config_error ("[redflag]\nworking_hours = 9-17\n", "working_hours");
    expect_config_error ("[redflag]\nworking_days = Funday\n", "working_days");
    expect_config_error ("[redflag]\nholidays = 2026-02-30\n", "holidays");
    expect_config_error ("[redflag]\n[client:acme]\ncontract_end = 2026-13-01\n", "contract_end");
    expect_config_error ("[redflag]\n[client:acme]\ncontract_end = 2026-13-01\n", "client:acme");
    expect_config_error ("[redflag]\n[client:acme]\ncontract_end = 30/06/2026\n", "contract_end");
    expect_config_error ("[redflag]\n[client:acme]\nresponse_hours = soon\n", "response_hours");
    expect_config_error ("[redflag]\n[client:acme]\ntimezone = Nowhere/City\n", "timezone");
    {
        /* A missing file is an error when a path is given. */
        GError *err = NULL;
        char *p = g_build_filename (cfg_dir, "absent.conf", NULL);
        ck_assert_ptr_null (rf_config_load (p, NULL, &err));
        ck_assert (err != NULL);
        g_error_free (err);
        g_free (p);
    }
}
END_TEST

START_TEST (test_config_client_for_addr)
{
    GError *err = NULL;
    rf_config_t *cfg = load_text (sample_config, NULL, &err);
    rf_client_t *acme, *globex;
    ck_assert_msg (cfg != NULL, "%s", err ? err->message : "");
    acme = client_by_id (cfg, "acme");
    globex = client_by_id (cfg, "globex");

    ck_assert_ptr_eq (rf_config_client_for_addr (cfg, "boss@partner.example"), acme);
    ck_assert_ptr_null (rf_config_client_for_addr (cfg, "someone@partner.example"));
    ck_assert_ptr_eq (rf_config_client_for_addr (cfg, "anna@acme.example"), acme);
    ck_assert_ptr_eq (rf_config_client_for_addr (cfg, "x@mail.acme.example"), acme);
    ck_assert_ptr_eq (rf_config_client_for_addr (cfg, "x@eu.mail.acme.example"), acme);
    ck_assert_ptr_null (rf_config_client_for_addr (cfg, "x@notacme.example"));
    ck_assert_ptr_eq (rf_config_client_for_addr (cfg, "x@globex-mail.example"), globex);
    /* The exact address wins over the domain. */
    ck_assert_ptr_eq (rf_config_client_for_addr (cfg, "ceo@globex.example"), acme);
    ck_assert_ptr_eq (rf_config_client_for_addr (cfg, "cfo@globex.example"), globex);
    ck_assert_ptr_null (rf_config_client_for_addr (cfg, "nodomain"));
    ck_assert_ptr_null (rf_config_client_for_addr (cfg, NULL));
    rf_config_free (cfg);
}
END_TEST

START_TEST (test_config_is_me)
{
    GError *err = NULL;
    rf_config_t *cfg = load_text (sample_config, NULL, &err);
    ck_assert_msg (cfg != NULL, "%s", err ? err->message : "");

    ck_assert (rf_config_is_me (cfg, "bob@studio.example"));
    ck_assert (rf_config_is_me (cfg, "anyone@studio.example"));
    ck_assert (rf_config_is_me (cfg, "x@eu.studio.example"));
    ck_assert (!rf_config_is_me (cfg, "x@notstudio.example"));
    ck_assert (rf_config_is_me (cfg, "bob.perso@freemail.example"));
    ck_assert (!rf_config_is_me (cfg, "other@freemail.example"));
    ck_assert (!rf_config_is_me (cfg, NULL));
    rf_config_add_me (cfg, "Other@Freemail.example");
    ck_assert (rf_config_is_me (cfg, "other@freemail.example"));
    rf_config_add_me (cfg, "other@freemail.example");        /* no duplicate */
    ck_assert_uint_eq (g_strv_length (cfg->me), 3);
    rf_config_free (cfg);
}
END_TEST

START_TEST (test_hours_parse)
{
    guint8 mask;
    int s, e;
    /* Sun (bit 6) wraps to Mon..Thu (bits 0-3): 0x40 | 0x0f. */
    ck_assert (rf_hours_parse_days ("Sun-Thu", &mask));
    ck_assert_uint_eq (mask, 0x4f);
    ck_assert (rf_hours_parse_days ("Mon-Fri", &mask));
    ck_assert_uint_eq (mask, 0x1f);
    ck_assert (rf_hours_parse_days ("Mon,Wed,Fri", &mask));
    ck_assert_uint_eq (mask, 0x15);
    ck_assert (rf_hours_parse_days ("Sat", &mask));
    ck_assert_uint_eq (mask, 0x20);
    ck_assert (!rf_hours_parse_days ("Funday", &mask));
    ck_assert (!rf_hours_parse_days ("", &mask));

    ck_assert (rf_hours_parse_interval ("09:00-18:00", &s, &e));
    ck_assert_int_eq (s, 540);
    ck_assert_int_eq (e, 1080);
    ck_assert (rf_hours_parse_interval ("00:00-24:00", &s, &e));
    ck_assert_int_eq (s, 0);
    ck_assert_int_eq (e, 1440);
    ck_assert (!rf_hours_parse_interval ("9-17", &s, &e));
    ck_assert (!rf_hours_parse_interval ("18:00-09:00", &s, &e));
    ck_assert (!rf_hours_parse_interval ("09:00-18:00 extra", &s, &e));
}
END_TEST

START_TEST (test_config_freemail)
{
    GError *err = NULL;
    char *list = write_file (cfg_dir, "freemail.txt", "# free mail providers\nWebmail.example\n\nmail.test  # inline\n");
    rf_config_t *cfg = load_text ("[redflag]\n", list, &err);
    ck_assert_msg (cfg != NULL, "%s", err ? err->message : "");
    ck_assert (rf_config_is_freemail (cfg, "webmail.example"));
    ck_assert (rf_config_is_freemail (cfg, "mail.test"));
    ck_assert (!rf_config_is_freemail (cfg, "acme.example"));
    ck_assert (!rf_config_is_freemail (cfg, "# free mail providers"));
    ck_assert (!rf_config_is_freemail (cfg, NULL));
    ck_assert_uint_eq (g_hash_table_size (cfg->freemail), 2);
    rf_config_free (cfg);
    g_free (list);

    /* The list shipped in patterns/. */
    list = g_build_filename (TOP_SRCDIR, "patterns", "freemail.txt", NULL);
    cfg = rf_config_load (NULL, list, &err);
    ck_assert_msg (cfg != NULL, "%s", err ? err->message : "");
    ck_assert (rf_config_is_freemail (cfg, "gmail.com"));
    ck_assert (!rf_config_is_freemail (cfg, "acme.example"));
    rf_config_free (cfg);
    g_free (list);
}
END_TEST

static Suite *
rfconfig_suite (void)
{
    Suite *s = suite_create ("rfconfig");
    TCase *tc = tcase_create ("rfconfig");
    tcase_add_checked_fixture (tc, cfg_setup, cfg_teardown);
    tcase_add_test (tc, test_config_load);
    tcase_add_test (tc, test_config_defaults);
    tcase_add_test (tc, test_config_errors);
    tcase_add_test (tc, test_config_client_for_addr);
    tcase_add_test (tc, test_config_is_me);
    tcase_add_test (tc, test_hours_parse);
    tcase_add_test (tc, test_config_freemail);
        suite_add_tcase (s, tc);
    return s;
}

int
main (void)
{
    SRunner *sr;
    int nf;

    sr = srunner_create (rfconfig_suite ());
    srunner_run_all (sr, CK_ENV);
    nf = srunner_ntests_failed (sr);
    srunner_free (sr);
    return nf ? EXIT_FAILURE : EXIT_SUCCESS;
}
