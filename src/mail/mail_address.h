/* mail_address.h - e-mail addresses as written in From, To and Cc: the
 * entries of a list, a lenient reading of the addresses GMime refuses,
 * and whether an address is a valid mailbox. Rules: doc/mail-rules.md
 * ("Addresses"). Pure functions: no GMime, no database. */
#ifndef RF_MAIL_ADDRESS_H
#define RF_MAIL_ADDRESS_H

#include <glib.h>

/* The entries of a raw address-list header value (folded or not): commas
 * and semicolons outside quoted strings, comments and angle brackets end
 * an entry, and a group's name ("Team:") is left out. Empty entries are
 * dropped. (g_strfreev) */
char **rf_addr_list_split (const char *raw);

/* The address of one entry read leniently: what lies between the first
 * '<' and the next '>' (or the end) when the entry has a '<'; otherwise
 * its only word, outside quoted strings and comments, with an '@'. It must
 * hold exactly one '@' with text on both sides and no white space. Lower
 * case; NULL when there is none. (g_free) */
char *rf_addr_lenient (const char *entry);

/* The display name of an entry read leniently: the text before its '<',
 * without surrounding quotes; NULL when there is none. Not decoded. (g_free) */
char *rf_addr_lenient_name (const char *entry);

/* Whether a (lower-case) address is a valid mailbox: one '@', a local part
 * without white space, a domain of two or more labels of letters, digits
 * and '-' (not first or last) ending with a known top-level domain. */
gboolean rf_addr_is_valid_mailbox (const char *addr);

/* Whether a lower-case label is a top-level domain (tld_list.c). */
gboolean rf_tld_known (const char *label);

#endif
