/* markers_refresh.c - recompute stored marker hits after the patterns changed.
 *
 * Each message is read again from one of its files: Maildir and loose files
 * go through the parse pool (worker processes), mbox files are read once
 * each and their wanted messages picked by Message-ID. A message with
 * several copies tries the next copy when one cannot be read. */
#include "config.h"
#include "pipeline/markers_refresh.h"
#include "markers/markers.h"
#include "mail/mbox_read.h"
#include "pipeline/parse_pool.h"
#include "markers/store_markers.h"
#include "pipeline/text_analysis.h"
#include "base/util.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>

/* What besides the pattern files decides a message's hits: bump it when
 * body cleaning, language detection or the scanner change their output,
 * so stored hits are recomputed on upgrade. */
#define MARKER_STAGE "stage3"
#define META_KEY "patterns_digest"
#define META_STAMP "patterns_stamp"
#define BATCH 256

typedef struct {
    char *kind;     /* folder kind: maildir, files, mbox */
    char *path;     /* the file to read (for mbox, the mbox file) */
} loc_t;

typedef struct {
    gint64 rowid;
    char *msgid;
    GArray *locs;   /* of loc_t, Maildir and loose files first */
    gboolean done;
} target_t;

typedef struct {
    rf_store_t *st;
    const rf_scan_opts_t *opts;
    rf_parse_pool_t *pool;
    GArray *targets;    /* of target_t */
    rf_markers_refresh_t *out;
    GError **err;
    gboolean ok;
} refresh_t;

static void
loc_clear (gpointer p)
{
    loc_t *l = p;
    g_free (l->kind);
    g_free (l->path);
}

static void
target_clear (gpointer p)
{
    target_t *t = p;
    g_free (t->msgid);
    g_array_unref (t->locs);
}

/* The digest of the loaded patterns, prefixed with the stage version. */
static char *
loaded_digest (const rf_scan_opts_t *opts, GError **err)
{
    rf_text_analysis_t *ta;
    char *d;
    if (opts->loaded_digest)
        return g_strconcat (MARKER_STAGE ":", opts->loaded_digest, NULL);
    ta = rf_text_analysis_new (opts->patterns_dir, opts->user_patterns, err);
    if (!ta)
        return NULL;
    d = g_strconcat (MARKER_STAGE ":", rf_text_analysis_digest (ta), NULL);
    rf_text_analysis_free (ta);
    return d;
}

/* The stamp of the pattern files, or of their absence. */
static char *
source_stamp (const rf_scan_opts_t *opts, GError **err)
{
    char *stamp, *out;
    if (!opts->patterns_dir)
        return g_strdup (MARKER_STAGE ":none");
    if (!(stamp = rf_markers_source_stamp (opts->patterns_dir, opts->user_patterns, err)))
        return NULL;
    out = g_strconcat (MARKER_STAGE ":", stamp, NULL);
    g_free (stamp);
    return out;
}

/* Every message to recompute, with the files it can be read from. Our own
 * messages (out, internal) are never counted, so they are left alone. */
static gboolean
collect_targets (refresh_t *r)
{
    sqlite3_stmt *q = rf_store_prepare (r->st,
        "SELECT m.id, m.msgid, fo.kind, fo.path, f.name "
        "FROM message m JOIN file f ON f.message_id = m.id "
        "  AND f.gone_run IS NULL AND f.skip_reason IS NULL "
        "JOIN folder fo ON fo.id = f.folder_id "
        "LEFT JOIN message_attr a ON a.message_id = m.id "
        "WHERE m.gone = 0 AND m.first_run <> ?1 "
        "  AND (a.direction IS NULL OR a.direction IN ('in', 'none')) "
        "ORDER BY m.id, fo.kind = 'mbox', f.id", r->err);
    int rc;
    if (!q)
        return FALSE;
    sqlite3_bind_int64 (q, 1, r->st->run_id);
    while ((rc = sqlite3_step (q)) == SQLITE_ROW) {
        gint64 id = sqlite3_column_int64 (q, 0);
        target_t *t = r->targets->len ? &g_array_index (r->targets, target_t, r->targets->len - 1) : NULL;
        const char *kind = (const char *) sqlite3_column_text (q, 2);
        const char *dir = (const char *) sqlite3_column_text (q, 3);
        loc_t l;
        if (!t || t->rowid != id) {
            target_t nt = { id, g_strdup ((const char *) sqlite3_column_text (q, 1)),
                            g_array_new (FALSE, FALSE, sizeof (loc_t)), FALSE };
            g_array_set_clear_func (nt.locs, loc_clear);
            g_array_append_val (r->targets, nt);
            t = &g_array_index (r->targets, target_t, r->targets->len - 1);
        }
        l.kind = g_strdup (kind);
        l.path = !strcmp (kind, "mbox") ? g_strdup (dir)
                 : g_build_filename (dir, (const char *) sqlite3_column_text (q, 4), NULL);
        g_array_append_val (t->locs, l);
    }
    if (rc != SQLITE_DONE)
        rf_store_set_error (r->st, r->err, "listing messages for the marker refresh");
    sqlite3_finalize (q);
    return rc == SQLITE_DONE;
}

