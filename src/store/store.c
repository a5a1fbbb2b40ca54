/* store.c - open, lock and migrate the database; run records. */
#include "config.h"
#include "store/store.h"
#include "store/schema.h"
#include "base/util.h"

#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

G_DEFINE_QUARK (rf-store, rf_store_error)

#define CACHE_KIB -8192       /* the page cache, in KiB when negative */
#define SORT_CACHE_KIB -2048  /* the same while a big sort starts */

static const char *const *
schema_steps (int *n)
{
    static const char *steps[16];
    steps[0] = rf_schema_core_sql;
    steps[1] = rf_schema_mail_sql;
    steps[2] = rf_schema_money_sql;
    steps[3] = rf_schema_markers_sql;
    steps[4] = rf_schema_findings_sql;
    steps[5] = rf_schema_mail_2_sql;
    steps[6] = rf_schema_mail_3_sql;
    steps[7] = rf_schema_mail_4_sql;
    steps[8] = rf_schema_mail_5_sql;
    steps[9] = rf_schema_markers_2_sql;
    steps[10] = rf_schema_money_2_sql;
    steps[11] = rf_schema_mail_6_sql;
    steps[12] = rf_schema_findings_2_sql;
    steps[13] = rf_schema_money_3_sql;
    steps[14] = rf_schema_mail_7_sql;
    steps[15] = rf_schema_mail_8_sql;
    *n = (int) G_N_ELEMENTS (steps);
    return steps;
}

int
rf_store_schema_version (void)
{
    int n;
    schema_steps (&n);
    return n;
}

void
rf_store_set_error (rf_store_t *st, GError **err, const char *what)
{
    g_set_error (err, RF_STORE_ERROR, RF_STORE_ERR_SQL, "%s: %s: %s",
                 st->path, what, sqlite3_errmsg (st->db));
}

gboolean
rf_store_exec (rf_store_t *st, const char *sql, GError **err)
{
    char *msg = NULL;
    if (sqlite3_exec (st->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        g_set_error (err, RF_STORE_ERROR, RF_STORE_ERR_SQL, "%s: %s", st->path,
                     msg ? msg : "SQL error");
        sqlite3_free (msg);
        return FALSE;
    }
    return TRUE;
}

sqlite3_stmt *
rf_store_prepare (rf_store_t *st, const char *sql, GError **err)
{
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v3 (st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, NULL) != SQLITE_OK) {
        rf_store_set_error (st, err, "prepare");
        return NULL;
    }
    return s;
}

gboolean
rf_store_begin (rf_store_t *st, GError **err)
{
    return rf_store_exec (st, "BEGIN IMMEDIATE", err);
}

gboolean
rf_store_commit (rf_store_t *st, GError **err)
{
    return rf_store_exec (st, "COMMIT", err);
}

void
rf_store_rollback (rf_store_t *st)
{
    if (!sqlite3_get_autocommit (st->db))
        sqlite3_exec (st->db, "ROLLBACK", NULL, NULL, NULL);
}

gboolean
rf_store_query_value (rf_store_t *st, const char *sql, gint64 def, gint64 *out, GError **err)
{
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2 (st->db, sql, -1, &s, NULL);
    *out = def;
    if (rc == SQLITE_OK && (rc = sqlite3_step (s)) == SQLITE_ROW && sqlite3_column_type (s, 0) != SQLITE_NULL)
        *out = sqlite3_column_int64 (s, 0);
    if (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE) {
        rf_store_set_error (st, err, sql);
        sqlite3_finalize (s);
        return FALSE;
    }
    sqlite3_finalize (s);
    return TRUE;
}

gint64
rf_store_query_int (rf_store_t *st, const char *sql, gint64 def)
{
    GError *err = NULL;
    gint64 v;
    if (!rf_store_query_value (st, sql, def, &v, &err)) {
        rf_warn ("%s", err->message);
        g_error_free (err);
    }
    return v;
}

/* A path that does not exist (yet): its directory resolved, or failing
 * that, the path made absolute without "." and "..". */
static char *
resolve_missing (const char *path)
{
    char *dir = g_path_get_dirname (path), *base = g_path_get_basename (path);
    char *rdir = realpath (dir, NULL);
    char *out = rdir ? g_build_filename (rdir, base, NULL) : g_canonicalize_filename (path, NULL);
    free (rdir);
    g_free (dir);
    g_free (base);
    return out;
}

