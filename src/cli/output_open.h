/* output_open.h - open the database for a command that prints findings
 * (report, audit, export).
 *
 * Findings are stored for one window (finding_window). When --since or
 * --until name another window, the analysis is run again for it inside a
 * transaction that rf_output_close rolls back: the command prints the
 * window it was asked for, and the stored one is left as it was. That
 * needs the run lock and the configuration (--config, else the file the
 * last analysis used). */
#ifndef RF_OUTPUT_OPEN_H
#define RF_OUTPUT_OPEN_H

#include "cli/cli.h"
#include "store/store.h"

typedef struct {
    rf_store_t *st;
    gboolean scratch;       /* an open transaction to roll back */
    /* Set by the caller before rf_output_open: it shows no evidence and
     * no count of it, so a window analysed again need not gather it. */
    gboolean no_evidence;
} rf_output_t;

/* since/until: the option values (YYYY-MM-DD) or NULL. Returns an
 * rf_exit_t; on anything but RF_EXIT_OK the error was printed. */
int rf_output_open (const rf_common_opts_t *common, const char *since, const char *until,
                    rf_output_t *out);
void rf_output_close (rf_output_t *out);

/* The configuration the last analysis used: --config, else the file it
 * named (and its --me addresses). NULL, with the error printed, when that
 * file is gone or invalid. */
rf_config_t *rf_output_config (const rf_common_opts_t *common, rf_store_t *st);

#endif
