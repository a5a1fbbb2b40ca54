/* mail_analysis.c - the mail analysis: who is us, who is which client,
 * and the steps from replies to monthly counts, run in order. */
#include "config.h"
#include "mail/mail_analysis.h"
#include "base/util.h"

gboolean
rf_mail_is_ours (const rf_mail_analysis_t *a, const char *addr)
{
    return addr && (rf_config_is_me (a->cfg, addr) || g_hash_table_contains (a->ours, addr));
}

char *
rf_mail_client_key (const rf_mail_analysis_t *a, const char *addr)
{
    const char *dom;
    if (!addr || rf_mail_is_ours (a, addr))
        return NULL;
    if (!a->infer_clients) {
        rf_client_t *c = rf_config_client_for_addr (a->cfg, addr);
        return c ? g_strdup (c->id) : NULL;
    }
    dom = rf_addr_domain (addr);
    if (!dom)
        return NULL;
    return g_strdup (rf_config_is_freemail (a->cfg, dom) ? addr : dom);
}

const rf_mail_client_t *
rf_mail_client_by_id (const rf_mail_analysis_t *a, gint64 id)
{
    return g_hash_table_lookup (a->by_id, &id);
}

/* Without me/my_domains, we are whoever sent the mail in the Sent folders. */
gboolean
rf_mail_identity (rf_mail_analysis_t *a, GError **err)
{
    sqlite3_stmt *q;
    if (a->cfg->me[0] || a->cfg->my_domains[0])
        return TRUE;
    q = rf_store_prepare (a->st, "SELECT DISTINCT m.from_addr FROM message m JOIN file f ON"
                                 " f.message_id=m.id JOIN folder d ON d.id=f.folder_id"
                                 " WHERE d.is_sent=1 AND m.from_addr IS NOT NULL", err);
    if (!q)
        return FALSE;
    while (sqlite3_step (q) == SQLITE_ROW)
        g_hash_table_add (a->ours, g_strdup ((const char *) sqlite3_column_text (q, 0)));
    sqlite3_finalize (q);
    if (g_hash_table_size (a->ours) == 0)
        rf_warn ("no Sent folder and no 'me' in the configuration: cannot tell our own mail; "
                 "use --me ADDRESS or a configuration file");
    return TRUE;
}

static void
client_free (gpointer p)
{
    rf_mail_client_t *c = p;
    g_free (c->key);
    g_free (c);
}


/* Who is us and who is which client, as one digest (g_free): an analysis
 * of what changed is only valid while it stays the same. */
static char *
parties_digest (const rf_mail_analysis_t *a)
{
    GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
    GChecksum *sum = g_checksum_new (G_CHECKSUM_SHA256);
    GHashTableIter it;
    gpointer k, v;
    char *out;
    g_hash_table_iter_init (&it, a->ours);
    while (g_hash_table_iter_next (&it, &k, NULL))
        g_ptr_array_add (rows, g_strdup_printf ("us %s", (const char *) k));
    g_hash_table_iter_init (&it, a->clients);
    while (g_hash_table_iter_next (&it, &k, &v))
        g_ptr_array_add (rows, g_strdup_printf ("client %" G_GINT64_FORMAT " %s",
                                                ((rf_mail_client_t *) v)->id, (const char *) k));
    g_ptr_array_sort (rows, rf_compare_string_ptrs);
    for (guint i = 0; i < rows->len; i++) {
        g_checksum_update (sum, (const guchar *) rows->pdata[i], -1);
        g_checksum_update (sum, (const guchar *) "\n", 1);
    }
    out = g_strdup (g_checksum_get_string (sum));
    g_checksum_free (sum);
    g_ptr_array_unref (rows);
    return out;
}

/* Scoped when asked and who is who did not change since the last analysis. */
static gboolean
choose_scope (rf_mail_analysis_t *a, const rf_mail_change_t *change, GError **err)
{
    char *now = parties_digest (a), *before = rf_store_meta_get (a->st, "analysis_parties");
    gboolean ok = TRUE;
    a->scoped = change && before && !g_strcmp0 (now, before);
    if (a->scoped) {
        a->after_id = change->after_id;
        a->aged = change->aged;
        ok = RF_TIMED ("scope", rf_mail_scope_build (a, err));
    } else {
        ok = rf_store_meta_set (a->st, "analysis_parties", now, err);
    }
    g_free (now);
    g_free (before);
    return ok;
}

static gboolean
run (rf_store_t *st, const rf_config_t *cfg, gint64 as_of, const rf_mail_change_t *change,
     gboolean *whole, GError **err)
{
    rf_mail_analysis_t a = { 0 };
    gboolean ok;

    a.st = st;
    a.cfg = cfg;
    a.as_of = as_of;
    a.ours = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    a.infer_clients = cfg->clients->len == 0;
    a.clients = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, client_free);
    a.by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
    ok = RF_TIMED ("identity", rf_mail_identity (&a, err))
         && RF_TIMED ("clients", rf_mail_clients (&a, err))
         && choose_scope (&a, change, err)
         && RF_TIMED ("headers", rf_mail_pair_headers (&a, err))
         && RF_TIMED ("attribute", rf_mail_attribute (&a, err))
         && RF_TIMED ("counterparts", rf_mail_counterparts (&a, err))
         && RF_TIMED ("subjects", rf_mail_pair_subjects (&a, err))
         && RF_TIMED ("threads", rf_mail_threads (&a, err))
         && RF_TIMED ("latency", rf_mail_latency (&a, err))
         && RF_TIMED ("monthly", rf_mail_monthly (&a, err));
    if (whole)
        *whole = !a.scoped;
    g_hash_table_unref (a.by_id);
    g_hash_table_unref (a.clients);
    g_hash_table_unref (a.ours);
    return ok;
}

gboolean
rf_mail_analyze (rf_store_t *st, const rf_config_t *cfg, gint64 as_of, GError **err)
{
    return run (st, cfg, as_of, NULL, NULL, err);
}

gboolean
rf_mail_analyze_changes (rf_store_t *st, const rf_config_t *cfg, gint64 as_of,
                         const rf_mail_change_t *change, gboolean *whole, GError **err)
{
    return run (st, cfg, as_of, change, whole, err);
}
