/* export_json.h - export tables as JSON for scripts (json-glib). */
#ifndef RF_EXPORT_JSON_H
#define RF_EXPORT_JSON_H

#include "report/export_run.h"

#include <stdio.h>

/* Table t as one array of objects, one per row, a member per column:
 * numbers as numbers, dates as their ISO 8601 text, empty as null. Rows
 * are written as they are read, so memory stays flat. */
gboolean rf_export_json (rf_store_t *st, const rf_export_table_t *t, const rf_export_ctx_t *ctx, FILE *out,
                         GError **err);

#endif
