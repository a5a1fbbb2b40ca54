/* init_config.c - write a starting configuration from the mail: who we
 * are (the Sent folders), one [client:...] group per domain we write to
 * (per address at freemail domains), and every other key commented with
 * its meaning from the key table, ready to edit. The groups keep the keys
 * the analysis gave the inferred clients, so their history carries on. */
#include "config.h"
#include "cli/init_config.h"
#include "base/rfconfig_keys.h"
#include "base/util.h"

#include <string.h>

#define WRAP 76

/* text as "# " lines of at most WRAP columns. */
static void
comment (GString *out, const char *text)
{
    char **words = g_strsplit (text, " ", -1);
    size_t col = 0;
    for (char **w = words; *w; w++) {
        if (!**w)
            continue;
        if (col && col + 1 + strlen (*w) > WRAP) {
            g_string_append_c (out, '\n');
            col = 0;
        }
        g_string_append_printf (out, col ? " %s" : "# %s", *w);
        col += 2 + strlen (*w) - (col ? 1 : 0);
    }
    if (col)
        g_string_append_c (out, '\n');
    g_strfreev (words);
}

/* A key file value: one line, backslashes escaped (GKeyFile reads \\ as \). */
static char *
value_text (const char *s)
{
    GString *v = g_string_new (NULL);
    for (const char *p = s; *p; p++) {
        if (*p == '\\')
            g_string_append (v, "\\\\");
        else
            g_string_append_c (v, (unsigned char) *p < 0x20 || *p == 0x7f ? ' ' : *p);
    }
    return g_strstrip (g_string_free (v, FALSE));
}

/* Usable as a client key in a group name and as a domain or address value. */
static gboolean
usable_party (const char *party)
{
    char *why = rf_config_value_problem (strchr (party, '@') ? RF_KEY_ADDRESSES : RF_KEY_DOMAINS, 0, party);
    gboolean ok = why == NULL;
    for (const char *p = party; ok && *p; p++)
        ok = g_ascii_isalnum (*p) || strchr (".-_+@", *p) || (guchar) *p >= 0x80;
    g_free (why);
    return ok;
}

static gboolean
within (const char *dom, char **domains)
{
    for (char **d = domains; dom && *d; d++) {
        size_t dl = strlen (dom), l = strlen (*d);
        if (!strcmp (dom, *d) || (dl > l && dom[dl - l - 1] == '.' && !strcmp (dom + dl - l, *d)))
            return TRUE;
    }
    return FALSE;
}

/* Our addresses: --me, else the senders of the Sent folders (as the
 * analysis without a configuration takes them). */
static char **
our_addresses (rf_store_t *st, const rf_config_t *cfg, GError **err)
{
    GPtrArray *a = g_ptr_array_new ();
    sqlite3_stmt *q;
    for (char **m = cfg->me; *m; m++)
        g_ptr_array_add (a, g_strdup (*m));
    if (a->len == 0) {
        q = rf_store_prepare (st, "SELECT DISTINCT m.from_addr FROM message m JOIN file f ON f.message_id = m.id"
                                  " JOIN folder d ON d.id = f.folder_id WHERE d.is_sent = 1"
                                  " AND m.from_addr IS NOT NULL ORDER BY m.from_addr", err);
        if (!q) {
            g_ptr_array_free (a, TRUE);
            return NULL;
        }
        while (sqlite3_step (q) == SQLITE_ROW)
            if (usable_party ((const char *) sqlite3_column_text (q, 0)))
                g_ptr_array_add (a, g_strdup ((const char *) sqlite3_column_text (q, 0)));
        sqlite3_finalize (q);
    }
    g_ptr_array_add (a, NULL);
    return (char **) g_ptr_array_free (a, FALSE);
}

/* Our own domains: those of our addresses, except freemail ones. */
static char **
our_domains (const rf_config_t *cfg, char **ours)
{
    GPtrArray *d = g_ptr_array_new ();
    for (char **o = ours; *o; o++) {
        const char *dom = rf_addr_domain (*o);
        gboolean seen = FALSE;
        if (!dom || rf_config_is_freemail (cfg, dom))
            continue;
        for (guint i = 0; i < d->len; i++)
            seen = seen || !strcmp (d->pdata[i], dom);
        if (!seen)
            g_ptr_array_add (d, g_strdup (dom));
    }
    g_ptr_array_add (d, NULL);
    return (char **) g_ptr_array_free (d, FALSE);
}

