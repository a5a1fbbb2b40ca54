/* export_mail.c - a query's rows as CSV (the findings' exports), and the
 * reply counts of a run's summary. The export tables themselves are
 * defined in report/export_def_*.c. */
#include "config.h"
#include "mail/export_mail.h"
#include "base/util.h"

static gboolean
is_utc_col (const int *cols, int i)
{
    for (; cols && *cols >= 0; cols++)
        if (*cols == i)
            return TRUE;
    return FALSE;
}

gboolean
rf_export_query (rf_store_t *st, rf_csv_t *w, const char *const *header, const char *sql,
                 const int *utc_cols, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (st, sql, err);
    int rc;
    if (!q)
        return FALSE;
    rf_csv_header (w, header);
    while ((rc = sqlite3_step (q)) == SQLITE_ROW) {
        for (int i = 0; i < sqlite3_column_count (q); i++) {
            int type = sqlite3_column_type (q, i);
            if (type == SQLITE_NULL) {
                rf_csv_null (w);
            } else if (is_utc_col (utc_cols, i)) {
                char buf[32];
                rf_format_utc (sqlite3_column_int64 (q, i), buf);
                rf_csv_field (w, buf);
            } else if (type == SQLITE_INTEGER) {
                rf_csv_int (w, sqlite3_column_int64 (q, i));
            } else {
                rf_csv_field (w, (const char *) sqlite3_column_text (q, i));
            }
        }
        rf_csv_end (w);
    }
    sqlite3_finalize (q);
    if (rc != SQLITE_DONE) {
        rf_store_set_error (st, err, "exporting");
        return FALSE;
    }
    return TRUE;
}

gboolean
rf_mail_reply_counts (rf_store_t *st, gint64 *replies, gint64 *by_subject, gint64 *skewed, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (st, "SELECT count(*), count(*) FILTER (WHERE method = 'subject'),"
                                            " count(*) FILTER (WHERE skew_seconds > 0) FROM reply", err);
    gboolean ok = q && sqlite3_step (q) == SQLITE_ROW;
    if (ok) {
        *replies = sqlite3_column_int64 (q, 0);
        *by_subject = sqlite3_column_int64 (q, 1);
        *skewed = sqlite3_column_int64 (q, 2);
    } else if (q) {
        rf_store_set_error (st, err, "counting the replies");
    }
    sqlite3_finalize (q);
    return ok;
}
