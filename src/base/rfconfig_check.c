/* rfconfig_check.c - the check of a configuration file against the key
 * table (rfconfig_keys.c): unknown groups and keys (with the nearest valid
 * one), values of the wrong shape, keys or groups given twice, and client
 * groups that would silently match nothing or fight over a domain. A typo
 * must stop the run with its line, never empty a report. */
#include "config.h"
#include "base/rfconfig_keys.h"
#include "base/rfconfig.h"
#include "base/util.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int line;
    char *text;
} problem_t;

typedef struct {
    const char *path;
    GKeyFile *kf;
    GHashTable *typos;     /* groups with an unknown key (set of borrowed names) */
    GHashTable *lines;     /* "group" and "group\nkey" -> first line (GINT_TO_POINTER) */
    GArray *problems;      /* of problem_t */
} check_t;

guint
rf_edit_distance (const char *a, const char *b)
{
    size_t la = strlen (a), lb = strlen (b);
    guint *row = g_new (guint, lb + 1), d;
    for (size_t j = 0; j <= lb; j++)
        row[j] = (guint) j;
    for (size_t i = 1; i <= la; i++) {
        guint diag = row[0];
        row[0] = (guint) i;
        for (size_t j = 1; j <= lb; j++) {
            guint up = row[j];
            guint best = MIN (row[j] + 1, row[j - 1] + 1);
            row[j] = MIN (best, diag + (a[i - 1] != b[j - 1]));
            diag = up;
        }
    }
    d = row[lb];
    g_free (row);
    return d;
}

/* ---- Values. */

static gboolean
domain_ok (const char *d)
{
    gboolean dot = FALSE;
    size_t label = 0;
    if (!*d || *d == '.' || *d == '-')
        return FALSE;
    for (const char *p = d; *p; p++) {
        if (*p == '.') {
            if (label == 0 || p[-1] == '-')
                return FALSE;
            dot = TRUE;
            label = 0;
        } else if (g_ascii_isalnum (*p) || *p == '-' || (guchar) *p >= 0x80) {
            label++;
        } else {
            return FALSE;
        }
    }
    return dot && label > 0;
}

static gboolean
address_ok (const char *a)
{
    const char *at = strrchr (a, '@');
    if (!at || at == a)
        return FALSE;
    for (const char *p = a; p < at; p++)
        if (g_ascii_isspace (*p) || *p == '<' || *p == '>' || *p == ',' || *p == '@')
            return FALSE;
    return domain_ok (at + 1);
}

static char *
item_problem (rf_key_type_t type, const char *item)
{
    gint64 t;
    char *norm;
    gboolean ok;
    switch (type) {
    case RF_KEY_ADDRESSES:
        norm = rf_addr_normalize (g_strdup (item));
        ok = address_ok (norm);
        g_free (norm);
        return ok ? NULL : g_strdup_printf ("\"%s\" is not an e-mail address (expected name@domain)", item);
    case RF_KEY_DOMAINS:
        if (strchr (item, '@'))
            return g_strdup_printf ("\"%s\" is an address, not a domain (addresses go in 'addresses' "
                                    "or 'me')", item);
        norm = rf_addr_normalize (g_strdup (item));
        ok = domain_ok (norm);
        g_free (norm);
        return ok ? NULL : g_strdup_printf ("\"%s\" is not a domain (expected e.g. acme.example)", item);
    case RF_KEY_DATES:
        return rf_parse_date (item, &t) ? NULL
               : g_strdup_printf ("\"%s\" is not a date (expected YYYY-MM-DD, e.g. 2026-12-25)", item);
    default:
        return NULL;
    }
}

static char *
list_problem (rf_key_type_t type, const char *value)
{
    char **items = rf_split_list (value), *why = NULL;
    for (char **i = items; *i && !why; i++)
        why = item_problem (type, *i);
    g_strfreev (items);
    return why;
}

