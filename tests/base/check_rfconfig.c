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
#include "base/rfconfig_keys.h"
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
    ck_assert (cfg->invoices_from_mail);
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
    expect_config_error ("[redflag]\ninvoices_from_mail = yes\n", "invoices_from_mail");
    {
        GError *err = NULL;
        rf_config_t *cfg = load_text ("[redflag]\ninvoices_from_mail = false\n", NULL, &err);
        ck_assert_msg (cfg != NULL, "%s", err ? err->message : "");
        ck_assert (!cfg->invoices_from_mail);
        rf_config_free (cfg);
    }
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
    /* A night shift: the start after the end (bizhours.c counts it). */
    ck_assert (rf_hours_parse_interval ("18:00-09:00", &s, &e));
    ck_assert_int_eq (s, 1080);
    ck_assert_int_eq (e, 540);
    ck_assert (rf_hours_parse_interval ("22:00-00:00", &s, &e));
    ck_assert_int_eq (s, 1320);
    ck_assert_int_eq (e, 0);
    /* No length (or all day?), a start at 24:00, past 24:00: refused. */
    ck_assert (!rf_hours_parse_interval ("09:00-09:00", &s, &e));
    ck_assert (!rf_hours_parse_interval ("24:00-06:00", &s, &e));
    ck_assert (!rf_hours_parse_interval ("18:00-24:30", &s, &e));
    ck_assert (!rf_hours_parse_interval ("18:60-20:00", &s, &e));
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

/* The check's whole message for a file, or NULL when it loads. */
static char *
check_message (const char *text)
{
    GError *err = NULL;
    rf_config_t *cfg = load_text (text, NULL, &err);
    char *msg;
    if (cfg) {
        rf_config_free (cfg);
        return NULL;
    }
    msg = g_strdup (err->message);
    g_error_free (err);
    return msg;
}

/* The error for text names the file and line and says exactly this. */
static void
expect_problem (const char *text, int line, const char *problem)
{
    char *msg = check_message (text);
    char *want = g_strdup_printf ("%s/redflag.conf:%d: %s", cfg_dir, line, problem);
    ck_assert_msg (msg != NULL, "accepted:\n%s", text);
    ck_assert_msg (strcmp (msg, want) == 0, "expected \"%s\"\n got      \"%s\"", want, msg);
    g_free (want);
    g_free (msg);
}

START_TEST (test_edit_distance)
{
    ck_assert_uint_eq (rf_edit_distance ("domain", "domains"), 1);        /* one insertion */
    ck_assert_uint_eq (rf_edit_distance ("timezon", "timezone"), 1);
    ck_assert_uint_eq (rf_edit_distance ("kitten", "sitting"), 3);        /* k->s, e->i, +g */
    ck_assert_uint_eq (rf_edit_distance ("", "abc"), 3);
    ck_assert_uint_eq (rf_edit_distance ("abc", ""), 3);
    ck_assert_uint_eq (rf_edit_distance ("same", "same"), 0);
    ck_assert_uint_eq (rf_edit_distance ("ab", "ba"), 2);                 /* no transpositions */
}
END_TEST

/* The three typos of the issue, each with the key it meant. */
START_TEST (test_config_unknown_keys)
{
    expect_problem ("[redflag]\nme = a@studio.example\n\n[client:rude]\ndomains = rude.example\n"
                    "domain = rude.example\n", 6,
                    "[client:rude] domain: unknown key; did you mean 'domains'?");
    expect_problem ("[client:rude]\ndomains = rude.example\ntimezon = Europe/Paris\n", 3,
                    "[client:rude] timezon: unknown key; did you mean 'timezone'?");
    expect_problem ("[client:rude]\ndomains = rude.example\nlate_payment_warnin = 3\n", 3,
                    "[client:rude] late_payment_warnin: unknown key; did you mean 'late_payment_warning'?");
    expect_problem ("[thresholds]\nlate_payment_warnin = 3\n", 2,
                    "[thresholds] late_payment_warnin: unknown key; did you mean 'late_payment_warning'?");
    expect_problem ("[redflag]\ntimezon = UTC\n", 2,
                    "[redflag] timezon: unknown key; did you mean 'timezone'?");
    /* Nothing near: no guess. */
    expect_problem ("[redflag]\ncolour = blue\n", 2,
                    "[redflag] colour: unknown key (every key: doc/configuration.md)");
    /* A key of another group says where it goes. */
    expect_problem ("[client:a]\ndomains = a.example\ngrace_days = 3\n", 3,
                    "[client:a] grace_days: not a key of [client:KEY]; it belongs in [redflag]");
    expect_problem ("[redflag]\ndomains = a.example\n", 2,
                    "[redflag] domains: not a key of [redflag]; it belongs in [client:KEY]");
    expect_problem ("[thresholds]\nname = x\n", 2,
                    "[thresholds] name: not a key of [thresholds]; it belongs in [client:KEY]");
    expect_problem ("[redflag]\nabuse_warning = 2\n", 2,
                    "[redflag] abuse_warning: not a key of [redflag]; it belongs in [thresholds]");
    /* A signal without its level, and a level the signal does not have. */
    expect_problem ("[thresholds]\nlate_payment = 3\n", 2,
                    "[thresholds] late_payment: a threshold is late_payment_warning or late_payment_critical");
    expect_problem ("[thresholds]\ndependency_critical = 0.6\n", 2,
                    "[thresholds] dependency_critical: dependency has no critical level, only dependency_warning");
}
END_TEST

