/* money_attribute.c - which client each invoice belongs to. */
#include "config.h"
#include "money/money_analyze_p.h"
#include "base/util.h"

#include <string.h>

/* Identifiers compare case-folded and without white space. */
static char *
id_key (const char *s)
{
    GString *k = g_string_new (NULL);
    char *low = g_utf8_casefold (s ? s : "", -1);
    for (const char *p = low; *p; p++)
        if (!g_ascii_isspace (*p))
            g_string_append_c (k, *p);
    g_free (low);
    return g_string_free (k, FALSE);
}

/* The id of the client with this key, creating the row when missing. */
static gboolean
ensure_client (m_ctx_t *c, const char *key, const char *name, const char *source, gint64 *id,
               GError **err)
{
    gint64 *known = g_hash_table_lookup (c->client_ids, key);
    sqlite3_stmt *s;
    char *stored;
    if (known) {
        *id = *known;
        return TRUE;
    }
    s = rf_store_prepare (c->st, "INSERT INTO client(key, name, source) VALUES (?1, ?2, ?3)"
                                 " ON CONFLICT(key) DO UPDATE SET key=excluded.key RETURNING id", err);
    if (!s)
        return FALSE;
    sqlite3_bind_text (s, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_text (s, 2, name, -1, SQLITE_STATIC);
    sqlite3_bind_text (s, 3, source, -1, SQLITE_STATIC);
    if (sqlite3_step (s) != SQLITE_ROW) {
        rf_store_set_error (c->st, err, "adding a client found in invoices");
        sqlite3_finalize (s);
        return FALSE;
    }
    known = g_new (gint64, 1);
    *known = *id = sqlite3_column_int64 (s, 0);
    sqlite3_finalize (s);
    stored = g_strdup (key);
    g_hash_table_replace (c->client_ids, stored, known);
    g_hash_table_replace (c->client_keys, known, stored);
    return TRUE;
}

/* The configured clients' invoice_party entries, keyed once: for each
 * identifier key (id_key) and each name key (rf_money_name_key), the
 * position + 1 of the first client, in configuration order, listing it. */
typedef struct {
    GHashTable *ids;
    GHashTable *names;
} party_index_t;

static void
index_first (GHashTable *h, char *key, guint pos)
{
    if (*key && !g_hash_table_contains (h, key))
        g_hash_table_insert (h, key, GUINT_TO_POINTER (pos + 1));
    else
        g_free (key);
}

static void
party_index_init (party_index_t *x, const rf_config_t *cfg)
{
    x->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    x->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    for (guint i = 0; cfg && cfg->clients && i < cfg->clients->len; i++) {
        const rf_client_t *cl = g_ptr_array_index (cfg->clients, i);
        for (char **e = cl->invoice_party; e && *e; e++) {
            index_first (x->ids, id_key (*e), i);
            index_first (x->names, rf_money_name_key (*e), i);
        }
    }
}

static void
party_index_clear (party_index_t *x)
{
    g_hash_table_unref (x->ids);
    g_hash_table_unref (x->names);
}

/* Lower *best to the position + 1 the index gives key (g_free'd). */
static void
party_lookup (GHashTable *h, char *key, guint *best)
{
    guint pos = GPOINTER_TO_UINT (g_hash_table_lookup (h, key));
    if (pos && pos < *best)
        *best = pos;
    g_free (key);
}

/* The first configured client whose invoice_party names this invoice's
 * buyer: an entry equal to its e-mail, electronic address or an
 * identifier (id keys), or to its name (name keys). NULL when none. */
static const rf_client_t *
party_client (const rf_config_t *cfg, const party_index_t *x, const m_invoice_t *inv)
{
    guint best = G_MAXUINT;
    if (inv->buyer_email)
        party_lookup (x->ids, id_key (inv->buyer_email), &best);
    if (inv->buyer_endpoint)
        party_lookup (x->ids, id_key (inv->buyer_endpoint), &best);
    if (inv->buyer_name)
        party_lookup (x->names, rf_money_name_key (inv->buyer_name), &best);
    for (guint i = 0; i < inv->buyer_ids->len; i++) {
        const char *v = g_ptr_array_index (inv->buyer_ids, i);
        if (v)
            party_lookup (x->ids, id_key (v), &best);
    }
    return best == G_MAXUINT ? NULL : g_ptr_array_index (cfg->clients, best - 1);
}

static gboolean
by_config (m_ctx_t *c, const party_index_t *x, m_invoice_t *inv, GError **err)
{
    const rf_client_t *hit = NULL;
    char *addr;
    if (!c->cfg || !c->cfg->clients)
        return TRUE;
    hit = party_client (c->cfg, x, inv);
    if (hit)
        inv->attribution = "invoice_party";
    if (!hit && inv->buyer_email) {
        addr = rf_addr_normalize (g_strdup (inv->buyer_email));
        hit = rf_config_client_for_addr (c->cfg, addr);
        if (hit)
            inv->attribution = g_hash_table_lookup (c->cfg->by_addr, addr) ? "config_address" : "config_domain";
        g_free (addr);
    }
    return !hit || ensure_client (c, hit->id, hit->name, "config", &inv->client_id, err);
}

/* Without a configured client: the buyer's e-mail domain (or address, for
 * freemail) against the client keys, creating the client if needed. */
static gboolean
by_email (m_ctx_t *c, m_invoice_t *inv, GError **err)
{
    char *addr;
    const char *domain;
    gboolean ok = TRUE;
    if (!inv->buyer_email)
        return TRUE;
    addr = rf_addr_normalize (g_strdup (inv->buyer_email));
    domain = rf_addr_domain (addr);
    if (!domain) {
        g_free (addr);
        return TRUE;
    }
    if (c->cfg && rf_config_is_freemail (c->cfg, domain)) {
        inv->attribution = g_hash_table_contains (c->client_ids, addr) ? "address" : "new_client";
        ok = ensure_client (c, addr, addr, "address", &inv->client_id, err);
        g_free (addr);
        return ok;
    }
    for (const char *d = domain; d && strchr (d, '.'); d = strchr (d, '.') + 1) {
        gint64 *id = g_hash_table_lookup (c->client_ids, d);
        if (id) {
            inv->client_id = *id;
            inv->attribution = "domain";
            g_free (addr);
            return TRUE;
        }
    }
    inv->attribution = "new_client";
    ok = ensure_client (c, domain, domain, "domain", &inv->client_id, err);
    g_free (addr);
    return ok;
}

/* The native log names its client by key: an existing client, or a
 * configured one not yet in the client table. */
static gboolean
by_hint (m_ctx_t *c, m_invoice_t *inv, GError **err)
{
    gint64 *id = g_hash_table_lookup (c->client_ids, inv->client_hint);
    const rf_client_t *hit = NULL;
    for (guint i = 0; !id && c->cfg && c->cfg->clients && i < c->cfg->clients->len; i++)
        if (strcmp (((rf_client_t *) g_ptr_array_index (c->cfg->clients, i))->id, inv->client_hint) == 0)
            hit = g_ptr_array_index (c->cfg->clients, i);
    if (!id && !hit)
        return TRUE;
    inv->attribution = "log_client";
    if (id) {
        inv->client_id = *id;
        return TRUE;
    }
    return ensure_client (c, hit->id, hit->name, "config", &inv->client_id, err);
}

gboolean
rf_money_attribute (m_ctx_t *c, GError **err)
{
    party_index_t x;
    gboolean ok = TRUE;
    party_index_init (&x, c->cfg);
    for (guint i = 0; ok && i < c->invoices->len; i++) {
        m_invoice_t *inv = g_ptr_array_index (c->invoices, i);
        if (inv->client_hint && !by_hint (c, inv, err))
            ok = FALSE;
        else if (!inv->client_id)
            ok = by_config (c, &x, inv, err) && (inv->client_id || by_email (c, inv, err));
    }
    party_index_clear (&x);
    return ok;
}
