/* scan_mbox.c - an mbox file: split here, streaming, and each entry read
 * and parsed by the parsers like a Maildir file. Memory stays small
 * whatever the file holds, an entry over max_message_mb is skipped
 * unread, and an entry that kills a parser costs only itself. Entries are
 * known by Message-ID, so a re-read mbox stores only what is new. */
#include "config.h"
#include "pipeline/scan_p.h"
#include "mail/mbox_read.h"
#include "base/util.h"

typedef struct {
    scan_t *s;
    gint64 folder_id;
    const char *path;
    GError **err;
    gboolean ok;
} mbox_ctx_t;

static gboolean
on_entry (gint64 offset, gint64 length, gpointer data)
{
    mbox_ctx_t *m = data;
    scan_t *s = m->s;
    gint64 max = s->opts->cfg->max_message_bytes;

    s->c->seen++;
    if (length > max) {
        char *where = g_strdup_printf ("%s (message at byte %" G_GINT64_FORMAT ")", m->path, offset);
        char *why = g_strdup_printf ("larger than %" G_GINT64_FORMAT " MiB (max_message_mb)", max / (1024 * 1024));
        m->ok = rf_scan_skip (s, where, "mail", why, m->err) && rf_scan_maybe_commit (s, FALSE, m->err);
        g_free (why);
        g_free (where);
        return m->ok;
    }
    m->ok = rf_scan_queue (s, rf_parse_job_new_entry (m->folder_id, m->path, offset, length), m->err);
    return m->ok;
}

gboolean
rf_scan_store_entry (scan_t *s, const rf_parse_job_t *job, const rf_parse_result_t *res, GError **err)
{
    rf_file_state_t f;
    gboolean ok;

    if (res->status != RF_PARSE_OK) {
        const char *reason = res->reason ? res->reason : rf_parse_status_to_string (res->status);
        char *where = g_strdup_printf ("%s (message at byte %s)", res->path, job->name);
        ok = rf_scan_skip (s, where, "mail", reason, err);
        g_free (where);
        return ok;
    }
    ok = rf_mail_file_lookup (s->w, job->folder_id, res->record->message_id, &f, err);
    if (ok && f.id) {
        if (rf_mail_sweep_note (s->w, f.id) && !f.gone)
            s->listed_present++;
        s->c->unchanged++;
        ok = rf_mail_file_seen (s->w, &f, job->name, err) && (!f.gone || rf_scan_mark_changed (s, err));
    } else if (ok) {
        s->c->parsed++;
        ok = rf_scan_store_parsed (s, job->folder_id, res->record->message_id, job->name, res, err);
    }
    rf_file_state_clear (&f);
    return ok;
}

gboolean
rf_scan_mbox (scan_t *s, const rf_input_t *in, GError **err)
{
    rf_folder_state_t f;
    mbox_ctx_t m = { s, 0, in->path, err, TRUE };
    gint64 gone = 0, unread = s->retry_later;
    GError *read_err = NULL;

    if (!rf_mail_folder_ensure (s->w, in->path, in->name, "mbox", in->is_sent, &f, err)
        || !rf_mail_sweep_begin (s->w, err))
        return FALSE;
    s->phase = in->name;
    s->listed_present = 0;
    s->entry_failed = FALSE;
    m.folder_id = f.id;
    if (!rf_mbox_split (in->path, on_entry, &m, &read_err)) {
        char *why = g_strdup_printf ("cannot read: %s", read_err->message);
        rf_scan_read_later (s, in->path, why);
        g_free (why);
        g_error_free (read_err);
    }
    if (!m.ok || !rf_scan_drain (s, err))
        return FALSE;
    /* Entries not seen are gone only when the whole file was read. */
    if (s->retry_later > unread)
        return TRUE;
    if (!rf_mail_sweep_end (s->w, f.id, s->listed_present < f.present, &gone, err)
        || (gone && !rf_scan_mark_changed (s, err)))
        return FALSE;
    s->c->gone += gone;
    return TRUE;
}
