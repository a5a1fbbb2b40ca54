/* markers_vectorscan.c - the prefilter: the patterns of a language set in
 * one Vectorscan database, compiled in prefilter mode, which reports the
 * patterns that may match a sentence; PCRE2 then confirms them. */
#include "config.h"
#include "markers/markers_p.h"
#include "base/util.h"

#include <hs.h>
#include <string.h>

/* A prefilter match is a superset of the pattern's matches: Vectorscan may
 * report a pattern that PCRE2 then does not confirm, never the reverse.
 * One report per pattern and scan is enough to run it. */
#define VS_FLAGS (HS_FLAG_PREFILTER | HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_UCP \
                  | HS_FLAG_SINGLEMATCH)

struct rf_prefilter {
    hs_database_t *db;       /* NULL when no pattern compiled */
    guint8 *always;          /* per pattern: 1 when Vectorscan cannot take it */
    GArray *always_list;     /* their indexes (guint) */
    guint n_patterns;
};

/* ---- cache of compiled databases
 *
 * Compiling takes tens of seconds for the built-in patterns; a compiled
 * database is kept in RF_VS_CACHE (a directory), named by what decides
 * it. Without RF_VS_CACHE every load compiles. */

static char *
cache_path (const char **ex, guint n)
{
    const char *dir = g_getenv ("RF_VS_CACHE");
    GChecksum *sum;
    char head[64], *path;
    if (!dir || !*dir)
        return NULL;
    sum = g_checksum_new (G_CHECKSUM_SHA256);
    g_snprintf (head, sizeof head, "%s\n%d\n", hs_version (), VS_FLAGS);
    g_checksum_update (sum, (const guchar *) head, -1);
    for (guint i = 0; i < n; i++)
        g_checksum_update (sum, (const guchar *) ex[i], (gssize) strlen (ex[i]) + 1);
    path = g_strdup_printf ("%s/%s.hs", dir, g_checksum_get_string (sum));
    g_checksum_free (sum);
    return path;
}

static hs_database_t *
cache_read (const char *path)
{
    char *data = NULL;
    gsize len = 0;
    hs_database_t *db = NULL;
    if (path && g_file_get_contents (path, &data, &len, NULL)
        && hs_deserialize_database (data, len, &db) != HS_SUCCESS)
        db = NULL;
    g_free (data);
    return db;
}

static void
cache_write (const char *path, const hs_database_t *db)
{
    char *bytes = NULL;
    size_t len = 0;
    if (!path || hs_serialize_database (db, &bytes, &len) != HS_SUCCESS)
        return;
    g_file_set_contents (path, bytes, (gssize) len, NULL);
    free (bytes);
}

/* ---- compiling */

/* Compile the patterns not marked always; a pattern Vectorscan refuses is
 * marked always and the rest compiled again. */
static hs_database_t *
compile_all (rf_prefilter_t *pf, GPtrArray *patterns)
{
    const char **ex = g_new (const char *, patterns->len + 1);
    unsigned *flags = g_new (unsigned, patterns->len + 1);
    unsigned *ids = g_new (unsigned, patterns->len + 1);
    hs_database_t *db = NULL;
    char *cpath = NULL;
    for (;;) {
        hs_compile_error_t *ce = NULL;
        guint n = 0;
        for (guint i = 0; i < patterns->len; i++) {
            if (pf->always[i])
                continue;
            ex[n] = ((const rf_pattern_t *) g_ptr_array_index (patterns, i))->regex;
            flags[n] = VS_FLAGS;
            ids[n++] = i;
        }
        if (n == 0)
            break;
        g_free (cpath);
        cpath = cache_path (ex, n);
        if ((db = cache_read (cpath)))
            break;
        if (hs_compile_multi (ex, flags, ids, n, HS_MODE_BLOCK, NULL, &db, &ce) == HS_SUCCESS) {
            cache_write (cpath, db);
            break;
        }
        /* expression < 0: the database as a whole failed (too large):
         * every pattern runs. */
        if (ce->expression < 0) {
            memset (pf->always, 1, patterns->len);
            hs_free_compile_error (ce);
            db = NULL;
            break;
        }
        pf->always[ids[ce->expression]] = 1;
        hs_free_compile_error (ce);
    }
    g_free (cpath);
    g_free (ex);
    g_free (flags);
    g_free (ids);
    return db;
}

rf_prefilter_t *
rf_prefilter_new (GPtrArray *patterns)
{
    rf_prefilter_t *pf = g_new0 (rf_prefilter_t, 1);
    pf->n_patterns = patterns->len;
    pf->always = g_malloc0 (patterns->len ? patterns->len : 1);
    pf->db = compile_all (pf, patterns);
    pf->always_list = g_array_new (FALSE, FALSE, sizeof (guint));
    for (guint i = 0; i < patterns->len; i++)
        if (pf->always[i])
            g_array_append_val (pf->always_list, i);
    return pf;
}

void
rf_prefilter_free (rf_prefilter_t *pf)
{
    if (!pf)
        return;
    if (pf->db)
        hs_free_database (pf->db);
    g_free (pf->always);
    g_array_unref (pf->always_list);
    g_free (pf);
}

gboolean
rf_prefilter_grow_scratch (const rf_prefilter_t *pf, hs_scratch_t **scratch)
{
    return !pf || !pf->db || hs_alloc_scratch (pf->db, scratch) == HS_SUCCESS;
}

gboolean
rf_prefilter_always (const rf_prefilter_t *pf, guint pattern)
{
    return pf->always[pattern] != 0;
}

const guint *
rf_prefilter_always_list (const rf_prefilter_t *pf, guint *n)
{
    *n = pf->always_list->len;
    return (const guint *) pf->always_list->data;
}

/* ---- scanning */

typedef struct {
    GArray *runs;
    guint32 sentence;
} report_t;

static int
on_match (unsigned int id, unsigned long long from, unsigned long long to, unsigned int flags,
          void *ctx)
{
    report_t *r = ctx;
    rf_run_t run = { id, r->sentence };
    (void) from;
    (void) to;
    (void) flags;
    g_array_append_val (r->runs, run);
    return 0;
}

gboolean
rf_prefilter_scan (const rf_prefilter_t *pf, hs_scratch_t *scratch, const char *text, gsize len,
                   guint32 sentence, GArray *runs)
{
    report_t r = { runs, sentence };
    if (!pf->db)
        return TRUE;
    return hs_scan (pf->db, text, (unsigned int) len, 0, scratch, on_match, &r) == HS_SUCCESS;
}