/* Test hook: REDFLAG_TEST_KILL_REFRESH_AFTER=N kills the process after N
 * messages were recomputed, to prove a killed refresh changes nothing. */
static void
maybe_die (gint64 done)
{
    static gint64 limit = -2;
    if (limit == -2) {
        const char *v = g_getenv ("REDFLAG_TEST_KILL_REFRESH_AFTER");
        limit = v ? g_ascii_strtoll (v, NULL, 10) : -1;
    }
    if (limit >= 0 && done >= limit)
        raise (SIGKILL);
}

/* Store the hits of a freshly parsed copy of target t. A file that now
 * holds another message does not count as a copy. */
static void
store_record (refresh_t *r, target_t *t, const rf_mail_record_t *rec)
{
    if (t->done || !rec || g_strcmp0 (rec->message_id, t->msgid) != 0)
        return;
    r->ok = rf_store_marker_hits (r->st, t->rowid, rec->marker_hits, r->err);
    t->done = TRUE;
    r->out->messages++;
    rf_progress ("markers: %" G_GINT64_FORMAT " of %u messages re-scanned", r->out->messages,
                 r->targets->len);
    maybe_die (r->out->messages);
}

static void
run_jobs (refresh_t *r, GPtrArray *jobs, GPtrArray *owners)
{
    GPtrArray *results;
    if (!jobs->len)
        return;
    results = rf_parse_pool_run (r->pool, jobs);
    for (guint i = 0; r->ok && i < results->len; i++) {
        rf_parse_result_t *res = results->pdata[i];
        if (res->status == RF_PARSE_OK)
            store_record (r, owners->pdata[i], res->record);
    }
    g_ptr_array_unref (results);
    g_ptr_array_set_size (jobs, 0);
    g_ptr_array_set_size (owners, 0);
}

typedef struct {
    refresh_t *r;
    GHashTable *wanted;     /* msgid -> target_t* */
} mbox_pick_t;

static gboolean
on_mbox_message (rf_mail_record_t *rec, rf_parse_status_t status, gint64 offset, gpointer data)
{
    mbox_pick_t *m = data;
    target_t *t = rec && status == RF_PARSE_OK ? g_hash_table_lookup (m->wanted, rec->message_id) : NULL;
    (void) offset;
    if (t && !t->done) {
        rf_parse_pool_analyze (m->r->pool, rec);
        store_record (m->r, t, rec);
    }
    rf_mail_record_free (rec);
    return m->r->ok;
}

/* Try copy number k of every message not done yet. */
static gboolean
run_round (refresh_t *r, guint k)
{
    GPtrArray *jobs = g_ptr_array_new_with_free_func (rf_parse_job_free);
    GPtrArray *owners = g_ptr_array_new ();
    GHashTable *mboxes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                (GDestroyNotify) g_hash_table_unref);
    GHashTableIter it;
    gpointer path, wanted;
    gboolean any = FALSE;

    for (guint i = 0; r->ok && i < r->targets->len; i++) {
        target_t *t = &g_array_index (r->targets, target_t, i);
        const loc_t *l;
        if (t->done || k >= t->locs->len)
            continue;
        any = TRUE;
        l = &g_array_index (t->locs, loc_t, k);
        if (!strcmp (l->kind, "mbox")) {
            GHashTable *w = g_hash_table_lookup (mboxes, l->path);
            if (!w) {
                w = g_hash_table_new (g_str_hash, g_str_equal);
                g_hash_table_insert (mboxes, l->path, w);
            }
            g_hash_table_insert (w, t->msgid, t);
            continue;
        }
        g_ptr_array_add (jobs, rf_parse_job_new (0, "", "", g_strdup (l->path)));
        g_ptr_array_add (owners, t);
        if (jobs->len >= BATCH)
            run_jobs (r, jobs, owners);
    }
    if (r->ok)
        run_jobs (r, jobs, owners);
    g_hash_table_iter_init (&it, mboxes);
    while (r->ok && g_hash_table_iter_next (&it, &path, &wanted)) {
        mbox_pick_t m = { r, wanted };
        /* An unreadable mbox leaves its messages to the next copy, if any. */
        rf_mbox_read (path, r->opts->now, on_mbox_message, &m, NULL);
    }
    g_hash_table_unref (mboxes);
    g_ptr_array_unref (owners);
    g_ptr_array_unref (jobs);
    return any;
}

