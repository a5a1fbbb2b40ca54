/* store_mail.c - SQL for the scan: folders, files, messages, sweeps. */
#include "config.h"
#include "mail/store_mail.h"
#include "store/schema.h"

#include <string.h>

enum {
    Q_FOLDER_GET, Q_FOLDER_ADD, Q_FOLDER_MTIMES, Q_FILE_GET, Q_FILE_RENAME,
    Q_FILE_REVIVE, Q_MSG_REVIVE, Q_FILE_ADD, Q_MSG_GET, Q_MSG_ADD,
    Q_FILE_MAX, Q_SWEEP_LIST, Q_FILE_GONE, Q_SWEEP_MSGS, Q_INPUT_GET, Q_INPUT_SET, Q_MSG_PRESENT,
    Q_SKIPPED_LIST, Q_COUNT
};

static const char *const sql[Q_COUNT] = {
    [Q_FOLDER_GET] = "SELECT id, cur_mtime_ns, new_mtime_ns, present_files FROM folder WHERE path=?1",
    [Q_FOLDER_ADD] = "INSERT INTO folder(path, name, kind, is_sent) VALUES (?1, ?2, ?3, ?4)",
    [Q_FOLDER_MTIMES] = "UPDATE folder SET cur_mtime_ns=?2, new_mtime_ns=?3 WHERE id=?1",
    [Q_FILE_GET] = "SELECT id, name, gone_run IS NOT NULL, message_id IS NULL, skip_ident FROM file"
                   " WHERE folder_id=?1 AND key=?2",
    [Q_FILE_RENAME] = "UPDATE file SET name=?2 WHERE id=?1",
    [Q_FILE_REVIVE] = "UPDATE file SET gone_run=NULL WHERE id=?1",
    [Q_MSG_REVIVE] = "UPDATE message SET gone=0 WHERE gone=1 AND id=(SELECT message_id FROM file WHERE id=?1)",
    /* A key listed twice in one folder (in cur/ and new/ at once) was
     * parsed twice: the first copy stays, unless it was skipped (a file
     * judged again takes the new verdict, or its message). */
    [Q_FILE_ADD] = "INSERT INTO file(folder_id, key, name, message_id, skip_reason, skip_ident)"
                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(folder_id, key) DO UPDATE SET"
                   " name=excluded.name, message_id=excluded.message_id, skip_reason=excluded.skip_reason,"
                   " skip_ident=excluded.skip_ident WHERE file.message_id IS NULL",
    [Q_MSG_GET] = "SELECT id FROM message WHERE msgid=?1",
    [Q_MSG_ADD] = "INSERT INTO message(msgid, synthetic_id, date_utc, tz_offset_min, date_source, from_addr,"
                  " from_name, subject, norm_subject, in_reply_to, auto_reason, body_chars, html_only,"
                  " size_bytes, warnings, first_run, lang, shout_ratio, exclaim_bursts)"
                  " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19)"
                  " ON CONFLICT(msgid) DO NOTHING",
    [Q_FILE_MAX] = "SELECT max(id) FROM file",
    [Q_SWEEP_LIST] = "SELECT id FROM file WHERE folder_id=?1 AND gone_run IS NULL AND id <= ?2",
    [Q_FILE_GONE] = "UPDATE file SET gone_run=?2 WHERE id=?1",
    [Q_SWEEP_MSGS] = "UPDATE message SET gone=1 WHERE gone=0 AND id IN (SELECT message_id FROM file"
                     " WHERE folder_id=?1 AND gone_run=?2) AND NOT EXISTS (SELECT 1 FROM file f"
                     " WHERE f.message_id=message.id AND f.gone_run IS NULL)",
    [Q_MSG_PRESENT] = "UPDATE message SET gone=0 WHERE id=?1 AND gone=1",
    /* Rows from before inodes were kept match on size and mtime. */
    [Q_INPUT_GET] = "SELECT size=?2 AND mtime_ns=?3 AND coalesce(ino=?4, 1) FROM input_file WHERE path=?1",
    [Q_INPUT_SET] = "INSERT INTO input_file(path, size, mtime_ns, kind, skip_reason, run_id, ino)"
                    " VALUES (?1,?2,?3,?4,?5,?6,?7) ON CONFLICT(path) DO UPDATE SET size=excluded.size,"
                    " mtime_ns=excluded.mtime_ns, kind=excluded.kind, skip_reason=excluded.skip_reason,"
                    " run_id=excluded.run_id, ino=excluded.ino",
    [Q_SKIPPED_LIST] = "SELECT key, name, skip_ident FROM file"
                       " WHERE folder_id=?1 AND message_id IS NULL AND gone_run IS NULL",
};


