/* scan.c - walk the inputs, compare with the database, parse what is new.
 *
 * Work is committed in batches, so a run that is killed loses at most one
 * batch; folder listing state (directory mtimes) is saved only once the
 * whole folder is done, so the next run lists it again and finishes it. */
#include "config.h"
#include "pipeline/scan.h"
#include "mail/mail_parse.h"
#include "mail/mailbox_walk.h"
#include "mail/mbox_read.h"
#include "money/money_ingest.h"
#include "markers/store_markers.h"
#include "pipeline/parse_pool.h"
#include "mail/store_mail.h"
#include "base/util.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define BATCH_WORK 5000      /* files parsed per transaction (REDFLAG_BATCH) */
#define PARSE_WORK 8         /* a parsed file weighs as much as 8 renamed ones */

typedef struct {
    rf_store_t *st;
    const rf_scan_opts_t *opts;
    rf_mail_writer_t *w;
    rf_parse_pool_t *pool;
    rf_scan_counts_t *c;
    gint64 work_in_txn;
    gboolean changed;        /* data_gen bumped in this run */
    const char *phase;
    gint64 listed_present;   /* files of the folder being listed, present before, listed */
} scan_t;

static gboolean
flush_counts (scan_t *s, GError **err)
{
    static const char *const cols[] = { "files_seen", "files_parsed", "files_unchanged",
                                        "files_renamed", "files_skipped", "files_gone",
                                        "messages_new", "duplicates" };
    gint64 vals[] = { s->c->seen, s->c->parsed, s->c->unchanged, s->c->renamed, s->c->skipped,
                      s->c->gone, s->c->new_messages, s->c->duplicates };
    char *sql;
    GString *set = g_string_new (NULL);
    gboolean ok;
    for (size_t i = 0; i < G_N_ELEMENTS (cols); i++)
        g_string_append_printf (set, "%s%s=%" G_GINT64_FORMAT, i ? "," : "", cols[i], vals[i]);
    sql = g_strdup_printf ("UPDATE run SET %s WHERE id=%" G_GINT64_FORMAT, set->str, s->st->run_id);
    ok = rf_store_exec (s->st, sql, err);
    g_free (sql);
    g_string_free (set, TRUE);
    return ok;
}

/* Commit the current batch and open the next one when enough work piled up. */
static gboolean
maybe_commit (scan_t *s, gboolean force, GError **err)
{
    static gint64 batch = 0;
    if (batch == 0) {
        const char *v = g_getenv ("REDFLAG_BATCH");
        batch = v && g_ascii_strtoll (v, NULL, 10) > 0 ? g_ascii_strtoll (v, NULL, 10) : BATCH_WORK;
        batch *= PARSE_WORK;
    }
    if (!force && s->work_in_txn < batch)
        return TRUE;
    if (!rf_mail_writer_flush (s->w, err) || !flush_counts (s, err) || !rf_store_commit (s->st, err)
        || !rf_store_begin (s->st, err))
        return FALSE;
    s->work_in_txn = 0;
    return TRUE;
}

static gboolean
skip_file (scan_t *s, const char *path, const char *kind, const char *reason, GError **err)
{
    rf_warn ("%s: %s; skipped", path, reason);
    s->c->skipped++;
    /* rf_store_skip also bumps run.files_skipped; flush_counts rewrites it. */
    return rf_store_skip (s->st, path, kind, reason, err);
}

/* Once per run, in the transaction of the first change: analysis must run. */
static gboolean
mark_changed (scan_t *s, GError **err)
{
    if (s->changed)
        return TRUE;
    s->changed = TRUE;
    return rf_store_data_changed (s->st, err);
}

