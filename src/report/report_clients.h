/* report_clients.h - who the mail was exchanged with, in a client or not
 * ('redflag clients', and the last line of the report). Reads only the
 * database: what the last analysis stored in client, message_attr,
 * counterpart and counterpart_party. */
#ifndef RF_REPORT_CLIENTS_H
#define RF_REPORT_CLIENTS_H

#include "store/store.h"

/* Print every client with its addresses and message counts, then the
 * counterparts in no client: those we wrote to, and with all those that
 * only wrote to us. Returns an rf_exit_t (RF_EXIT_NODATA before any
 * analysis). */
int rf_report_clients_print (rf_store_t *st, gboolean all, GError **err);

/* The report's closing line about counterparts we wrote to that are in no
 * client (nothing when there are none); top is how many to name. */
gboolean rf_report_unconfigured_line (rf_store_t *st, int top, GError **err);

/* TRUE when a client has this key, or this name up to case. */
gboolean rf_report_client_known (rf_store_t *st, const char *query);

/* The keys of the clients, comma-separated (g_free); "" when none. */
char *rf_report_client_keys (rf_store_t *st);

#endif
