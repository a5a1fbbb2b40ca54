/* known_files.c - a folder's files already read, by a hash of their key and
 * name (known_files.h). A hash that matches by chance would take a new file
 * for a known one: with 64 bits, for a million files, about one chance in
 * 10^7 per listing. */
#include "config.h"
#include "mail/known_files.h"

#include <string.h>

typedef struct {
    guint64 hash;       /* 0: a free slot */
    gint64 id;
} slot_t;

struct rf_known_files {
    slot_t *slots;
    gsize mask;         /* slots - 1, a power of two minus one */
};

/* FNV-1a over the key, a separator and the name; never 0. */
static guint64
hash_of (const char *key, const char *name)
{
    guint64 h = G_GUINT64_CONSTANT (14695981039346656037);
    for (const unsigned char *p = (const unsigned char *) key; *p; p++)
        h = (h ^ *p) * G_GUINT64_CONSTANT (1099511628211);
    h = (h ^ 0xff) * G_GUINT64_CONSTANT (1099511628211);
    for (const unsigned char *p = (const unsigned char *) name; *p; p++)
        h = (h ^ *p) * G_GUINT64_CONSTANT (1099511628211);
    return h ? h : 1;
}

static void
put (rf_known_files_t *k, guint64 hash, gint64 id)
{
    gsize i = (gsize) hash & k->mask;
    while (k->slots[i].hash)
        i = (i + 1) & k->mask;
    k->slots[i].hash = hash;
    k->slots[i].id = id;
}

/* The folder's count of present files (kept by triggers, schema step 6). */
static gint64
present_files (rf_store_t *st, gint64 folder_id)
{
    char *sql = g_strdup_printf ("SELECT present_files FROM folder WHERE id = %" G_GINT64_FORMAT, folder_id);
    gint64 n = rf_store_query_int (st, sql, 0);
    g_free (sql);
    return n;
}

rf_known_files_t *
rf_known_files_load (rf_store_t *st, gint64 folder_id, GError **err)
{
    gint64 n = present_files (st, folder_id), added = 0;
    /* Through the (folder, key) index each file costs a random read of its
     * row; read in id order, a sequential one about 4 times cheaper: past
     * an eighth of all files, reading the whole table is faster. */
    gboolean whole = n * 8 > rf_store_query_int (st, "SELECT max(id) FROM file", 0);
    sqlite3_stmt *q = rf_store_prepare (st, whole ? "SELECT id, key, name FROM file NOT INDEXED WHERE folder_id = ?1"
                                                    " AND gone_run IS NULL AND message_id IS NOT NULL"
                                                  : "SELECT id, key, name FROM file WHERE folder_id = ?1"
                                                    " AND gone_run IS NULL AND message_id IS NOT NULL", err);
    gsize size = 16;
    rf_known_files_t *k;
    int rc;
    if (!q)
        return NULL;
    /* At most two thirds full. Past the count (should it be off), files
     * are left out: they are looked up in the database. */
    while ((gint64) size * 2 < n * 3)
        size *= 2;
    k = g_new0 (rf_known_files_t, 1);
    k->slots = g_new0 (slot_t, size);
    k->mask = size - 1;
    sqlite3_bind_int64 (q, 1, folder_id);
    while ((rc = sqlite3_step (q)) == SQLITE_ROW && added++ < n)
        put (k, hash_of ((const char *) sqlite3_column_text (q, 1), (const char *) sqlite3_column_text (q, 2)),
             sqlite3_column_int64 (q, 0));
    sqlite3_finalize (q);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        rf_store_set_error (st, err, "reading the files of a folder");
        rf_known_files_free (k);
        return NULL;
    }
    return k;
}

gint64
rf_known_files_find (const rf_known_files_t *k, const char *key, const char *name)
{
    guint64 h;
    gsize i;
    if (!k)
        return 0;
    h = hash_of (key, name);
    for (i = (gsize) h & k->mask; k->slots[i].hash; i = (i + 1) & k->mask)
        if (k->slots[i].hash == h)
            return k->slots[i].id;
    return 0;
}

void
rf_known_files_free (rf_known_files_t *k)
{
    if (!k)
        return;
    g_free (k->slots);
    g_free (k);
}
