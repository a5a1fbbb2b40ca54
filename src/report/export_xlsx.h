/* export_xlsx.h - export tables as an Excel workbook (libxlsxwriter) with
 * typed cells: real dates, amounts with their currency's decimals, shares
 * as percentages, hours as numbers. No cell is ever a formula. The
 * workbook is built in constant-memory mode (one row in memory at a time)
 * in a private temporary folder, then copied to the output stream, so it
 * goes through the same safe-output path as every other export. */
#ifndef RF_EXPORT_XLSX_H
#define RF_EXPORT_XLSX_H

#include "report/export_run.h"

#include <stdio.h>

typedef struct rf_xlsx rf_xlsx_t;

/* A new, empty workbook. NULL and err when no temporary file can be made. */
rf_xlsx_t *rf_xlsx_new (GError **err);

/* A first sheet "About": the database, the analysis date and window, the
 * time zone, the redflag version, and one line per table sheet added
 * afterwards (filled in by rf_xlsx_finish). */
gboolean rf_xlsx_add_about (rf_xlsx_t *x, rf_store_t *st, const char *db_path, const rf_export_ctx_t *ctx,
                            GError **err);

/* One sheet named after the table: a header row (frozen, with an
 * autofilter), then every row; columns fitted to their content. */
gboolean rf_xlsx_add_table (rf_xlsx_t *x, rf_store_t *st, const rf_export_table_t *t, const rf_export_ctx_t *ctx,
                            GError **err);

/* Close the workbook and copy it to out. Frees x. */
gboolean rf_xlsx_finish (rf_xlsx_t *x, FILE *out, GError **err);

/* Give up (NULL is allowed). */
void rf_xlsx_free (rf_xlsx_t *x);

#endif
