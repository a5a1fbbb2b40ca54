/* report.h - the terminal report (reads only the database). */
#ifndef RF_REPORT_H
#define RF_REPORT_H

#include "store.h"

typedef struct {
    gint64 since, until;     /* unix seconds, -1 for the defaults */
    const char *client;      /* key or name, or NULL for all */
} rf_report_opts_t;

/* Print the report to standard output; returns an rf_exit_t. */
int rf_report_print (rf_store_t *st, const rf_report_opts_t *o, GError **err);

/* Resolve the default window: until = just after the newest message,
 * since = 180 days before until. */
void rf_report_window (rf_store_t *st, const rf_report_opts_t *o, gint64 *since, gint64 *until);

#endif