struct rf_mail_writer {
    rf_store_t *st;
    sqlite3_stmt *q[Q_COUNT];
    rf_batch_t *rcpt, *ref;  /* recipients and references, many rows a statement */
    /* The current sweep: files with ids up to sweep_max existed before it;
     * a bit per such id says it was listed. */
    gint64 sweep_max;
    guint8 *seen;
};

rf_mail_writer_t *
rf_mail_writer_new (rf_store_t *st, GError **err)
{
    rf_mail_writer_t *w = g_new0 (rf_mail_writer_t, 1);
    w->st = st;
    for (int i = 0; i < Q_COUNT; i++)
        if (!(w->q[i] = rf_store_prepare (st, sql[i], err)))
            goto fail;
    if (!(w->rcpt = rf_batch_new (st, "INSERT OR IGNORE INTO message_rcpt(message_id, kind, pos, addr)", 4, err))
        || !(w->ref = rf_batch_new (st, "INSERT OR IGNORE INTO message_ref(message_id, pos, ref_msgid)", 3, err)))
        goto fail;
    return w;
fail:
    rf_mail_writer_free (w);
    return NULL;
}

void
rf_mail_writer_free (rf_mail_writer_t *w)
{
    if (!w)
        return;
    for (int i = 0; i < Q_COUNT; i++)
        sqlite3_finalize (w->q[i]);
    rf_batch_free (w->rcpt);
    rf_batch_free (w->ref);
    g_free (w->seen);
    g_free (w);
}

/* Step a statement that returns no row; reset it; report failure. */
static gboolean
run (rf_mail_writer_t *w, int q, GError **err)
{
    int rc = sqlite3_step (w->q[q]);
    sqlite3_reset (w->q[q]);
    sqlite3_clear_bindings (w->q[q]);
    if (rc != SQLITE_DONE) {
        rf_store_set_error (w->st, err, sql[q]);
        return FALSE;
    }
    return TRUE;
}