static char *
number_problem (rf_key_type_t type, int min, const char *value)
{
    char *end = NULL;
    if (type == RF_KEY_COUNT) {
        gint64 n;
        errno = 0;
        n = g_ascii_strtoll (value, &end, 10);
        if (!*value || *end || n < min)
            return g_strdup_printf ("expected a whole number of %d or more, got \"%s\"", min, value);
        if (n > RF_CONFIG_INT_MAX || errno == ERANGE)
            return g_strdup_printf ("expected a whole number up to %d, got \"%s\"", RF_CONFIG_INT_MAX, value);
    } else {
        double d = g_ascii_strtod (value, &end);
        if (!*value || *end || !isfinite (d) || d < 0)
            return g_strdup_printf ("expected a number of 0 or more, got \"%s\"", value);
    }
    return NULL;
}

char *
rf_config_value_problem (rf_key_type_t type, int min, const char *value)
{
    int s, e;
    guint8 mask;
    gint64 t;
    GTimeZone *tz;
    switch (type) {
    case RF_KEY_TEXT:
    case RF_KEY_TEXTS:
        return NULL;
    case RF_KEY_ADDRESSES:
    case RF_KEY_DOMAINS:
    case RF_KEY_DATES:
        return list_problem (type, value);
    case RF_KEY_HOURS:
        if (rf_hours_parse_interval (value, &s, &e))
            return NULL;
        return g_strdup_printf ("expected HH:MM-HH:MM on a 24-hour clock (09:00-18:00, or 22:00-06:00 for a "
                                "night shift), got \"%s\"", value);
    case RF_KEY_DAYS:
        return rf_hours_parse_days (value, &mask) ? NULL
               : g_strdup_printf ("expected days such as Mon-Fri or Mon,Wed,Fri, got \"%s\"", value);
    case RF_KEY_ZONE:
        if (*value && (tz = rf_time_zone_new (value))) {
            g_time_zone_unref (tz);
            return NULL;
        }
        return g_strdup_printf ("unknown time zone \"%s\" (expected an IANA name such as Europe/Paris or UTC)",
                                value);
    case RF_KEY_DATE:
        return rf_parse_date (value, &t) ? NULL
               : g_strdup_printf ("expected a date as YYYY-MM-DD, got \"%s\"", value);
    case RF_KEY_COUNT:
    case RF_KEY_NUMBER:
        return number_problem (type, min, value);
    case RF_KEY_LANGUAGE:
        return !strcmp (value, "en") || !strcmp (value, "fr") || !strcmp (value, "es") ? NULL
               : g_strdup_printf ("expected en, fr or es, got \"%s\"", value);
    case RF_KEY_FOLDER:
        return *value ? NULL : g_strdup ("expected a folder, got nothing");
    case RF_KEY_BOOL:
        return !strcmp (value, "true") || !strcmp (value, "false") ? NULL
               : g_strdup_printf ("expected true or false, got \"%s\"", value);
    }
    return NULL;
}

/* ---- Problems, with the line they are on. */

static void
add (check_t *c, int line, const char *fmt, ...) RF_ATTR_PRINTF (3, 4);

static void
add (check_t *c, int line, const char *fmt, ...)
{
    va_list ap;
    problem_t p = { line, NULL };
    va_start (ap, fmt);
    p.text = g_strdup_vprintf (fmt, ap);
    va_end (ap);
    g_array_append_val (c->problems, p);
}

static int
line_of (check_t *c, const char *group, const char *key)
{
    char *k = key ? g_strdup_printf ("%s\n%s", group, key) : g_strdup (group);
    int line = GPOINTER_TO_INT (g_hash_table_lookup (c->lines, k));
    g_free (k);
    return line;
}

/* Lines of groups and keys, and those given twice: GKeyFile would keep the
 * last value of a key and merge two groups of one name without a word. */
