/* parse_pool.c - read files and parse them into records. */
#include "config.h"
#include "pipeline/parse_pool.h"
#include "pipeline/mail_read.h"
#include "pipeline/record_codec.h"
#include "pipeline/text_analysis.h"
#include "pipeline/mail_docs.h"
#include "mail/mail_attachments.h"
#include "base/util.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* What may be in flight per worker: enough jobs that one slow message or
 * a commit in the writer does not leave a worker idle. The request bytes
 * stay within half of what the pipe holds (one page when its size is not
 * known), so writing a request never blocks and the two sides can never
 * wait on each other; a path longer than that is parsed in this process. */
#define WINDOW_JOBS 128
#define MIN_WINDOW_BYTES 4096
#define MAX_WORKERS 64
/* Jobs held while a pool started in the background loads its patterns:
 * paths only, a few hundred kilobytes at most. */
#define HOLD_JOBS 4096

typedef struct {
    pid_t pid;
    int to;          /* requests: paths */
    int from;        /* results: encoded records */
    guint inflight;  /* jobs sent, result not yet read */
    gsize bytes;     /* their request bytes */
    gsize room;      /* request bytes allowed in flight */
} worker_t;

/* pending_t.worker when the job is not sent yet: sent, in order, as
 * workers have room. */
#define UNSENT (-2)

typedef struct {
    rf_parse_job_t *job;
    gboolean owned;  /* FALSE for rf_parse_pool_run's borrowed jobs */
    int worker;      /* -1: parsed in this process when taken; UNSENT */
    gsize bytes;
} pending_t;

struct rf_parse_pool {
    const rf_scan_opts_t *opts;
    rf_text_analysis_t *ta;
    int n;                          /* workers; 0 parses in this process */
    int next_worker;                /* where the search for the least busy starts */
    worker_t w[MAX_WORKERS];
    GQueue pending;                 /* of pending_t*, oldest first */
    GList *unsent;                  /* the first UNSENT job of pending, or NULL */
    GByteArray *buf;                /* a result's bytes, reused */
    /* A pool started in the background: the patterns load in a thread
     * while the caller goes on listing; the workers are forked (after the
     * thread is joined: never fork with a second thread) when results are
     * first needed. */
    GThread *loader;
    GError *load_err;
    int want;                       /* workers to fork then */
    gboolean started;
};

rf_parse_job_t *
rf_parse_job_new (gint64 folder_id, const char *key, const char *name, char *path)
{
    rf_parse_job_t *j = g_new0 (rf_parse_job_t, 1);
    j->folder_id = folder_id;
    j->key = g_strdup (key);
    j->name = g_strdup (name);
    j->path = path;
    j->offset = -1;
    return j;
}

rf_parse_job_t *
rf_parse_job_new_pdf (char *path)
{
    char *base = g_path_get_basename (path);
    rf_parse_job_t *j = rf_parse_job_new (0, base, base, path);
    j->pdf = TRUE;
    g_free (base);
    return j;
}

rf_parse_job_t *
rf_parse_job_new_entry (gint64 folder_id, const char *path, gint64 offset, gint64 length)
{
    char name[32];
    rf_parse_job_t *j;
    g_snprintf (name, sizeof name, "%" G_GINT64_FORMAT, offset);
    j = rf_parse_job_new (folder_id, NULL, name, g_strdup (path));
    j->offset = offset;
    j->length = length;
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
    g_free (res->ident);
    rf_mail_record_free (res->record);
    if (res->docs)
        g_ptr_array_unref (res->docs);
    res->reason = res->path = res->ident = NULL;
    res->record = NULL;
    res->docs = NULL;
    res->read_errno = 0;
}

static void
result_free (gpointer p)
{
    rf_parse_result_clear (p);
    g_free (p);
}

/* Read the job's bytes (a file, or an mbox entry) and parse them; the
 * size limit is checked before anything is read. */