static void
main_group (GString *out, char **ours, char **domains)
{
    char *me = g_strjoinv (", ", ours), *mine = g_strjoinv (", ", domains);
    g_string_append (out, "[redflag]\n");
    if (*ours) {
        comment (out, "Our addresses: the senders of the Sent folders.");
        g_string_append_printf (out, "me = %s\n", me);
    } else {
        comment (out, "No Sent folder was found: name our addresses here, then run 'redflag init' again "
                      "on a new file to get the client groups.");
        g_string_append (out, "# me = anna@studio.example\n");
    }
    if (*domains) {
        comment (out, "Every address at these domains is ours (colleagues included): delete the line "
                      "if one of them is not our own domain.");
        g_string_append_printf (out, "my_domains = %s\n", mine);
    }
    for (const rf_config_key_t *k = rf_config_keys; k->key; k++) {
        char *line, *why;
        if (!(k->groups & RF_IN_MAIN) || !strcmp (k->key, "me") || !strcmp (k->key, "my_domains"))
            continue;
        /* Uncommented as it is, the line changes nothing: the default when
         * it is a value, else the example. */
        why = rf_config_value_problem (k->type, k->min, k->def);
        line = g_strdup_printf ("%s Default: %s.", k->meaning, k->def);
        g_string_append_c (out, '\n');
        comment (out, line);
        g_string_append_printf (out, "# %s = %s\n", k->key, why || !strcmp (k->def, "none") ? k->example : k->def);
        g_free (line);
        g_free (why);
    }
    g_free (me);
    g_free (mine);
}

/* The keys a client group may hold, once, before the groups. */
static void
client_keys_help (GString *out)
{
    comment (out, "One group per domain we wrote to (per address at a freemail domain), most "
                  "messages first. Delete the groups that are not clients; give one client's "
                  "domains and addresses to one group. Mail outside every group is in no "
                  "report ('redflag clients' lists it). The keys of a group:");
    for (const rf_config_key_t *k = rf_config_keys; k->key; k++)
        if (k->groups & RF_IN_CLIENT && !(k->groups & RF_IN_THRESHOLDS))
            g_string_append_printf (out, "#   %s = %s\n", k->key, k->example);
    comment (out, "and any threshold of doc/findings.md, e.g. late_payment_warning = 14; for every "
                  "client at once, in a [thresholds] group.");
}

/* A display name: for a domain, its first label that is not a host name
 * ("mail.harbor-bakery.example" gives "Harbor Bakery"); for an address,
 * the name its mail is signed with most often, else its local part. */
static char *
guess_name (rf_store_t *st, const char *party)
{
    static const char *const hosts[] = { "mail", "email", "www", "mx", "smtp", "m", "e" };
    char **labels, *name = NULL;
    if (strchr (party, '@')) {
        sqlite3_stmt *q = rf_store_prepare (st, "SELECT from_name FROM message WHERE from_addr = ?1"
                                                " AND trim(coalesce(from_name, '')) <> '' GROUP BY from_name"
                                                " ORDER BY count(*) DESC, from_name LIMIT 1", NULL);
        if (q) {
            sqlite3_bind_text (q, 1, party, -1, SQLITE_STATIC);
            if (sqlite3_step (q) == SQLITE_ROW)
                name = value_text ((const char *) sqlite3_column_text (q, 0));
            sqlite3_finalize (q);
        }
        return name && *name ? name : (g_free (name), g_strndup (party, strcspn (party, "@")));
    }
    labels = g_strsplit (party, ".", -1);
    for (char **l = labels; *l && l[1] && !name; l++) {
        gboolean host = FALSE;
        for (size_t i = 0; i < G_N_ELEMENTS (hosts); i++)
            host = host || !strcmp (*l, hosts[i]);
        if (!host || !l[2])
            name = g_strdup (*l);
    }
    g_strfreev (labels);
    if (!name)
        name = g_strdup (party);
    g_strdelimit (name, "-_", ' ');
    for (char *p = name; *p; p++)
        if (p == name || p[-1] == ' ')
            *p = g_ascii_toupper (*p);
    return name;
}

/* Its addresses, most messages first, as "a (12), b (3)" (at most five). */
static char *
addresses_of (rf_store_t *st, gint64 client_id)
{
    GString *s = g_string_new (NULL);
    sqlite3_stmt *q = rf_store_prepare (st, "SELECT addr, inbound + outbound FROM counterpart WHERE client_id = ?1"
                                            " ORDER BY inbound + outbound DESC, addr", NULL);
    int n = 0;
    if (q)
        sqlite3_bind_int64 (q, 1, client_id);
    while (q && sqlite3_step (q) == SQLITE_ROW)
        if (n++ < 5)
            g_string_append_printf (s, "%s%s (%" G_GINT64_FORMAT ")", s->len ? ", " : "",
                                    sqlite3_column_text (q, 0), (gint64) sqlite3_column_int64 (q, 1));
    if (n > 5)
        g_string_append_printf (s, " and %d more", n - 5);
    sqlite3_finalize (q);
    return g_string_free (s, FALSE);
}

