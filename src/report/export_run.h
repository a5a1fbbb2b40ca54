/* export_run.h - read an export table from the database, one typed row at
 * a time, and hand each row to a writer (CSV/TSV, xlsx, JSON). Reads only
 * the database. */
#ifndef RF_EXPORT_RUN_H
#define RF_EXPORT_RUN_H

#include "report/export_def.h"
#include "store/store.h"

typedef struct {
    const char *as_of_day;   /* YYYY-MM-DD: the as_of column, and ?1 of the queries */
    GTimeZone *tz;           /* our time zone, for the _local columns */
    const char *tz_name;     /* its name, for headers */
} rf_export_ctx_t;

typedef enum { RF_CELL_NULL, RF_CELL_TEXT, RF_CELL_INT, RF_CELL_REAL, RF_CELL_DATE } rf_cell_type_t;

/* One value, ready for every format. */
typedef struct {
    rf_cell_type_t type;
    const char *text;        /* the CSV/TSV form (every type but NULL) */
    gint64 i;                /* INT */
    double num;              /* INT and REAL: the value; DATE: the spreadsheet serial (days since 1899-12-30) */
    gboolean has_time;       /* DATE: a time of day, not a day */
    int decimals;            /* AMOUNT: the currency's decimals */
    const char *currency;    /* AMOUNT: its code, or NULL */
    char buf[48];
} rf_cell_t;

typedef struct rf_export_sink rf_export_sink_t;
struct rf_export_sink {
    gboolean (*begin) (rf_export_sink_t *s, const rf_export_table_t *t, GError **err);
    gboolean (*row) (rf_export_sink_t *s, const rf_export_table_t *t, const rf_cell_t *cells, GError **err);
    gboolean (*end) (rf_export_sink_t *s, const rf_export_table_t *t, GError **err);
};

/* Read table t and pass each row to sink (begin, rows, end). */
gboolean rf_export_run (rf_store_t *st, const rf_export_table_t *t, const rf_export_ctx_t *ctx,
                        rf_export_sink_t *sink, GError **err);

/* Our time zone, as the last analysis stored it (meta 'timezone'); UTC
 * before any analysis. Fills ctx->tz (g_time_zone_unref) and returns the
 * name (g_free). */
char *rf_export_our_zone (rf_store_t *st, GTimeZone **tz);

#endif