static void
index_lines (check_t *c, const char *text)
{
    char **lines = rf_split_lines (text ? text : ""), *group = NULL;
    for (int i = 0; lines[i]; i++) {
        char *l = g_strstrip (lines[i]), *eq, *id;
        int n = i + 1, seen;
        if (!*l || *l == '#')
            continue;
        if (*l == '[') {
            char *close = strrchr (l, ']');
            g_free (group);
            group = g_strndup (l + 1, close ? (size_t) (close - l - 1) : strlen (l + 1));
            id = g_strdup (group);
        } else if ((eq = strchr (l, '=')) && group) {
            *eq = '\0';
            id = g_strdup_printf ("%s\n%s", group, g_strchomp (l));
        } else {
            continue;
        }
        if ((seen = GPOINTER_TO_INT (g_hash_table_lookup (c->lines, id)))) {
            char *nl = strchr (id, '\n');
            if (nl)
                add (c, n, "[%s] %s: given twice (lines %d and %d); only the last would count: "
                     "keep one", group, nl + 1, seen, n);
            else
                add (c, n, "[%s]: the group is given twice (lines %d and %d): merge them", group, seen, n);
            g_free (id);
        } else {
            g_hash_table_insert (c->lines, id, GINT_TO_POINTER (n));
        }
    }
    g_free (group);
    g_strfreev (lines);
}

/* ---- Groups and keys. */

static unsigned
group_kind (const char *g)
{
    if (!strcmp (g, "redflag"))
        return RF_IN_MAIN;
    if (!strcmp (g, "thresholds"))
        return RF_IN_THRESHOLDS;
    if (g_str_has_prefix (g, "client:"))
        for (const char *p = g + strlen ("client:"); *p; p++)
            if (!g_ascii_isspace (*p))
                return RF_IN_CLIENT;
    return 0;
}

static void
unknown_group (check_t *c, const char *g)
{
    const char *colon = strchr (g, ':');
    char *client = g_strdup_printf ("client:%s", colon ? colon + 1 : g), *best = NULL;
    const char *cands[] = { "redflag", "thresholds", client };
    guint bd = G_MAXUINT;
    if (!strcmp (g, "client:") || (g_str_has_prefix (g, "client:") && group_kind (g) == 0)) {
        add (c, line_of (c, g, NULL), "[%s]: a client group needs a key after \"client:\", "
             "e.g. [client:acme]", g);
        g_free (client);
        return;
    }
    for (size_t i = 0; i < G_N_ELEMENTS (cands); i++) {
        char *lower = g_ascii_strdown (g, -1);
        guint d = rf_edit_distance (lower, cands[i]);
        g_free (lower);
        if (d < bd) {
            bd = d;
            best = (char *) cands[i];
        }
    }
    if (bd <= 2 || (colon && best == client))
        add (c, line_of (c, g, NULL), "[%s]: unknown group; did you mean [%s]?", g, best);
    else
        add (c, line_of (c, g, NULL), "[%s]: unknown group (expected [redflag], [thresholds] or "
             "[client:KEY]; a client's group is e.g. [client:%s])", g, g);
    g_free (client);
}

static const char *
group_words (unsigned kind)
{
    return kind == RF_IN_MAIN ? "[redflag]" : kind == RF_IN_CLIENT ? "[client:KEY]" : "[thresholds]";
}

/* The valid key of this group nearest to key, or NULL when none is close. */
static char *
nearest_key (const char *key, unsigned kind)
{
    char *lower = g_ascii_strdown (key, -1), *best = NULL;
    guint bd = G_MAXUINT, limit = MAX (2, (guint) strlen (key) / 4);
    for (const rf_config_key_t *k = rf_config_keys; k->key; k++) {
        guint d = (k->groups & kind) ? rf_edit_distance (lower, k->key) : G_MAXUINT;
        if (d < bd) {
            bd = d;
            g_free (best);
            best = g_strdup (k->key);
        }
    }
    for (const rf_config_signal_t *s = rf_config_signals; s->signal && kind != RF_IN_MAIN; s++) {
        for (int lv = 0; lv < (s->has_critical ? 2 : 1); lv++) {
            char *name = g_strconcat (s->signal, lv ? "_critical" : "_warning", NULL);
            guint d = rf_edit_distance (lower, name);
            if (d < bd) {
                bd = d;
                g_free (best);
                best = name;
            } else {
                g_free (name);
            }
        }
    }
    g_free (lower);
    if (bd > limit) {
        g_free (best);
        return NULL;
    }
    return best;
}

