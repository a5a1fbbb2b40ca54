/* parse_pool.c - read files and parse them into records. */
#include "config.h"
#include "parse_pool.h"
#include "record_codec.h"
#include "text_analysis.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* Jobs in flight per worker: keeps the request pipe far from full, so
 * neither side can block the other. */
#define WINDOW 4
#define MAX_WORKERS 64

typedef struct {
    pid_t pid;
    int to;      /* requests: paths */
    int from;    /* results: encoded records */
} worker_t;

struct rf_parse_pool {
    const rf_scan_opts_t *opts;
    rf_text_analysis_t *ta;
    int n;                          /* workers; 0 parses in this process */
    worker_t w[MAX_WORKERS];
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

static gboolean
write_full (int fd, const void *buf, gsize n)
{
    const char *p = buf;
    while (n > 0) {
        ssize_t k = write (fd, p, n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return FALSE;
        p += k;
        n -= (gsize) k;
    }
    return TRUE;
}

static gboolean
read_full (int fd, void *buf, gsize n)
{
    char *p = buf;
    while (n > 0) {
        ssize_t k = read (fd, p, n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return FALSE;
        p += k;
        n -= (gsize) k;
    }
    return TRUE;
}

static void
parse_and_analyze (rf_parse_pool_t *pool, const char *path, rf_parse_result_t *res)
{
    rf_parse_file (path, pool->opts->cfg->max_message_bytes, pool->opts->now, res);
    if (res->record)
        rf_text_analysis_apply (pool->ta, res->record);
}

/* A worker: read a path, parse it, write the encoded result; until EOF. */
G_GNUC_NORETURN static void
worker_main (rf_parse_pool_t *pool, int in, int out)
{
    GByteArray *buf = g_byte_array_new ();
    for (;;) {
        guint32 len;
        char *path;
        rf_parse_result_t res = { 0 };
        if (!read_full (in, &len, sizeof len) || len > 65536)
            _exit (0);
        path = g_malloc (len + 1);
        if (!read_full (in, path, len))
            _exit (0);
        path[len] = '\0';
        /* Test hook: REDFLAG_TEST_CRASH_ON=TEXT makes a worker crash on a
         * path containing TEXT, to prove one bad file costs one file. */
        if (g_getenv ("REDFLAG_TEST_CRASH_ON") && strstr (path, g_getenv ("REDFLAG_TEST_CRASH_ON")))
            raise (SIGSEGV);
        parse_and_analyze (pool, path, &res);
        g_byte_array_set_size (buf, sizeof len);
        rf_record_encode (&res, buf);
        len = buf->len - (guint32) sizeof len;
        memcpy (buf->data, &len, sizeof len);
        if (!write_full (out, buf->data, buf->len))
            _exit (0);
        rf_parse_result_clear (&res);
        g_free (path);
    }
}

static gboolean
spawn (rf_parse_pool_t *pool, int i)
{
    int req[2], resp[2];
    pid_t pid;
    if (pipe (req) != 0)
        return FALSE;
    if (pipe (resp) != 0) {
        close (req[0]);
        close (req[1]);
        return FALSE;
    }
    pid = fork ();
    if (pid < 0) {
        close (req[0]); close (req[1]); close (resp[0]); close (resp[1]);
        return FALSE;
    }
    if (pid == 0) {
        /* Only this worker's own ends stay open. */
        for (int k = 0; k < pool->n; k++) {
            if (k != i && pool->w[k].pid > 0) {
                close (pool->w[k].to);
                close (pool->w[k].from);
            }
        }
        close (req[1]);
        close (resp[0]);
        worker_main (pool, req[0], resp[1]);
    }
    close (req[0]);
    close (resp[1]);
    pool->w[i].pid = pid;
    pool->w[i].to = req[1];
    pool->w[i].from = resp[0];
    return TRUE;
}

static char *
stop_worker (worker_t *w)
{
    int status = 0;
    char *why = NULL;
    if (w->pid <= 0)
        return NULL;
    close (w->to);
    close (w->from);
    if (waitpid (w->pid, &status, 0) == w->pid && WIFSIGNALED (status))
        why = g_strdup_printf ("the parser crashed on this file (signal %d)", WTERMSIG (status));
    w->pid = 0;
    return why;
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
    pool->n = opts->jobs > 1 ? MIN (opts->jobs, MAX_WORKERS) : 0;
    if (pool->n > 0) {
        /* A dead worker must not kill us through a write to its pipe. */
        signal (SIGPIPE, SIG_IGN);
        for (int i = 0; i < pool->n; i++) {
            if (!spawn (pool, i)) {
                rf_warn ("cannot start parser processes (%s); parsing in one process",
                         g_strerror (errno));
                for (int k = 0; k < i; k++)
                    g_free (stop_worker (&pool->w[k]));
                pool->n = 0;
                break;
            }
        }
    }
    return pool;
}

void
rf_parse_pool_free (rf_parse_pool_t *pool)
{
    if (!pool)
        return;
    for (int i = 0; i < pool->n; i++)
        g_free (stop_worker (&pool->w[i]));
    rf_text_analysis_free (pool->ta);
    g_free (pool);
}

static gboolean
send_job (rf_parse_pool_t *pool, int wi, const rf_parse_job_t *job)
{
    guint32 len = (guint32) strlen (job->path);
    return write_full (pool->w[wi].to, &len, sizeof len) && write_full (pool->w[wi].to, job->path, len);
}

static gboolean
recv_result (rf_parse_pool_t *pool, int wi, rf_parse_result_t *res)
{
    guint32 len;
    guint8 *buf;
    gboolean ok;
    if (!read_full (pool->w[wi].from, &len, sizeof len))
        return FALSE;
    buf = g_malloc (len ? len : 1);
    ok = read_full (pool->w[wi].from, buf, len) && rf_record_decode (buf, len, res);
    g_free (buf);
    return ok;
}

/* Worker wi died while parsing job i: that file is the cause. Restart the
 * worker and hand it again the jobs it had been sent after i. */
static void
recover (rf_parse_pool_t *pool, GPtrArray *jobs, guint i, guint sent, rf_parse_result_t *res)
{
    int wi = (int) (i % (guint) pool->n);
    char *why = stop_worker (&pool->w[wi]);
    const rf_parse_job_t *job = jobs->pdata[i];
    rf_parse_result_clear (res);
    res->status = RF_PARSE_NOT_MAIL;
    res->path = g_strdup (job->path);
    res->reason = why ? why : g_strdup ("the parser process stopped on this file");
    if (!spawn (pool, wi)) {
        g_error ("cannot restart a parser process: %s", g_strerror (errno));
    }
    for (guint j = i + (guint) pool->n; j < sent; j += (guint) pool->n)
        send_job (pool, wi, jobs->pdata[j]);
}

static GPtrArray *
run_workers (rf_parse_pool_t *pool, GPtrArray *jobs)
{
    GPtrArray *results = g_ptr_array_new_full (jobs->len, result_free);
    guint sent = 0, n = (guint) pool->n;
    for (guint i = 0; i < jobs->len; i++) {
        rf_parse_result_t *res = g_new0 (rf_parse_result_t, 1);
        while (sent < jobs->len && sent < i + WINDOW * n) {
            send_job (pool, (int) (sent % n), jobs->pdata[sent]);
            sent++;
        }
        if (!recv_result (pool, (int) (i % n), res))
            recover (pool, jobs, i, sent, res);
        g_ptr_array_add (results, res);
    }
    return results;
}

void
rf_parse_pool_analyze (rf_parse_pool_t *pool, rf_mail_record_t *rec)
{
    rf_text_analysis_apply (pool->ta, rec);
}

GPtrArray *
rf_parse_pool_run (rf_parse_pool_t *pool, GPtrArray *jobs)
{
    GPtrArray *results;
    if (pool->n > 0)
        return run_workers (pool, jobs);
    results = g_ptr_array_new_full (jobs->len, result_free);
    for (guint i = 0; i < jobs->len; i++) {
        rf_parse_job_t *job = jobs->pdata[i];
        rf_parse_result_t *res = g_new0 (rf_parse_result_t, 1);
        parse_and_analyze (pool, job->path, res);
        g_ptr_array_add (results, res);
    }
    return results;
}