START_TEST (test_config_unknown_groups)
{
    expect_problem ("[clients:acme]\ndomains = acme.example\n", 1,
                    "[clients:acme]: unknown group; did you mean [client:acme]?");
    expect_problem ("[threshold]\nabuse_warning = 1\n", 1,
                    "[threshold]: unknown group; did you mean [thresholds]?");
    expect_problem ("[Redflag]\n", 1, "[Redflag]: unknown group; did you mean [redflag]?");
    expect_problem ("[acme]\ndomains = acme.example\n", 1,
                    "[acme]: unknown group (expected [redflag], [thresholds] or [client:KEY]; "
                    "a client's group is e.g. [client:acme])");
    expect_problem ("[client: ]\ndomains = acme.example\n", 1,
                    "[client: ]: a client group needs a key after \"client:\", e.g. [client:acme]");
}
END_TEST

START_TEST (test_config_value_shapes)
{
    expect_problem ("[redflag]\nme = sam at freelance\n", 2,
                    "[redflag] me: \"sam at freelance\" is not an e-mail address (expected name@domain)");
    expect_problem ("[redflag]\nme = a@studio.example, @studio.example\n", 2,
                    "[redflag] me: \"@studio.example\" is not an e-mail address (expected name@domain)");
    expect_problem ("[redflag]\nmy_domains = studio\n", 2,
                    "[redflag] my_domains: \"studio\" is not a domain (expected e.g. acme.example)");
    expect_problem ("[client:a]\ndomains = boss@a.example\n", 2,
                    "[client:a] domains: \"boss@a.example\" is an address, not a domain "
                    "(addresses go in 'addresses' or 'me')");
    expect_problem ("[client:a]\ndomains = a.example\naddresses = boss@a\n", 3,
                    "[client:a] addresses: \"boss@a\" is not an e-mail address (expected name@domain)");
    expect_problem ("[redflag]\ntimezone = Europe/Pariss\n", 2,
                    "[redflag] timezone: unknown time zone \"Europe/Pariss\" "
                    "(expected an IANA name such as Europe/Paris or UTC)");
    expect_problem ("[redflag]\ntimezone = Europe/Paris # ours\n", 2,
                    "[redflag] timezone: unknown time zone \"Europe/Paris # ours\" "
                    "(expected an IANA name such as Europe/Paris or UTC) (a comment goes on a line of its own)");
    expect_problem ("[redflag]\nworking_hours = 9-17\n", 2,
                    "[redflag] working_hours: expected HH:MM-HH:MM on a 24-hour clock (09:00-18:00, "
                    "or 22:00-06:00 for a night shift), got \"9-17\"");
    expect_problem ("[redflag]\nworking_hours = 09:00-09:00\n", 2,
                    "[redflag] working_hours: expected HH:MM-HH:MM on a 24-hour clock (09:00-18:00, "
                    "or 22:00-06:00 for a night shift), got \"09:00-09:00\"");
    expect_problem ("[redflag]\nworking_days = Mon-Fry\n", 2,
                    "[redflag] working_days: expected days such as Mon-Fri or Mon,Wed,Fri, got \"Mon-Fry\"");
    expect_problem ("[redflag]\nholidays = 2026-12-25, 2026-02-30\n", 2,
                    "[redflag] holidays: \"2026-02-30\" is not a date (expected YYYY-MM-DD, e.g. 2026-12-25)");
    expect_problem ("[client:a]\ndomains = a.example\ncontract_end = 31/03/2027\n", 3,
                    "[client:a] contract_end: expected a date as YYYY-MM-DD, got \"31/03/2027\"");
    expect_problem ("[redflag]\ngrace_days = 0\n", 2,
                    "[redflag] grace_days: expected a whole number of 1 or more, got \"0\"");
    expect_problem ("[redflag]\nwindow_days = 90.5\n", 2,
                    "[redflag] window_days: expected a whole number of 1 or more, got \"90.5\"");
    expect_problem ("[client:a]\ndomains = a.example\nresponse_hours = soon\n", 3,
                    "[client:a] response_hours: expected a whole number of 0 or more, got \"soon\"");
    expect_problem ("[thresholds]\nlate_payment_warning = two weeks\n", 2,
                    "[thresholds] late_payment_warning: expected a number of 0 or more, got \"two weeks\"");
    expect_problem ("[thresholds]\nscore_exit = -5\n", 2,
                    "[thresholds] score_exit: expected a number of 0 or more, got \"-5\"");
    expect_problem ("[thresholds]\nabuse_critical = inf\n", 2,
                    "[thresholds] abuse_critical: expected a number of 0 or more, got \"inf\"");
    expect_problem ("[redflag]\ninvoices_from_mail = 1\n", 2,
                    "[redflag] invoices_from_mail: expected true or false, got \"1\"");
    expect_problem ("[client:a]\ndomains = a.example\nlanguage = de\n", 3,
                    "[client:a] language: expected en, fr or es, got \"de\"");
}
END_TEST

