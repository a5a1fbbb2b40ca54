/* xlsx_lib.c - libxlsxwriter, opened with GModule when the first workbook
 * is made (export_xlsx_p.h says why). */
#include "config.h"
#include "report/export_xlsx_p.h"

#include <gmodule.h>

struct rf_lxw_api rf_lxw;

static char *failure; /* why it could not be opened */

static gpointer
open_library (gpointer unused)
{
    /* REDFLAG_XLSXWRITER: the library installed elsewhere. */
    const char *name = g_getenv ("REDFLAG_XLSXWRITER");
    GModule *m = g_module_open (name && *name ? name : RF_XLSXWRITER_SONAME,
                                G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
    gboolean ok = m != NULL;
    (void) unused;
#define RF_LXW_RESOLVE(name) ok = ok && g_module_symbol (m, #name, (gpointer *) &rf_lxw.name);
    RF_LXW_FUNCTIONS (RF_LXW_RESOLVE)
#undef RF_LXW_RESOLVE
    if (ok) {
        /* Kept for the life of the process, as a linked library is. */
        g_module_make_resident (m);
        return GINT_TO_POINTER (1);
    }
    failure = g_strdup_printf ("cannot write .xlsx files: %s (install the Debian package"
                               " libxlsxwriter4)", g_module_error ());
    return NULL;
}

gboolean
rf_lxw_open (GError **err)
{
    static GOnce once = G_ONCE_INIT;
    if (g_once (&once, open_library, NULL))
        return TRUE;
    g_set_error_literal (err, G_FILE_ERROR, G_FILE_ERROR_NOENT, failure);
    return FALSE;
}
