/* cmd_export.c - 'redflag export'. */
#include "config.h"
#include "cli.h"
#include "util.h"

int
rf_cmd_export (int argc, char **argv)
{
    rf_error ("export: not available in this build yet");
    return RF_EXIT_FAILURE;
}
