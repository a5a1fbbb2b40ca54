/* export_xlsx_p.h - what the workbook (export_xlsx.c) and its table
 * sheets (export_xlsx_sheet.c) share. */
#ifndef RF_EXPORT_XLSX_P_H
#define RF_EXPORT_XLSX_P_H

#include "report/export_xlsx.h"

#include <xlsxwriter.h>

/* libxlsxwriter is opened when the first workbook is made, not linked:
 * with its zip and crypto libraries it would cost every run (most write no
 * workbook) their loading time. The functions used, typed as declared. */
#define RF_LXW_FUNCTIONS(X) \
    X (workbook_new_opt) X (workbook_add_format) X (workbook_add_worksheet) X (workbook_close) \
    X (format_set_num_format) X (format_set_bold) X (worksheet_write_string) \
    X (worksheet_write_number) X (worksheet_set_column) X (worksheet_freeze_panes) \
    X (worksheet_autofilter) X (lxw_strerror)
#define RF_LXW_FIELD(name) __typeof__ (name) *name;
extern struct rf_lxw_api {
    RF_LXW_FUNCTIONS (RF_LXW_FIELD)
} rf_lxw;
#undef RF_LXW_FIELD

/* Open libxlsxwriter, once; FALSE and err when it cannot be. */
gboolean rf_lxw_open (GError **err);

struct rf_xlsx {
    lxw_workbook *wb;
    char *dir, *path;               /* the private temporary folder and the workbook in it */
    lxw_format *bold, *date, *datetime, *month, *share, *hours;
    GHashTable *amount_formats;     /* "DECIMALS CURRENCY" -> lxw_format*, made once each */
    lxw_worksheet *about;
    GPtrArray *sheets;              /* the tables added: rf_export_table_t*, for the About sheet */
    GArray *rows;                   /* and their row counts (guint) */
};

/* The number format of an amount in a currency with that many decimals. */
lxw_format *rf_xlsx_amount_format (rf_xlsx_t *x, int decimals, const char *currency);

/* Text as a spreadsheet cell can hold it: valid UTF-8, no control
 * characters but tab and line breaks, at most 32,767 bytes (g_free). */
char *rf_xlsx_clean_text (const char *s);

/* A libxlsxwriter error as a GError about what was being written. */
gboolean rf_xlsx_check (lxw_error e, const char *what, GError **err);

#endif
