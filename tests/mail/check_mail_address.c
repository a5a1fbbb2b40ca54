/* check_mail_address.c - mail_address.c: address lists split entry by
 * entry, the lenient reading of addresses GMime refuses, valid mailboxes.
 * Expected values follow doc/mail-rules.md ("Addresses"). */
#include "config.h"

#include <check.h>
#include <stdlib.h>

#include "mail/mail_address.h"
#include "unitlib.h"

/* The entries of raw joined with " | ". */
static char *
split_joined (const char *raw)
{
    char **e = rf_addr_list_split (raw);
    char *j = g_strjoinv (" | ", e);
    g_strfreev (e);
    return j;
}

START_TEST (test_split_entries)
{
    ASSERT_STR_TAKE (split_joined ("a@x.com, b@y.com"), "a@x.com | b@y.com");
    /* A comma inside quotes, a comment or angle brackets ends nothing. */
    ASSERT_STR_TAKE (split_joined ("\"Brawner, Frank\" <f..brawner@enron.com>, c@z.com"),
                     "\"Brawner, Frank\" <f..brawner@enron.com> | c@z.com");
    ASSERT_STR_TAKE (split_joined ("t@x.com (Taro, sales), u@x.com"), "t@x.com (Taro, sales) | u@x.com");
    ASSERT_STR_TAKE (split_joined ("\"a \\\" , b\" <q@x.com>"), "\"a \\\" , b\" <q@x.com>");
    /* Folded over two lines. */
    ASSERT_STR_TAKE (split_joined (" Taro\r\n\t<taro.@docomo.ne.jp>,\r\n f..brawner@enron.com"),
                     "Taro   <taro.@docomo.ne.jp> | f..brawner@enron.com");
    /* A group's name is no entry; its members are. */
    ASSERT_STR_TAKE (split_joined ("Team: a@x.com, b@x.com;, c@y.com"), "a@x.com | b@x.com | c@y.com");
    ASSERT_STR_TAKE (split_joined ("undisclosed-recipients:;"), "");
    ASSERT_STR_TAKE (split_joined (" , ,"), "");
    ASSERT_STR_TAKE (split_joined (NULL), "");
}
END_TEST

START_TEST (test_lenient_address)
{
    /* The three shapes of the issue, bare and between <>, case folded. */
    ASSERT_STR_TAKE (rf_addr_lenient ("f..brawner@enron.com"), "f..brawner@enron.com");
    ASSERT_STR_TAKE (rf_addr_lenient ("Frank Brawner <F..Brawner@ENRON.com>"), "f..brawner@enron.com");
    ASSERT_STR_TAKE (rf_addr_lenient ("\"Taro\" <taro.@docomo.ne.jp>"), "taro.@docomo.ne.jp");
    ASSERT_STR_TAKE (rf_addr_lenient ("taro..yamada@docomo.ne.jp (Taro Yamada)"), "taro..yamada@docomo.ne.jp");
    ASSERT_STR_TAKE (rf_addr_lenient (".taro@docomo.ne.jp"), ".taro@docomo.ne.jp");
    /* An '@' in the quoted name is not the address. */
    ASSERT_STR_TAKE (rf_addr_lenient ("\"taro@home\" taro.@docomo.ne.jp"), "taro.@docomo.ne.jp");
    /* A '<' without its '>' (a cut header): up to the end. */
    ASSERT_STR_TAKE (rf_addr_lenient ("Frank <f..brawner@enron.com"), "f..brawner@enron.com");
    /* The first word with one '@' when there are several. */
    ASSERT_STR_TAKE (rf_addr_lenient ("a.@x.com b.@y.com"), "a.@x.com");
    /* Nothing usable. */
    ck_assert_ptr_null (rf_addr_lenient ("Frank Brawner"));
    ck_assert_ptr_null (rf_addr_lenient ("a@b@c.com"));
    ck_assert_ptr_null (rf_addr_lenient ("<a@b@c.com>"));
    ck_assert_ptr_null (rf_addr_lenient ("<@x.com>"));
    ck_assert_ptr_null (rf_addr_lenient ("<taro@>"));
    ck_assert_ptr_null (rf_addr_lenient ("<taro yamada@x.com>"));
    ck_assert_ptr_null (rf_addr_lenient ("\"f..brawner@enron.com\""));
    ck_assert_ptr_null (rf_addr_lenient (""));
}
END_TEST

