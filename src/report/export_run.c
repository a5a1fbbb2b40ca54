/* export_run.c - see export_run.h. Every derived column (local time,
 * hours, decimal amounts) is worked out here, once, so that every format
 * writes the same value. */
#include "config.h"
#include "report/export_run.h"
#include "money/money.h"
#include "money/money_analyze.h"
#include "base/util.h"

#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#define EXCEL_EPOCH_DAYS 25569.0   /* days from 1899-12-30 (the spreadsheet day 0) to 1970-01-01 */

/* ISO 8601 of a unix time shifted by offset seconds, with that offset
 * ("Z" form only for rf_format_utc). */
static void
format_offset (gint64 t, int offset, char *buf, gsize len)
{
    time_t local = (time_t) (t + offset);
    struct tm tm;
    int a = ABS (offset);
    gmtime_r (&local, &tm);
    g_snprintf (buf, len, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, offset < 0 ? '-' : '+', a / 3600, (a / 60) % 60);
}

static void
set_time (rf_cell_t *c, gint64 t, int offset)
{
    c->type = RF_CELL_DATE;
    c->num = (double) (t + offset) / 86400.0 + EXCEL_EPOCH_DAYS;
    c->has_time = TRUE;
}

/* A day (YYYY-MM-DD) or a month (YYYY-MM): its serial; text otherwise. */
static void
set_day (rf_cell_t *c, const char *text, gboolean month)
{
    char day[16];
    gint64 t;
    c->type = RF_CELL_TEXT;
    c->text = text;
    g_snprintf (day, sizeof day, month ? "%s-01" : "%s", text);
    if (strlen (text) == (month ? 7u : 10u) && rf_parse_date (day, &t)) {
        c->type = RF_CELL_DATE;
        c->num = (double) t / 86400.0 + EXCEL_EPOCH_DAYS;
        c->has_time = FALSE;
    }
}

/* A WHEN value: an ISO 8601 UTC date-time or a day, as stored; local
 * shifts a date-time into our zone. */
static void
set_when (rf_cell_t *c, const char *text, gboolean local, GTimeZone *tz)
{
    GDateTime *dt;
    gint64 t;
    int off;
    if (strlen (text) == 10) {
        set_day (c, text, FALSE);
        return;
    }
    c->type = RF_CELL_TEXT;
    c->text = text;
    if (!(dt = g_date_time_new_from_iso8601 (text, NULL)))
        return;
    t = g_date_time_to_unix (dt);
    g_date_time_unref (dt);
    off = local ? g_time_zone_get_offset (tz, g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, t)) : 0;
    if (local) {
        format_offset (t, off, c->buf, sizeof c->buf);
        c->text = c->buf;
    }
    set_time (c, t, off);
}

/* Minor units as a decimal with the currency's decimals, exactly. */
static void
set_amount (rf_cell_t *c, gint64 minor, const char *currency)
{
    int d = currency ? rf_currency_exponent (currency) : -1;
    gint64 scale = 1, a = minor < 0 ? -minor : minor;
    if (d < 0)
        d = 2;
    for (int i = 0; i < d; i++)
        scale *= 10;
    if (d == 0)
        g_snprintf (c->buf, sizeof c->buf, "%" G_GINT64_FORMAT, minor);
    else
        g_snprintf (c->buf, sizeof c->buf, "%s%" G_GINT64_FORMAT ".%0*" G_GINT64_FORMAT, minor < 0 ? "-" : "",
                    a / scale, d, a % scale);
    c->type = RF_CELL_REAL;
    c->text = c->buf;
    c->num = (double) minor / (double) scale;
    c->decimals = d;
    c->currency = currency;
}

/* A number as SQLite holds it: integers exactly, reals as SQLite prints
 * them (the same text as before these columns were typed). */
static void
set_number (rf_cell_t *c, sqlite3_stmt *q, int i, int type)
{
    if (type == SQLITE_INTEGER) {
        c->type = RF_CELL_INT;
        c->i = sqlite3_column_int64 (q, i);
        c->num = (double) c->i;
        g_snprintf (c->buf, sizeof c->buf, "%" G_GINT64_FORMAT, c->i);
        c->text = c->buf;
    } else if (type == SQLITE_FLOAT) {
        c->type = RF_CELL_REAL;
        c->num = sqlite3_column_double (q, i);
        c->text = (const char *) sqlite3_column_text (q, i);
    } else {
        c->type = RF_CELL_TEXT;
        c->text = (const char *) sqlite3_column_text (q, i);
    }
}

