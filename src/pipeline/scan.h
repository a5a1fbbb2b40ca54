/* scan.h - read the input paths into the database, incrementally. */
#ifndef RF_SCAN_H
#define RF_SCAN_H

#include "base/rfconfig.h"
#include "store/store.h"

typedef struct {
    gint64 seen, parsed, unchanged, renamed, skipped, gone, new_messages, duplicates;
    gint64 invoices, payments;
    char patterns_digest[72];   /* of the marker patterns the scan loaded; "" when none */
} rf_scan_counts_t;

typedef struct {
    const rf_config_t *cfg;
    gint64 now;                 /* reference time for impossible dates */
    const char *patterns_dir;   /* built-in marker patterns, or NULL */
    const char *user_patterns;  /* --patterns DIR, or NULL */
    int jobs;                   /* parallel parser processes (1 = in process) */
    char **invoice_paths;       /* --invoices paths: every file under them is an invoice */
    char **payment_paths;       /* --payments paths: every file under them is a statement */
    const char *loaded_digest;  /* digest of these patterns when already loaded, or NULL */
    const char *db_path;        /* the database (rf_store_real_path), whose files are never inputs */
    gboolean full_check;        /* list every Maildir and parse every file, known or not */
} rf_scan_opts_t;

/* Scan every path (Maildir, folder of Maildirs, mbox, XML) into the open
 * store, which must hold the run lock and a begun run. Bad files are
 * warned about and recorded; FALSE only on a fatal (database) error. */
gboolean rf_scan_paths (rf_store_t *st, const rf_scan_opts_t *opts, char **paths,
                        rf_scan_counts_t *counts, GError **err);

#endif
