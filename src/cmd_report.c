/* cmd_report.c - 'redflag report'. */
#include "config.h"
#include "cli.h"
#include "util.h"

int
rf_cmd_report (int argc, char **argv)
{
    rf_error ("report: not available in this build yet");
    return RF_EXIT_FAILURE;
}
