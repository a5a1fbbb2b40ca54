/* mail_clients.c - the client table: configured clients, or clients
 * inferred from the counterparts we have written to. */
#include "config.h"
#include "mail/mail_analysis.h"
#include "base/util.h"

#include <string.h>

static gboolean
upsert (rf_mail_analysis_t *a, sqlite3_stmt *q, const char *key, const char *name, const char *source,
        const rf_client_t *c, GError **err)
{
    rf_mail_client_t *ac;
    char date[16];
    int rc;

    sqlite3_bind_text (q, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_text (q, 2, name, -1, SQLITE_STATIC);
    sqlite3_bind_text (q, 3, source, -1, SQLITE_STATIC);
    sqlite3_bind_text (q, 4, c ? c->hours.tz_name : a->cfg->hours.tz_name, -1, SQLITE_STATIC);
    if (c && c->response_seconds > 0)
        sqlite3_bind_int64 (q, 5, c->response_seconds);
    if (c && c->contract_end >= 0) {
        rf_format_date (c->contract_end, date);
        sqlite3_bind_text (q, 6, date, -1, SQLITE_TRANSIENT);
    }
    if (c && c->language)
        sqlite3_bind_text (q, 7, c->language, -1, SQLITE_STATIC);
    rc = sqlite3_step (q);
    if (rc == SQLITE_ROW) {
        ac = g_new0 (rf_mail_client_t, 1);
        ac->id = sqlite3_column_int64 (q, 0);
        ac->key = g_strdup (key);
        ac->hours = c ? &c->hours : &a->cfg->hours;
        g_hash_table_replace (a->clients, ac->key, ac);
        g_hash_table_replace (a->by_id, &ac->id, ac);
    }
    sqlite3_reset (q);
    sqlite3_clear_bindings (q);
    if (rc != SQLITE_ROW) {
        rf_store_set_error (a->st, err, "storing a client");
        return FALSE;
    }
    return TRUE;
}

/* Counterparts we wrote to at least once, in automatic-free outbound mail. */
static gboolean
infer (rf_mail_analysis_t *a, sqlite3_stmt *up, GError **err)
{
    GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    GHashTableIter it;
    gpointer k;
    GPtrArray *sorted = g_ptr_array_new ();
    gboolean ok = TRUE;
    sqlite3_stmt *q = rf_store_prepare (a->st, "SELECT m.from_addr, r.addr FROM message m JOIN"
                                               " message_rcpt r ON r.message_id=m.id"
                                               " WHERE m.auto_reason IS NULL", err);
    if (!q)
        ok = FALSE;
    while (ok && sqlite3_step (q) == SQLITE_ROW) {
        const char *from = (const char *) sqlite3_column_text (q, 0);
        const char *to = (const char *) sqlite3_column_text (q, 1);
        char *key;
        if (!rf_mail_is_ours (a, from) || !(key = rf_mail_client_key (a, to)))
            continue;
        if (!g_hash_table_add (keys, key))
            continue;
    }
    sqlite3_finalize (q);
    /* Insert in a stable order so ids do not depend on hash order. */
    g_hash_table_iter_init (&it, keys);
    while (g_hash_table_iter_next (&it, &k, NULL))
        g_ptr_array_add (sorted, k);
    g_ptr_array_sort (sorted, rf_compare_string_ptrs);
    for (guint i = 0; ok && i < sorted->len; i++) {
        const char *key = sorted->pdata[i];
        ok = upsert (a, up, key, key, strchr (key, '@') ? "address" : "domain", NULL, err);
    }
    g_ptr_array_unref (sorted);
    g_hash_table_unref (keys);
    return ok;
}

gboolean
rf_mail_clients (rf_mail_analysis_t *a, GError **err)
{
    sqlite3_stmt *up;
    gboolean ok = TRUE;

    /* Our time zone, for the exports' local times (they read only the
     * database). */
    if (!rf_store_exec (a->st, "UPDATE client SET active=0", err)
        || !rf_store_meta_set (a->st, "timezone", a->cfg->hours.tz_name ? a->cfg->hours.tz_name : "UTC", err))
        return FALSE;
    up = rf_store_prepare (a->st,
        "INSERT INTO client(key, name, source, timezone, response_seconds, contract_end, lang, active)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1) ON CONFLICT(key) DO UPDATE SET name=excluded.name,"
        " source=excluded.source, timezone=excluded.timezone, response_seconds=excluded.response_seconds,"
        " contract_end=excluded.contract_end, lang=excluded.lang, active=1 RETURNING id", err);
    if (!up)
        return FALSE;
    if (a->infer_clients) {
        ok = infer (a, up, err);
    } else {
        for (guint i = 0; ok && i < a->cfg->clients->len; i++) {
            const rf_client_t *c = a->cfg->clients->pdata[i];
            ok = upsert (a, up, c->id, c->name, "config", c, err);
        }
    }
    sqlite3_finalize (up);
    return ok;
}
