/* export_csv.h - write export tables as RFC 4180 CSV or TSV. */
#ifndef RF_EXPORT_CSV_H
#define RF_EXPORT_CSV_H

#include "report/export_run.h"
#include "base/csv.h"

/* Write table t to out. Unless raw, a text cell that a spreadsheet would
 * take for a formula (it starts with =, +, -, @, a tab or a CR) gets a
 * leading ' (numbers are never touched). */
gboolean rf_export_csv (rf_store_t *st, const rf_export_table_t *t, const rf_export_ctx_t *ctx, FILE *out,
                        rf_csv_format_t fmt, gboolean bom, gboolean raw, GError **err);

/* TRUE when a spreadsheet would read s as a formula. */
gboolean rf_export_formula_like (const char *s);

#endif