/* Store one parsed message and link the file (or mbox entry) to it. */
static gboolean
store_parsed (scan_t *s, gint64 folder_id, const char *key, const char *name,
              rf_parse_result_t *res, GError **err)
{
    gint64 rowid = 0;
    gboolean is_new = FALSE;

    if (res->status != RF_PARSE_OK) {
        const char *reason = res->reason ? res->reason : rf_parse_status_to_string (res->status);
        return skip_file (s, res->path, "mail", reason, err)
               && rf_mail_file_add (s->w, folder_id, key, name, 0, reason, err);
    }
    if (!rf_mail_store_record (s->w, res->record, &rowid, &is_new, err) || !mark_changed (s, err))
        return FALSE;
    if (is_new) {
        s->c->new_messages++;
        if (res->record->marker_hits && res->record->marker_hits->len
            && !rf_store_marker_hits (s->st, rowid, res->record->marker_hits, err))
            return FALSE;
    } else {
        s->c->duplicates++;
    }
    return rf_mail_file_add (s->w, folder_id, key, name, rowid, NULL, err);
}

/* Test hook: REDFLAG_TEST_KILL_AFTER=N kills the process with SIGKILL after
 * N parsed files, in the middle of a batch, to prove a killed run loses
 * nothing the next run cannot redo. */
static void
maybe_die (gint64 parsed)
{
    static gint64 limit = -2;
    if (limit == -2) {
        const char *v = g_getenv ("REDFLAG_TEST_KILL_AFTER");
        limit = v ? g_ascii_strtoll (v, NULL, 10) : -1;
    }
    if (limit >= 0 && parsed >= limit)
        raise (SIGKILL);
}

/* The parser processes start with the first file to parse: a run with
 * nothing new neither loads the marker patterns nor forks. */
static gboolean
ensure_pool (scan_t *s, GError **err)
{
    if (!s->pool)
        s->pool = rf_parse_pool_new (s->opts, err);
    return s->pool != NULL;
}

/* Store the oldest parse result. */
static gboolean
take_result (scan_t *s, GError **err)
{
    rf_parse_result_t res;
    rf_parse_job_t *job = rf_parse_pool_next (s->pool, &res);
    gboolean ok;
    if (!job)
        return TRUE;
    s->c->parsed++;
    s->work_in_txn += PARSE_WORK;
    ok = store_parsed (s, job->folder_id, job->key, job->name, &res, err) && maybe_commit (s, FALSE, err);
    maybe_die (s->c->parsed);
    rf_parse_result_clear (&res);
    rf_parse_job_free (job);
    if (s->c->parsed % 256 == 0)
        rf_progress ("%s: %" G_GINT64_FORMAT " files, %" G_GINT64_FORMAT " new messages",
                     s->phase, s->c->seen, s->c->new_messages);
    return ok;
}

/* Hand a new file to the parsers (job is taken over), storing finished
 * results while they are busy, so listing, parsing and storing overlap. */
static gboolean
queue_job (scan_t *s, rf_parse_job_t *job, GError **err)
{
    if (!ensure_pool (s, err)) {
        rf_parse_job_free (job);
        return FALSE;
    }
    while (rf_parse_pool_full (s->pool)) {
        if (!take_result (s, err)) {
            rf_parse_job_free (job);
            return FALSE;
        }
    }
    rf_parse_pool_submit (s->pool, job);
    return TRUE;
}

/* Store every result still pending. */
static gboolean
drain (scan_t *s, GError **err)
{
    while (s->pool && rf_parse_pool_pending (s->pool))
        if (!take_result (s, err))
            return FALSE;
    return TRUE;
}

static gint64
mtime_ns (const struct stat *sb)
{
    return (gint64) sb->st_mtim.tv_sec * 1000000000 + sb->st_mtim.tv_nsec;
}

/* List one of cur/ or new/, handling known files at once and queueing new ones. */
static gboolean
list_subdir (scan_t *s, const rf_input_t *in, gint64 folder_id, const char *sub, GError **err)
{
    char *dir = g_build_filename (in->path, sub, NULL);
    GDir *d = g_dir_open (dir, 0, NULL);
    const char *e;
    gboolean ok = TRUE;

    while (ok && d && (e = g_dir_read_name (d))) {
        char *key, *name;
        rf_file_state_t f;
        if (e[0] == '.')
            continue;
        key = rf_maildir_key (e);
        name = g_strconcat (sub, "/", e, NULL);
        s->c->seen++;
        ok = rf_mail_file_lookup (s->w, folder_id, key, &f, err);
        if (ok && f.id) {
            if (rf_mail_sweep_note (s->w, f.id) && !f.gone)
                s->listed_present++;
            if (g_strcmp0 (f.name, name) != 0)
                s->c->renamed++;
            else
                s->c->unchanged++;
            /* Only what writes counts towards a batch, and a rename little:
             * listing is cheap to redo, and commits rewrite the pages. */
            if (f.gone || g_strcmp0 (f.name, name) != 0)
                s->work_in_txn++;
            ok = rf_mail_file_seen (s->w, &f, name, err) && (!f.gone || mark_changed (s, err));
        } else if (ok) {
            ok = queue_job (s, rf_parse_job_new (folder_id, key, name, g_build_filename (dir, e, NULL)),
                            err);
        }
        g_free (f.name);
        g_free (key);
        g_free (name);
        ok = ok && maybe_commit (s, FALSE, err);
    }
    if (d)
        g_dir_close (d);
    g_free (dir);
    return ok;
}

