/* scan.c - walk the inputs, compare with the database, parse what is new.
 *
 * Work is committed in batches, so a run that is killed loses at most one
 * batch; folder listing state (directory mtimes) is saved only once the
 * whole folder is done, so the next run lists it again and finishes it.
 * Maildirs are listed in scan_maildir.c, mbox files split in scan_mbox.c;
 * here are the loose files, invoices and statements, and the storing of
 * what the parsers return. */
#include "config.h"
#include "pipeline/scan_p.h"
#include "mail/mail_parse.h"
#include "mail/mbox_read.h"
#include "money/money_ingest.h"
#include "markers/store_markers.h"
#include "pipeline/mail_read.h"
#include "pipeline/marker_cap.h"
#include "pipeline/mail_docs.h"
#include "money/invoice_pdf.h"
#include "base/util.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define BATCH_WORK 5000      /* files parsed per transaction (REDFLAG_BATCH) */

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
gboolean
rf_scan_maybe_commit (scan_t *s, gboolean force, GError **err)
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

gboolean
rf_scan_skip (scan_t *s, const char *path, const char *kind, const char *reason, GError **err)
{
    rf_warn ("%s: %s; skipped", path, reason);
    s->c->skipped++;
    /* rf_store_skip also bumps run.files_skipped; flush_counts rewrites it. */
    return rf_store_skip (s->st, path, kind, reason, err);
}

void
rf_scan_read_later (scan_t *s, const char *path, const char *why)
{
    rf_warn ("%s: %s; it will be read again on the next run", path, why);
    s->retry_later++;
}

/* Once per run, in the transaction of the first change: analysis must run. */
gboolean
rf_scan_mark_changed (scan_t *s, GError **err)
{
    if (s->changed)
        return TRUE;
    s->changed = TRUE;
    return rf_store_data_changed (s->st, err);
}

/* Whether a message is ours: from one of our addresses, or in a Sent folder. */
static gboolean
message_is_ours (scan_t *s, gint64 folder_id, const rf_mail_record_t *r)
{
    char *sql;
    gint64 sent;
    if (r->from_addr && rf_config_is_me (s->opts->cfg, r->from_addr))
        return TRUE;
    sql = g_strdup_printf ("SELECT is_sent FROM folder WHERE id=%" G_GINT64_FORMAT, folder_id);
    sent = rf_store_query_int (s->st, sql, 0);
    g_free (sql);
    return sent == 1;
}

/* The XML and PDF attachments of a new message: our invoices, or a
 * client's documents (listed only). An attachment of ours that is not an
 * invoice is said on stderr, naming the message. */
static gboolean
store_mail_docs (scan_t *s, gint64 folder_id, gint64 rowid, const char *path, const rf_mail_record_t *r,
                 GPtrArray *docs, GError **err)
{
    gboolean ours = message_is_ours (s, folder_id, r), ok = TRUE;
    for (guint i = 0; ok && i < docs->len; i++) {
        const rf_mail_doc_t *d = docs->pdata[i];
        gsize len = 0;
        const char *xml = d->xml ? g_bytes_get_data (d->xml, &len) : NULL;
        rf_money_attachment_t a = { rowid, r->message_id, d->name, d->sha256, ours, d->pdf, d->inner,
                                    xml, len, d->reason };
        char *reason = NULL;
        ok = rf_money_ingest_attachment (s->st, &a, &reason, err) && rf_scan_mark_changed (s, err);
        if (reason)
            rf_warn ("%s: attachment '%s' of message <%s> is not read as an invoice: %s", path,
                     d->name ? d->name : "", r->message_id, reason);
        g_free (reason);
    }
    return ok;
}

/* Store one parsed message and link the file (or mbox entry) to it; a
 * verdict (not mail, too large) is kept with the identity of the content
 * it was made on. */