static void
fill_cell (rf_cell_t *c, const rf_col_t *col, sqlite3_stmt *q, const rf_export_ctx_t *ctx)
{
    /* The type is read before any conversion (sqlite3_column_type is
     * undefined after one). */
    int type = col->src >= 0 ? sqlite3_column_type (q, col->src) : SQLITE_TEXT;
    const char *text = NULL;
    gint64 v = 0;
    memset (c, 0, offsetof (rf_cell_t, buf));
    if (type == SQLITE_NULL)
        return;   /* RF_CELL_NULL */
    if (col->src >= 0 && (col->kind == RF_COL_HOURS || col->kind == RF_COL_AMOUNT || col->kind == RF_COL_UTC
                          || col->kind == RF_COL_LOCAL))
        v = sqlite3_column_int64 (q, col->src);
    else if (col->src >= 0 && !rf_col_is_numeric (col->kind))
        text = (const char *) sqlite3_column_text (q, col->src);
    switch (col->kind) {
    case RF_COL_INT: case RF_COL_NUMBER: case RF_COL_SHARE: case RF_COL_SECONDS: case RF_COL_MINOR:
        set_number (c, q, col->src, type);
        break;
    case RF_COL_HOURS:
        c->type = RF_CELL_REAL;
        c->num = round ((double) v / 36.0) / 100.0;
        c->text = g_ascii_formatd (c->buf, sizeof c->buf, "%.2f", c->num);
        break;
    case RF_COL_AMOUNT:
        set_amount (c, v, (const char *) sqlite3_column_text (q, col->aux));
        break;
    case RF_COL_DATE: case RF_COL_MONTH:
        set_day (c, text, col->kind == RF_COL_MONTH);
        break;
    case RF_COL_AS_OF:
        set_day (c, ctx->as_of_day, FALSE);
        break;
    case RF_COL_UTC:
        rf_format_utc (v, c->buf);
        c->text = c->buf;
        set_time (c, v, 0);
        break;
    case RF_COL_LOCAL: {
        int off = g_time_zone_get_offset (ctx->tz, g_time_zone_find_interval (ctx->tz, G_TIME_TYPE_UNIVERSAL, v));
        format_offset (v, off, c->buf, sizeof c->buf);
        c->text = c->buf;
        set_time (c, v, off);
        break;
    }
    case RF_COL_WHEN: case RF_COL_WHEN_LOCAL:
        set_when (c, text, col->kind == RF_COL_WHEN_LOCAL, ctx->tz);
        break;
    case RF_COL_TEXT:
        c->type = RF_CELL_TEXT;
        c->text = text;
        break;
    }
}

gboolean
rf_export_run (rf_store_t *st, const rf_export_table_t *t, const rf_export_ctx_t *ctx, rf_export_sink_t *sink,
               GError **err)
{
    const char *hole = t->aging ? strstr (t->sql, "%s") : NULL;
    char *sql = hole ? g_strdup_printf ("%.*s%s%s", (int) (hole - t->sql), t->sql, rf_money_aging_sql, hole + 2)
                     : NULL;
    sqlite3_stmt *q = rf_store_prepare (st, sql ? sql : t->sql, err);
    rf_cell_t *cells = g_new0 (rf_cell_t, t->n_cols);
    gboolean ok = q && sink->begin (sink, t, err);
    int rc = SQLITE_DONE;
    g_free (sql);
    if (ok && sqlite3_bind_parameter_count (q) > 0)
        sqlite3_bind_text (q, 1, ctx->as_of_day, -1, SQLITE_TRANSIENT);
    while (ok && (rc = sqlite3_step (q)) == SQLITE_ROW) {
        for (guint i = 0; i < t->n_cols; i++)
            fill_cell (&cells[i], &t->cols[i], q, ctx);
        ok = sink->row (sink, t, cells, err);
    }
    if (ok && rc != SQLITE_DONE) {
        rf_store_set_error (st, err, "exporting");
        ok = FALSE;
    }
    ok = ok && sink->end (sink, t, err);
    sqlite3_finalize (q);
    g_free (cells);
    return ok;
}

char *
rf_export_our_zone (rf_store_t *st, GTimeZone **tz)
{
    char *name = rf_store_meta_get (st, "timezone");
    *tz = name && *name ? rf_time_zone_new (name) : NULL;
    if (!*tz) {
        g_free (name);
        name = g_strdup ("UTC");
        *tz = g_time_zone_new_utc ();
    }
    return name;
}
