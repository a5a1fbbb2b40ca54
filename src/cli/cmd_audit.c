/* cmd_audit.c - 'redflag audit CLIENT': the renewal audit of one client as
 * one self-contained HTML file, written atomically (a temporary file in the
 * same directory, renamed over the target), so that a failure never leaves
 * half a page behind. Devices and pipes are written to, not replaced. */
#include "config.h"
#include "audit/audit_data.h"
#include "audit/audit_html.h"
#include "audit/audit_letter.h"
#include "cli/cli.h"
#include "cli/output_open.h"
#include "base/util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Write the page to path through a temporary file and a rename. */
static gboolean
write_atomic (const char *path, const char *text)
{
    char *dir = g_path_get_dirname (path), *base = g_path_get_basename (path);
    char *tmp = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
    int fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0666), err = 0;
    mode_t mask;
    if (fd < 0) {
        rf_error ("cannot create a file in %s: %s", dir, g_strerror (errno));
        goto fail;
    }
    /* mkstemp makes the file private; give it the mode a plain create would. */
    mask = umask (0);
    umask (mask);
    if (fchmod (fd, 0666 & ~mask) != 0 || !rf_write_all (fd, text, strlen (text)) || fsync (fd) != 0)
        err = errno ? errno : EIO;
    if (close (fd) != 0 && !err)
        err = errno;
    if (!err && rename (tmp, path) != 0)
        err = errno;
    if (err) {
        rf_error ("cannot write %s: %s", path, g_strerror (err));
        unlink (tmp);
        goto fail;
    }
    g_free (dir);
    g_free (base);
    g_free (tmp);
    return TRUE;
fail:
    g_free (dir);
    g_free (base);
    g_free (tmp);
    return FALSE;
}

/* A device or a pipe (/dev/null, a FIFO) is written to as it is: renaming
 * over it would replace it with a plain file. */
static gboolean
write_direct (const char *path, const char *text)
{
    int fd = open (path, O_WRONLY | O_CLOEXEC), err = 0;
    if (fd < 0 || !rf_write_all (fd, text, strlen (text)))
        err = errno ? errno : EIO;
    if (fd >= 0 && close (fd) != 0 && !err)
        err = errno;
    if (err)
        rf_error ("cannot write %s: %s", path, g_strerror (err));
    return err == 0;
}

/* A regular file (or a new one) is replaced atomically; a symbolic link
 * is followed, so that the link stays a link. */
static gboolean
write_page (const char *path, const char *text)
{
    struct stat sb;
    char *target = g_strdup (path);
    gboolean ok;
    for (int hops = 0; hops < 16 && lstat (target, &sb) == 0 && S_ISLNK (sb.st_mode); hops++) {
        char *link = g_file_read_link (target, NULL), *dir;
        if (!link)
            break;
        dir = g_path_get_dirname (target);
        g_free (target);
        target = g_path_is_absolute (link) ? g_strdup (link) : g_build_filename (dir, link, NULL);
        g_free (dir);
        g_free (link);
    }
    if (stat (target, &sb) == 0 && S_ISDIR (sb.st_mode)) {
        rf_error ("cannot write %s: it is a directory", path);
        ok = FALSE;
    } else if (stat (target, &sb) == 0 && !S_ISREG (sb.st_mode)) {
        ok = write_direct (target, text);
    } else {
        ok = write_atomic (target, text);
    }
    g_free (target);
    return ok;
}

static gboolean
write_stdout (const char *text)
{
    if (fputs (text, stdout) < 0 || fflush (stdout) != 0) {
        rf_error ("cannot write to standard output: %s", g_strerror (errno));
        return FALSE;
    }
    return TRUE;
}

/* The client's goodwill gesture from the configuration: --config, else
 * the file the last analysis used when it is still there. */
static char *
goodwill (rf_store_t *st, const rf_common_opts_t *common, const char *key, int *rc)
{
    rf_common_opts_t o = *common;
    char *stored = NULL, *g = NULL;
    rf_config_t *cfg;
    if (!o.config_path) {
        stored = rf_store_meta_get (st, "config_path");
        if (!stored || !*stored || !g_file_test (stored, G_FILE_TEST_IS_REGULAR)) {
            g_free (stored);
            return NULL;
        }
        o.config_path = stored;
    }
    if (!(cfg = rf_cli_load_config (&o))) {
        if (!stored)
            *rc = RF_EXIT_CONFIG;   /* only a file named on the command line is fatal */
        g_free (stored);
        return NULL;
    }
    for (guint i = 0; i < cfg->clients->len; i++) {
        rf_client_t *c = cfg->clients->pdata[i];
        if (!strcmp (c->id, key) && c->goodwill && *c->goodwill)
            g = g_strdup (c->goodwill);
    }
    rf_config_free (cfg);
    g_free (stored);
    return g;
}