static void
parse_job (rf_parse_pool_t *pool, const char *path, gint64 offset, gint64 length, gboolean pdf,
           rf_parse_result_t *res)
{
    rf_mail_bytes_t b;
    memset (res, 0, sizeof *res);
    res->path = g_strdup (path);
    /* A PDF has the same size limit as a message, and is opened here, in
     * the parser process, like a message. */
    if (!rf_mail_read (path, offset, length, pool->opts->cfg->max_message_bytes, &b)) {
        res->status = RF_PARSE_NOT_MAIL;
        res->reason = g_steal_pointer (&b.reason);
        res->read_errno = b.read_errno;
    } else if (pdf) {
        char *base = g_path_get_basename (path);
        res->status = RF_PARSE_OK;
        res->docs = g_ptr_array_new_with_free_func (rf_mail_doc_free);
        g_ptr_array_add (res->docs, rf_mail_doc_new (base, b.data, b.len));
        g_free (base);
    } else {
        res->status = rf_mail_parse_buffer (b.data, b.len, pool->opts->now, &res->record);
        if (res->record)
            res->docs = rf_mail_docs_take (res->record);
    }
    res->ident = g_steal_pointer (&b.ident);
    rf_mail_bytes_clear (&b);
    if (res->record)
        rf_text_analysis_apply (pool->ta, res->record);
}

