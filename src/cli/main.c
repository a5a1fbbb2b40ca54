/* main.c - redflag's entry point: dispatch to one command. */
#include "config.h"
#include "cli/cli.h"
#include "cli/cmd_patterns.h"
#include "base/util.h"

#include <gmime/gmime.h>
#include <libxml/parser.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    const char *name;
    int (*fn) (int argc, char **argv);
    const char *summary;
} command_t;

static const command_t commands[] = {
    { "scan", rf_cmd_scan, "read mailboxes (and invoices, statements) into the database" },
    { "analyze", rf_cmd_analyze, "recompute clients, replies and metrics from the database" },
    { "report", rf_cmd_report, "print the per-client report" },
    { "audit", rf_cmd_audit, "write the renewal audit of one client as a self-contained HTML file" },
    { "export", rf_cmd_export, "write a table as CSV or TSV" },
    { "dismiss", rf_cmd_dismiss, "mark a piece of evidence wrong; list, undo, export as labelled examples" },
    { "patterns", rf_cmd_patterns, "test the marker patterns, or explain why a text matches" },
    { "clients", rf_cmd_clients, "list the clients with their addresses, and who is in no client" },
    { "init", rf_cmd_init, "write a starting configuration from the mail" },
};

static void
usage (FILE *out)
{
    fprintf (out, "Usage: redflag COMMAND [OPTIONS]\n\n"
                  "Tells, client by client and with evidence, which client relationships are\n"
                  "healthy and which should be renegotiated or ended.\n\nCommands:\n");
    for (size_t i = 0; i < G_N_ELEMENTS (commands); i++)
        fprintf (out, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fprintf (out, "\nRun 'redflag COMMAND --help' for a command's options.\n"
                  "Exit codes: 0 ok, 1 failure, 2 usage, 3 configuration, 4 input missing,\n"
                  "            5 database in use by another run, 6 no data.\n"
                  "Environment: REDFLAG_DB names the database when --db is not given.\n");
}

int
main (int argc, char **argv)
{
    int rc;
    setlocale (LC_ALL, "");
    /* A closed pipe (| head) and a file size limit are write errors that
     * the commands handle, not reasons to be killed. */
    signal (SIGPIPE, SIG_IGN);
    signal (SIGXFSZ, SIG_IGN);
    if (argc < 2) {
        usage (stderr);
        return RF_EXIT_USAGE;
    }
    if (!strcmp (argv[1], "--help") || !strcmp (argv[1], "-h") || !strcmp (argv[1], "help")) {
        usage (stdout);
        return RF_EXIT_OK;
    }
    if (!strcmp (argv[1], "--version") || !strcmp (argv[1], "-V")) {
        printf ("redflag %s\n", PACKAGE_VERSION);
        return RF_EXIT_OK;
    }
    for (size_t i = 0; i < G_N_ELEMENTS (commands); i++) {
        if (strcmp (argv[1], commands[i].name) != 0)
            continue;
        g_mime_init ();
        xmlInitParser ();
        rc = commands[i].fn (argc - 1, argv + 1);
        xmlCleanupParser ();
        g_mime_shutdown ();
        return rc;
    }
    rf_error ("unknown command '%s'; run 'redflag --help' for the list", argv[1]);
    return RF_EXIT_USAGE;
}
