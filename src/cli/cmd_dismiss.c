/* cmd_dismiss.c - 'redflag dismiss': mark a piece of evidence wrong (a
 * message, a marker hit, an invoice), list what is dismissed, take a
 * dismissal back, or write the dismissed marker sentences as labelled
 * examples. A change works the stored findings out again at once. */
#include "config.h"
#include "cli/cli.h"
#include "cli/output_open.h"
#include "findings/dismiss.h"
#include "pipeline/analyze.h"
#include "base/util.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    char **hits, **invoices, *category, *note, *export_path;
    gboolean list, undo;
} dismiss_opts_t;

static int
exit_for (const GError *err)
{
    if (g_error_matches (err, RF_DISMISS_ERROR, RF_DISMISS_ERR_UNKNOWN))
        return RF_EXIT_NODATA;
    return g_error_matches (err, RF_DISMISS_ERROR, RF_DISMISS_ERR_BAD) ? RF_EXIT_USAGE : RF_EXIT_FAILURE;
}

/* Each named piece of evidence, in one transaction with the new findings. */
static int
apply (rf_store_t *st, const rf_common_opts_t *common, const dismiss_opts_t *o, char **msgids)
{
    GError *err = NULL;
    rf_config_t *cfg = rf_output_config (common, st);
    gboolean ok, any = FALSE, changed;
    int n = 0;
    if (!cfg)
        return RF_EXIT_CONFIG;
    ok = rf_store_begin (st, &err);
    for (char **m = msgids; ok && m && *m; m++, n++)
        any |= (ok = rf_dismiss (st, RF_DISMISS_MESSAGE, *m, o->category, o->note, o->undo, &changed, &err)) && changed;
    for (char **h = o->hits; ok && h && *h; h++, n++)
        any |= (ok = rf_dismiss (st, RF_DISMISS_HIT, *h, NULL, o->note, o->undo, &changed, &err)) && changed;
    for (char **i = o->invoices; ok && i && *i; i++, n++)
        any |= (ok = rf_dismiss (st, RF_DISMISS_INVOICE, *i, NULL, o->note, o->undo, &changed, &err)) && changed;
    ok = ok && (!any || rf_analyze_findings (st, cfg, &err)) && rf_store_commit (st, &err);
    rf_config_free (cfg);
    if (!ok) {
        int rc = exit_for (err);
        rf_store_rollback (st);
        rf_error ("dismiss: %s", err ? err->message : "failed");
        g_clear_error (&err);
        return rc;
    }
    rf_info ("%d piece%s of evidence %s; findings worked out again", n, n == 1 ? "" : "s",
             o->undo ? "taken back" : "dismissed");
    return RF_EXIT_OK;
}

static int
export_examples (rf_store_t *st, const char *path)
{
    GError *err = NULL;
    FILE *out = strcmp (path, "-") ? fopen (path, "w") : stdout;
    gint64 rows = 0;
    gboolean ok;
    if (!out) {
        rf_error ("%s: cannot write: %s", path, g_strerror (errno));
        return RF_EXIT_FAILURE;
    }
    ok = rf_dismiss_export (st, out, &rows, &err);
    if ((out == stdout ? fflush (out) : fclose (out)) != 0 && ok) {
        rf_error ("%s: write failed: %s", path, g_strerror (errno));
        return RF_EXIT_FAILURE;
    }
    if (!ok) {
        rf_error ("dismiss: %s", err->message);
        g_error_free (err);
        return RF_EXIT_FAILURE;
    }
    rf_info ("%" G_GINT64_FORMAT " labelled sentences written to %s", rows, path);
    return RF_EXIT_OK;
}

static int
run (const rf_common_opts_t *common, const dismiss_opts_t *o, char **msgids)
{
    GError *err = NULL;
    gboolean change = (msgids && *msgids) || o->hits || o->invoices;
    rf_store_t *st;
    int rc = RF_EXIT_OK;
    if (!(st = rf_store_open (common->db_path, change ? RF_STORE_WRITE : RF_STORE_READ, &err)))
        return rf_cli_store_error (err);
    if (change)
        rc = apply (st, common, o, msgids);
    if (rc == RF_EXIT_OK && o->list && !rf_dismiss_list (st, stdout, &err)) {
        rf_error ("dismiss: %s", err->message);
        g_clear_error (&err);
        rc = RF_EXIT_FAILURE;
    }
    if (rc == RF_EXIT_OK && o->export_path)
        rc = export_examples (st, o->export_path);
    rf_store_close (st);
    return rc;
}

