/* markers_refresh.c - recompute stored marker hits after the patterns changed.
 *
 * Each message is read again from one of its files, by the parse pool
 * (worker processes): Maildir and loose files by path; mbox files are
 * split once each, every entry parsed and the wanted messages picked by
 * Message-ID. A message with several copies tries the next copy when one
 * cannot be read. */
#include "config.h"
#include "pipeline/markers_refresh.h"
#include "markers/markers.h"
#include "mail/mbox_read.h"
#include "pipeline/parse_pool.h"
#include "pipeline/marker_cap.h"
#include "markers/store_markers.h"
#include "pipeline/text_analysis.h"
#include "base/util.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>

/* What besides the pattern files decides a message's hits: bump it when
 * body cleaning, language detection or the scanner change their output,
 * so stored hits are recomputed on upgrade. */
#define MARKER_STAGE "stage4"
#define META_KEY "patterns_digest"
#define META_STAMP "patterns_stamp"
/* The stat data of the files META_STAMP was taken from: while it is the
 * same, the files were not touched and need not be read (a run that finds
 * nothing new costs no more than listing them). */
#define META_FILES "patterns_files"
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

/* The stamp of the pattern files (their bytes, or with CONTENTS FALSE
 * their stat data), or of their absence. */
static char *
source_stamp (const rf_scan_opts_t *opts, gboolean contents, GError **err)
{
    char *stamp, *out;
    if (!opts->patterns_dir)
        return g_strdup (MARKER_STAGE ":none");
    if (!(stamp = rf_markers_source_stamp (opts->patterns_dir, opts->user_patterns, contents, err)))
        return NULL;
    out = g_strconcat (MARKER_STAGE ":", stamp, NULL);
    g_free (stamp);
    return out;
}

/* Record the stamps of files whose hits are stored. */
static gboolean
save_stamps (rf_store_t *st, const char *stamp, const char *files, GError **err)
{
    return rf_store_meta_set (st, META_STAMP, stamp, err) && rf_store_meta_set (st, META_FILES, files, err);
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
    r->ok = rf_store_marker_hits (r->st, t->rowid, rec->marker_hits, r->err)
            && rf_marker_totals_store (r->st, t->rowid, rec->marker_totals, r->err);
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
    const char *path;       /* the mbox */
    GHashTable *wanted;     /* msgid -> target_t* */
    GPtrArray *jobs;        /* entries waiting for the parsers */
} mbox_pick_t;

/* Parse the entries gathered and keep the wanted messages among them. */
static void
run_entries (mbox_pick_t *m)
{
    GPtrArray *results;
    if (!m->jobs->len)
        return;
    results = rf_parse_pool_run (m->r->pool, m->jobs);
    for (guint i = 0; m->r->ok && i < results->len; i++) {
        rf_parse_result_t *res = results->pdata[i];
        target_t *t = res->status == RF_PARSE_OK ? g_hash_table_lookup (m->wanted, res->record->message_id) : NULL;
        if (t)
            store_record (m->r, t, res->record);
    }
    g_ptr_array_unref (results);
    g_ptr_array_set_size (m->jobs, 0);
}

/* Every entry is parsed: only its Message-ID tells which it is. Entries
 * over the size limit were never stored, so none is wanted. */
static gboolean
on_mbox_entry (gint64 offset, gint64 length, gpointer data)
{
    mbox_pick_t *m = data;
    if (length <= m->r->opts->cfg->max_message_bytes)
        g_ptr_array_add (m->jobs, rf_parse_job_new_entry (0, m->path, offset, length));
    if (m->jobs->len >= BATCH)
        run_entries (m);
    return m->r->ok;
}

/* An unreadable mbox leaves its messages to the next copy, if any. */
static void
refresh_mbox (refresh_t *r, const char *path, GHashTable *wanted)
{
    mbox_pick_t m = { r, path, wanted, g_ptr_array_new_with_free_func (rf_parse_job_free) };
    rf_mbox_split (path, on_mbox_entry, &m, NULL);
    if (r->ok)
        run_entries (&m);
    g_ptr_array_unref (m.jobs);
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
    while (r->ok && g_hash_table_iter_next (&it, &path, &wanted))
        refresh_mbox (r, path, wanted);
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
    /* Stat data first: a file changed after it is taken gives a new one
     * next time. */
    char *files = source_stamp (opts, FALSE, err), *stamp = NULL, *stored_stamp = NULL;
    char *digest = NULL, *stored = NULL, *stored_files = NULL;
    refresh_t r = { .st = st, .opts = opts, .err = err, .ok = TRUE };
    gboolean ok = FALSE;

    r.out = out ? out : &local;
    memset (r.out, 0, sizeof *r.out);
    if (!files)
        return FALSE;
    stored = rf_store_meta_get (st, META_KEY);
    stored_stamp = rf_store_meta_get (st, META_STAMP);
    stored_files = rf_store_meta_get (st, META_FILES);
    /* Files untouched since their bytes were stamped: nothing to read. */
    if (stored && stored_stamp && g_strcmp0 (stored_files, files) == 0) {
        ok = TRUE;
        goto done;
    }
    if (!(stamp = source_stamp (opts, TRUE, err)))
        goto done;
    /* The same files as last time: no need to load and compile them. */
    if (stored && g_strcmp0 (stored_stamp, stamp) == 0) {
        ok = save_stamps (st, stamp, files, err);
        goto done;
    }
    if (!(digest = loaded_digest (opts, err)))
        goto done;
    /* Files changed in ways that do not change the patterns (comments). */
    if (g_strcmp0 (stored, digest) == 0) {
        ok = save_stamps (st, stamp, files, err);
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
         && save_stamps (st, stamp, files, err)
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
    g_free (stored_files);
    g_free (files);
    g_free (stamp);
    g_free (digest);
    return ok;
}
