/* output_open.c - see output_open.h. */
#include "config.h"
#include "output_open.h"
#include "util.h"

int
rf_output_open (const rf_common_opts_t *common, const char *since, const char *until,
                rf_output_t *out)
{
    GError *err = NULL;
    (void) since;
    (void) until;
    out->scratch = FALSE;
    out->st = rf_store_open (common->db_path, RF_STORE_READ, &err);
    if (!out->st) {
        int rc = g_error_matches (err, RF_STORE_ERROR, RF_STORE_ERR_MISSING) ? RF_EXIT_NODATA
                                                                              : RF_EXIT_FAILURE;
        rf_error ("%s", err->message);
        g_error_free (err);
        return rc;
    }
    return RF_EXIT_OK;
}

void
rf_output_close (rf_output_t *out)
{
    if (!out->st)
        return;
    if (out->scratch)
        rf_store_rollback (out->st);
    rf_store_close (out->st);
    out->st = NULL;
}
