/* cli.h - the command table and options shared by every command. */
#ifndef RF_CLI_H
#define RF_CLI_H

#include <glib.h>
#include "base/rfconfig.h"
#include "store/store.h"

/* Options most commands accept; filled by GOptionContext. */
typedef struct {
    char *db_path;       /* --db, default $REDFLAG_DB, else ./redflag.db */
    char *config_path;   /* --config */
    char **me;           /* --me, repeatable */
    gboolean quiet;
    gboolean verbose;
} rf_common_opts_t;

/* Entries for --db, --config, --me, --quiet, --verbose bound to opts. */
GOptionEntry *rf_cli_common_entries (rf_common_opts_t *opts);

/* Parse argv with the given context; print errors with the usage hint.
 * Returns FALSE on a usage error (exit RF_EXIT_USAGE). */
gboolean rf_cli_parse (GOptionContext *ctx, int *argc, char ***argv, const char *cmd);

/* The database when --db is not given: $REDFLAG_DB, else redflag.db. */
const char *rf_cli_default_db (void);

/* Apply --quiet/--verbose and default the database path. */
void rf_cli_apply_common (rf_common_opts_t *opts);

/* Load the configuration named by --config (or none), plus --me. On error
 * print it and return NULL. */
rf_config_t *rf_cli_load_config (const rf_common_opts_t *opts);

/* Path of a data file shipped in patterns/ (g_free). */
char *rf_data_path (const char *name);

/* Parse an --as-of/--since/--until date; print an error and return FALSE if bad. */
gboolean rf_cli_date (const char *opt, const char *value, gint64 *out);

/* Print a database error and free it; returns the exit code it calls for:
 * RF_EXIT_NODATA when the database is missing, RF_EXIT_LOCKED when another
 * run holds it, RF_EXIT_FAILURE otherwise. */
int rf_cli_store_error (GError *err);

/* Open the database for a command. On failure print why, set *rc as
 * rf_cli_store_error does and return NULL. */
rf_store_t *rf_cli_open_store (const char *path, rf_store_mode_t mode, int *rc);

/* Commands. Each returns an rf_exit_t. argv[0] is the command name. */
int rf_cmd_scan (int argc, char **argv);
int rf_cmd_analyze (int argc, char **argv);
int rf_cmd_report (int argc, char **argv);
int rf_cmd_export (int argc, char **argv);
int rf_cmd_audit (int argc, char **argv);
int rf_cmd_clients (int argc, char **argv);
int rf_cmd_init (int argc, char **argv);

#endif
