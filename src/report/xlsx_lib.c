/* xlsx_lib.c - libxlsxwriter, opened with GModule when the first workbook
 * is made (export_xlsx_p.h says why). */
#include "config.h"
#include "report/export_xlsx_p.h"
#include "base/lazy_lib.h"

struct rf_lxw_api rf_lxw;

static char *failure; /* why it could not be opened */

static gpointer
open_library (gpointer unused)
{
#define RF_LXW_SYMBOL(name) { #name, (gpointer *) &rf_lxw.name },
    const rf_lazy_symbol_t symbols[] = { RF_LXW_FUNCTIONS (RF_LXW_SYMBOL) };
#undef RF_LXW_SYMBOL
    (void) unused;
    /* REDFLAG_XLSXWRITER: the library installed elsewhere. */
    failure = rf_lazy_lib_open ("REDFLAG_XLSXWRITER", RF_XLSXWRITER_SONAME, symbols, G_N_ELEMENTS (symbols),
                                "cannot write .xlsx files", "libxlsxwriter4");
    return failure ? NULL : GINT_TO_POINTER (1);
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
