/* money_attribute.c - which client each invoice belongs to. */
#include "config.h"
#include "money_analyze_p.h"
#include "util.h"

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

static gboolean
same_id (const char *a, const char *b)
{
    char *ka, *kb;
    gboolean eq;
    if (!a || !b)
        return FALSE;
    ka = id_key (a);
    kb = id_key (b);
    eq = *ka && strcmp (ka, kb) == 0;
    g_free (ka);
    g_free (kb);
    return eq;
}

static gboolean
same_name (const char *a, const char *b)
{
    char *ka, *kb;
    gboolean eq;
    if (!a || !b)
        return FALSE;
    ka = rf_money_name_key (a);
    kb = rf_money_name_key (b);
    eq = *ka && strcmp (ka, kb) == 0;
    g_free (ka);
    g_free (kb);
    return eq;
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

/* Does a configured client's invoice_party list name this invoice's buyer? */
static gboolean
party_matches (const rf_client_t *cl, const m_invoice_t *inv)
{
    for (char **e = cl->invoice_party; e && *e; e++) {
        if (same_id (*e, inv->buyer_email) || same_id (*e, inv->buyer_endpoint)
            || same_name (*e, inv->buyer_name))
            return TRUE;
        for (guint i = 0; i < inv->buyer_ids->len; i++)
            if (same_id (*e, g_ptr_array_index (inv->buyer_ids, i)))
                return TRUE;
    }
    return FALSE;
}

static gboolean
by_config (m_ctx_t *c, m_invoice_t *inv, GError **err)
{
    const rf_client_t *hit = NULL;
    char *addr;
    if (!c->cfg || !c->cfg->clients)
        return TRUE;
    for (guint i = 0; !hit && i < c->cfg->clients->len; i++)
        if (party_matches (g_ptr_array_index (c->cfg->clients, i), inv)) {
            hit = g_ptr_array_index (c->cfg->clients, i);
            inv->attribution = "invoice_party";
        }
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
    for (guint i = 0; i < c->invoices->len; i++) {
        m_invoice_t *inv = g_ptr_array_index (c->invoices, i);
        if (inv->client_hint && !by_hint (c, inv, err))
            return FALSE;
        if (inv->client_id)
            continue;
        if (!by_config (c, inv, err))
            return FALSE;
        if (!inv->client_id && !by_email (c, inv, err))
            return FALSE;
    }
    return TRUE;
}