gboolean
rf_scan_store_parsed (scan_t *s, gint64 folder_id, const char *key, const char *name,
                      const rf_parse_result_t *res, GError **err)
{
    gint64 rowid = 0;
    gboolean is_new = FALSE;

    if (res->status != RF_PARSE_OK) {
        const char *reason = res->reason ? res->reason : rf_parse_status_to_string (res->status);
        return rf_scan_skip (s, res->path, "mail", reason, err)
               && rf_mail_file_add (s->w, folder_id, key, name, 0, reason, res->ident, err);
    }
    if (!rf_mail_store_record (s->w, res->record, &rowid, &is_new, err) || !rf_scan_mark_changed (s, err))
        return FALSE;
    if (is_new) {
        s->c->new_messages++;
        if (res->docs && !store_mail_docs (s, folder_id, rowid, res->path, res->record, res->docs, err))
            return FALSE;
        if (res->record->marker_hits && res->record->marker_hits->len
            && !rf_store_marker_hits (s->st, rowid, res->record->marker_hits, err))
            return FALSE;
        if (res->record->marker_totals && !rf_marker_totals_store (s->st, rowid, res->record->marker_totals, err))
            return FALSE;
    } else {
        s->c->duplicates++;
    }
    return rf_mail_file_add (s->w, folder_id, key, name, rowid, NULL, NULL, err);
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
 * nothing new neither loads the marker patterns nor forks. The patterns
 * load in the background while the listing goes on (a fifth of a night's
 * run when it waited for them). */
static void
ensure_pool (scan_t *s)
{
    if (!s->pool)
        s->pool = rf_parse_pool_new_background (s->opts);
}

/* A job's file could not be read: no verdict on it. A Maildir file gone
 * missing was most likely moved by a mail client: listing the folder again
 * finds it under its new name. Anything else is read again next run. */
static void
job_unreadable (scan_t *s, const rf_parse_job_t *job, const rf_parse_result_t *res)
{
    char *where;
    if (s->failed && job->key && job->offset < 0) {
        g_hash_table_replace (s->failed, g_strdup (job->key), GINT_TO_POINTER (res->read_errno));
        if (res->read_errno == ENOENT) {
            rf_info ("%s: gone before it was read; looking for it again", res->path);
            s->vanished++;
            return;
        }
    }
    if (job->offset < 0) {
        rf_scan_read_later (s, res->path, res->reason);
        return;
    }
    /* An mbox changed while it was read: said once, read again whole. */
    if (s->entry_failed) {
        s->retry_later++;
        return;
    }
    s->entry_failed = TRUE;
    where = g_strdup_printf ("%s (message at byte %s)", res->path, job->name);
    rf_scan_read_later (s, where, res->reason);
    g_free (where);
}

/* A loose PDF opened by a parser: the invoice it carries, or why not. */
static gboolean
store_pdf (scan_t *s, const rf_parse_job_t *job, const rf_parse_result_t *res, GError **err)
{
    const rf_mail_doc_t *d = res->docs && res->docs->len ? res->docs->pdata[0] : NULL;
    rf_money_result_t result;
    char *reason = NULL;
    gsize len = 0;
    const char *xml;
    gboolean ok;
    if (res->status != RF_PARSE_OK || !d)
        return rf_scan_skip (s, job->path, "invoice", res->reason ? res->reason : "the PDF could not be read", err);
    xml = d->xml ? g_bytes_get_data (d->xml, &len) : NULL;
    ok = rf_money_ingest_pdf (s->st, job->path, d->sha256, d->inner, xml, len, d->reason, &result, &reason, err);
    if (ok && result == RF_MONEY_SKIPPED)
        ok = rf_scan_skip (s, job->path, "invoice", reason, err);
    else if (ok && result == RF_MONEY_STORED)
        ok = rf_scan_mark_changed (s, err);
    g_free (reason);
    return ok;
}

/* Store the oldest parse result. */
static gboolean
take_result (scan_t *s, GError **err)
{
    rf_parse_result_t res;
    rf_parse_job_t *job;
    gboolean ok = TRUE;
    if (!rf_parse_pool_start (s->pool, err))
        return FALSE;
    if (!(job = rf_parse_pool_next (s->pool, &res)))
        return TRUE;
    s->work_in_txn += PARSE_WORK;
    if (res.read_errno) {
        job_unreadable (s, job, &res);
    } else if (job->pdf) {
        s->c->parsed++;
        ok = store_pdf (s, job, &res, err);
    } else if (job->offset >= 0) {
        ok = rf_scan_store_entry (s, job, &res, err);
    } else {
        s->c->parsed++;
        ok = rf_scan_store_parsed (s, job->folder_id, job->key, job->name, &res, err);
    }
    ok = ok && rf_scan_maybe_commit (s, FALSE, err);
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
gboolean
rf_scan_queue (scan_t *s, rf_parse_job_t *job, GError **err)
{
    ensure_pool (s);
    while (rf_parse_pool_full (s->pool)) {
        if (!take_result (s, err)) {
            rf_parse_job_free (job);
            return FALSE;
        }
    }
    rf_parse_pool_submit (s->pool, job);
    return TRUE;
}

gboolean
rf_scan_drain (scan_t *s, GError **err)
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

/* An invoice or bank statement: read it whole and hand it to the money stage. */
static gboolean
scan_money (scan_t *s, const char *path, const struct stat *sb, const char *named, const char **kind,
            GError **err)
{
    rf_money_result_t result;
    rf_mail_bytes_t b;
    char *reason = NULL;
    gboolean ok;

    *kind = "invoice";
    if (sb->st_size > s->opts->cfg->max_message_bytes)
        return rf_scan_skip (s, path, "other", "larger than the size limit (max_message_mb)", err);
    if (!rf_mail_read (path, -1, 0, s->opts->cfg->max_message_bytes, &b)) {
        if (b.read_errno)
            rf_scan_read_later (s, path, b.reason);
        ok = b.read_errno || rf_scan_skip (s, path, "other", b.reason, err);
        rf_mail_bytes_clear (&b);
        return ok;
    }
    s->c->parsed++;
    s->work_in_txn += PARSE_WORK;
    ok = rf_money_ingest (s->st, path, b.data, b.len, &result, kind, &reason, err);
    /* What the content cannot tell, the option the file was named with does. */
    if (named && !g_strcmp0 (*kind, "other"))
        *kind = named;
    if (ok && result == RF_MONEY_SKIPPED)
        ok = rf_scan_skip (s, path, *kind, reason, err);
    else if (ok && result == RF_MONEY_STORED)
        ok = rf_scan_mark_changed (s, err);
    g_free (reason);
    rf_mail_bytes_clear (&b);
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

/* The first bytes of a file, to tell what it is; -1 and errno when it
 * cannot be read. Non-blocking: a FIFO must not hang the scan. */
static gssize
read_head (const char *path, char *head, gsize size)
{
    gssize n;
    int fd = open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK), e;
    if (fd < 0)
        return -1;
    n = read (fd, head, size);
    e = errno;
    close (fd);
    errno = e;
    return n;
}

/* A loose file by its content: an invoice or statement, an mbox, or a
 * single message (parsed as a file of a folder of kind "files"). */
static gboolean
dispatch_file (scan_t *s, const rf_input_t *in, const struct stat *sb, const char **kind, GError **err)
{
    char head[64] = { 0 };
    const char *named = named_money_kind (s, in->path);
    gssize n = read_head (in->path, head, sizeof head - 1);
    rf_folder_state_t f;
    char *dir, *base, *dir_name;
    gboolean ok;

    if (n < 0) {
        char *why = g_strdup_printf ("cannot read: %s", g_strerror (errno));
        rf_scan_read_later (s, in->path, why);
        g_free (why);
        return TRUE;
    }
    /* A PDF is opened in a parser process, as a message is. */
    if (n > 0 && rf_pdf_sniff (head, (gsize) n) && !rf_xml_sniff (head, (gsize) n)) {
        s->c->seen++;
        *kind = "invoice";
        if (sb->st_size > s->opts->cfg->max_message_bytes)
            return rf_scan_skip (s, in->path, "other", "larger than the size limit (max_message_mb)", err);
        return rf_scan_queue (s, rf_parse_job_new_pdf (g_strdup (in->path)), err) && rf_scan_drain (s, err);
    }
    /* A file named as an invoice or statement is refused as one, not as mail. */
    if ((n > 0 && rf_money_sniff (head, (gsize) n)) || named) {
        s->c->seen++;
        return scan_money (s, in->path, sb, named, kind, err);
    }
    if (n >= 5 && rf_mbox_sniff (head, (gsize) n)) {
        *kind = "mbox";
        return rf_scan_mbox (s, in, err);
    }
    dir = g_path_get_dirname (in->path);
    base = g_path_get_basename (in->path);
    dir_name = g_path_get_basename (dir);
    s->c->seen++;
    ok = rf_mail_folder_ensure (s->w, dir, dir_name, "files", FALSE, &f, err)
         && rf_scan_queue (s, rf_parse_job_new (f.id, base, base, g_strdup (in->path)), err)
         && rf_scan_drain (s, err);
    g_free (dir_name);
    g_free (dir);
    g_free (base);
    return ok;
}

/* A loose file: an mbox, a single message, an invoice or statement, or
 * junk. It is remembered (by size, mtime and inode) only once it was read
 * through: one that could not be read is read again next run. */
static gboolean
scan_file (scan_t *s, const rf_input_t *in, GError **err)
{
    struct stat sb;
    gboolean unchanged = FALSE;
    gint64 unread = s->retry_later;
    const char *kind = "mail";

    if (stat (in->path, &sb) != 0) {
        char *why = g_strdup_printf ("cannot read: %s", g_strerror (errno));
        rf_scan_read_later (s, in->path, why);
        g_free (why);
        return TRUE;
    }
    if (!rf_input_file_unchanged (s->w, in->path, sb.st_size, mtime_ns (&sb), (gint64) sb.st_ino, &unchanged, err))
        return FALSE;
    if (unchanged) {
        s->c->seen++;
        s->c->unchanged++;
        return TRUE;
    }
    if (!S_ISREG (sb.st_mode)) {
        s->c->seen++;
        kind = "other";
        if (!rf_scan_skip (s, in->path, kind, "not a regular file", err))
            return FALSE;
    } else if (!dispatch_file (s, in, &sb, &kind, err)) {
        return FALSE;
    }
    if (s->retry_later > unread)
        return rf_scan_maybe_commit (s, FALSE, err);
    return rf_input_file_record (s->w, in->path, sb.st_size, mtime_ns (&sb), (gint64) sb.st_ino, kind, NULL, err)
           && rf_scan_maybe_commit (s, FALSE, err);
}

/* The database and its companion files, when they lie among the inputs. */
static gboolean
is_own_database (const scan_t *s, const char *path)
{
    static const char *const suffixes[] = { "", "-wal", "-shm", "-journal", ".lock" };
    gsize n = s->opts->db_path ? strlen (s->opts->db_path) : 0;
    char *real;
    gboolean own = FALSE;
    if (!n)
        return FALSE;
    /* Both sides as the files they finally name (links followed). */
    real = rf_store_real_path (path);
    for (size_t i = 0; !own && i < G_N_ELEMENTS (suffixes); i++)
        own = !strncmp (real, s->opts->db_path, n) && !strcmp (real + n, suffixes[i]);
    g_free (real);
    return own;
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
        ok = in->kind == RF_INPUT_MAILDIR ? rf_scan_maildir (&s, in, err) : scan_file (&s, in, err);
    }
    if (ok && bulk)
        rf_progress ("indexing the messages");
    ok = ok && rf_scan_drain (&s, err) && rf_mail_writer_flush (s.w, err)
         && (!bulk || rf_mail_indexes_ensure (st, err)) && flush_counts (&s, err) && rf_store_commit (st, err);
    if (!ok)
        rf_store_rollback (st);
    rf_progress_done ();
    /* The marker refresh that follows need not load the patterns again. */
    if (ok && s.pool)
        g_strlcpy (counts->patterns_digest, rf_parse_pool_patterns_digest (s.pool),
                   sizeof counts->patterns_digest);
done:
    rf_mail_writer_free (s.w);
    rf_parse_pool_free (s.pool);
    g_ptr_array_unref (inputs);
    return ok;
}
