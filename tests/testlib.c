/* testlib.c - run the binary, temporary trees, small database queries. */
#include "config.h"
#include "testlib.h"

#include <sqlite3.h>
#include <stdarg.h>
#include <sys/wait.h>

int
t_redflag (char **out, char **err, const char *env, ...)
{
    GPtrArray *argv = g_ptr_array_new ();
    char **envp = g_get_environ ();
    va_list ap;
    const char *a;
    int status = 0;
    GError *e = NULL;

    g_ptr_array_add (argv, (gpointer) TOP_BUILDDIR "/src/redflag");
    va_start (ap, env);
    while ((a = va_arg (ap, const char *)))
        g_ptr_array_add (argv, (gpointer) a);
    va_end (ap);
    g_ptr_array_add (argv, NULL);
    if (env) {
        char **kv = g_strsplit (env, "=", 2);
        envp = g_environ_setenv (envp, kv[0], kv[1], TRUE);
        g_strfreev (kv);
    }
    if (!g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL, out, err,
                       &status, &e))
        g_error ("cannot run redflag: %s", e->message);
    g_ptr_array_unref (argv);
    g_strfreev (envp);
    if (WIFSIGNALED (status))
        return 128 + WTERMSIG (status);
    return WEXITSTATUS (status);
}

char *
t_tmpdir (void)
{
    GError *e = NULL;
    char *d = g_dir_make_tmp ("redflag-test-XXXXXX", &e);
    if (!d)
        g_error ("%s", e->message);
    return d;
}

static void
run_cmd (const char *const *argv)
{
    int status = 0;
    if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                       &status, NULL) || !g_spawn_check_wait_status (status, NULL))
        g_error ("%s failed", argv[0]);
}

void
t_rmtree (const char *dir)
{
    const char *argv[] = { "rm", "-rf", dir, NULL };
    if (dir && *dir)
        run_cmd (argv);
}

void
t_copy_tree (const char *from, const char *to)
{
    const char *argv[] = { "cp", "-a", from, to, NULL };
    run_cmd (argv);
}

char *
t_read (const char *path)
{
    char *s = NULL;
    return g_file_get_contents (path, &s, NULL, NULL) ? s : NULL;
}

gint64
t_db_int (const char *db, const char *sql)
{
    sqlite3 *h = NULL;
    sqlite3_stmt *q = NULL;
    gint64 v = -1;
    if (sqlite3_open_v2 (db, &h, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK
        && sqlite3_prepare_v2 (h, sql, -1, &q, NULL) == SQLITE_OK && sqlite3_step (q) == SQLITE_ROW)
        v = sqlite3_column_int64 (q, 0);
    else
        g_printerr ("query failed: %s: %s\n", sql, sqlite3_errmsg (h));
    sqlite3_finalize (q);
    sqlite3_close (h);
    return v;
}

char *
t_db_text (const char *db, const char *sql)
{
    sqlite3 *h = NULL;
    sqlite3_stmt *q = NULL;
    char *v = NULL;
    if (sqlite3_open_v2 (db, &h, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK
        && sqlite3_prepare_v2 (h, sql, -1, &q, NULL) == SQLITE_OK && sqlite3_step (q) == SQLITE_ROW)
        v = g_strdup ((const char *) sqlite3_column_text (q, 0));
    else
        g_printerr ("query failed: %s: %s\n", sql, sqlite3_errmsg (h));
    sqlite3_finalize (q);
    sqlite3_close (h);
    return v;
}
