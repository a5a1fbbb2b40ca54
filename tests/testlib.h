/* testlib.h - helpers for tests that run the redflag binary. */
#ifndef RF_TESTLIB_H
#define RF_TESTLIB_H

#include <glib.h>

/* Run the built redflag with the given arguments (NULL-terminated) and an
 * optional extra environment entry ("NAME=value" or NULL). Captures stdout
 * and stderr (g_free). Returns the exit status, or 128+signal when killed. */
int t_redflag (char **out, char **err, const char *env, ...) G_GNUC_NULL_TERMINATED;

/* A new temporary directory (g_free; removed by t_rmtree). */
char *t_tmpdir (void);
void t_rmtree (const char *dir);

/* Copy a directory tree (cp -a). */
void t_copy_tree (const char *from, const char *to);

/* Whole file as a string (g_free), or NULL. */
char *t_read (const char *path);

/* First column of the first row of a query on a database, as an integer. */
gint64 t_db_int (const char *db, const char *sql);

/* The same as text (g_free); NULL when the query fails or gives no row. */
char *t_db_text (const char *db, const char *sql);

#endif