char *
rf_store_real_path (const char *path)
{
    char *cur = g_strdup (path), *out = NULL;
    /* As many links as the kernel follows (MAXSYMLINKS). */
    for (int hops = 0; !out && hops < 40; hops++) {
        char *real = realpath (cur, NULL), target[PATH_MAX], *dir;
        ssize_t n;
        if (real) {
            out = g_strdup (real);
            free (real);
            break;
        }
        /* A link to a database not created yet: follow it by hand. */
        if ((n = readlink (cur, target, sizeof target - 1)) < 0) {
            out = resolve_missing (cur);
            break;
        }
        target[n] = '\0';
        dir = g_path_get_dirname (cur);
        g_free (cur);
        cur = g_path_is_absolute (target) ? g_strdup (target) : g_build_filename (dir, target, NULL);
        g_free (dir);
    }
    if (!out)
        out = g_canonicalize_filename (path, NULL);
    g_free (cur);
    return out;
}

/* The run lock is an flock() on "<db>.lock": the kernel releases it when
 * the process dies, so a killed run never leaves a stale lock behind. The
 * lock sits beside the file the path finally names, so two paths to one
 * database (a symbolic link, another directory's "..") take one lock. */
static gboolean
take_lock (rf_store_t *st, GError **err)
{
    char *real = rf_store_real_path (st->path);
    char *lock_path = g_strconcat (real, ".lock", NULL);
    g_free (real);
    st->lock_fd = open (lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (st->lock_fd < 0) {
        g_set_error (err, RF_STORE_ERROR, RF_STORE_ERR_SQL, "%s: cannot create lock file: %s",
                     lock_path, g_strerror (errno));
        g_free (lock_path);
        return FALSE;
    }
    if (flock (st->lock_fd, LOCK_EX | LOCK_NB) != 0) {
        g_set_error (err, RF_STORE_ERROR, RF_STORE_ERR_LOCKED,
                     "%s: another redflag run is using this database; "
                     "wait for it to finish, or use another --db", st->path);
        g_free (lock_path);
        return FALSE;
    }
    g_free (lock_path);
    return TRUE;
}

/* Bring a database at schema version have up to ours, one step per
 * transaction. */
static gboolean
migrate (rf_store_t *st, int have, GError **err)
{
    int n;
    const char *const *steps = schema_steps (&n);
    char pragma[64];

    for (int k = have; k < n; k++) {
        g_snprintf (pragma, sizeof pragma, "PRAGMA user_version=%d", k + 1);
        if (!rf_store_begin (st, err))
            return FALSE;
        if (!rf_store_exec (st, steps[k], err) || !rf_store_exec (st, pragma, err)) {
            rf_store_rollback (st);
            return FALSE;
        }
        if (!rf_store_commit (st, err))
            return FALSE;
    }
    return TRUE;
}

/* ---- What is at the database path, said plainly and with what to do,
 * before and after SQLite is asked. */

#define RESTORE_HINT "restore it from a backup, or build a new one from the mail with 'redflag scan --db NEW.db'"

static gboolean store_fail (GError **err, int code, const char *fmt, ...) RF_ATTR_PRINTF (3, 4);

static gboolean
store_fail (GError **err, int code, const char *fmt, ...)
{
    va_list ap;
    char *msg;
    va_start (ap, fmt);
    msg = g_strdup_vprintf (fmt, ap);
    va_end (ap);
    g_set_error_literal (err, RF_STORE_ERROR, code, msg);
    g_free (msg);
    return FALSE;
}

/* The size the header of an SQLite file announces (page size times page
 * count), or 0 when it does not say. */
static gint64
header_size (const guint8 h[100])
{
    guint32 page = ((guint32) h[16] << 8) | h[17];
    guint32 pages = ((guint32) h[28] << 24) | ((guint32) h[29] << 16) | ((guint32) h[30] << 8) | h[31];
    /* The count is kept up to date only when these two counters agree. */
    if (memcmp (h + 24, h + 92, 4) != 0)
        return 0;
    return (gint64) (page == 1 ? 65536 : page) * pages;
}

/* TRUE when a write-ahead log with content lies beside the database: the
 * database file alone may then be shorter than its header says. */
static gboolean
wal_has_content (const char *path)
{
    char *wal = g_strconcat (path, "-wal", NULL);
    struct stat sb;
    gboolean yes = stat (wal, &sb) == 0 && sb.st_size > 0;
    g_free (wal);
    return yes;
}

/* The first bytes of the file (up to 100, the SQLite header); -1 when it
 * cannot be read. */
static gssize
read_head (const char *path, guint8 head[100])
{
    int fd = open (path, O_RDONLY | O_CLOEXEC);
    gssize got = 0, k;
    if (fd < 0)
        return -1;
    while (got < 100 && ((k = read (fd, head + got, (gsize) (100 - got))) > 0 || (k < 0 && errno == EINTR)))
        got += k > 0 ? k : 0;
    close (fd);
    return got;
}

/* The contents of an existing, non-empty file: an SQLite database, whole. */
static gboolean
check_contents (const char *path, const struct stat *sb, GError **err)
{
    guint8 head[100];
    gssize got = read_head (path, head);
    gint64 announced;
    if (got < 0)
        return store_fail (err, RF_STORE_ERR_SQL, "%s: cannot read the database: %s; check the permissions of "
                           "the file", path, g_strerror (errno));
    if (got < 16 || memcmp (head, "SQLite format 3", 16) != 0)
        return store_fail (err, RF_STORE_ERR_SQL, "%s: not an SQLite database (it does not start with the "
                           "SQLite header), so not a redflag database; name the right file with --db", path);
    announced = got < 100 ? 100 : header_size (head);
    if (announced > sb->st_size && !wal_has_content (path))
        return store_fail (err, RF_STORE_ERR_SQL, "%s: the database is truncated: %" G_GINT64_FORMAT " bytes of "
                           "the %" G_GINT64_FORMAT " its header announces (a copy cut short, or a full disk); "
                           RESTORE_HINT, path, (gint64) sb->st_size, announced);
    return TRUE;
}

/* Before SQLite sees the path: refuse what cannot be a database. *absent:
 * nothing there yet (a writer creates it). */
static gboolean
check_file (const char *path, rf_store_mode_t mode, gboolean *absent, GError **err)
{
    struct stat sb;
    *absent = FALSE;
    if (stat (path, &sb) != 0) {
        if (errno == ENOENT && mode == RF_STORE_WRITE)
            return *absent = TRUE;
        if (errno == ENOENT)
            return store_fail (err, RF_STORE_ERR_MISSING, "%s: no such database; run 'redflag scan' first, "
                               "or name it with --db", path);
        return store_fail (err, RF_STORE_ERR_SQL, "%s: cannot reach the database: %s", path, g_strerror (errno));
    }
    if (!S_ISREG (sb.st_mode))
        return store_fail (err, RF_STORE_ERR_SQL, "%s: %s, not a database file; name the database with --db", path,
                           S_ISDIR (sb.st_mode) ? "a directory" : "not a regular file");
    /* An empty file is a new database to a writer (SQLite fills it). */
    if (sb.st_size == 0 && mode == RF_STORE_READ)
        return store_fail (err, RF_STORE_ERR_MISSING, "%s: an empty file (0 bytes), not a redflag database yet; "
                           "run 'redflag scan --db %s' to fill it, or name the right file with --db", path, path);
    if (sb.st_size > 0 && !check_contents (path, &sb, err))
        return FALSE;
    if (mode == RF_STORE_WRITE && access (path, W_OK) != 0)
        return store_fail (err, RF_STORE_ERR_SQL, "%s: the database file is read-only for you (%s); make it "
                           "writable, or work on a copy", path, g_strerror (errno));
    return TRUE;
}

/* A writer keeps the journal (-wal, -shm) and the lock beside the database. */
static gboolean
check_dir_writable (const char *path, GError **err)
{
    char *dir = g_path_get_dirname (path);
    gboolean ok = access (dir, W_OK | X_OK) == 0;
    if (!ok)
        store_fail (err, RF_STORE_ERR_SQL, "%s: cannot write in the directory %s (%s): redflag keeps the "
                    "database's journal (-wal, -shm) and its lock file beside it; make the directory "
                    "writable, or choose another place with --db", path, dir, g_strerror (errno));
    g_free (dir);
    return ok;
}

/* SQLite could not open or read the files. Even a reader of a database in
 * WAL mode must create its -shm file when there is none: a read-only
 * directory is the usual cause. */
static void
permission_error (rf_store_t *st, GError **err)
{
    char *dir = g_path_get_dirname (st->path), *shm = g_strconcat (st->path, "-shm", NULL);
    if (access (dir, W_OK | X_OK) != 0 && !g_file_test (shm, G_FILE_TEST_EXISTS))
        store_fail (err, RF_STORE_ERR_SQL, "%s: cannot read the database: SQLite must create %s beside it to read "
                    "it (the database is in WAL mode), and the directory %s is not writable for you; make it "
                    "writable, or copy the database somewhere writable", st->path, shm, dir);
    else
        store_fail (err, RF_STORE_ERR_SQL, "%s: cannot open the database (SQLite: %s); check the permissions of "
                    "the file, of its -wal and -shm files and of its directory", st->path, sqlite3_errmsg (st->db));
    g_free (shm);
    g_free (dir);
}

/* Have SQLite read the header and the schema; say what a failure means. */
static gboolean
probe (rf_store_t *st, gint64 *version, gint64 *tables, GError **err)
{
    GError *e = NULL;
    int code;
    if (rf_store_query_value (st, "PRAGMA user_version", 0, version, &e)
        && rf_store_query_value (st, "SELECT count(*) FROM sqlite_schema", 0, tables, &e))
        return TRUE;
    code = sqlite3_extended_errcode (st->db) & 0xff;
    if (code == SQLITE_NOTADB)
        store_fail (err, RF_STORE_ERR_SQL, "%s: the database's header is damaged (SQLite: %s); " RESTORE_HINT,
                    st->path, sqlite3_errmsg (st->db));
    else if (code == SQLITE_CORRUPT)
        store_fail (err, RF_STORE_ERR_SQL, "%s: the database is damaged (SQLite: %s); " RESTORE_HINT, st->path,
                    sqlite3_errmsg (st->db));
    else if (code == SQLITE_CANTOPEN || code == SQLITE_PERM || code == SQLITE_READONLY || code == SQLITE_AUTH)
        permission_error (st, err);
    else
        store_fail (err, RF_STORE_ERR_SQL, "%s", e->message);
    g_error_free (e);
    return FALSE;
}

/* Whose database this is, and whether this redflag can use it. */
static gboolean
check_version (rf_store_t *st, rf_store_mode_t mode, gint64 have, gint64 tables, GError **err)
{
    int n = rf_store_schema_version ();
    if (have > n)
        return store_fail (err, RF_STORE_ERR_VERSION, "%s: database schema version %" G_GINT64_FORMAT " is newer "
                           "than this redflag (%d); upgrade redflag", st->path, have, n);
    if (have == 0 && tables > 0)
        return store_fail (err, RF_STORE_ERR_SQL, "%s: an SQLite database, but not redflag's (it has tables and "
                           "no redflag schema); name the redflag database with --db", st->path);
    if (mode == RF_STORE_WRITE)
        return TRUE;
    if (have == 0)
        return store_fail (err, RF_STORE_ERR_MISSING, "%s: an empty database; run 'redflag scan --db %s' first",
                           st->path, st->path);
    if (have < n)
        return store_fail (err, RF_STORE_ERR_VERSION, "%s: database is from an older redflag; run 'redflag scan' "
                           "or 'redflag analyze' once to upgrade it", st->path);
    return TRUE;
}

/* A new database is created private (0600) before SQLite opens it: SQLite
 * gives its -wal and -shm files the database's mode. *created: by us (not
 * there already, nor through a dangling link). */
static gboolean
create_private (const char *path, gboolean *created, GError **err)
{
    int fd = open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    *created = fd >= 0;
    if (fd < 0 && errno != EEXIST)
        return store_fail (err, RF_STORE_ERR_SQL, "%s: cannot create the database: %s; choose a writable place "
                           "with --db", path, g_strerror (errno));
    if (fd >= 0)
        close (fd);
    return TRUE;
}

/* Remove what a failed first open created. */
static void
remove_new (const char *path)
{
    static const char *const suffixes[] = { "", "-wal", "-shm" };
    for (size_t i = 0; i < G_N_ELEMENTS (suffixes); i++) {
        char *p = g_strconcat (path, suffixes[i], NULL);
        unlink (p);
        g_free (p);
    }
}

/* Connection settings, and for a writer the schema brought up to date. */
static gboolean
configure (rf_store_t *st, rf_store_mode_t mode, gint64 version, GError **err)
{
    if (!rf_store_exec (st, "PRAGMA foreign_keys=ON", err))
        return FALSE;
    if (mode == RF_STORE_READ)
        return TRUE;
    /* A fixed 8 MiB page cache, and temporary tables and sorts that
     * spill to a file: memory stays the same whatever the size of the
     * mailbox (a bigger cache saves 10-15 % of the analysis time at
     * 100,000 messages, for 30 MiB more). Checkpoints every 32 MiB of
     * log rather than 4: a page rewritten by several batches is copied
     * back once. */
    return rf_store_exec (st, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                              "PRAGMA cache_size=" G_STRINGIFY (CACHE_KIB) "; PRAGMA wal_autocheckpoint=8192", err)
           && migrate (st, (int) version, err);
}

rf_store_t *
rf_store_open (const char *path, rf_store_mode_t mode, GError **err)
{
    rf_store_t *st = g_new0 (rf_store_t, 1);
    int flags = mode == RF_STORE_WRITE ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                                       : SQLITE_OPEN_READONLY;
    gboolean absent = FALSE, created = FALSE;
    gint64 version = 0, tables = 0;
    st->path = g_strdup (path);
    st->lock_fd = -1;

    if (!check_file (path, mode, &absent, err)
        || (mode == RF_STORE_WRITE && !check_dir_writable (path, err)))
        goto fail;
    if (mode == RF_STORE_WRITE && !take_lock (st, err))
        goto fail;
    if (absent && !create_private (path, &created, err))
        goto fail;
    if (sqlite3_open_v2 (path, &st->db, flags, NULL) != SQLITE_OK) {
        rf_store_set_error (st, err, "cannot open database");
        goto fail;
    }
    sqlite3_extended_result_codes (st->db, 1);
    sqlite3_busy_timeout (st->db, 10000);
    if (!probe (st, &version, &tables, err) || !check_version (st, mode, version, tables, err)
        || !configure (st, mode, version, err))
        goto fail;
    return st;
fail:
    rf_store_close (st);
    if (created)
        remove_new (path);
    return NULL;
}

char **
rf_store_files (const char *path)
{
    static const char *const suffixes[] = { "", "-wal", "-shm", ".lock" };
    GPtrArray *out = g_ptr_array_new ();
    char *real = realpath (path, NULL);
    for (size_t i = 0; i < G_N_ELEMENTS (suffixes); i++)
        g_ptr_array_add (out, g_strconcat (path, suffixes[i], NULL));
    /* SQLite keeps the journal beside the file a symbolic link leads to. */
    for (size_t i = 0; real && strcmp (real, path) != 0 && i < G_N_ELEMENTS (suffixes); i++)
        g_ptr_array_add (out, g_strconcat (real, suffixes[i], NULL));
    free (real);
    g_ptr_array_add (out, NULL);
    return (char **) g_ptr_array_free (out, FALSE);
}

void
rf_store_close (rf_store_t *st)
{
    if (!st)
        return;
    if (st->db) {
        if (st->lock_fd >= 0)
            sqlite3_exec (st->db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
        sqlite3_close_v2 (st->db);
    }
    if (st->lock_fd >= 0)
        close (st->lock_fd);
    g_free (st->path);
    g_free (st);
}

gboolean
rf_store_run_begin (rf_store_t *st, const char *command, GError **err)
{
    sqlite3_stmt *s;
    gboolean ok;
    /* We hold the lock, so any run still 'running' was killed. */
    if (!rf_store_exec (st, "UPDATE run SET status='interrupted' WHERE status='running'", err))
        return FALSE;
    s = rf_store_prepare (st, "INSERT INTO run(command, started_utc) VALUES (?1, ?2)", err);
    if (!s)
        return FALSE;
    sqlite3_bind_text (s, 1, command, -1, SQLITE_STATIC);
    sqlite3_bind_int64 (s, 2, g_get_real_time () / G_USEC_PER_SEC);
    ok = sqlite3_step (s) == SQLITE_DONE;
    if (!ok)
        rf_store_set_error (st, err, "recording the run");
    sqlite3_finalize (s);
    st->run_id = sqlite3_last_insert_rowid (st->db);
    return ok;
}

gboolean
rf_store_run_end (rf_store_t *st, const char *status, GError **err)
{
    sqlite3_stmt *s = rf_store_prepare (st, "UPDATE run SET status=?1, ended_utc=?2 WHERE id=?3", err);
    gboolean ok;
    if (!s)
        return FALSE;
    sqlite3_bind_text (s, 1, status, -1, SQLITE_STATIC);
    sqlite3_bind_int64 (s, 2, g_get_real_time () / G_USEC_PER_SEC);
    sqlite3_bind_int64 (s, 3, st->run_id);
    ok = sqlite3_step (s) == SQLITE_DONE;
    if (!ok)
        rf_store_set_error (st, err, "closing the run");
    sqlite3_finalize (s);
    return ok;
}

gboolean
rf_store_run_count (rf_store_t *st, const char *column, gint64 n, GError **err)
{
    char *sql;
    gboolean ok;
    if (n == 0)
        return TRUE;
    /* column is always one of our own literal names, never user input. */
    sql = g_strdup_printf ("UPDATE run SET %s = %s + %" G_GINT64_FORMAT " WHERE id = %" G_GINT64_FORMAT,
                           column, column, n, st->run_id);
    ok = rf_store_exec (st, sql, err);
    g_free (sql);
    return ok;
}

gboolean
rf_store_skip (rf_store_t *st, const char *path, const char *kind, const char *reason, GError **err)
{
    sqlite3_stmt *s = rf_store_prepare (st, "INSERT INTO skipped(run_id, path, kind, reason) "
                                            "VALUES (?1, ?2, ?3, ?4)", err);
    gboolean ok;
    if (!s)
        return FALSE;
    sqlite3_bind_int64 (s, 1, st->run_id);
    sqlite3_bind_text (s, 2, path, -1, SQLITE_STATIC);
    sqlite3_bind_text (s, 3, kind, -1, SQLITE_STATIC);
    sqlite3_bind_text (s, 4, reason, -1, SQLITE_STATIC);
    ok = sqlite3_step (s) == SQLITE_DONE;
    if (!ok)
        rf_store_set_error (st, err, "recording a skipped file");
    sqlite3_finalize (s);
    return ok && rf_store_run_count (st, "files_skipped", 1, err);
}

char *
rf_store_meta_get (rf_store_t *st, const char *key)
{
    sqlite3_stmt *s = NULL;
    char *v = NULL;
    if (sqlite3_prepare_v2 (st->db, "SELECT value FROM meta WHERE key=?1", -1, &s, NULL) == SQLITE_OK) {
        sqlite3_bind_text (s, 1, key, -1, SQLITE_STATIC);
        if (sqlite3_step (s) == SQLITE_ROW)
            v = g_strdup ((const char *) sqlite3_column_text (s, 0));
    }
    sqlite3_finalize (s);
    return v;
}

gboolean
rf_store_meta_set (rf_store_t *st, const char *key, const char *value, GError **err)
{
    sqlite3_stmt *s = rf_store_prepare (st, "INSERT INTO meta(key, value) VALUES (?1, ?2) "
                                            "ON CONFLICT(key) DO UPDATE SET value=excluded.value", err);
    gboolean ok;
    if (!s)
        return FALSE;
    sqlite3_bind_text (s, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_text (s, 2, value, -1, SQLITE_STATIC);
    ok = sqlite3_step (s) == SQLITE_DONE;
    if (!ok)
        rf_store_set_error (st, err, "writing meta");
    sqlite3_finalize (s);
    return ok;
}

/* ---- Batched inserts (see store.h). */

#define BATCH_ROWS 64

typedef struct {
    int type;               /* SQLITE_NULL, SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT */
    gint64 i;
    double d;
    const char *t;          /* in the batch's text chunk */
} batch_value_t;

struct rf_batch {
    rf_store_t *st;
    char *head;
    int ncols, rows;        /* values per row; finished rows held */
    batch_value_t *v;       /* BATCH_ROWS * ncols, the current row after the finished ones */
    GStringChunk *text;     /* the held rows' strings: one allocation per many values */
    sqlite3_stmt *full;     /* an insert of BATCH_ROWS rows */
};

static sqlite3_stmt *
batch_prepare (rf_batch_t *b, int rows, GError **err)
{
    GString *sql = g_string_new (b->head);
    sqlite3_stmt *s;
    g_string_append (sql, " VALUES ");
    for (int r = 0; r < rows; r++) {
        g_string_append (sql, r ? ",(" : "(");
        for (int c = 0; c < b->ncols; c++)
            g_string_append (sql, c ? ",?" : "?");
        g_string_append_c (sql, ')');
    }
    s = rf_store_prepare (b->st, sql->str, err);
    g_string_free (sql, TRUE);
    return s;
}

rf_batch_t *
rf_batch_new (rf_store_t *st, const char *head, int ncols, GError **err)
{
    rf_batch_t *b = g_new0 (rf_batch_t, 1);
    b->st = st;
    b->head = g_strdup (head);
    b->ncols = ncols;
    b->v = g_new0 (batch_value_t, BATCH_ROWS * ncols);
    b->text = g_string_chunk_new (4096);
    if (!(b->full = batch_prepare (b, BATCH_ROWS, err))) {
        rf_batch_free (b);
        return NULL;
    }
    return b;
}

static batch_value_t *
batch_cell (rf_batch_t *b, int col)
{
    g_return_val_if_fail (col >= 0 && col < b->ncols, &b->v[0]);
    return &b->v[b->rows * b->ncols + col];
}

void
rf_batch_int (rf_batch_t *b, int col, gint64 v)
{
    batch_value_t *c = batch_cell (b, col);
    c->type = SQLITE_INTEGER;
    c->i = v;
}

void
rf_batch_double (rf_batch_t *b, int col, double v)
{
    batch_value_t *c = batch_cell (b, col);
    c->type = SQLITE_FLOAT;
    c->d = v;
}

void
rf_batch_text (rf_batch_t *b, int col, const char *v)
{
    batch_value_t *c = batch_cell (b, col);
    c->t = v ? g_string_chunk_insert (b->text, v) : NULL;
    c->type = v ? SQLITE_TEXT : SQLITE_NULL;
}

/* Bind the held rows to s, run it once, and forget them. */
static gboolean
batch_write (rf_batch_t *b, sqlite3_stmt *s, GError **err)
{
    int n = b->rows * b->ncols, rc;
    for (int k = 0; k < n; k++) {
        batch_value_t *c = &b->v[k];
        if (c->type == SQLITE_INTEGER)
            sqlite3_bind_int64 (s, k + 1, c->i);
        else if (c->type == SQLITE_FLOAT)
            sqlite3_bind_double (s, k + 1, c->d);
        else if (c->type == SQLITE_TEXT)
            sqlite3_bind_text (s, k + 1, c->t, -1, SQLITE_STATIC);
    }
    rc = sqlite3_step (s);
    if (rc != SQLITE_DONE)
        rf_store_set_error (b->st, err, b->head);
    sqlite3_reset (s);
    sqlite3_clear_bindings (s);
    /* Every cell: none may point into the cleared chunk. */
    memset (b->v, 0, sizeof b->v[0] * (gsize) (BATCH_ROWS * b->ncols));
    g_string_chunk_clear (b->text);
    b->rows = 0;
    return rc == SQLITE_DONE;
}

gboolean
rf_batch_row_done (rf_batch_t *b, GError **err)
{
    if (++b->rows < BATCH_ROWS)
        return TRUE;
    return batch_write (b, b->full, err);
}

gboolean
rf_batch_flush (rf_batch_t *b, GError **err)
{
    sqlite3_stmt *part;
    gboolean ok;
    if (b->rows == 0)
        return TRUE;
    if (!(part = batch_prepare (b, b->rows, err)))
        return FALSE;
    ok = batch_write (b, part, err);
    sqlite3_finalize (part);
    return ok;
}

void
rf_batch_free (rf_batch_t *b)
{
    if (!b)
        return;
    if (b->text)
        g_string_chunk_free (b->text);
    g_free (b->v);
    sqlite3_finalize (b->full);
    g_free (b->head);
    g_free (b);
}

gboolean
rf_store_small_sorts (rf_store_t *st, gboolean small, GError **err)
{
    return rf_store_exec (st, small ? "PRAGMA main.cache_size=" G_STRINGIFY (SORT_CACHE_KIB)
                                    : "PRAGMA main.cache_size=" G_STRINGIFY (CACHE_KIB), err);
}

gboolean
rf_store_data_changed (rf_store_t *st, GError **err)
{
    return rf_store_exec (st, "INSERT INTO meta(key, value) VALUES ('data_gen', '1')"
                              " ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1", err);
}
