/* markers_refresh.c - recompute stored marker hits after the patterns changed.
 *
 * Each message is read again from one of its files, by the parse pool
 * (worker processes): Maildir and loose files by path; mbox files are
 * split once each, every entry parsed and the wanted messages picked by
 * Message-ID. A message with several copies tries the next copy when one
 * cannot be read. The messages still to do are a temporary table, read a
 * batch at a time, so memory does not grow with the mailbox. */
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
    rf_store_t *st;
    const rf_scan_opts_t *opts;
    rf_parse_pool_t *pool;
    sqlite3_stmt *done;     /* removes a message from the list to do */
    gint64 total;           /* messages to recompute, for the progress line */
    rf_markers_refresh_t *out;
    GError **err;
    gboolean ok;
} refresh_t;

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

/* Every message to recompute goes into a temporary table and leaves it
 * when done: memory stays the same whatever the mailbox holds, and what
 * is left at the end could not be read. Our own messages (out, internal)
 * are never counted, so they are left alone; a message with no file left
 * is no target. */
static gboolean
collect_targets (refresh_t *r)
{
    sqlite3_stmt *q;
    gboolean ok = rf_store_exec (r->st, "DROP TABLE IF EXISTS temp.refresh_todo;"
                                        " CREATE TEMP TABLE refresh_todo (message_id INTEGER PRIMARY KEY)", r->err)
                  && (q = rf_store_prepare (r->st,
        "INSERT INTO temp.refresh_todo SELECT m.id FROM message m"
        " LEFT JOIN message_attr a ON a.message_id = m.id"
        " WHERE m.gone = 0 AND m.first_run <> ?1"
        "  AND (a.direction IS NULL OR a.direction IN ('in', 'none'))"
        "  AND EXISTS (SELECT 1 FROM file f WHERE f.message_id = m.id"
        "   AND f.gone_run IS NULL AND f.skip_reason IS NULL)", r->err));
    if (!ok)
        return FALSE;
    sqlite3_bind_int64 (q, 1, r->st->run_id);
    ok = sqlite3_step (q) == SQLITE_DONE;
    if (!ok)
        rf_store_set_error (r->st, r->err, "listing messages for the marker refresh");
    sqlite3_finalize (q);
    r->total = ok ? rf_store_query_int (r->st, "SELECT count(*) FROM temp.refresh_todo", 0) : 0;
    return ok && (r->done = rf_store_prepare (r->st, "DELETE FROM temp.refresh_todo WHERE message_id = ?1",
                                              r->err)) != NULL;
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

/* Store the hits of a freshly parsed copy of message rowid, whose
 * Message-ID is msgid. A file that now holds another message does not
 * count as a copy. */
static void
store_record (refresh_t *r, gint64 rowid, const char *msgid, const rf_mail_record_t *rec)
{
    if (!rec || g_strcmp0 (rec->message_id, msgid) != 0)
        return;
    r->ok = rf_store_marker_hits (r->st, rowid, rec->marker_hits, r->err)
            && rf_marker_totals_store (r->st, rowid, rec->marker_totals, r->err);
    sqlite3_bind_int64 (r->done, 1, rowid);
    if (r->ok && sqlite3_step (r->done) != SQLITE_DONE) {
        rf_store_set_error (r->st, r->err, "recording a refreshed message");
        r->ok = FALSE;
    }
    sqlite3_reset (r->done);
    r->out->messages++;
    rf_progress ("markers: %" G_GINT64_FORMAT " of %" G_GINT64_FORMAT " messages re-scanned",
                 r->out->messages, r->total);
    maybe_die (r->out->messages);
}

/* Copy number k (in file order) of the messages still to do, a batch at a
 * time, from Maildir folders and loose files; FALSE when no message left
 * has such a copy. */
static gboolean
run_file_round (refresh_t *r, int k)
{
    sqlite3_stmt *q = rf_store_prepare (r->st,
        /* CROSS JOIN keeps this order: the list to do, in id order, first
         * (without statistics on it, the planner would start from file). */
        "SELECT t.message_id, m.msgid, fo.path, f.name FROM temp.refresh_todo t"
        " CROSS JOIN file f ON f.message_id = t.message_id AND f.gone_run IS NULL AND f.skip_reason IS NULL"
        " CROSS JOIN folder fo ON fo.id = f.folder_id AND fo.kind <> 'mbox'"
        " CROSS JOIN message m ON m.id = t.message_id"
        " WHERE t.message_id > ?1 AND ?2 = (SELECT count(*) FROM file e JOIN folder eo ON eo.id = e.folder_id"
        "   WHERE e.message_id = f.message_id AND e.id < f.id AND e.gone_run IS NULL"
        "   AND e.skip_reason IS NULL AND eo.kind <> 'mbox')"
        " ORDER BY t.message_id LIMIT " G_STRINGIFY (BATCH), r->err);
    GPtrArray *jobs = g_ptr_array_new_with_free_func (rf_parse_job_free);
    GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    GPtrArray *msgids = g_ptr_array_new_with_free_func (g_free);
    gint64 after = 0;
    gboolean any = FALSE;
    int rc;

    if (!q)
        r->ok = FALSE;
    while (r->ok) {
        GPtrArray *results;
        sqlite3_bind_int64 (q, 1, after);
        sqlite3_bind_int (q, 2, k);
        while ((rc = sqlite3_step (q)) == SQLITE_ROW) {
            after = sqlite3_column_int64 (q, 0);
            g_array_append_val (ids, after);
            g_ptr_array_add (msgids, g_strdup ((const char *) sqlite3_column_text (q, 1)));
            g_ptr_array_add (jobs, rf_parse_job_new (0, "", "", g_build_filename (
                (const char *) sqlite3_column_text (q, 2), (const char *) sqlite3_column_text (q, 3), NULL)));
        }
        sqlite3_reset (q);
        if (rc != SQLITE_DONE) {
            rf_store_set_error (r->st, r->err, "listing messages for the marker refresh");
            r->ok = FALSE;
        }
        if (!r->ok || !jobs->len)
            break;
        any = TRUE;
        results = rf_parse_pool_run (r->pool, jobs);
        for (guint i = 0; r->ok && i < results->len; i++) {
            rf_parse_result_t *res = results->pdata[i];
            if (res->status == RF_PARSE_OK)
                store_record (r, g_array_index (ids, gint64, i), msgids->pdata[i], res->record);
        }
        g_ptr_array_unref (results);
        g_ptr_array_set_size (jobs, 0);
        g_ptr_array_set_size (msgids, 0);
        g_array_set_size (ids, 0);
    }
    sqlite3_finalize (q);
    g_ptr_array_unref (msgids);
    g_array_unref (ids);
    g_ptr_array_unref (jobs);
    return any;
}

typedef struct {
    refresh_t *r;
    gint64 folder_id;
    const char *path;       /* the mbox */
    sqlite3_stmt *wanted;   /* the message still to do that an entry is, by folder and Message-ID */
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
        gint64 id = 0;
        int rc;
        if (res->status != RF_PARSE_OK || !res->record || !res->record->message_id)
            continue;
        sqlite3_bind_int64 (m->wanted, 1, m->folder_id);
        sqlite3_bind_text (m->wanted, 2, res->record->message_id, -1, SQLITE_STATIC);
        rc = sqlite3_step (m->wanted);
        if (rc == SQLITE_ROW)
            id = sqlite3_column_int64 (m->wanted, 0);
        sqlite3_reset (m->wanted);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
            rf_store_set_error (m->r->st, m->r->err, "looking up an mbox message to refresh");
            m->r->ok = FALSE;
        } else if (id)
            store_record (m->r, id, res->record->message_id, res->record);
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

/* Each mbox file holding a message still to do is split once; an
 * unreadable mbox leaves its messages to the next copy, if any. */
static void
run_mboxes (refresh_t *r)
{
    sqlite3_stmt *next = rf_store_prepare (r->st,
        "SELECT fo.id, fo.path FROM folder fo WHERE fo.kind = 'mbox' AND fo.id > ?1"
        " AND EXISTS (SELECT 1 FROM file f JOIN temp.refresh_todo t ON t.message_id = f.message_id"
        "   WHERE f.folder_id = fo.id AND f.gone_run IS NULL AND f.skip_reason IS NULL)"
        " ORDER BY fo.id LIMIT 1", r->err);
    mbox_pick_t m = { r, 0, NULL, rf_store_prepare (r->st,
        "SELECT t.message_id FROM file f JOIN temp.refresh_todo t ON t.message_id = f.message_id"
        " WHERE f.folder_id = ?1 AND f.key = ?2 AND f.gone_run IS NULL AND f.skip_reason IS NULL", r->err),
        g_ptr_array_new_with_free_func (rf_parse_job_free) };
    r->ok = next && m.wanted;
    while (r->ok) {
        char *path;
        int rc;
        sqlite3_bind_int64 (next, 1, m.folder_id);
        rc = sqlite3_step (next);
        if (rc != SQLITE_ROW) {
            if (rc != SQLITE_DONE) {
                rf_store_set_error (r->st, r->err, "listing mbox files for the marker refresh");
                r->ok = FALSE;
            }
            break;
        }
        m.folder_id = sqlite3_column_int64 (next, 0);
        path = g_strdup ((const char *) sqlite3_column_text (next, 1));
        sqlite3_reset (next);
        m.path = path;
        rf_mbox_split (path, on_mbox_entry, &m, NULL);
        if (r->ok)
            run_entries (&m);
        g_ptr_array_set_size (m.jobs, 0);
        g_free (path);
    }
    sqlite3_finalize (next);
    sqlite3_finalize (m.wanted);
    g_ptr_array_unref (m.jobs);
}

/* Maildir and loose copies first, one copy of each message a round, then
 * the mbox files; what is left could not be read. */
static gboolean
recompute (refresh_t *r)
{
    for (int k = 0; r->ok && run_file_round (r, k); k++)
        ;
    if (r->ok)
        run_mboxes (r);
    if (r->ok)
        r->out->unreadable = rf_store_query_int (r->st, "SELECT count(*) FROM temp.refresh_todo", 0);
    return r->ok;
}

gboolean
rf_markers_refresh (rf_store_t *st, const rf_scan_opts_t *opts, gboolean listed,
                    rf_markers_refresh_t *out, GError **err)
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
    /* Workers are forked only when needed. */
    if (!rf_store_begin (st, err))
        goto done;
    if (!collect_targets (&r) || (r.total && !(r.pool = rf_parse_pool_new (opts, err)))) {
        rf_store_rollback (st);
        goto done;
    }
    r.out->hits_before = rf_store_query_int (st, "SELECT count(*) FROM marker_hit", 0);
    /* Unread without a listing: perhaps renamed, so not done yet. */
    ok = recompute (&r)
         && (!listed && r.out->unreadable
             ? TRUE
             : rf_store_meta_set (st, META_KEY, digest, err) && save_stamps (st, stamp, files, err))
         && (r.out->messages == 0 || rf_store_data_changed (st, err));
    r.out->hits_after = rf_store_query_int (st, "SELECT count(*) FROM marker_hit", 0);
    ok = ok && rf_store_commit (st, err);
    if (!ok)
        rf_store_rollback (st);
    rf_progress_done ();
    if (ok && r.out->unreadable && listed)
        rf_warn ("%" G_GINT64_FORMAT " messages could not be read again (their files are gone or"
                 " unreadable); they keep the marker hits of the earlier patterns",
                 r.out->unreadable);
    else if (ok && r.out->unreadable)
        rf_warn ("%" G_GINT64_FORMAT " messages could not be read again (their files are gone,"
                 " unreadable, or renamed by a mail client since the last scan); the next scan"
                 " reads them again", r.out->unreadable);
    /* Said by default: it costs a re-read, and a --patterns DIR forgotten
     * on one run shows up here. */
    if (ok && r.out->messages && rf_verbosity >= 1)
        fprintf (stderr, "redflag: marker patterns changed: %" G_GINT64_FORMAT " messages scanned"
                 " again, %" G_GINT64_FORMAT " marker hits (were %" G_GINT64_FORMAT ")\n",
                 r.out->messages, r.out->hits_after, r.out->hits_before);
done:
    sqlite3_finalize (r.done);
    rf_store_exec (st, "DROP TABLE IF EXISTS temp.refresh_todo", NULL);
    rf_parse_pool_free (r.pool);
    g_free (stored);
    g_free (stored_stamp);
    g_free (stored_files);
    g_free (files);
    g_free (stamp);
    g_free (digest);
    return ok;
}