START_TEST (test_lenient_name)
{
    ASSERT_STR_TAKE (rf_addr_lenient_name ("\"Brawner, Frank\" <f..brawner@enron.com>"), "Brawner, Frank");
    ASSERT_STR_TAKE (rf_addr_lenient_name ("Taro Yamada <taro.@docomo.ne.jp>"), "Taro Yamada");
    ck_assert_ptr_null (rf_addr_lenient_name ("<taro.@docomo.ne.jp>"));
    ck_assert_ptr_null (rf_addr_lenient_name ("taro.@docomo.ne.jp"));
    ck_assert_ptr_null (rf_addr_lenient_name ("\"\" <taro.@docomo.ne.jp>"));
}
END_TEST

START_TEST (test_valid_mailbox)
{
    ck_assert (rf_addr_is_valid_mailbox ("m_besch@yahoo.com"));
    ck_assert (rf_addr_is_valid_mailbox ("ken.merideth@entergykoch.com"));
    ck_assert (rf_addr_is_valid_mailbox ("paul@acme.example"));        /* reserved for examples */
    ck_assert (rf_addr_is_valid_mailbox ("maria@contrib.test"));
    ck_assert (rf_addr_is_valid_mailbox ("taro.@docomo.ne.jp"));       /* the local part is not judged */
    ck_assert (rf_addr_is_valid_mailbox ("f..brawner@enron.com"));
    ck_assert (rf_addr_is_valid_mailbox ("a@mail-2.example.co.uk"));
    ck_assert (rf_addr_is_valid_mailbox ("a@xn--bcher-kva.xn--p1ai"));
    ck_assert (rf_addr_is_valid_mailbox ("ana@correo.empresa.es"));
    /* Truncated: "dni" is no top-level domain. */
    ck_assert (!rf_addr_is_valid_mailbox ("cbreaux@ncsc.dni"));
    ck_assert (!rf_addr_is_valid_mailbox ("kate@enron"));              /* no dot in the domain */
    ck_assert (!rf_addr_is_valid_mailbox ("user@localhost"));
    ck_assert (!rf_addr_is_valid_mailbox ("a@x.c"));                   /* one-letter: not a TLD */
    ck_assert (!rf_addr_is_valid_mailbox ("a@x..com"));
    ck_assert (!rf_addr_is_valid_mailbox ("a@.x.com"));
    ck_assert (!rf_addr_is_valid_mailbox ("a@x.com."));
    ck_assert (!rf_addr_is_valid_mailbox ("a@-x.com"));
    ck_assert (!rf_addr_is_valid_mailbox ("a@x_y.com"));
    ck_assert (!rf_addr_is_valid_mailbox ("a@[10.0.0.1]"));
    ck_assert (!rf_addr_is_valid_mailbox ("a@10.0.0.1"));
    ck_assert (!rf_addr_is_valid_mailbox ("a@b@x.com"));
    ck_assert (!rf_addr_is_valid_mailbox ("@x.com"));
    ck_assert (!rf_addr_is_valid_mailbox ("a b@x.com"));
    ck_assert (!rf_addr_is_valid_mailbox ("john"));
    ck_assert (!rf_addr_is_valid_mailbox (""));
    ck_assert (!rf_addr_is_valid_mailbox (NULL));
}
END_TEST

START_TEST (test_tld_list)
{
    ck_assert (rf_tld_known ("com"));
    ck_assert (rf_tld_known ("jp"));
    ck_assert (rf_tld_known ("example"));
    ck_assert (rf_tld_known ("test"));
    ck_assert (!rf_tld_known ("dni"));
    ck_assert (!rf_tld_known ("invalid"));
    ck_assert (!rf_tld_known ("local"));
    ck_assert (!rf_tld_known ("COM"));      /* lower case only */
    ck_assert (!rf_tld_known (""));
    ck_assert (!rf_tld_known (NULL));
}
END_TEST

static Suite *
mail_address_suite (void)
{
    Suite *s = suite_create ("mail_address");
    TCase *tc = tcase_create ("mail_address");
    tcase_add_test (tc, test_split_entries);
    tcase_add_test (tc, test_lenient_address);
    tcase_add_test (tc, test_lenient_name);
    tcase_add_test (tc, test_valid_mailbox);
    tcase_add_test (tc, test_tld_list);
    suite_add_tcase (s, tc);
    return s;
}

int
main (void)
{
    SRunner *sr = srunner_create (mail_address_suite ());
    int nf;
    srunner_run_all (sr, CK_ENV);
    nf = srunner_ntests_failed (sr);
    srunner_free (sr);
    return nf ? EXIT_FAILURE : EXIT_SUCCESS;
}