static gint64
subdir_mtime (const char *path, const char *sub)
{
    char *p = g_build_filename (path, sub, NULL);
    struct stat sb;
    gint64 t = stat (p, &sb) == 0 ? mtime_ns (&sb) : -1;
    g_free (p);
    return t;
}

static gboolean
scan_maildir (scan_t *s, const rf_input_t *in, GError **err)
{
    rf_folder_state_t f;
    gint64 cur_t, new_t, gone = 0;

    if (!rf_mail_folder_ensure (s->w, in->path, in->name, "maildir", in->is_sent, &f, err))
        return FALSE;
    /* Read the mtimes before listing: a file added while we list changes
     * them again, so the next run lists the folder once more. */
    cur_t = subdir_mtime (in->path, "cur");
    new_t = subdir_mtime (in->path, "new");
    if (cur_t == f.cur_mtime_ns && new_t == f.new_mtime_ns) {
        s->c->seen += f.present;
        s->c->unchanged += f.present;
        return TRUE;
    }
    s->phase = in->name;
    s->listed_present = 0;
    if (!rf_mail_sweep_begin (s->w, err) || !list_subdir (s, in, f.id, "cur", err)
        || !list_subdir (s, in, f.id, "new", err) || !drain (s, err)
        || !rf_mail_sweep_end (s->w, f.id, s->listed_present < f.present, &gone, err)
        || (gone && !mark_changed (s, err)))
        return FALSE;
    s->c->gone += gone;
    return rf_mail_folder_set_mtimes (s->w, f.id, cur_t, new_t, err) && maybe_commit (s, FALSE, err);
}

typedef struct {
    scan_t *s;
    gint64 folder_id;
    const char *path;
    GError **err;
    gboolean ok;
} mbox_ctx_t;

static gboolean
on_mbox_message (rf_mail_record_t *rec, rf_parse_status_t status, gint64 offset, gpointer data)
{
    mbox_ctx_t *m = data;
    scan_t *s = m->s;
    char name[32];
    rf_file_state_t f;

    g_snprintf (name, sizeof name, "%" G_GINT64_FORMAT, offset);
    s->c->seen++;
    s->work_in_txn++;
    if (status != RF_PARSE_OK) {
        char *where = g_strdup_printf ("%s (message at byte %s)", m->path, name);
        m->ok = skip_file (s, where, "mail", rf_parse_status_to_string (status), m->err);
        g_free (where);
        return m->ok;
    }
    m->ok = rf_mail_file_lookup (s->w, m->folder_id, rec->message_id, &f, m->err);
    if (m->ok && f.id) {
        if (rf_mail_sweep_note (s->w, f.id) && !f.gone)
            s->listed_present++;
        s->c->unchanged++;
        m->ok = rf_mail_file_seen (s->w, &f, name, m->err) && (!f.gone || mark_changed (s, m->err));
    } else if (m->ok) {
        rf_parse_result_t res = { .status = RF_PARSE_OK, .record = rec, .path = (char *) m->path };
        s->c->parsed++;
        s->work_in_txn += PARSE_WORK - 1;
        if (!ensure_pool (s, m->err)) {
            rf_mail_record_free (rec);
            g_free (f.name);
            return m->ok = FALSE;
        }
        rf_parse_pool_analyze (s->pool, rec);
        m->ok = store_parsed (s, m->folder_id, rec->message_id, name, &res, m->err);
    }
    g_free (f.name);
    rf_mail_record_free (rec);
    m->ok = m->ok && maybe_commit (s, FALSE, m->err);
    return m->ok;
}