int
rf_cmd_dismiss (int argc, char **argv)
{
    rf_common_opts_t common = { 0 };
    dismiss_opts_t o = { 0 };
    GOptionEntry entries[] = {
        { "hit", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o.hits,
          "A marker hit: its Message-ID and pattern id, as 'export markers' shows them (repeatable)",
          "MESSAGE-ID/PATTERN-ID" },
        { "invoice", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o.invoices,
          "An invoice or credit note, by number (repeatable)", "NUMBER" },
        { "category", 0, 0, G_OPTION_ARG_STRING, &o.category,
          "With a Message-ID: only the markers of this category", "CATEGORY" },
        { "note", 0, 0, G_OPTION_ARG_STRING, &o.note, "Why, kept with the dismissal", "TEXT" },
        { "undo", 0, 0, G_OPTION_ARG_NONE, &o.undo, "Take the named dismissals back", NULL },
        { "list", 0, 0, G_OPTION_ARG_NONE, &o.list, "List what is dismissed", NULL },
        { "export", 0, 0, G_OPTION_ARG_FILENAME, &o.export_path,
          "Write the dismissed marker sentences as labelled examples (TSV; '-' for standard output)", "FILE" },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new ("[MESSAGE-ID...] - mark evidence as wrong");
    GOptionEntry *common_entries = rf_cli_common_entries (&common);
    int rc = RF_EXIT_OK;

    g_option_context_set_description (ctx,
        "A dismissed message, marker hit or invoice is evidence of nothing: it is left\n"
        "out of every finding and score, now and after every later scan (it is kept by\n"
        "Message-ID, category and pattern id, or invoice number). A dismissed message\n"
        "still counts as a message exchanged; a dismissed invoice still counts as revenue.\n"
        "The stored findings are worked out again at once (with --config, else the\n"
        "configuration of the last analysis).\n\n"
        "  redflag dismiss '<id@example>'                  all markers of a message\n"
        "  redflag dismiss '<id@example>' --category abuse its abuse markers only\n"
        "  redflag dismiss --hit 'id@example/en.abuse.garbage'\n"
        "  redflag dismiss --invoice SN-2026-033 --note 'paid in cash'\n"
        "  redflag dismiss --undo --invoice SN-2026-033\n"
        "  redflag dismiss --list\n"
        "  redflag dismiss --export dismissed.tsv         label, lang, text, source\n\n"
        "Exit 6 when the message, hit or invoice is not in the database (or, with\n"
        "--undo, not dismissed).");
    g_option_context_add_main_entries (ctx, entries, NULL);
    g_option_context_add_main_entries (ctx, common_entries, NULL);
    if (!rf_cli_parse (ctx, &argc, &argv, "dismiss") || !rf_cli_apply_common (&common, "dismiss")
        || !rf_cli_path_ok ("dismiss", "--export", o.export_path, TRUE)) {
        rc = RF_EXIT_USAGE;
        goto done;
    }
    if (argc < 2 && !o.hits && !o.invoices && !o.list && !o.export_path) {
        rf_error ("dismiss: name a Message-ID, --hit or --invoice, or give --list or --export "
                  "(see 'redflag dismiss --help')");
        rc = RF_EXIT_USAGE;
        goto done;
    }
    if (o.category && argc < 2) {
        rf_error ("dismiss: --category goes with a Message-ID");
        rc = RF_EXIT_USAGE;
        goto done;
    }
    rc = run (&common, &o, argc > 1 ? argv + 1 : NULL);
done:
    g_free (common_entries);
    g_option_context_free (ctx);
    g_strfreev (o.hits);
    g_strfreev (o.invoices);
    g_free (o.category);
    g_free (o.note);
    g_free (o.export_path);
    g_free (common.db_path);
    g_free (common.config_path);
    g_strfreev (common.me);
    return rc;
}
