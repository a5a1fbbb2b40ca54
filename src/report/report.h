/* report.h - the terminal report (reads only the database): one row per
 * client, worst first, from client_score and finding. */
#ifndef RF_REPORT_H
#define RF_REPORT_H

#include "store/store.h"

typedef struct {
    const char *client;      /* key or name, or NULL for all */
    gboolean details;        /* every finding with its evidence */
} rf_report_opts_t;

/* Print the report to standard output; returns an rf_exit_t. */
int rf_report_print (rf_store_t *st, const rf_report_opts_t *o, GError **err);

#endif