static gboolean
recompute (refresh_t *r)
{
    for (guint k = 0; r->ok && run_round (r, k); k++)
        ;
    for (guint i = 0; i < r->targets->len; i++)
        r->out->unreadable += !g_array_index (r->targets, target_t, i).done;
    return r->ok;
}

gboolean
rf_markers_refresh (rf_store_t *st, const rf_scan_opts_t *opts, rf_markers_refresh_t *out,
                    GError **err)
{
    rf_markers_refresh_t local;
    char *stamp = source_stamp (opts, err), *stored_stamp = NULL, *digest = NULL, *stored = NULL;
    refresh_t r = { .st = st, .opts = opts, .err = err, .ok = TRUE };
    gboolean ok = FALSE;

    r.out = out ? out : &local;
    memset (r.out, 0, sizeof *r.out);
    if (!stamp)
        return FALSE;
    /* The same files as last time: no need to load and compile them. */
    stored = rf_store_meta_get (st, META_KEY);
    stored_stamp = rf_store_meta_get (st, META_STAMP);
    if (stored && g_strcmp0 (stored_stamp, stamp) == 0) {
        ok = TRUE;
        goto done;
    }
    if (!(digest = loaded_digest (opts, err)))
        goto done;
    /* Files changed in ways that do not change the patterns (comments). */
    if (g_strcmp0 (stored, digest) == 0) {
        ok = rf_store_meta_set (st, META_STAMP, stamp, err);
        goto done;
    }
    r.out->ran = TRUE;
    r.targets = g_array_new (FALSE, FALSE, sizeof (target_t));
    g_array_set_clear_func (r.targets, target_clear);
    /* The run lock keeps other writers out, so the list cannot change
     * before the transaction opens; workers are forked only when needed. */
    if (!collect_targets (&r) || (r.targets->len && !(r.pool = rf_parse_pool_new (opts, err)))
        || !rf_store_begin (st, err))
        goto done;
    r.out->hits_before = rf_store_query_int (st, "SELECT count(*) FROM marker_hit", 0);
    ok = recompute (&r) && rf_store_meta_set (st, META_KEY, digest, err)
         && rf_store_meta_set (st, META_STAMP, stamp, err)
         && (r.out->messages == 0 || rf_store_data_changed (st, err));
    r.out->hits_after = rf_store_query_int (st, "SELECT count(*) FROM marker_hit", 0);
    ok = ok && rf_store_commit (st, err);
    if (!ok)
        rf_store_rollback (st);
    rf_progress_done ();
    if (ok && r.out->unreadable)
        rf_warn ("%" G_GINT64_FORMAT " messages could not be read again (their files are gone or"
                 " unreadable); they keep the marker hits of the earlier patterns",
                 r.out->unreadable);
    /* Said by default: it costs a re-read, and a --patterns DIR forgotten
     * on one run shows up here. */
    if (ok && r.out->messages && rf_verbosity >= 1)
        fprintf (stderr, "redflag: marker patterns changed: %" G_GINT64_FORMAT " messages scanned"
                 " again, %" G_GINT64_FORMAT " marker hits (were %" G_GINT64_FORMAT ")\n",
                 r.out->messages, r.out->hits_after, r.out->hits_before);
done:
    rf_parse_pool_free (r.pool);
    if (r.targets)
        g_array_unref (r.targets);
    g_free (stored);
    g_free (stored_stamp);
    g_free (stamp);
    g_free (digest);
    return ok;
}
