/* cmd_init.c - 'redflag init PATH...': read the mail as 'scan' does,
 * without a configuration, then write a starting configuration from what
 * the analysis inferred. Never overwrites a file; the file written is
 * loaded back before the command says it is done. */
#include "config.h"
#include "cli/cli.h"
#include "cli/init_config.h"
#include "pipeline/pipeline.h"
#include "base/util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* Create path (never replacing a file) with text. */
static gboolean
write_new (const char *path, const char *text)
{
    int fd = open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644), e = 0;
    if (fd < 0) {
        if (errno == EEXIST)
            rf_error ("init: %s already exists; init never overwrites a file: name another with "
                      "--config FILE", path);
        else
            rf_error ("init: cannot create %s: %s", path, g_strerror (errno));
        return FALSE;
    }
    if (!rf_write_all (fd, text, strlen (text)))
        e = errno ? errno : EIO;
    if (close (fd) != 0 && !e)
        e = errno;
    if (e) {
        rf_error ("init: cannot write %s: %s", path, g_strerror (e));
        unlink (path);
    }
    return e == 0;
}

/* The file must load: a configuration init writes is never one the
 * next scan refuses. */
static gboolean
loads_back (const char *path)
{
    GError *err = NULL;
    char *freemail = rf_data_path ("freemail.txt");
    rf_config_t *cfg = rf_config_load (path, freemail, &err);
    g_free (freemail);
    if (!cfg) {
        rf_error ("init: the configuration written does not load, which is a bug; removed it:\n%s",
                  err->message);
        g_error_free (err);
        unlink (path);
        return FALSE;
    }
    rf_config_free (cfg);
    return TRUE;
}

/* Read the mail (a scan with no configuration) into the database. */
static int
read_mail (const rf_common_opts_t *common, rf_config_t *cfg, char **paths, rf_store_t **st)
{
    rf_scan_opts_t opts = { 0 };
    rf_pipeline_job_t job = { .command = "scan", .since = -1 };
    rf_scan_counts_t counts = { 0 };
    char *patterns_dir = rf_data_path (""), *db_abs = g_canonicalize_filename (common->db_path, NULL);
    GError *err = NULL;
    int rc = RF_EXIT_OK;
    if (!(*st = rf_cli_open_store (common->db_path, RF_STORE_WRITE, &rc)))
        goto done;
    opts.db_path = db_abs;
    opts.cfg = cfg;
    opts.now = g_get_real_time () / G_USEC_PER_SEC;
    opts.patterns_dir = patterns_dir;
    opts.jobs = (int) g_get_num_processors () + 1;
    job.paths = paths;
    job.analyze = RF_ANALYZE_IF_NEEDED;
    job.as_of = opts.now;
    if (!rf_pipeline_run (*st, &opts, &job, &counts, &err)) {
        rf_error ("%s", err->message);
        rc = g_error_matches (err, G_FILE_ERROR, G_FILE_ERROR_NOENT) ? RF_EXIT_NOINPUT : RF_EXIT_FAILURE;
        g_error_free (err);
    }
done:
    g_free (patterns_dir);
    g_free (db_abs);
    return rc;
}

/* Paths made absolute (as scan stores them), each readable. */
static int
input_paths (int argc, char **argv, GPtrArray *paths)
{
    for (int i = 1; i < argc; i++) {
        if (!*argv[i]) {
            rf_error ("init: an empty PATH; name a Maildir, folder or mbox file");
            return RF_EXIT_USAGE;
        }
        g_ptr_array_add (paths, g_canonicalize_filename (argv[i], NULL));
        if (access (argv[i], R_OK) != 0) {
            rf_error ("%s: cannot read it: %s", argv[i], g_strerror (errno));
            return RF_EXIT_NOINPUT;
        }
    }
    g_ptr_array_add (paths, NULL);
    if (paths->len == 1) {
        rf_error ("init: name at least one PATH to read (see 'redflag init --help')");
        return RF_EXIT_USAGE;
    }
    return RF_EXIT_OK;
}