static int
render (rf_store_t *st, const rf_common_opts_t *common, const char *client, gint64 since, gint64 until,
        const char *out_path)
{
    GError *err = NULL;
    rf_audit_t *a = NULL;
    rf_letter_t *l = NULL;
    char *html = NULL, *path = NULL;
    gint64 id = 0;
    int rc = RF_EXIT_OK;

    if (!rf_audit_find_client (st, client, &id, &err) || !(a = rf_audit_load (st, id, since, until, &err))) {
        rc = g_error_matches (err, RF_AUDIT_ERROR, RF_AUDIT_ERR_NO_CLIENT) ? RF_EXIT_NODATA : RF_EXIT_FAILURE;
        rf_error ("audit: %s", err->message);
        g_error_free (err);
        return rc;
    }
    a->goodwill = goodwill (st, common, a->key, &rc);
    if (rc != RF_EXIT_OK)
        goto done;
    l = rf_letter_compose (a);
    html = rf_audit_html (a, l);
    if (out_path && !strcmp (out_path, "-")) {
        rc = write_stdout (html) ? RF_EXIT_OK : RF_EXIT_FAILURE;
        goto done;
    }
    path = out_path ? g_strdup (out_path) : g_strdup_printf ("audit-%s.html", a->key);
    /* A key may hold characters a file name cannot. */
    if (!out_path)
        g_strdelimit (path, "/\\:*?\"<>| ", '_');
    if (!write_page (path, html)) {
        rc = RF_EXIT_FAILURE;
        goto done;
    }
    rf_info ("audit of %s written to %s", a->name, path);
done:
    g_free (path);
    g_free (html);
    rf_letter_free (l);
    rf_audit_free (a);
    return rc;
}

int
rf_cmd_audit (int argc, char **argv)
{
    rf_common_opts_t common = { 0 };
    char *since_s = NULL, *until_s = NULL, *out_path = NULL;
    GOptionEntry entries[] = {
        { "out", 'o', 0, G_OPTION_ARG_FILENAME, &out_path,
          "Write the page to FILE (default: audit-CLIENTKEY.html here; '-' for standard output)", "FILE" },
        { "since", 0, 0, G_OPTION_ARG_STRING, &since_s,
          "First day of the window (default: the window of the last analysis)", "YYYY-MM-DD" },
        { "until", 0, 0, G_OPTION_ARG_STRING, &until_s, "Last day of the window, included", "YYYY-MM-DD" },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new ("CLIENT - write the renewal audit of one client as HTML");
    GOptionEntry *common_entries = rf_cli_common_entries (&common);
    rf_output_t db = { 0 };
    gint64 since = -1, until = -1;
    int rc = RF_EXIT_OK;

    g_option_context_set_description (ctx,
        "CLIENT is a client key or name (case does not matter); 'redflag report' lists them.\n"
        "The page is one self-contained HTML file (inline CSS and SVG, no script, no\n"
        "external reference; opens offline): summary, score and recommendation, monthly\n"
        "charts, the findings with their evidence, the invoices, and a draft message to\n"
        "the client in its language (en, fr, es). The client's goodwill gesture (key\n"
        "'goodwill' of its group in --config, else in the configuration of the last\n"
        "analysis) goes into a draft that ends the engagement.\n"
        "Reads only the database (run 'redflag scan' first). Exit 6 when the database or\n"
        "the client does not exist.");
    g_option_context_add_main_entries (ctx, entries, NULL);
    g_option_context_add_main_entries (ctx, common_entries, NULL);
    if (!rf_cli_parse (ctx, &argc, &argv, "audit")) {
        rc = RF_EXIT_USAGE;
        goto done;
    }
    rf_cli_apply_common (&common);
    if (argc != 2) {
        rf_error ("audit: %s (see 'redflag audit --help')",
                  argc < 2 ? "name the client to audit" : "audit takes one client");
        rc = RF_EXIT_USAGE;
        goto done;
    }
    if ((since_s && !rf_cli_date ("--since", since_s, &since))
        || (until_s && !rf_cli_date ("--until", until_s, &until))) {
        rc = RF_EXIT_USAGE;
        goto done;
    }
    if (until >= 0)
        until += 86400;   /* the whole last day */
    if (since >= 0 && until >= 0 && since >= until) {
        rf_error ("audit: --since must not be after --until");
        rc = RF_EXIT_USAGE;
        goto done;
    }
    rc = rf_output_open (&common, since_s, until_s, &db);
    if (rc != RF_EXIT_OK)
        goto done;
    rc = render (db.st, &common, argv[1], since, until, out_path);
    rf_output_close (&db);
done:
    g_free (common_entries);
    g_option_context_free (ctx);
    g_free (since_s);
    g_free (until_s);
    g_free (out_path);
    g_free (common.db_path);
    g_free (common.config_path);
    g_strfreev (common.me);
    return rc;
}