static gboolean
scan_mbox (scan_t *s, const rf_input_t *in, GError **err)
{
    rf_folder_state_t f;
    mbox_ctx_t m = { s, 0, in->path, err, TRUE };
    gint64 gone = 0;
    GError *read_err = NULL;

    if (!rf_mail_folder_ensure (s->w, in->path, in->name, "mbox", in->is_sent, &f, err)
        || !rf_mail_sweep_begin (s->w, err))
        return FALSE;
    s->listed_present = 0;
    m.folder_id = f.id;
    if (!rf_mbox_read (in->path, s->opts->now, on_mbox_message, &m, &read_err)) {
        gboolean ok = skip_file (s, in->path, "mail", read_err->message, err);
        g_error_free (read_err);
        return ok;
    }
    if (!m.ok || !rf_mail_sweep_end (s->w, f.id, s->listed_present < f.present, &gone, err)
        || (gone && !mark_changed (s, err)))
        return FALSE;
    s->c->gone += gone;
    return TRUE;
}

/* An invoice or bank statement: read it whole and hand it to the money stage. */
static gboolean
scan_money (scan_t *s, const char *path, const struct stat *sb, const char *named, const char **kind,
            GError **err)
{
    rf_money_result_t result;
    char *data = NULL, *reason = NULL;
    gsize len = 0;
    gboolean ok;
    GError *read_err = NULL;

    *kind = "invoice";
    if (sb->st_size > s->opts->cfg->max_message_bytes)
        return skip_file (s, path, "other", "larger than the size limit (max_message_mb)", err);
    if (!g_file_get_contents (path, &data, &len, &read_err)) {
        ok = skip_file (s, path, "other", read_err->message, err);
        g_error_free (read_err);
        return ok;
    }
    s->c->parsed++;
    s->work_in_txn += PARSE_WORK;
    ok = rf_money_ingest (s->st, path, data, len, &result, kind, &reason, err);
    /* What the content cannot tell, the option the file was named with does. */
    if (named && !g_strcmp0 (*kind, "other"))
        *kind = named;
    if (ok && result == RF_MONEY_SKIPPED)
        ok = skip_file (s, path, *kind, reason, err);
    else if (ok && result == RF_MONEY_STORED)
        ok = mark_changed (s, err);
    g_free (reason);
    g_free (data);
    return ok;
}

static gboolean
under_any (char **roots, const char *path)
{
    for (char **r = roots; r && *r; r++) {
        size_t n = strlen (*r);
        while (n > 1 && (*r)[n - 1] == '/')
            n--;
        if (!strncmp (path, *r, n) && (path[n] == '\0' || path[n] == '/'))
            return TRUE;
    }
    return FALSE;
}

/* "invoice" or "payment" when path was named with --invoices or --payments,
 * or lies under one; else NULL. */
static const char *
named_money_kind (const scan_t *s, const char *path)
{
    return under_any (s->opts->invoice_paths, path)   ? "invoice"
           : under_any (s->opts->payment_paths, path) ? "payment"
                                                      : NULL;
}