/* A worker: read a request, parse, write the encoded result; until EOF. */
G_GNUC_NORETURN static void
worker_main (rf_parse_pool_t *pool, int in, int out)
{
    GByteArray *buf = g_byte_array_new ();
    for (;;) {
        guint32 len;
        gint64 span[3];
        char *path;
        rf_parse_result_t res = { 0 };
        if (!rf_read_all (in, &len, sizeof len) || len > 65536 || !rf_read_all (in, span, sizeof span))
            _exit (0);
        path = g_malloc (len + 1);
        if (!rf_read_all (in, path, len))
            _exit (0);
        path[len] = '\0';
        /* Test hook: REDFLAG_TEST_CRASH_ON=TEXT makes a worker crash on a
         * path containing TEXT, to prove one bad file costs one file. */
        if (g_getenv ("REDFLAG_TEST_CRASH_ON") && strstr (path, g_getenv ("REDFLAG_TEST_CRASH_ON")))
            raise (SIGSEGV);
        parse_job (pool, path, span[0], span[1], span[2] != 0, &res);
        g_byte_array_set_size (buf, sizeof len);
        rf_record_encode (&res, buf);
        len = buf->len - (guint32) sizeof len;
        memcpy (buf->data, &len, sizeof len);
        if (!rf_write_all (out, buf->data, buf->len))
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
    pool->w[i].inflight = 0;
    pool->w[i].bytes = 0;
    pool->w[i].room = MIN_WINDOW_BYTES;
#ifdef F_GETPIPE_SZ
    {
        int cap = fcntl (req[1], F_GETPIPE_SZ);
        if (cap / 2 > MIN_WINDOW_BYTES)
            pool->w[i].room = (gsize) cap / 2;
    }
#endif
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

/* Fork the workers (none with --jobs 1). */
static void
spawn_workers (rf_parse_pool_t *pool)
{
    pool->n = pool->want;
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
    pool->started = TRUE;
}

static rf_parse_pool_t *
pool_alloc (const rf_scan_opts_t *opts)
{
    rf_parse_pool_t *pool = g_new0 (rf_parse_pool_t, 1);
    pool->opts = opts;
    g_queue_init (&pool->pending);
    pool->buf = g_byte_array_new ();
    /* Invoices attached to mail are read from the parsed message, in the
     * parser processes (forked later, they inherit this). */
    rf_mail_keep_attachments (opts->cfg->invoices_from_mail ? (gsize) opts->cfg->max_message_bytes : 0);
    pool->want = opts->jobs > 1 ? MIN (opts->jobs, MAX_WORKERS) : 0;
    return pool;
}

rf_parse_pool_t *
rf_parse_pool_new (const rf_scan_opts_t *opts, GError **err)
{
    rf_parse_pool_t *pool;
    rf_text_analysis_t *ta = rf_text_analysis_new (opts->patterns_dir, opts->user_patterns, err);
    if (!ta)
        return NULL;
    pool = pool_alloc (opts);
    pool->ta = ta;
    spawn_workers (pool);
    return pool;
}

static gpointer
load_patterns (gpointer data)
{
    rf_parse_pool_t *pool = data;
    pool->ta = rf_text_analysis_new (pool->opts->patterns_dir, pool->opts->user_patterns,
                                     &pool->load_err);
    return NULL;
}

rf_parse_pool_t *
rf_parse_pool_new_background (const rf_scan_opts_t *opts)
{
    rf_parse_pool_t *pool = pool_alloc (opts);
    GError *e = NULL;
    pool->loader = g_thread_try_new ("redflag-patterns", load_patterns, pool, &e);
    if (!pool->loader) {
        /* No thread: load now instead. */
        g_clear_error (&e);
        load_patterns (pool);
    }
    return pool;
}

static void feed (rf_parse_pool_t *pool);

gboolean
rf_parse_pool_start (rf_parse_pool_t *pool, GError **err)
{
    if (pool->started)
        return TRUE;
    if (pool->loader) {
        g_thread_join (pool->loader);
        pool->loader = NULL;
    }
    if (!pool->ta) {
        if (pool->load_err)
            g_propagate_error (err, g_steal_pointer (&pool->load_err));
        else
            g_set_error_literal (err, G_FILE_ERROR, G_FILE_ERROR_FAILED, "the marker patterns cannot be loaded");
        return FALSE;
    }
    spawn_workers (pool);
    feed (pool);
    return TRUE;
}

static void
pending_free (pending_t *p)
{
    if (p->owned)
        rf_parse_job_free (p->job);
    g_free (p);
}

void
rf_parse_pool_free (rf_parse_pool_t *pool)
{
    pending_t *p;
    if (!pool)
        return;
    if (pool->loader)
        g_thread_join (pool->loader);
    g_clear_error (&pool->load_err);
    for (int i = 0; i < pool->n; i++)
        g_free (stop_worker (&pool->w[i]));
    while ((p = g_queue_pop_head (&pool->pending)))
        pending_free (p);
    g_byte_array_unref (pool->buf);
    rf_mail_keep_attachments (0);
    rf_text_analysis_free (pool->ta);
    g_free (pool);
}

#define REQUEST_HEAD (sizeof (guint32) + 3 * sizeof (gint64))

static gsize
request_bytes (const rf_parse_job_t *job)
{
    return REQUEST_HEAD + strlen (job->path);
}

/* One write per request: [path length][offset][length][pdf][path]. */
static gboolean
send_job (rf_parse_pool_t *pool, int wi, const rf_parse_job_t *job)
{
    guint32 len = (guint32) strlen (job->path);
    gint64 span[3] = { job->offset, job->length, job->pdf };
    gsize n = REQUEST_HEAD + len;
    char *msg = g_malloc (n);
    gboolean ok;
    memcpy (msg, &len, sizeof len);
    memcpy (msg + sizeof len, span, sizeof span);
    memcpy (msg + REQUEST_HEAD, job->path, len);
    ok = rf_write_all (pool->w[wi].to, msg, n);
    g_free (msg);
    return ok;
}

static gboolean
recv_result (rf_parse_pool_t *pool, int wi, rf_parse_result_t *res)
{
    guint32 len;
    if (!rf_read_all (pool->w[wi].from, &len, sizeof len))
        return FALSE;
    g_byte_array_set_size (pool->buf, len);
    return rf_read_all (pool->w[wi].from, pool->buf->data, len)
           && rf_record_decode (pool->buf->data, len, res);
}

static gboolean
has_room (const worker_t *w, gsize bytes)
{
    return w->inflight == 0 || (w->inflight < WINDOW_JOBS && w->bytes + bytes <= w->room);
}

/* The least busy worker that can take a request of this size, or -1. */
static int
pick_worker (const rf_parse_pool_t *pool, gsize bytes)
{
    int best = -1;
    for (int k = 0; k < pool->n; k++) {
        int i = (pool->next_worker + k) % pool->n;
        if (has_room (&pool->w[i], bytes) && (best < 0 || pool->w[i].inflight < pool->w[best].inflight))
            best = i;
    }
    return best;
}

gboolean
rf_parse_pool_full (const rf_parse_pool_t *pool)
{
    if (!pool->started)
        return pool->pending.length >= HOLD_JOBS;
    if (pool->unsent)
        return TRUE;
    if (pool->n == 0)
        return pool->pending.length > 0;
    /* Room for a path of any usual length. */
    return pick_worker (pool, REQUEST_HEAD + 1024) < 0;
}

guint
rf_parse_pool_pending (const rf_parse_pool_t *pool)
{
    return pool->pending.length;
}

/* Send the unsent jobs, oldest first, while a worker has room; with no
 * workers they are parsed in this process when taken. */
static void
feed (rf_parse_pool_t *pool)
{
    if (!pool->started)
        return;
    while (pool->unsent) {
        pending_t *p = pool->unsent->data;
        p->worker = -1;
        if (pool->n > 0) {
            p->bytes = request_bytes (p->job);
            p->worker = pick_worker (pool, p->bytes);
            /* Every worker busy: wait for a result, unless nothing is in
             * flight before it (a path too long for any window is parsed
             * here, in its turn). */
            if (p->worker < 0 && pool->unsent != pool->pending.head) {
                p->worker = UNSENT;
                return;
            }
        }
        if (p->worker >= 0) {
            worker_t *w = &pool->w[p->worker];
            pool->next_worker = (p->worker + 1) % pool->n;
            w->inflight++;
            w->bytes += p->bytes;
            /* A failed write means the worker died: rf_parse_pool_next finds out. */
            send_job (pool, p->worker, p->job);
        }
        pool->unsent = pool->unsent->next;
    }
}

static void
submit (rf_parse_pool_t *pool, rf_parse_job_t *job, gboolean owned)
{
    pending_t *p = g_new0 (pending_t, 1);
    p->job = job;
    p->owned = owned;
    p->worker = UNSENT;
    g_queue_push_tail (&pool->pending, p);
    if (!pool->unsent)
        pool->unsent = pool->pending.tail;
    feed (pool);
}

void
rf_parse_pool_submit (rf_parse_pool_t *pool, rf_parse_job_t *job)
{
    submit (pool, job, TRUE);
}

/* The worker of p died while parsing p's job: that file is the cause.
 * Restart the worker and hand it again the jobs it had after p. */
static void
recover (rf_parse_pool_t *pool, const pending_t *p, rf_parse_result_t *res)
{
    worker_t *w = &pool->w[p->worker];
    char *why = stop_worker (w);
    struct stat sb;
    rf_parse_result_clear (res);
    res->status = RF_PARSE_NOT_MAIL;
    res->path = g_strdup (p->job->path);
    res->reason = why ? why : g_strdup ("the parser process stopped on this file");
    /* The verdict holds for this content: not parsed again until it changes. */
    if (stat (p->job->path, &sb) == 0)
        res->ident = rf_file_ident (&sb);
    if (!spawn (pool, p->worker))
        g_error ("cannot restart a parser process: %s", g_strerror (errno));
    for (GList *l = pool->pending.head; l; l = l->next) {
        pending_t *q = l->data;
        if (q->worker != p->worker)
            continue;
        w->inflight++;
        w->bytes += q->bytes;
        send_job (pool, q->worker, q->job);
    }
}

rf_parse_job_t *
rf_parse_pool_next (rf_parse_pool_t *pool, rf_parse_result_t *res)
{
    pending_t *p;
    rf_parse_job_t *job;
    memset (res, 0, sizeof *res);
    g_return_val_if_fail (pool->started || !pool->pending.length, NULL);
    feed (pool);   /* leaves no unsent job at the head: that one is parsed here */
    p = g_queue_pop_head (&pool->pending);
    if (!p)
        return NULL;
    if (p->worker < 0) {
        parse_job (pool, p->job->path, p->job->offset, p->job->length, p->job->pdf, res);
    } else {
        worker_t *w = &pool->w[p->worker];
        w->inflight--;
        w->bytes -= p->bytes;
        if (!recv_result (pool, p->worker, res))
            recover (pool, p, res);
    }
    job = p->job;
    g_free (p);
    feed (pool);
    return job;
}

const char *
rf_parse_pool_patterns_digest (const rf_parse_pool_t *pool)
{
    return rf_text_analysis_digest (pool->ta);
}

static void
take_one (rf_parse_pool_t *pool, GPtrArray *results)
{
    rf_parse_result_t *res = g_new0 (rf_parse_result_t, 1);
    rf_parse_pool_next (pool, res);
    g_ptr_array_add (results, res);
}

GPtrArray *
rf_parse_pool_run (rf_parse_pool_t *pool, GPtrArray *jobs)
{
    GPtrArray *results = g_ptr_array_new_full (jobs->len, result_free);
    g_return_val_if_fail (pool->pending.length == 0, results);
    for (guint i = 0; i < jobs->len; i++) {
        while (rf_parse_pool_full (pool))
            take_one (pool, results);
        submit (pool, jobs->pdata[i], FALSE);
    }
    while (pool->pending.length)
        take_one (pool, results);
    return results;
}
