/* known_files.h - the files of a folder already read, as a compact table
 * in memory, so that listing a big folder again (after a few new files or
 * renames) does not cost one database query per file. */
#ifndef RF_KNOWN_FILES_H
#define RF_KNOWN_FILES_H

#include "store/store.h"

typedef struct rf_known_files rf_known_files_t;

/* The folder's files that are present and hold a message, each by its key
 * and stored name (the table keeps a 64-bit hash of both and the id: 16
 * bytes a file, about 24 with the free slots). NULL on a database error. */
rf_known_files_t *rf_known_files_load (rf_store_t *st, gint64 folder_id, GError **err);

/* The id of the file stored with this key and this name (present, holding
 * a message), or 0: unknown, renamed, gone or judged not mail, which the
 * caller looks up in the database. */
gint64 rf_known_files_find (const rf_known_files_t *k, const char *key, const char *name);

void rf_known_files_free (rf_known_files_t *k);

#endif
