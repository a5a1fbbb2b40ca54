/* store.h - the SQLite database: opening, locking, migrations, run records.
 *
 * Only storage, analysis and output code include this header; parsing code
 * never does. Modules that own tables run their SQL on store->db directly. */
#ifndef RF_STORE_H
#define RF_STORE_H

#include <glib.h>
#include <sqlite3.h>

typedef struct {
    sqlite3 *db;
    char *path;
    int lock_fd;        /* -1 when opened read-only (no run lock held) */
    gint64 run_id;      /* current run, 0 when none */
} rf_store_t;

typedef enum {
    RF_STORE_READ,      /* reports and exports: no lock, no migrations */
    RF_STORE_WRITE,     /* scans and analysis: takes the run lock, migrates */
} rf_store_mode_t;

#define RF_STORE_ERROR rf_store_error_quark ()
GQuark rf_store_error_quark (void);
typedef enum {
    RF_STORE_ERR_SQL = 1,
    RF_STORE_ERR_LOCKED,
    RF_STORE_ERR_MISSING,
    RF_STORE_ERR_VERSION,
} rf_store_err_t;

/* Open (and for WRITE create and migrate) the database. In WRITE mode a
 * second process gets RF_STORE_ERR_LOCKED. A new database is created
 * 0600 (its -wal, -shm and lock files too). What cannot be used gets its
 * own message saying what is wrong and what to do: a missing or empty file
 * or an empty database (RF_STORE_ERR_MISSING), a schema newer or (for
 * READ) older than ours (RF_STORE_ERR_VERSION), and RF_STORE_ERR_SQL for
 * a directory, a file that is not SQLite, a damaged header, a truncated
 * or corrupted database, another program's database, a read-only file or
 * directory (for WRITE). */
rf_store_t *rf_store_open (const char *path, rf_store_mode_t mode, GError **err);
void rf_store_close (rf_store_t *st);

/* The file a database path finally names (g_free): absolute, symbolic
 * links followed, "." and ".." resolved; for a database not created yet,
 * its directory resolved. The run lock is this path plus ".lock". */
char *rf_store_real_path (const char *path);

/* The files a database at path is made of: the database first, then its
 * -wal, -shm and lock files, also beside the file a symbolic link leads
 * to (g_strfreev). Output commands never write over any of them. */
char **rf_store_files (const char *path);

/* Run SQL without results; on failure set err with the SQLite message. */
gboolean rf_store_exec (rf_store_t *st, const char *sql, GError **err);

/* Prepare a statement; NULL and err set on failure. */
sqlite3_stmt *rf_store_prepare (rf_store_t *st, const char *sql, GError **err);

/* Set err from the connection's last error, prefixed with what failed. */
void rf_store_set_error (rf_store_t *st, GError **err, const char *what);

/* BEGIN IMMEDIATE / COMMIT / ROLLBACK. */
gboolean rf_store_begin (rf_store_t *st, GError **err);
gboolean rf_store_commit (rf_store_t *st, GError **err);
void rf_store_rollback (rf_store_t *st);

/* A run record: started now, finished with a status ("complete" or
 * "failed"). A run killed before finishing stays "running" and is marked
 * "interrupted" by the next writer. */
gboolean rf_store_run_begin (rf_store_t *st, const char *command, GError **err);
gboolean rf_store_run_end (rf_store_t *st, const char *status, GError **err);

/* Add n to one counter column of the current run (files_seen, ...). */
gboolean rf_store_run_count (rf_store_t *st, const char *column, gint64 n, GError **err);

/* Record a skipped input file for the current run. kind: mail, invoice, payment. */
gboolean rf_store_skip (rf_store_t *st, const char *path, const char *kind,
                        const char *reason, GError **err);

/* A value from the meta key/value table (g_free), or NULL. */
char *rf_store_meta_get (rf_store_t *st, const char *key);
gboolean rf_store_meta_set (rf_store_t *st, const char *key, const char *value, GError **err);

/* Single integer result of a query with no parameters: def when it gives
 * no row or NULL. On an SQLite error, FALSE with err set (the database
 * and SQLite's message). */
gboolean rf_store_query_value (rf_store_t *st, const char *sql, gint64 def, gint64 *out, GError **err);

/* The same where an error is not expected: one is printed as a warning
 * (never hidden), and def returned. */
gint64 rf_store_query_int (rf_store_t *st, const char *sql, gint64 def);

/* Many rows per INSERT statement. Each statement run costs far more than
 * a row (and a CHECK on a list of values builds a small table per run), so
 * bulk writers fill ROWS rows, then step once. Bind the current row's
 * values with the rf_batch_* setters (columns from 0; unset values are
 * NULL), end it with rf_batch_row_done, and rf_batch_flush at the end.
 * Rows are written in order; until flushed, queries do not see them. */
typedef struct rf_batch rf_batch_t;
/* head: "INSERT INTO t(a, b, c)" (plus nothing else); ncols values per row. */
rf_batch_t *rf_batch_new (rf_store_t *st, const char *head, int ncols, GError **err);
void rf_batch_int (rf_batch_t *b, int col, gint64 v);
void rf_batch_double (rf_batch_t *b, int col, double v);
void rf_batch_text (rf_batch_t *b, int col, const char *v);   /* copied; NULL is NULL */
gboolean rf_batch_row_done (rf_batch_t *b, GError **err);
/* Between rows: a row begun and not done is dropped. */
gboolean rf_batch_flush (rf_batch_t *b, GError **err);
/* Frees without writing what was not flushed. */
void rf_batch_free (rf_batch_t *b);

/* SQLite gives a sort as much memory as the page cache before it spills
 * to a file. Analysis steps that sort every message set this small sort
 * budget (TRUE) while their sort runs, then back (FALSE), so a sort does
 * not make memory grow with the mailbox. */
gboolean rf_store_small_sorts (rf_store_t *st, gboolean small, GError **err);

/* The number of schema steps this build knows. */
int rf_store_schema_version (void);

/* Called by writers in the same transaction as any change to the facts
 * analysis reads (new or gone messages, invoices, payments): the next
 * analysis then knows it must run. */
gboolean rf_store_data_changed (rf_store_t *st, GError **err);

#endif