static int
write_config (rf_store_t *st, rf_config_t *cfg, char **paths, const char *path)
{
    GError *err = NULL;
    char today[16], *text;
    rf_init_counts_t n;
    rf_format_date (g_get_real_time () / G_USEC_PER_SEC, today);
    if (!(text = rf_init_config_text (st, cfg, paths, today, &n, &err))) {
        rf_error ("%s", err->message);
        g_error_free (err);
        return RF_EXIT_FAILURE;
    }
    if (!write_new (path, text) || !loads_back (path)) {
        g_free (text);
        return RF_EXIT_FAILURE;
    }
    g_free (text);
    if (n.ours == 0)
        rf_warn ("init: no Sent folder in the mail read: name our addresses ('me') in %s", path);
    if (rf_verbosity >= 1)
        fprintf (stderr, "redflag: wrote %s: %d address%s of ours, %d client group%s%s; edit it, then run "
                 "'redflag scan --config %s' on the same mail\n", path, n.ours, n.ours == 1 ? "" : "es",
                 n.clients, n.clients == 1 ? "" : "s",
                 n.left_out ? " (some counterparts left out: see the end)" : "", path);
    return RF_EXIT_OK;
}

int
rf_cmd_init (int argc, char **argv)
{
    rf_common_opts_t common = { 0 };
    GOptionContext *ctx = g_option_context_new ("PATH... - write a starting configuration from the mail");
    GOptionEntry *common_entries = rf_cli_common_entries (&common);
    GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
    rf_config_t *cfg = NULL;
    rf_store_t *st = NULL;
    GError *err = NULL;
    char *freemail = rf_data_path ("freemail.txt");
    int rc = RF_EXIT_OK;

    g_option_context_set_description (ctx,
        "Reads the mail in PATH (Maildirs, folders of them, mbox files) into the\n"
        "database as 'redflag scan' does, without a configuration, then writes one\n"
        "to --config FILE (default: redflag.conf here): our addresses from the Sent\n"
        "folders (or --me), our own domains, every other [redflag] key commented with\n"
        "its meaning and default, and one [client:...] group per domain we wrote to\n"
        "(per address at a freemail domain), commented with its message counts and\n"
        "addresses, most messages first. Edit it (delete what is not a client, merge\n"
        "the domains of one client), then run 'redflag scan --config FILE PATH...':\n"
        "the mail is not read again. An existing FILE is never overwritten (exit 1).\n"
        "Every key: doc/configuration.md.");
    g_option_context_add_main_entries (ctx, common_entries, NULL);
    if (!rf_cli_parse (ctx, &argc, &argv, "init")) {
        rc = RF_EXIT_USAGE;
        goto done;
    }
    rf_cli_apply_common (&common);
    if (!common.config_path)
        common.config_path = g_strdup ("redflag.conf");
    if ((rc = input_paths (argc, argv, paths)) != RF_EXIT_OK)
        goto done;
    /* Refused before the mail is read, which may take long. */
    if (g_file_test (common.config_path, G_FILE_TEST_EXISTS)) {
        rf_error ("init: %s already exists; init never overwrites a file: name another with --config FILE",
                  common.config_path);
        rc = RF_EXIT_FAILURE;
        goto done;
    }
    if (!(cfg = rf_config_load (NULL, freemail, &err))) {
        rf_error ("%s", err->message);
        rc = RF_EXIT_FAILURE;
        goto done;
    }
    for (char **m = common.me; m && *m; m++)
        rf_config_add_me (cfg, *m);
    if ((rc = read_mail (&common, cfg, (char **) paths->pdata, &st)) != RF_EXIT_OK)
        goto done;
    rc = write_config (st, cfg, (char **) paths->pdata, common.config_path);
done:
    g_clear_error (&err);
    rf_store_close (st);
    rf_config_free (cfg);
    g_ptr_array_unref (paths);
    g_free (freemail);
    g_free (common_entries);
    g_option_context_free (ctx);
    g_free (common.db_path);
    g_free (common.config_path);
    g_strfreev (common.me);
    return rc;
}