/* Where else the key would be valid, for a hint ("belongs in [redflag]"). */
static unsigned
other_groups (const char *key, unsigned kind)
{
    unsigned where = 0;
    for (unsigned g = RF_IN_MAIN; g <= RF_IN_THRESHOLDS; g <<= 1)
        if (g != kind && rf_config_key_find (key, g, NULL))
            where |= g;
    return where;
}

static void
unknown_key (check_t *c, const char *g, unsigned kind, const char *key)
{
    int line = line_of (c, g, key);
    unsigned elsewhere = other_groups (key, kind);
    const rf_config_signal_t *sig = NULL;
    char *near;
    g_hash_table_add (c->typos, (gpointer) g);
    for (const rf_config_signal_t *s = rf_config_signals; s->signal; s++)
        if (g_str_has_prefix (key, s->signal) && (!strcmp (key + strlen (s->signal), "")
                                                  || !strcmp (key + strlen (s->signal), "_critical")))
            sig = s;
    if (elsewhere) {
        add (c, line, "[%s] %s: not a key of %s; it belongs in %s", g, key, group_words (kind),
             group_words (elsewhere & RF_IN_MAIN ? RF_IN_MAIN : elsewhere & RF_IN_THRESHOLDS
                          ? RF_IN_THRESHOLDS : RF_IN_CLIENT));
    } else if (sig && kind != RF_IN_MAIN && !strcmp (key, sig->signal)) {
        add (c, line, "[%s] %s: a threshold is %s_warning or %s_critical", g, key, key, key);
    } else if (sig && kind != RF_IN_MAIN) {
        add (c, line, "[%s] %s: %s has no critical level, only %s_warning", g, key, sig->signal, sig->signal);
    } else if ((near = nearest_key (key, kind))) {
        add (c, line, "[%s] %s: unknown key; did you mean '%s'?", g, key, near);
        g_free (near);
    } else {
        add (c, line, "[%s] %s: unknown key (every key: doc/configuration.md)", g, key);
    }
}

static void
check_value (check_t *c, const char *g, const char *key, const rf_config_key_t *k)
{
    GError *e = NULL;
    char *v = g_key_file_get_string (c->kf, g, key, &e), *why;
    if (!v) {
        add (c, line_of (c, g, key), "[%s] %s: %s", g, key, e->message);
        g_error_free (e);
        return;
    }
    g_strstrip (v);
    why = rf_config_value_problem (k->type, k->min, v);
    if (why)
        add (c, line_of (c, g, key), "[%s] %s: %s%s", g, key, why,
             strstr (v, " #") ? " (a comment goes on a line of its own)" : "");
    g_free (why);
    g_free (v);
}

static void
check_group (check_t *c, const char *g)
{
    unsigned kind = group_kind (g);
    char **keys;
    if (!kind) {
        unknown_group (c, g);
        return;
    }
    keys = g_key_file_get_keys (c->kf, g, NULL, NULL);
    for (char **k = keys; k && *k; k++) {
        const rf_config_key_t *entry = rf_config_key_find (*k, kind, NULL);
        if (entry)
            check_value (c, g, *k, entry);
        else
            unknown_key (c, g, kind, *k);
    }
    g_strfreev (keys);
}

/* ---- Clients: each must match something, and a domain or address
 * belongs to one client only (the later group would silently win). */

