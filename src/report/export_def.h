/* export_def.h - the one table of column definitions behind every export:
 * each table's query and, for each column, its name, type, unit and
 * meaning. The CSV, TSV, xlsx and JSON writers, `export --columns` and
 * doc/exports.md all read these definitions, so they cannot disagree. */
#ifndef RF_EXPORT_DEF_H
#define RF_EXPORT_DEF_H

#include <glib.h>

/* What a column holds, which decides how each format writes it. */
typedef enum {
    RF_COL_TEXT,        /* text (from mail, invoices, the configuration, or a code word) */
    RF_COL_INT,         /* whole number */
    RF_COL_NUMBER,      /* decimal number */
    RF_COL_SHARE,       /* a fraction of 1 (0.25 is 25 %) */
    RF_COL_SECONDS,     /* a duration in whole seconds */
    RF_COL_HOURS,       /* the duration of column src in hours, 2 decimals */
    RF_COL_MINOR,       /* an amount in minor units of its currency (cents) */
    RF_COL_AMOUNT,      /* the minor units of column src in the currency of column aux */
    RF_COL_DATE,        /* a day, YYYY-MM-DD */
    RF_COL_MONTH,       /* a month, YYYY-MM */
    RF_COL_UTC,         /* a date-time (unix time in the database), ISO 8601 UTC */
    RF_COL_LOCAL,       /* the date-time of column src in our time zone, ISO 8601 with offset */
    RF_COL_WHEN,        /* text as stored: an ISO 8601 UTC date-time or a day */
    RF_COL_WHEN_LOCAL,  /* a WHEN column in our time zone (a day stays a day) */
    RF_COL_AS_OF,       /* the date the export is as of (no query column) */
} rf_col_kind_t;

typedef struct {
    const char *name;
    rf_col_kind_t kind;
    int src;            /* the query's column it is read from (0-based; -1 for AS_OF) */
    int aux;            /* AMOUNT: the query's column of the currency code */
    const char *unit;   /* NULL: the kind's own (rf_col_unit) */
    const char *meaning;
} rf_col_t;

/* How a table depends on the reference date: not at all, as of the
 * analysis that built it, or worked out for any --as-of. */
typedef enum { RF_UNDATED, RF_AS_ANALYSED, RF_ANY_DATE } rf_dated_t;

typedef struct {
    const char *name;
    const char *summary;
    rf_dated_t dated;
    /* The query; ?1 is the as-of day (YYYY-MM-DD). With aging set, a
     * printf format whose %s is the money's aging query. */
    const char *sql;
    gboolean aging;
    const rf_col_t *cols;
    guint n_cols;
} rf_export_table_t;

/* Every table, in the order `export --help` lists them. */
const rf_export_table_t *rf_export_tables (guint *n);

/* The table of that name, or NULL. */
const rf_export_table_t *rf_export_table_find (const char *name);

/* The type and unit of a column in words, for the column dictionary. */
const char *rf_col_type_name (const rf_col_t *c);
const char *rf_col_unit (const rf_col_t *c);

/* TRUE for the kinds written as numbers (never altered by the CSV writer's
 * formula guard). */
gboolean rf_col_is_numeric (rf_col_kind_t kind);

/* The definitions of each group of tables (export_def_*.c). */
extern const rf_export_table_t rf_export_def_mail[];
extern const guint rf_export_def_mail_n;
extern const rf_export_table_t rf_export_def_money[];
extern const guint rf_export_def_money_n;
extern const rf_export_table_t rf_export_def_findings[];
extern const guint rf_export_def_findings_n;

#endif
