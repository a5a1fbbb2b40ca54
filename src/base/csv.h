/* csv.h - write RFC 4180 CSV (or TSV) that spreadsheets open cleanly. */
#ifndef RF_CSV_H
#define RF_CSV_H

#include <glib.h>
#include <stdio.h>

typedef enum { RF_CSV, RF_TSV } rf_csv_format_t;

typedef struct {
    FILE *out;
    rf_csv_format_t format;
    gboolean at_line_start;
    /* A last column on every record, the same value on each: its name in
     * the header (an export's as_of date). NULL for none; set after init. */
    const char *trailer_name, *trailer_value;
} rf_csv_t;

/* Start a table: writes the UTF-8 BOM when bom is TRUE (for Excel). */
void rf_csv_init (rf_csv_t *w, FILE *out, rf_csv_format_t format, gboolean bom);

/* One field. NULL writes an empty field. CSV quotes fields holding the
 * separator, quotes, CR or LF; TSV replaces tabs and line breaks by spaces. */
void rf_csv_field (rf_csv_t *w, const char *s);
void rf_csv_int (rf_csv_t *w, gint64 v);
void rf_csv_null (rf_csv_t *w);
/* End of record: CRLF, as RFC 4180 says. */
void rf_csv_end (rf_csv_t *w);

/* Write a header line from a NULL-terminated list of names. */
void rf_csv_header (rf_csv_t *w, const char *const *names);

/* Parse "csv" or "tsv". FALSE if neither. */
gboolean rf_csv_parse_format (const char *s, rf_csv_format_t *out);

#endif