static void
claim (check_t *c, GHashTable *claims, const char *g, const char *key, const char *item,
       char **me, char **my_domains)
{
    const char *owner = g_hash_table_lookup (claims, item);
    const char *dom = strchr (item, '@') ? rf_addr_domain (item) : item;
    gboolean ours = g_strv_contains ((const char *const *) me, item);
    for (char **d = my_domains; dom && *d && !ours; d++) {
        size_t dl = strlen (dom), l = strlen (*d);
        ours = !strcmp (dom, *d) || (dl > l && dom[dl - l - 1] == '.' && !strcmp (dom + dl - l, *d));
    }
    if (ours)
        add (c, line_of (c, g, key), "[%s] %s: %s is ours ([redflag] me or my_domains), so its mail "
             "would never count for this client", g, key, item);
    else if (owner && strcmp (owner, g))
        add (c, line_of (c, g, key), "[%s] %s: %s is already in [%s]; one client per domain or address",
             g, key, item, owner);
    else
        g_hash_table_insert (claims, g_strdup (item), (gpointer) g);
}

static char **
normalized_list (GKeyFile *kf, const char *g, const char *key)
{
    char *v = g_key_file_get_string (kf, g, key, NULL), **list = rf_split_list (v);
    for (char **p = list; *p; p++)
        rf_addr_normalize (*p);
    g_free (v);
    return list;
}

static void
check_clients (check_t *c, char **groups)
{
    GHashTable *claims = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    char **me = normalized_list (c->kf, "redflag", "me");
    char **mine = normalized_list (c->kf, "redflag", "my_domains");
    static const char *const keys[] = { "domains", "addresses" };
    for (char **g = groups; *g; g++) {
        gboolean any = FALSE;
        char *party;
        if (group_kind (*g) != RF_IN_CLIENT)
            continue;
        for (size_t k = 0; k < G_N_ELEMENTS (keys); k++) {
            char **items = normalized_list (c->kf, *g, keys[k]);
            for (char **i = items; *i; i++) {
                any = TRUE;
                claim (c, claims, *g, keys[k], *i, me, mine);
            }
            g_strfreev (items);
        }
        party = g_key_file_get_string (c->kf, *g, "invoice_party", NULL);
        /* A misspelt 'domains' is reported as such, not as a group that matches nothing. */
        if (!any && !(party && *g_strstrip (party)) && !g_hash_table_contains (c->typos, *g))
            add (c, line_of (c, *g, NULL), "[%s]: matches no mail and no invoice: give it domains, "
                 "addresses or invoice_party", *g);
        g_free (party);
    }
    g_strfreev (me);
    g_strfreev (mine);
    g_hash_table_unref (claims);
}

static gint
by_line (gconstpointer a, gconstpointer b)
{
    const problem_t *x = a, *y = b;
    return (x->line > y->line) - (x->line < y->line);
}

gboolean
rf_config_check (GKeyFile *kf, const char *path, const char *text, GError **err)
{
    check_t c = { path ? path : "(configuration)", kf, NULL, NULL, NULL };
    char **groups = g_key_file_get_groups (kf, NULL);
    GString *msg;
    gboolean ok;

    c.lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    c.problems = g_array_new (FALSE, FALSE, sizeof (problem_t));
    c.typos = g_hash_table_new (g_str_hash, g_str_equal);
    index_lines (&c, text);
    for (char **g = groups; *g; g++)
        check_group (&c, *g);
    check_clients (&c, groups);
    g_strfreev (groups);
    /* In the order of the file; problems of one line in the order found. */
    g_array_sort (c.problems, by_line);
    ok = c.problems->len == 0;
    msg = g_string_new (NULL);
    for (guint i = 0; i < c.problems->len; i++) {
        problem_t *p = &g_array_index (c.problems, problem_t, i);
        if (msg->len)
            g_string_append_c (msg, '\n');
        if (p->line > 0)
            g_string_append_printf (msg, "%s:%d: %s", c.path, p->line, p->text);
        else
            g_string_append_printf (msg, "%s: %s", c.path, p->text);
        g_free (p->text);
    }
    if (!ok)
        g_set_error_literal (err, g_quark_from_static_string ("rf-config"), 1, msg->str);
    g_string_free (msg, TRUE);
    g_array_unref (c.problems);
    g_hash_table_unref (c.lines);
    g_hash_table_unref (c.typos);
    return ok;
}
