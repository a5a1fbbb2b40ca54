/* scan_maildir.c - list a Maildir's cur/ and new/ against the database.
 *
 * A mail client works on the folder while we list it: it moves new/X to
 * cur/X:2,S when the message is seen, renames cur/ files when flags
 * change. A file listed under one name may be gone when a parser opens it.
 * That is no verdict on the file: the folder is listed again (up to
 * MAX_LISTINGS times) until it holds still, which finds moved files under
 * their new names. A folder is marked done (its directory mtimes saved, so
 * the next run need not list it) only when the listing saw it hold still,
 * every file was read, and its mtimes are old enough that a later change
 * cannot hide in the same clock tick. */
#include "config.h"
#include "pipeline/scan_p.h"
#include "pipeline/mail_read.h"
#include "base/util.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_LISTINGS 4
/* Directory mtimes this close to the time they were read are not trusted:
 * file systems stamp changes with a coarse clock. */
#define RACY_NS (G_GINT64_CONSTANT (2) * 1000000000)

static gint64
subdir_mtime (const char *path, const char *sub)
{
    char *p = g_build_filename (path, sub, NULL);
    struct stat sb;
    gint64 t = stat (p, &sb) == 0 ? (gint64) sb.st_mtim.tv_sec * 1000000000 + sb.st_mtim.tv_nsec : -1;
    g_free (p);
    return t;
}

/* A file that could not be read earlier in this run: a vanished one is
 * looked for again, an unreadable one waits for the next run. */
static gboolean
failed_before (const scan_t *s, const char *key, gboolean *vanished)
{
    gpointer e;
    *vanished = FALSE;
    if (!g_hash_table_lookup_extended (s->failed, key, NULL, &e))
        return FALSE;
    *vanished = GPOINTER_TO_INT (e) == ENOENT;
    return TRUE;
}

/* A file judged not mail is judged again when it changed since (size,
 * mtime, inode), was renamed, or was judged before identities were kept. */
static gboolean
judge_again (const rf_file_state_t *f, const char *name, const char *path)
{
    struct stat sb;
    char *ident;
    gboolean changed;
    if (!f->skipped)
        return FALSE;
    if (!f->skip_ident || g_strcmp0 (f->name, name) != 0)
        return TRUE;
    if (stat (path, &sb) != 0)
        return FALSE;
    ident = rf_file_ident (&sb);
    changed = strcmp (ident, f->skip_ident) != 0;
    g_free (ident);
    return changed;
}

/* A file the database knows: note it present, record a new name. */
static gboolean
known_file (scan_t *s, const rf_file_state_t *f, const char *name, GError **err)
{
    gboolean renamed = g_strcmp0 (f->name, name) != 0;
    if (rf_mail_sweep_note (s->w, f->id) && !f->gone)
        s->listed_present++;
    if (!s->relisting) {
        s->c->seen++;
        if (renamed)
            s->c->renamed++;
        else
            s->c->unchanged++;
    }
    /* Only what writes counts towards a batch, and a rename little:
     * listing is cheap to redo, and commits rewrite the pages. */
    if (f->gone || renamed)
        s->work_in_txn++;
    return rf_mail_file_seen (s->w, f, name, err) && (!f->gone || rf_scan_mark_changed (s, err));
}

/* A file read before, under the same name, present: noted as listed, and
 * nothing else to do (known_file without the database). */
static void
known_unchanged (scan_t *s, gint64 id)
{
    if (rf_mail_sweep_note (s->w, id))
        s->listed_present++;
    if (!s->relisting) {
        s->c->seen++;
        s->c->unchanged++;
    }
}

/* One directory entry: known files are handled at once, new ones (and
 * ones to judge again) queued for the parsers. */
static gboolean
list_entry (scan_t *s, gint64 folder_id, const char *dir, const char *sub, const char *e, GError **err)
{
    char *key = rf_maildir_key (e), *name = g_strconcat (sub, "/", e, NULL), *path;
    gint64 known = s->opts->full_check ? 0 : rf_known_files_find (s->known, key, name);
    rf_file_state_t f;
    gboolean ok, vanished = FALSE, parse;

    if (known) {
        known_unchanged (s, known);
        g_free (key);
        g_free (name);
        return TRUE;
    }
    path = g_build_filename (dir, e, NULL);
    ok = rf_mail_file_lookup (s->w, folder_id, key, &f, err);

    /* A full check reads known files too, once per run: their content may
     * have been rewritten under the same name. */
    parse = ok && (!f.id || judge_again (&f, name, path) || (s->opts->full_check && !s->relisting));
    if (ok && f.id)
        ok = known_file (s, &f, name, err);
    /* Unreadable earlier in this run: not tried again before the next. */
    if (parse && failed_before (s, key, &vanished) && !vanished)
        parse = FALSE;
    if (ok && parse) {
        if (!f.id && !vanished)
            s->c->seen++;
        ok = rf_scan_queue (s, rf_parse_job_new (folder_id, key, name, path), err);
        path = NULL;
    }
    rf_file_state_clear (&f);
    g_free (path);
    g_free (key);
    g_free (name);
    return ok;
}

/* List one of cur/ or new/. One that exists but cannot be listed is no
 * news about its files: none is marked gone, and the folder is listed
 * again next run. */
