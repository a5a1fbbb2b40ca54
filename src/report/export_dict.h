/* export_dict.h - the column dictionary: every export column with its
 * type, unit and meaning, printed from the definitions the exporters use
 * (`redflag export --columns TABLE`, and doc/exports.md). */
#ifndef RF_EXPORT_DICT_H
#define RF_EXPORT_DICT_H

#include "report/export_def.h"

#include <stdio.h>

/* One table as aligned plain text. */
void rf_export_dict_text (FILE *out, const rf_export_table_t *t);

/* The whole of doc/exports.md: how the exports are written, then every
 * table's columns as Markdown tables. */
void rf_export_dict_markdown (FILE *out);

#endif