static void
client_group (GString *out, rf_store_t *st, sqlite3_stmt *q)
{
    const char *party = (const char *) sqlite3_column_text (q, 1);
    gint64 in = sqlite3_column_int64 (q, 2), sent = sqlite3_column_int64 (q, 3);
    char day[16] = "", *name = guess_name (st, party), *addrs = addresses_of (st, sqlite3_column_int64 (q, 0));
    char *about;
    if (sqlite3_column_type (q, 4) != SQLITE_NULL)
        rf_format_date (sqlite3_column_int64 (q, 4), day);
    about = g_strdup_printf ("%s: %" G_GINT64_FORMAT " message%s from them, %" G_GINT64_FORMAT " from us%s%s; "
                             "messages by address: %s.", party, in, in == 1 ? "" : "s", sent, *day ? ", the last on " : "", day,
                             *addrs ? addrs : "no address");
    g_string_append_c (out, '\n');
    comment (out, about);
    g_string_append_printf (out, "[client:%s]\nname = %s\n%s = %s\n", party, name,
                            strchr (party, '@') ? "addresses" : "domains", party);
    g_free (about);
    g_free (addrs);
    g_free (name);
}

static gboolean
client_groups (GString *out, rf_store_t *st, char **domains, rf_init_counts_t *n, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (st,
        "SELECT c.id, c.key, count(CASE WHEN a.direction = 'in' THEN 1 END),"
        " count(CASE WHEN a.direction = 'out' THEN 1 END), max(m.date_utc)"
        " FROM client c LEFT JOIN message_attr a ON a.client_id = c.id AND a.direction IN ('in', 'out')"
        " AND a.message_id IN (SELECT id FROM message WHERE auto_reason IS NULL)"
        " LEFT JOIN message m ON m.id = a.message_id"
        " WHERE c.active = 1 AND c.source IN ('domain', 'address')"
        " GROUP BY c.id ORDER BY count(a.message_id) DESC, c.key", err);
    GString *skipped = g_string_new (NULL);
    if (!q) {
        g_string_free (skipped, TRUE);
        return FALSE;
    }
    client_keys_help (out);
    while (sqlite3_step (q) == SQLITE_ROW) {
        const char *party = (const char *) sqlite3_column_text (q, 1);
        if (within (strchr (party, '@') ? rf_addr_domain (party) : party, domains))
            continue;   /* a colleague: ours through my_domains */
        if (!usable_party (party)) {
            g_string_append_printf (skipped, "%s%s", skipped->len ? ", " : "", party);
            n->left_out++;
            continue;
        }
        client_group (out, st, q);
        n->clients++;
    }
    sqlite3_finalize (q);
    if (skipped->len) {
        char *text = g_strdup_printf ("Left out, not usable as a domain or an address: %s.", skipped->str);
        g_string_append_c (out, '\n');
        comment (out, text);
        g_free (text);
    }
    g_string_free (skipped, TRUE);
    return TRUE;
}

char *
rf_init_config_text (rf_store_t *st, const rf_config_t *cfg, char **paths, const char *today,
                     rf_init_counts_t *counts, GError **err)
{
    GString *out = g_string_new (NULL);
    char **ours = our_addresses (st, cfg, err), **domains;
    rf_init_counts_t n = { 0, 0, 0 };
    gboolean ok;
    if (!ours) {
        g_string_free (out, TRUE);
        return NULL;
    }
    domains = our_domains (cfg, ours);
    n.ours = (int) g_strv_length (ours);
    g_string_append_printf (out, "# redflag configuration, written by 'redflag init' on %s from the mail in:\n",
                            today);
    for (char **p = paths; p && *p; p++)
        g_string_append_printf (out, "#   %s\n", *p);
    comment (out, "Every group and key is described in doc/configuration.md. After editing, run "
                  "'redflag scan --config THIS-FILE' on the same mail, then 'redflag clients' to see "
                  "which addresses each client matched.");
    g_string_append_c (out, '\n');
    main_group (out, ours, domains);
    g_string_append_c (out, '\n');
    ok = client_groups (out, st, domains, &n, err);
    g_strfreev (ours);
    g_strfreev (domains);
    if (!ok) {
        g_string_free (out, TRUE);
        return NULL;
    }
    if (counts)
        *counts = n;
    return g_string_free (out, FALSE);
}