static gboolean
list_subdir (scan_t *s, const rf_input_t *in, gint64 folder_id, const char *sub, gboolean *complete,
             GError **err)
{
    char *dir = g_build_filename (in->path, sub, NULL);
    GError *open_err = NULL;
    GDir *d = NULL;
    const char *e;
    gboolean ok = TRUE;

    if (rf_mail_read_test_denied (dir))
        g_set_error (&open_err, G_FILE_ERROR, G_FILE_ERROR_ACCES, "%s", g_strerror (EACCES));
    else
        d = g_dir_open (dir, 0, &open_err);

    if (!d && !g_error_matches (open_err, G_FILE_ERROR, G_FILE_ERROR_NOENT)) {
        char *why = g_strdup_printf ("cannot list: %s", open_err->message);
        rf_scan_read_later (s, dir, why);
        *complete = FALSE;
        g_free (why);
    }
    g_clear_error (&open_err);
    while (ok && d && (e = g_dir_read_name (d)))
        if (e[0] != '.')
            ok = list_entry (s, folder_id, dir, sub, e, err) && rf_scan_maybe_commit (s, FALSE, err);
    if (d)
        g_dir_close (d);
    g_free (dir);
    return ok;
}

/* List cur/ and new/, again while files moved during the listing. Each
 * listing starts a sweep, so the last one alone says which files are gone
 * (a file listed once and deleted before the next listing is gone). On
 * return *cur_t and *new_t are the mtimes the last listing started from,
 * *read_at when they were read, *settled whether the folder held still
 * during it, and *f the folder's state (its files present) when it started. */
static gboolean
list_until_settled (scan_t *s, const rf_input_t *in, gint64 *cur_t, gint64 *new_t, gint64 *read_at,
                    gboolean *settled, rf_folder_state_t *f, GError **err)
{
    gboolean ok = TRUE, complete = TRUE;
    *settled = FALSE;
    for (int round = 0; ok && round < MAX_LISTINGS && !*settled; round++) {
        gint64 cur_before = subdir_mtime (in->path, "cur"), new_before = subdir_mtime (in->path, "new");
        *read_at = g_get_real_time () * 1000;
        s->relisting = round > 0;
        s->vanished = 0;
        s->listed_present = 0;
        ok = rf_mail_folder_ensure (s->w, in->path, in->name, "maildir", in->is_sent, f, err)
             && rf_mail_sweep_begin (s->w, err) && list_subdir (s, in, f->id, "cur", &complete, err)
             && list_subdir (s, in, f->id, "new", &complete, err) && rf_scan_drain (s, err);
        /* Listing again would fail again: the files present stay so. */
        if (!complete) {
            s->listed_present = f->present;
            break;
        }
        *settled = s->vanished == 0 && subdir_mtime (in->path, "cur") == cur_before
                   && subdir_mtime (in->path, "new") == new_before;
        *cur_t = cur_before;
        *new_t = new_before;
    }
    s->relisting = FALSE;
    return ok;
}

static gboolean
racy (gint64 mtime, gint64 read_at)
{
    return mtime >= 0 && read_at - mtime < RACY_NS;
}

typedef struct {
    scan_t *s;
    const rf_input_t *in;
    gint64 folder_id;
    GError **err;
    gboolean ok;
} recheck_t;

static gboolean
recheck_one (const char *key, const char *name, const char *ident, gpointer data)
{
    recheck_t *r = data;
    char *path = g_build_filename (r->in->path, name, NULL), *now = NULL;
    struct stat sb;
    if (stat (path, &sb) == 0)
        now = rf_file_ident (&sb);
    if (now && g_strcmp0 (now, ident) != 0) {
        r->ok = rf_scan_queue (r->s, rf_parse_job_new (r->folder_id, key, name, path), r->err);
        path = NULL;
    }
    g_free (now);
    g_free (path);
    return r->ok;
}

/* In a folder that did not change, the files judged not mail whose content
 * changed (touched, rewritten in place) are judged again. */
static gboolean
recheck_skipped (scan_t *s, const rf_input_t *in, gint64 folder_id, GError **err)
{
    recheck_t r = { s, in, folder_id, err, TRUE };
    return rf_mail_skipped_files (s->w, folder_id, recheck_one, &r, err) && r.ok && rf_scan_drain (s, err);
}

gboolean
rf_scan_maildir (scan_t *s, const rf_input_t *in, GError **err)
{
    rf_folder_state_t f;
    gint64 cur_t, new_t, read_at = 0, gone = 0, unread = s->retry_later;
    gboolean ok, settled = FALSE;

    if (!rf_mail_folder_ensure (s->w, in->path, in->name, "maildir", in->is_sent, &f, err))
        return FALSE;
    cur_t = subdir_mtime (in->path, "cur");
    new_t = subdir_mtime (in->path, "new");
    if (cur_t == f.cur_mtime_ns && new_t == f.new_mtime_ns && !s->opts->full_check) {
        s->c->seen += f.present;
        s->c->unchanged += f.present;
        return recheck_skipped (s, in, f.id, err);
    }
    s->phase = in->name;
    s->failed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    /* A folder listed again is mostly files read before: they are found
     * in memory instead of one query each (a third of a nightly run). */
    ok = (s->known = rf_known_files_load (s->st, f.id, err)) != NULL
         && list_until_settled (s, in, &cur_t, &new_t, &read_at, &settled, &f, err)
         && rf_mail_sweep_end (s->w, f.id, s->listed_present < f.present, &gone, err)
         && (!gone || rf_scan_mark_changed (s, err));
    g_clear_pointer (&s->known, rf_known_files_free);
    g_clear_pointer (&s->failed, g_hash_table_unref);
    if (!ok)
        return FALSE;
    s->c->gone += gone;
    if (!settled || s->retry_later > unread || racy (cur_t, read_at) || racy (new_t, read_at))
        cur_t = new_t = -1;
    return rf_mail_folder_set_mtimes (s->w, f.id, cur_t, new_t, err) && rf_scan_maybe_commit (s, FALSE, err);
}