static void
bind_text (sqlite3_stmt *s, int i, const char *v)
{
    if (v)
        sqlite3_bind_text (s, i, v, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null (s, i);
}

static gint64
column_or (sqlite3_stmt *s, int i, gint64 def)
{
    return sqlite3_column_type (s, i) == SQLITE_NULL ? def : sqlite3_column_int64 (s, i);
}

gboolean
rf_mail_folder_ensure (rf_mail_writer_t *w, const char *path, const char *name, const char *kind,
                       gboolean is_sent, rf_folder_state_t *out, GError **err)
{
    sqlite3_stmt *s = w->q[Q_FOLDER_GET];
    int rc;
    sqlite3_bind_text (s, 1, path, -1, SQLITE_STATIC);
    rc = sqlite3_step (s);
    if (rc == SQLITE_ROW) {
        out->id = sqlite3_column_int64 (s, 0);
        out->cur_mtime_ns = column_or (s, 1, -1);
        out->new_mtime_ns = column_or (s, 2, -1);
        out->present = sqlite3_column_int64 (s, 3);
    }
    sqlite3_reset (s);
    if (rc == SQLITE_ROW)
        return TRUE;
    if (rc != SQLITE_DONE) {
        rf_store_set_error (w->st, err, "looking up a folder");
        return FALSE;
    }
    s = w->q[Q_FOLDER_ADD];
    sqlite3_bind_text (s, 1, path, -1, SQLITE_STATIC);
    sqlite3_bind_text (s, 2, name, -1, SQLITE_STATIC);
    sqlite3_bind_text (s, 3, kind, -1, SQLITE_STATIC);
    sqlite3_bind_int (s, 4, is_sent ? 1 : 0);
    if (!run (w, Q_FOLDER_ADD, err))
        return FALSE;
    out->id = sqlite3_last_insert_rowid (w->st->db);
    out->cur_mtime_ns = out->new_mtime_ns = -1;
    out->present = 0;
    return TRUE;
}

gboolean
rf_mail_folder_set_mtimes (rf_mail_writer_t *w, gint64 folder_id, gint64 cur_ns, gint64 new_ns,
                           GError **err)
{
    sqlite3_stmt *s = w->q[Q_FOLDER_MTIMES];
    sqlite3_bind_int64 (s, 1, folder_id);
    sqlite3_bind_int64 (s, 2, cur_ns);
    sqlite3_bind_int64 (s, 3, new_ns);
    return run (w, Q_FOLDER_MTIMES, err);
}

gboolean
rf_mail_file_lookup (rf_mail_writer_t *w, gint64 folder_id, const char *key, rf_file_state_t *out,
                     GError **err)
{
    sqlite3_stmt *s = w->q[Q_FILE_GET];
    int rc;
    memset (out, 0, sizeof *out);
    sqlite3_bind_int64 (s, 1, folder_id);
    sqlite3_bind_text (s, 2, key, -1, SQLITE_STATIC);
    rc = sqlite3_step (s);
    if (rc == SQLITE_ROW) {
        out->id = sqlite3_column_int64 (s, 0);
        out->name = g_strdup ((const char *) sqlite3_column_text (s, 1));
        out->gone = sqlite3_column_int (s, 2);
        out->skipped = sqlite3_column_int (s, 3);
        out->skip_ident = g_strdup ((const char *) sqlite3_column_text (s, 4));
    }
    sqlite3_reset (s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        rf_store_set_error (w->st, err, "looking up a file");
        return FALSE;
    }
    return TRUE;
}

void
rf_file_state_clear (rf_file_state_t *f)
{
    g_free (f->name);
    g_free (f->skip_ident);
    f->name = f->skip_ident = NULL;
}

gboolean
rf_mail_file_seen (rf_mail_writer_t *w, const rf_file_state_t *f, const char *name, GError **err)
{
    if (f->gone) {
        sqlite3_bind_int64 (w->q[Q_MSG_REVIVE], 1, f->id);
        if (!run (w, Q_MSG_REVIVE, err))
            return FALSE;
    }
    if (g_strcmp0 (f->name, name) != 0) {
        sqlite3_bind_int64 (w->q[Q_FILE_RENAME], 1, f->id);
        sqlite3_bind_text (w->q[Q_FILE_RENAME], 2, name, -1, SQLITE_STATIC);
        if (!run (w, Q_FILE_RENAME, err))
            return FALSE;
    }
    if (f->gone) {
        sqlite3_bind_int64 (w->q[Q_FILE_REVIVE], 1, f->id);
        return run (w, Q_FILE_REVIVE, err);
    }
    return TRUE;
}

gboolean
rf_mail_file_add (rf_mail_writer_t *w, gint64 folder_id, const char *key, const char *name,
                  gint64 message_rowid, const char *skip_reason, const char *skip_ident, GError **err)
{
    sqlite3_stmt *s = w->q[Q_FILE_ADD];
    sqlite3_bind_int64 (s, 1, folder_id);
    sqlite3_bind_text (s, 2, key, -1, SQLITE_STATIC);
    sqlite3_bind_text (s, 3, name, -1, SQLITE_STATIC);
    if (message_rowid > 0)
        sqlite3_bind_int64 (s, 4, message_rowid);
    else
        sqlite3_bind_null (s, 4);
    bind_text (s, 5, skip_reason);
    bind_text (s, 6, skip_reason ? skip_ident : NULL);
    return run (w, Q_FILE_ADD, err);
}

static gboolean
store_addresses (rf_mail_writer_t *w, gint64 rowid, const char *kind, GPtrArray *list, GError **err)
{
    for (guint i = 0; i < list->len; i++) {
        rf_batch_int (w->rcpt, 0, rowid);
        rf_batch_text (w->rcpt, 1, kind);
        rf_batch_int (w->rcpt, 2, i);
        rf_batch_text (w->rcpt, 3, list->pdata[i]);
        if (!rf_batch_row_done (w->rcpt, err))
            return FALSE;
    }
    return TRUE;
}

gboolean
rf_mail_writer_flush (rf_mail_writer_t *w, GError **err)
{
    return rf_batch_flush (w->rcpt, err) && rf_batch_flush (w->ref, err);
}

static const char *
date_source_name (rf_date_source_t s)
{
    return s == RF_DATE_HEADER ? "header" : s == RF_DATE_RECEIVED ? "received" : "none";
}

gboolean
rf_mail_store_record (rf_mail_writer_t *w, const rf_mail_record_t *r, gint64 *rowid,
                      gboolean *is_new, GError **err)
{
    sqlite3_stmt *s;
    int rc;

    /* Most messages are new: insert, and look the row up only when the
     * Message-ID is already there (one seek in the msgid index, not two). */
    s = w->q[Q_MSG_ADD];
    sqlite3_bind_text (s, 1, r->message_id, -1, SQLITE_STATIC);
    sqlite3_bind_int (s, 2, r->synthetic_id);
    if (r->date_source != RF_DATE_NONE) {
        sqlite3_bind_int64 (s, 3, r->date_utc);
        sqlite3_bind_int (s, 4, r->tz_offset_min);
    }
    sqlite3_bind_text (s, 5, date_source_name (r->date_source), -1, SQLITE_STATIC);
    bind_text (s, 6, r->from_addr);
    bind_text (s, 7, r->from_name);
    bind_text (s, 8, r->subject);
    bind_text (s, 9, r->norm_subject);
    bind_text (s, 10, r->in_reply_to);
    bind_text (s, 11, r->auto_reason);
    sqlite3_bind_int64 (s, 12, r->body_chars);
    sqlite3_bind_int (s, 13, r->html_only);
    sqlite3_bind_int64 (s, 14, r->size_bytes);
    bind_text (s, 15, r->warnings);
    sqlite3_bind_int64 (s, 16, w->st->run_id);
    bind_text (s, 17, r->lang);
    sqlite3_bind_double (s, 18, r->shout_ratio);
    sqlite3_bind_int (s, 19, r->exclaim_bursts);
    if (!run (w, Q_MSG_ADD, err))
        return FALSE;
    *is_new = sqlite3_changes (w->st->db) > 0;
    if (!*is_new) {
        s = w->q[Q_MSG_GET];
        sqlite3_bind_text (s, 1, r->message_id, -1, SQLITE_STATIC);
        rc = sqlite3_step (s);
        if (rc == SQLITE_ROW)
            *rowid = sqlite3_column_int64 (s, 0);
        sqlite3_reset (s);
        if (rc != SQLITE_ROW) {
            rf_store_set_error (w->st, err, "looking up a message");
            return FALSE;
        }
        /* A new copy of a message whose files had all gone brings it back. */
        sqlite3_bind_int64 (w->q[Q_MSG_PRESENT], 1, *rowid);
        return run (w, Q_MSG_PRESENT, err);
    }
    *rowid = sqlite3_last_insert_rowid (w->st->db);
    if (!store_addresses (w, *rowid, "to", r->to, err) || !store_addresses (w, *rowid, "cc", r->cc, err))
        return FALSE;
    for (guint i = 0; i < r->references->len; i++) {
        rf_batch_int (w->ref, 0, *rowid);
        rf_batch_int (w->ref, 1, i);
        rf_batch_text (w->ref, 2, r->references->pdata[i]);
        if (!rf_batch_row_done (w->ref, err))
            return FALSE;
    }
    return TRUE;
}

gboolean
rf_mail_indexes_ensure (rf_store_t *st, GError **err)
{
    /* Building an index sorts every message: within the small budget. */
    gboolean ok = rf_store_small_sorts (st, TRUE, err) && rf_store_exec (st, rf_schema_mail_bulk_indexes_sql, err);
    return rf_store_small_sorts (st, FALSE, ok ? err : NULL) && ok;
}

gboolean
rf_mail_bulk_begin (rf_mail_writer_t *w, gboolean *bulk, GError **err)
{
    *bulk = rf_store_query_int (w->st, "SELECT count(*) FROM (SELECT 1 FROM message LIMIT 1)", 1) == 0;
    if (!*bulk)
        return TRUE;
    return rf_store_exec (w->st, "DROP INDEX IF EXISTS message_date; DROP INDEX IF EXISTS message_subject;"
                                 " DROP INDEX IF EXISTS message_reply_to; DROP INDEX IF EXISTS message_ref_msgid;"
                                 " DROP INDEX IF EXISTS message_msgid_date;",
                          err);
}

gboolean
rf_mail_sweep_begin (rf_mail_writer_t *w, GError **err)
{
    sqlite3_stmt *s = w->q[Q_FILE_MAX];
    int rc = sqlite3_step (s);
    w->sweep_max = rc == SQLITE_ROW ? sqlite3_column_int64 (s, 0) : 0;
    sqlite3_reset (s);
    if (rc != SQLITE_ROW) {
        rf_store_set_error (w->st, err, "starting a sweep");
        return FALSE;
    }
    g_free (w->seen);
    w->seen = g_malloc0 ((gsize) w->sweep_max / 8 + 1);
    return TRUE;
}

static gboolean
was_listed (const rf_mail_writer_t *w, gint64 file_id)
{
    return (w->seen[file_id / 8] >> (file_id % 8)) & 1;
}

gboolean
rf_mail_sweep_note (rf_mail_writer_t *w, gint64 file_id)
{
    if (!w->seen || file_id <= 0 || file_id > w->sweep_max || was_listed (w, file_id))
        return FALSE;
    w->seen[file_id / 8] |= (guint8) (1u << (file_id % 8));
    return TRUE;
}

/* The vanished files: present before the sweep, not listed by it. */
static gboolean
mark_vanished (rf_mail_writer_t *w, gint64 folder_id, gint64 *gone, GError **err)
{
    GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    sqlite3_stmt *s = w->q[Q_SWEEP_LIST];
    gboolean ok = TRUE;
    int rc;
    sqlite3_bind_int64 (s, 1, folder_id);
    sqlite3_bind_int64 (s, 2, w->sweep_max);
    while ((rc = sqlite3_step (s)) == SQLITE_ROW) {
        gint64 id = sqlite3_column_int64 (s, 0);
        if (!was_listed (w, id))
            g_array_append_val (ids, id);
    }
    sqlite3_reset (s);
    if (rc != SQLITE_DONE) {
        rf_store_set_error (w->st, err, "listing the files of a folder");
        ok = FALSE;
    }
    for (guint i = 0; ok && i < ids->len; i++) {
        sqlite3_bind_int64 (w->q[Q_FILE_GONE], 1, g_array_index (ids, gint64, i));
        sqlite3_bind_int64 (w->q[Q_FILE_GONE], 2, w->st->run_id);
        ok = run (w, Q_FILE_GONE, err);
    }
    *gone = ids->len;
    g_array_unref (ids);
    return ok;
}

gboolean
rf_mail_sweep_end (rf_mail_writer_t *w, gint64 folder_id, gboolean any_missing, gint64 *gone,
                   GError **err)
{
    sqlite3_stmt *s = w->q[Q_SWEEP_MSGS];
    gboolean ok = TRUE;
    *gone = 0;
    if (any_missing)
        ok = mark_vanished (w, folder_id, gone, err);
    g_free (w->seen);
    w->seen = NULL;
    if (!ok || *gone == 0)
        return ok;
    sqlite3_bind_int64 (s, 1, folder_id);
    sqlite3_bind_int64 (s, 2, w->st->run_id);
    return run (w, Q_SWEEP_MSGS, err);
}

gboolean
rf_input_file_unchanged (rf_mail_writer_t *w, const char *path, gint64 size, gint64 mtime_ns,
                         gint64 ino, gboolean *unchanged, GError **err)
{
    sqlite3_stmt *s = w->q[Q_INPUT_GET];
    int rc;
    sqlite3_bind_text (s, 1, path, -1, SQLITE_STATIC);
    sqlite3_bind_int64 (s, 2, size);
    sqlite3_bind_int64 (s, 3, mtime_ns);
    sqlite3_bind_int64 (s, 4, ino);
    rc = sqlite3_step (s);
    *unchanged = rc == SQLITE_ROW && sqlite3_column_int (s, 0);
    sqlite3_reset (s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        rf_store_set_error (w->st, err, "looking up an input file");
        return FALSE;
    }
    return TRUE;
}

gboolean
rf_input_file_record (rf_mail_writer_t *w, const char *path, gint64 size, gint64 mtime_ns, gint64 ino,
                      const char *kind, const char *skip_reason, GError **err)
{
    sqlite3_stmt *s = w->q[Q_INPUT_SET];
    sqlite3_bind_text (s, 1, path, -1, SQLITE_STATIC);
    sqlite3_bind_int64 (s, 2, size);
    sqlite3_bind_int64 (s, 3, mtime_ns);
    sqlite3_bind_text (s, 4, kind, -1, SQLITE_STATIC);
    bind_text (s, 5, skip_reason);
    sqlite3_bind_int64 (s, 6, w->st->run_id);
    sqlite3_bind_int64 (s, 7, ino);
    return run (w, Q_INPUT_SET, err);
}

gboolean
rf_mail_skipped_files (rf_mail_writer_t *w, gint64 folder_id, rf_skipped_cb cb, gpointer data,
                       GError **err)
{
    sqlite3_stmt *s = w->q[Q_SKIPPED_LIST];
    GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
    gboolean ok = TRUE;
    int rc;
    /* Collected first: the callback may write to the file table. */
    sqlite3_bind_int64 (s, 1, folder_id);
    while ((rc = sqlite3_step (s)) == SQLITE_ROW)
        for (int c = 0; c < 3; c++)
            g_ptr_array_add (rows, g_strdup ((const char *) sqlite3_column_text (s, c)));
    sqlite3_reset (s);
    if (rc != SQLITE_DONE) {
        rf_store_set_error (w->st, err, "listing the skipped files of a folder");
        ok = FALSE;
    }
    for (guint i = 0; ok && i + 2 < rows->len; i += 3)
        ok = cb (rows->pdata[i], rows->pdata[i + 1], rows->pdata[i + 2], data);
    g_ptr_array_unref (rows);
    return ok;
}
