/* cmd_analyze.c - 'redflag analyze'. */
#include "config.h"
#include "cli.h"
#include "util.h"

int
rf_cmd_analyze (int argc, char **argv)
{
    rf_error ("analyze: not available in this build yet");
    return RF_EXIT_FAILURE;
}
