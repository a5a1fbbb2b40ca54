/* rfconfig.c - load and query the configuration key file. */
#include "config.h"
#include "base/rfconfig.h"
#include "base/rfconfig_keys.h"
#include "base/util.h"

#include <stdio.h>
#include <errno.h>
#include <string.h>

#define RF_CONFIG_ERROR rf_config_error_quark ()
static GQuark
rf_config_error_quark (void)
{
    return g_quark_from_static_string ("rf-config");
}

static const char *const day_names[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

static int
day_index (const char *s)
{
    for (int i = 0; i < 7; i++)
        if (g_ascii_strncasecmp (s, day_names[i], 3) == 0)
            return i;
    return -1;
}

/* "09:00-18:00"; a start after the end is a night shift crossing midnight
 * ("22:00-06:00"), whose hours belong to the day it starts. */
gboolean
rf_hours_parse_interval (const char *s, int *start_min, int *end_min)
{
    int h1, m1, h2, m2;
    char tail;
    if (!s || sscanf (s, " %d:%d - %d:%d %c", &h1, &m1, &h2, &m2, &tail) != 4)
        return FALSE;
    if (h1 < 0 || h1 > 23 || h2 < 0 || h2 > 24 || m1 < 0 || m1 > 59 || m2 < 0 || m2 > 59)
        return FALSE;
    if (h2 == 24 && m2 != 0)
        return FALSE;
    *start_min = h1 * 60 + m1;
    *end_min = h2 * 60 + m2;
    /* The same start and end is no hours at all, or all day: ambiguous. */
    return *start_min != *end_min;
}

gboolean
rf_hours_parse_days (const char *s, guint8 *mask)
{
    char **parts = rf_split_list (s);
    gboolean ok = parts[0] != NULL;
    *mask = 0;
    for (char **p = parts; ok && *p; p++) {
        char *dash = strchr (*p, '-');
        int a, b;
        if (dash) {
            *dash = '\0';
            a = day_index (g_strstrip (*p));
            b = day_index (g_strstrip (dash + 1));
        } else {
            a = b = day_index (*p);
        }
        if (a < 0 || b < 0) {
            ok = FALSE;
            break;
        }
        /* A range may wrap around the week ("Sun-Thu"). */
        for (int d = a;; d = (d + 1) % 7) {
            *mask |= (guint8) (1u << d);
            if (d == b)
                break;
        }
    }
    g_strfreev (parts);
    return ok;
}

static void
hours_clear (rf_hours_t *h)
{
    if (h->tz)
        g_time_zone_unref (h->tz);
    g_free (h->tz_name);
    if (h->holidays)
        g_array_unref (h->holidays);
    memset (h, 0, sizeof *h);
}

static void
hours_copy (rf_hours_t *dst, const rf_hours_t *src)
{
    *dst = *src;
    dst->tz = g_time_zone_ref (src->tz);
    dst->tz_name = g_strdup (src->tz_name);
    dst->holidays = g_array_ref (src->holidays);
}

static gboolean
fail (GError **err, const char *path, const char *group, const char *key,
      const char *what, const char *value)
{
    g_set_error (err, RF_CONFIG_ERROR, 1, "%s: [%s] %s: %s \"%s\"",
                 path ? path : "(config)", group, key, what, value ? value : "");
    return FALSE;
}

/* Read the hours-related keys of one group, starting from base. */
static gboolean
load_hours (GKeyFile *kf, const char *path, const char *group,
            const rf_hours_t *base, rf_hours_t *out, GError **err)
{
    char *v;
    gboolean ok = TRUE;

    if (base) {
        hours_copy (out, base);
    } else {
        out->start_min = 9 * 60;
        out->end_min = 18 * 60;
        out->days_mask = 0x1f;
        out->tz = g_time_zone_new_utc ();
        out->tz_name = g_strdup ("UTC");
        out->holidays = g_array_new (FALSE, FALSE, sizeof (gint32));
    }
    if ((v = g_key_file_get_string (kf, group, "working_hours", NULL))) {
        if (!rf_hours_parse_interval (v, &out->start_min, &out->end_min))
            ok = fail (err, path, group, "working_hours", "expected HH:MM-HH:MM, got", v);
        g_free (v);
    }
    if (ok && (v = g_key_file_get_string (kf, group, "working_days", NULL))) {
        if (!rf_hours_parse_days (v, &out->days_mask))
            ok = fail (err, path, group, "working_days", "expected e.g. Mon-Fri, got", v);
        g_free (v);
    }
    if (ok && (v = g_key_file_get_string (kf, group, "timezone", NULL))) {
        GTimeZone *tz = rf_time_zone_new (g_strstrip (v));
        if (!tz) {
            ok = fail (err, path, group, "timezone", "unknown time zone", v);
        } else {
            g_time_zone_unref (out->tz);
            out->tz = tz;
            g_free (out->tz_name);
            out->tz_name = g_strdup (v);
        }
        g_free (v);
    }
    if (ok && (v = g_key_file_get_string (kf, group, "holidays", NULL))) {
        char **days = rf_split_list (v);
        /* Client holidays add to ours rather than replace them. */
        GArray *h = g_array_new (FALSE, FALSE, sizeof (gint32));
        g_array_append_vals (h, out->holidays->data, out->holidays->len);
        for (char **d = days; ok && *d; d++) {
            GDate gd;
            int y, m, dd;
            char tail;
            if (sscanf (*d, "%4d-%2d-%2d%c", &y, &m, &dd, &tail) != 3
                || !g_date_valid_dmy ((GDateDay) dd, (GDateMonth) m, (GDateYear) y)) {
                ok = fail (err, path, group, "holidays", "expected YYYY-MM-DD, got", *d);
                break;
            }
            g_date_clear (&gd, 1);
            g_date_set_dmy (&gd, (GDateDay) dd, (GDateMonth) m, (GDateYear) y);
            gint32 j = (gint32) g_date_get_julian (&gd);
            g_array_append_val (h, j);
        }
        g_array_unref (out->holidays);
        out->holidays = h;
        g_strfreev (days);
        g_free (v);
    }
    return ok;
}

static char **
get_list_lower (GKeyFile *kf, const char *group, const char *key)
{
    char *v = g_key_file_get_string (kf, group, key, NULL);
    char **list = rf_split_list (v);
    for (char **p = list; *p; p++)
        rf_addr_normalize (*p);
    g_free (v);
    return list;
}


static gboolean
get_int (GKeyFile *kf, const char *path, const char *group, const char *key,
         gint64 def, gint64 min, gint64 *out, GError **err)
{
    char *v = g_key_file_get_string (kf, group, key, NULL), *end;
    gint64 n;
    if (!v) {
        *out = def;
        return TRUE;
    }
    errno = 0;
    n = g_ascii_strtoll (g_strstrip (v), &end, 10);
    /* Every whole-number key (days, hours, MiB) is far below the bound,
     * which keeps the products made of them (hours * 3600, MiB * 2^20)
     * from overflowing. */
    if (*v == '\0' || *end != '\0' || errno == ERANGE || n < min || n > RF_CONFIG_INT_MAX) {
        fail (err, path, group, key, "expected a whole number up to " G_STRINGIFY (RF_CONFIG_INT_MAX) ", got",
              v);
        g_free (v);
        return FALSE;
    }
    g_free (v);
    *out = n;
    return TRUE;
}

/* "true" or "false" (the check of the file says so first; this is for
 * files loaded without it). */
static gboolean
get_bool (GKeyFile *kf, const char *path, const char *group, const char *key, gboolean def, gboolean *out,
          GError **err)
{
    char *v = g_key_file_get_string (kf, group, key, NULL);
    gboolean ok = TRUE;
    *out = def;
    if (v) {
        g_strstrip (v);
        if (!strcmp (v, "true") || !strcmp (v, "false"))
            *out = !strcmp (v, "true");
        else
            ok = (fail (err, path, group, key, "expected true or false, got", v), FALSE);
    }
    g_free (v);
    return ok;
}

static void
client_free (gpointer p)
{
    rf_client_t *c = p;
    g_free (c->id);
    g_free (c->name);
    g_strfreev (c->domains);
    g_strfreev (c->addresses);
    g_strfreev (c->invoice_party);
    hours_clear (&c->hours);
    g_free (c->language);
    g_free (c->goodwill);
    g_free (c);
}

static gboolean
load_client (rf_config_t *cfg, const char *group, GError **err)
{
    GKeyFile *kf = cfg->kf;
    rf_client_t *c = g_new0 (rf_client_t, 1);
    char *v;
    gint64 n;

    g_ptr_array_add (cfg->clients, c);
    c->id = g_strdup (group + strlen ("client:"));
    g_strstrip (c->id);
    c->name = g_key_file_get_string (kf, group, "name", NULL);
    if (!c->name || !*c->name) {
        g_free (c->name);
        c->name = g_strdup (c->id);
    }
    c->domains = get_list_lower (kf, group, "domains");
    c->addresses = get_list_lower (kf, group, "addresses");
    v = g_key_file_get_string (kf, group, "invoice_party", NULL);
    c->invoice_party = rf_split_list (v);
    g_free (v);
    c->language = g_key_file_get_string (kf, group, "language", NULL);
    c->goodwill = g_key_file_get_string (kf, group, "goodwill", NULL);
    if (!load_hours (kf, cfg->path, group, &cfg->hours, &c->hours, err))
        return FALSE;
    if (!get_int (kf, cfg->path, group, "response_hours", 0, 0, &n, err))
        return FALSE;
    c->response_seconds = n * 3600;
    if (!get_int (kf, cfg->path, group, "payment_terms_days", cfg->payment_terms_days, 0, &n, err))
        return FALSE;
    c->payment_terms_days = (int) n;
    c->contract_end = -1;
    if ((v = g_key_file_get_string (kf, group, "contract_end", NULL))) {
        gboolean ok = rf_parse_date (g_strstrip (v), &c->contract_end);
        if (!ok)
            fail (err, cfg->path, group, "contract_end", "expected YYYY-MM-DD, got", v);
        g_free (v);
        if (!ok)
            return FALSE;
    }
    for (char **a = c->addresses; *a; a++)
        g_hash_table_insert (cfg->by_addr, *a, c);
    for (char **d = c->domains; *d; d++)
        g_hash_table_insert (cfg->by_domain, *d, c);
    return TRUE;
}

static gboolean
load_freemail (rf_config_t *cfg, const char *file, GError **err)
{
    char *text = NULL, **lines;
    if (!file)
        return TRUE;
    if (!g_file_get_contents (file, &text, NULL, err))
        return FALSE;
    lines = rf_split_lines (text);
    for (char **l = lines; *l; l++) {
        char *hash = strchr (*l, '#');
        if (hash)
            *hash = '\0';
        rf_addr_normalize (*l);
        if (**l)
            g_hash_table_add (cfg->freemail, g_strdup (*l));
    }
    g_strfreev (lines);
    g_free (text);
    return TRUE;
}

static gboolean
load_main_group (rf_config_t *cfg, GError **err)
{
    gint64 n;
    GKeyFile *kf = cfg->kf;
    const char *g = "redflag";
    char *patterns;

    cfg->me = get_list_lower (kf, g, "me");
    cfg->my_domains = get_list_lower (kf, g, "my_domains");
    if (!load_hours (kf, cfg->path, g, NULL, &cfg->hours, err))
        return FALSE;
    if (!get_int (kf, cfg->path, g, "grace_days", 7, 1, &n, err))
        return FALSE;
    cfg->grace_days = (int) n;
    if (!get_int (kf, cfg->path, g, "payment_terms_days", 30, 0, &n, err))
        return FALSE;
    cfg->payment_terms_days = (int) n;
    if (!get_int (kf, cfg->path, g, "max_message_mb", 64, 1, &n, err))
        return FALSE;
    cfg->max_message_bytes = n * 1024 * 1024;
    if (!get_bool (kf, cfg->path, g, "invoices_from_mail", TRUE, &cfg->invoices_from_mail, err))
        return FALSE;
    /* Named once here rather than with --patterns on every run; a relative
     * directory is relative to this file. */
    patterns = g_key_file_get_string (kf, g, "patterns", NULL);
    if (patterns && *g_strstrip (patterns)) {
        char *dir = cfg->path ? g_path_get_dirname (cfg->path) : NULL;
        char *base = dir ? g_canonicalize_filename (dir, NULL) : NULL;   /* must be absolute */
        cfg->patterns_dir = g_canonicalize_filename (patterns, base);
        g_free (base);
        g_free (dir);
    }
    g_free (patterns);
    return TRUE;
}

rf_config_t *
rf_config_load (const char *path, const char *freemail_file, GError **err)
{
    rf_config_t *cfg = g_new0 (rf_config_t, 1);
    char *text = NULL;
    gsize len = 0;
    char **groups = NULL;
    gboolean ok = TRUE;

    cfg->path = g_strdup (path);
    cfg->kf = g_key_file_new ();
    g_key_file_set_list_separator (cfg->kf, ',');
    cfg->clients = g_ptr_array_new_with_free_func (client_free);
    cfg->freemail = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    cfg->by_addr = g_hash_table_new (g_str_hash, g_str_equal);
    cfg->by_domain = g_hash_table_new (g_str_hash, g_str_equal);

    if (path) {
        ok = g_file_get_contents (path, &text, &len, err)
             && g_key_file_load_from_data (cfg->kf, text, len, G_KEY_FILE_NONE, err);
        if (!ok && err && *err)
            g_prefix_error (err, "%s: ", path);
        cfg->digest = ok ? rf_sha256_hex (text, len) : NULL;
    } else {
        cfg->digest = g_strdup ("");
    }
    /* Every group, key and value is checked before any is used. */
    ok = ok && (!path || rf_config_check (cfg->kf, path, text, err)) && load_main_group (cfg, err);
    if (ok) {
        groups = g_key_file_get_groups (cfg->kf, NULL);
        for (char **gp = groups; ok && *gp; gp++)
            if (g_str_has_prefix (*gp, "client:"))
                ok = load_client (cfg, *gp, err);
        g_strfreev (groups);
    }
    ok = ok && load_freemail (cfg, freemail_file, err);
    g_free (text);
    if (!ok) {
        rf_config_free (cfg);
        return NULL;
    }
    return cfg;
}

void
rf_config_free (rf_config_t *cfg)
{
    if (!cfg)
        return;
    g_free (cfg->path);
    g_free (cfg->digest);
    g_free (cfg->patterns_dir);
    g_strfreev (cfg->me);
    g_strfreev (cfg->my_domains);
    hours_clear (&cfg->hours);
    g_hash_table_unref (cfg->by_addr);
    g_hash_table_unref (cfg->by_domain);
    g_ptr_array_unref (cfg->clients);
    g_hash_table_unref (cfg->freemail);
    g_key_file_unref (cfg->kf);
    g_free (cfg);
}

void
rf_config_add_me (rf_config_t *cfg, const char *addr)
{
    guint n = g_strv_length (cfg->me);
    char *a = rf_addr_normalize (g_strdup (addr));
    if (g_strv_contains ((const char *const *) cfg->me, a)) {
        g_free (a);
        return;
    }
    cfg->me = g_renew (char *, cfg->me, n + 2);
    cfg->me[n] = a;
    cfg->me[n + 1] = NULL;
}

/* TRUE when domain equals d or is a subdomain of it. */
static gboolean
domain_within (const char *domain, const char *d)
{
    size_t dl = strlen (domain), l = strlen (d);
    if (dl == l)
        return strcmp (domain, d) == 0;
    return dl > l && domain[dl - l - 1] == '.' && strcmp (domain + dl - l, d) == 0;
}

gboolean
rf_config_is_me (const rf_config_t *cfg, const char *addr)
{
    const char *dom = rf_addr_domain (addr);
    if (!addr)
        return FALSE;
    if (g_strv_contains ((const char *const *) cfg->me, addr))
        return TRUE;
    for (char **d = cfg->my_domains; dom && *d; d++)
        if (domain_within (dom, *d))
            return TRUE;
    return FALSE;
}

rf_client_t *
rf_config_client_for_addr (const rf_config_t *cfg, const char *addr)
{
    rf_client_t *c;
    const char *dom;
    if (!addr)
        return NULL;
    if ((c = g_hash_table_lookup (cfg->by_addr, addr)))
        return c;
    /* Walk up the domain: mail.acme.example, then acme.example. */
    for (dom = rf_addr_domain (addr); dom; dom = strchr (dom, '.')) {
        if (*dom == '.')
            dom++;
        if ((c = g_hash_table_lookup (cfg->by_domain, dom)))
            return c;
    }
    return NULL;
}

gboolean
rf_config_is_freemail (const rf_config_t *cfg, const char *domain)
{
    return domain && g_hash_table_contains (cfg->freemail, domain);
}

double
rf_config_threshold (const rf_config_t *cfg, const char *client_id,
                     const char *key, double def)
{
    char group[256];
    GError *e = NULL;
    double v;
    if (client_id) {
        g_snprintf (group, sizeof group, "client:%s", client_id);
        v = g_key_file_get_double (cfg->kf, group, key, &e);
        if (!e)
            return v;
        g_clear_error (&e);
    }
    v = g_key_file_get_double (cfg->kf, "thresholds", key, &e);
    if (!e)
        return v;
    g_clear_error (&e);
    return def;
}
