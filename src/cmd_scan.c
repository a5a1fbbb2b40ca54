/* cmd_scan.c - 'redflag scan'. */
#include "config.h"
#include "cli.h"
#include "util.h"

int
rf_cmd_scan (int argc, char **argv)
{
    rf_error ("scan: not available in this build yet");
    return RF_EXIT_FAILURE;
}
