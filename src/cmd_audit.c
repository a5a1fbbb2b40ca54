/* cmd_audit.c - 'redflag audit CLIENT': the renewal audit as one HTML file. */
#include "config.h"
#include "cli.h"
#include "util.h"

int
rf_cmd_audit (int argc, char **argv)
{
    (void) argc;
    (void) argv;
    rf_error ("audit: not available in this build yet");
    return RF_EXIT_FAILURE;
}
