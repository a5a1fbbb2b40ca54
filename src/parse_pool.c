/* parse_pool.c - read files and parse them into records. */
#include "config.h"
#include "parse_pool.h"
#include "text_analysis.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

struct rf_parse_pool {
    const rf_scan_opts_t *opts;
    rf_text_analysis_t *ta;
};

rf_parse_job_t *
rf_parse_job_new (gint64 folder_id, const char *key, const char *name, char *path)
{
    rf_parse_job_t *j = g_new0 (rf_parse_job_t, 1);
    j->folder_id = folder_id;
    j->key = g_strdup (key);
    j->name = g_strdup (name);
    j->path = path;
    return j;
}

void
rf_parse_job_free (gpointer p)
{
    rf_parse_job_t *j = p;
    g_free (j->key);
    g_free (j->name);
    g_free (j->path);
    g_free (j);
}

void
rf_parse_result_clear (rf_parse_result_t *res)
{
    g_free (res->reason);
    g_free (res->path);
    rf_mail_record_free (res->record);
    res->reason = res->path = NULL;
    res->record = NULL;
}

static void
result_free (gpointer p)
{
    rf_parse_result_clear (p);
    g_free (p);
}

/* Read a whole file into memory: parsing from memory is faster than
 * letting GMime read it, and the size check comes first. */
static char *
read_file (const char *path, gint64 max_bytes, gsize *len, char **reason)
{
    struct stat sb;
    char *buf = NULL;
    gsize got = 0;
    int fd = open (path, O_RDONLY | O_CLOEXEC);

    if (fd < 0 || fstat (fd, &sb) != 0) {
        *reason = g_strdup_printf ("cannot read: %s", g_strerror (errno));
        goto done;
    }
    if (!S_ISREG (sb.st_mode)) {
        *reason = g_strdup ("not a regular file");
        goto done;
    }
    if (sb.st_size > max_bytes) {
        *reason = g_strdup_printf ("larger than %" G_GINT64_FORMAT " MiB (max_message_mb)",
                                   max_bytes / (1024 * 1024));
        goto done;
    }
    buf = g_malloc ((gsize) sb.st_size + 1);
    while (got < (gsize) sb.st_size) {
        ssize_t n = read (fd, buf + got, (gsize) sb.st_size - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += (gsize) n;
    }
    buf[got] = '\0';
    *len = got;
done:
    if (fd >= 0)
        close (fd);
    return buf;
}

void
rf_parse_file (const char *path, gint64 max_bytes, gint64 now, rf_parse_result_t *res)
{
    gsize len = 0;
    char *data = read_file (path, max_bytes, &len, &res->reason);
    res->path = g_strdup (path);
    res->record = NULL;
    if (!data) {
        res->status = RF_PARSE_NOT_MAIL;
        return;
    }
    res->status = rf_mail_parse_buffer (data, len, now, &res->record);
    g_free (data);
}

rf_parse_pool_t *
rf_parse_pool_new (const rf_scan_opts_t *opts, GError **err)
{
    rf_parse_pool_t *pool = g_new0 (rf_parse_pool_t, 1);
    pool->opts = opts;
    pool->ta = rf_text_analysis_new (opts->patterns_dir, opts->user_patterns, err);
    if (!pool->ta) {
        g_free (pool);
        return NULL;
    }
    return pool;
}

void
rf_parse_pool_free (rf_parse_pool_t *pool)
{
    if (!pool)
        return;
    rf_text_analysis_free (pool->ta);
    g_free (pool);
}

void
rf_parse_pool_analyze (rf_parse_pool_t *pool, rf_mail_record_t *rec)
{
    rf_text_analysis_apply (pool->ta, rec);
}

GPtrArray *
rf_parse_pool_run (rf_parse_pool_t *pool, GPtrArray *jobs)
{
    GPtrArray *results = g_ptr_array_new_full (jobs->len, result_free);
    for (guint i = 0; i < jobs->len; i++) {
        rf_parse_job_t *job = jobs->pdata[i];
        rf_parse_result_t *res = g_new0 (rf_parse_result_t, 1);
        rf_parse_file (job->path, pool->opts->cfg->max_message_bytes, pool->opts->now, res);
        if (res->record)
            rf_text_analysis_apply (pool->ta, res->record);
        g_ptr_array_add (results, res);
    }
    return results;
}