/* A loose file: an mbox, a single message, an invoice or statement, or junk. */
static gboolean
scan_file (scan_t *s, const rf_input_t *in, GError **err)
{
    struct stat sb;
    gboolean unchanged = FALSE, ok = TRUE;
    char head[8] = { 0 };
    gssize n = 0;
    int fd;
    const char *kind = "mail", *named = named_money_kind (s, in->path);
    char *reason = NULL;

    if (stat (in->path, &sb) != 0) {
        reason = g_strdup_printf ("cannot read: %s", g_strerror (errno));
        ok = skip_file (s, in->path, "other", reason, err);
        g_free (reason);
        return ok;
    }
    if (!rf_input_file_unchanged (s->w, in->path, sb.st_size, mtime_ns (&sb), &unchanged, err))
        return FALSE;
    if (unchanged) {
        s->c->seen++;
        s->c->unchanged++;
        return TRUE;
    }
    if ((fd = open (in->path, O_RDONLY | O_CLOEXEC)) >= 0) {
        n = read (fd, head, sizeof head - 1);
        close (fd);
    }
    /* A file named as an invoice or statement is refused as one, not as mail. */
    if ((n > 0 && rf_xml_sniff (head, (gsize) n)) || named) {
        s->c->seen++;
        ok = scan_money (s, in->path, &sb, named, &kind, err);
    } else if (n >= 5 && rf_mbox_sniff (head, (gsize) n)) {
        kind = "mbox";
        ok = scan_mbox (s, in, err);
    } else {
        rf_folder_state_t f;
        char *dir = g_path_get_dirname (in->path), *base = g_path_get_basename (in->path);
        char *dir_name = g_path_get_basename (dir);
        s->c->seen++;
        ok = rf_mail_folder_ensure (s->w, dir, dir_name, "files", FALSE, &f, err);
        g_free (dir_name);
        ok = ok && queue_job (s, rf_parse_job_new (f.id, base, base, g_strdup (in->path)), err)
             && drain (s, err);
        g_free (dir);
        g_free (base);
    }
    return ok && rf_input_file_record (s->w, in->path, sb.st_size, mtime_ns (&sb), kind, reason, err)
           && maybe_commit (s, FALSE, err);
}

/* The database and its companion files, when they lie among the inputs. */
static gboolean
is_own_database (const scan_t *s, const char *path)
{
    static const char *const suffixes[] = { "", "-wal", "-shm", "-journal", ".lock" };
    gsize n = s->opts->db_path ? strlen (s->opts->db_path) : 0;
    if (!n || strncmp (path, s->opts->db_path, n) != 0)
        return FALSE;
    for (size_t i = 0; i < G_N_ELEMENTS (suffixes); i++)
        if (!strcmp (path + n, suffixes[i]))
            return TRUE;
    return FALSE;
}

gboolean
rf_scan_paths (rf_store_t *st, const rf_scan_opts_t *opts, char **paths, rf_scan_counts_t *counts,
               GError **err)
{
    scan_t s = { .st = st, .opts = opts, .c = counts, .phase = "scan" };
    GPtrArray *inputs = g_ptr_array_new_with_free_func (rf_input_free);
    gboolean ok = TRUE, bulk = FALSE;

    for (char **p = paths; *p && ok; p++) {
        GError *e = NULL;
        if (!rf_inputs_collect (*p, inputs, &e)) {
            g_set_error (err, G_FILE_ERROR, G_FILE_ERROR_NOENT, "%s", e->message);
            g_error_free (e);
            ok = FALSE;
        }
    }
    if (!ok)
        goto done;
    /* A killed first scan may have left the message indexes out. */
    if (!(s.w = rf_mail_writer_new (st, err)) || !rf_store_begin (st, err)
        || !rf_mail_indexes_ensure (st, err) || !rf_mail_bulk_begin (s.w, &bulk, err)) {
        ok = FALSE;
        goto done;
    }
    for (guint i = 0; ok && i < inputs->len; i++) {
        const rf_input_t *in = inputs->pdata[i];
        if (in->kind != RF_INPUT_MAILDIR && is_own_database (&s, in->path))
            continue;
        ok = in->kind == RF_INPUT_MAILDIR ? scan_maildir (&s, in, err) : scan_file (&s, in, err);
    }
    if (ok && bulk)
        rf_progress ("indexing the messages");
    ok = ok && drain (&s, err) && rf_mail_writer_flush (s.w, err) && (!bulk || rf_mail_indexes_ensure (st, err))
         && flush_counts (&s, err) && rf_store_commit (st, err);
    if (!ok)
        rf_store_rollback (st);
    rf_progress_done ();
    /* The marker refresh that follows need not load the patterns again. */
    if (s.pool)
        g_strlcpy (counts->patterns_digest, rf_parse_pool_patterns_digest (s.pool),
                   sizeof counts->patterns_digest);
done:
    rf_mail_writer_free (s.w);
    rf_parse_pool_free (s.pool);
    g_ptr_array_unref (inputs);
    return ok;
}