START_TEST (test_config_given_twice_and_claims)
{
    expect_problem ("[client:a]\ndomains = a.example\nname = A\nname = B\n", 4,
                    "[client:a] name: given twice (lines 3 and 4); only the last would count: keep one");
    expect_problem ("[client:a]\ndomains = a.example\n[redflag]\n[client:a]\nname = A\n", 4,
                    "[client:a]: the group is given twice (lines 1 and 4): merge them");
    expect_problem ("[client:a]\ndomains = a.example\n[client:b]\ndomains = b.example, A.example\n", 4,
                    "[client:b] domains: a.example is already in [client:a]; one client per domain or address");
    expect_problem ("[redflag]\nmy_domains = studio.example\n[client:a]\ndomains = eu.studio.example\n", 4,
                    "[client:a] domains: eu.studio.example is ours ([redflag] me or my_domains), so its "
                    "mail would never count for this client");
    expect_problem ("[redflag]\nme = sam@free.example\n[client:a]\naddresses = sam@free.example\n", 4,
                    "[client:a] addresses: sam@free.example is ours ([redflag] me or my_domains), so its "
                    "mail would never count for this client");
    expect_problem ("[client:a]\nname = A\n", 1,
                    "[client:a]: matches no mail and no invoice: give it domains, addresses or invoice_party");
    {
        /* invoice_party alone is enough: a client known from its invoices. */
        char *msg = check_message ("[client:a]\ninvoice_party = A SAS\n");
        ck_assert_msg (msg == NULL, "%s", msg);
    }
}
END_TEST

/* Every problem of the file, one per line, in the order of the file. */
START_TEST (test_config_every_problem_listed)
{
    char *msg = check_message ("[redflag]\nme = sam at freelance\n\n[client:rude]\ndomain = rude.example\n"
                               "timezon = Europe/Paris\nlate_payment_warnin = 3\n");
    char *want = g_strdup_printf (
        "%1$s/redflag.conf:2: [redflag] me: \"sam at freelance\" is not an e-mail address (expected name@domain)\n"
        "%1$s/redflag.conf:5: [client:rude] domain: unknown key; did you mean 'domains'?\n"
        "%1$s/redflag.conf:6: [client:rude] timezon: unknown key; did you mean 'timezone'?\n"
        "%1$s/redflag.conf:7: [client:rude] late_payment_warnin: unknown key; did you mean "
        "'late_payment_warning'?", cfg_dir);
    ck_assert_msg (msg && !strcmp (msg, want), "expected:\n%s\ngot:\n%s", want, msg);
    g_free (want);
    g_free (msg);
}
END_TEST

/* Each key of the table with its documented example, in every group it
 * belongs to, loads: the examples in doc/configuration.md are valid. */
START_TEST (test_config_table_examples_load)
{
    GString *t = g_string_new (NULL);
    static const char *const groups[] = { "redflag", "client:acme", "thresholds" };
    GError *err = NULL;
    rf_config_t *cfg;
    for (int g = 0; g < 3; g++) {
        g_string_append_printf (t, "[%s]\n", groups[g]);
        for (const rf_config_key_t *k = rf_config_keys; k->key; k++)
            if (k->groups & (1u << g))
                g_string_append_printf (t, "%s = %s\n", k->key, k->example);
        for (const rf_config_signal_t *s = rf_config_signals; s->signal && g > 0; s++) {
            g_string_append_printf (t, "%s_warning = %g\n", s->signal, s->warning);
            if (s->has_critical)
                g_string_append_printf (t, "%s_critical = %g\n", s->signal, s->critical);
        }
    }
    cfg = load_text (t->str, NULL, &err);
    ck_assert_msg (cfg != NULL, "%s", err ? err->message : "");
    ck_assert_uint_eq (cfg->clients->len, 1);
    /* Two of them read back: the thresholds, and the client's hours. */
    ck_assert (rf_config_threshold (cfg, "acme", "late_payment_warning", 0) == 7);
    ck_assert_int_eq (((rf_client_t *) cfg->clients->pdata[0])->hours.start_min, 8 * 60);
    rf_config_free (cfg);
    g_string_free (t, TRUE);
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
    tcase_add_test (tc, test_edit_distance);
    tcase_add_test (tc, test_config_unknown_keys);
    tcase_add_test (tc, test_config_unknown_groups);
    tcase_add_test (tc, test_config_value_shapes);
    tcase_add_test (tc, test_config_given_twice_and_claims);
    tcase_add_test (tc, test_config_every_problem_listed);
    tcase_add_test (tc, test_config_table_examples_load);
        suite_add_tcase (s, tc);
    return s;
}

int
main (void)
{
    return unit_run (rfconfig_suite ());
}
