/* export_money.c - invoices and aging as CSV/TSV. */
#include "config.h"
#include "money/export_money.h"
#include "money/money_analyze.h"
#include "base/util.h"

static void
field_or_null (rf_csv_t *w, sqlite3_stmt *s, int i)
{
    if (sqlite3_column_type (s, i) == SQLITE_NULL)
        rf_csv_null (w);
    else if (sqlite3_column_type (s, i) == SQLITE_INTEGER)
        rf_csv_int (w, sqlite3_column_int64 (s, i));
    else
        rf_csv_field (w, (const char *) sqlite3_column_text (s, i));
}

/* Write every row of a prepared statement, one field per column. */
static gboolean
write_rows (rf_store_t *st, sqlite3_stmt *s, rf_csv_t *w, GError **err)
{
    int rc, n = sqlite3_column_count (s);
    while ((rc = sqlite3_step (s)) == SQLITE_ROW) {
        for (int i = 0; i < n; i++)
            field_or_null (w, s, i);
        rf_csv_end (w);
    }
    if (rc != SQLITE_DONE) {
        rf_store_set_error (st, err, "exporting");
        return FALSE;
    }
    return TRUE;
}

gboolean
rf_export_invoices (rf_store_t *st, rf_csv_t *w, GError **err)
{
    static const char *const header[] = {
        "invoice_number", "client", "kind", "issue_date", "due_date", "paid_date", "currency",
        "amount_minor", "paid_minor", "days_late", "status", NULL
    };
    /* The due date is the analysis's (none for credit notes, even when the
     * document gave one); before any analysis, the document's. */
    sqlite3_stmt *s = rf_store_prepare (st,
        "SELECT i.number, c.key, i.kind, i.issue_date,"
        " CASE WHEN s.invoice_id IS NULL THEN i.due_date ELSE s.due_date END, s.paid_date,"
        " i.currency, i.amount_minor, COALESCE(s.paid_minor, 0), s.days_late, s.status"
        " FROM invoice i LEFT JOIN invoice_status s ON s.invoice_id = i.id"
        " LEFT JOIN client c ON c.id = s.client_id"
        " ORDER BY i.issue_date, i.number, i.id", err);
    gboolean ok;
    if (!s)
        return FALSE;
    rf_csv_header (w, header);
    ok = write_rows (st, s, w, err);
    sqlite3_finalize (s);
    return ok;
}

gboolean
rf_export_aging (rf_store_t *st, rf_csv_t *w, gint64 as_of, GError **err)
{
    static const char *const header[] = {
        "client", "currency", "current", "d1_30", "d31_60", "d61_90", "d90_plus", NULL
    };
    char *sql = g_strdup_printf ("SELECT COALESCE(c.key, ''), a.currency, a.b0, a.b1, a.b2, a.b3, a.b4"
                                 " FROM (%s) a LEFT JOIN client c ON c.id = a.client_id"
                                 " ORDER BY c.key IS NULL, c.key, a.currency", rf_money_aging_sql);
    sqlite3_stmt *s = rf_store_prepare (st, sql, err);
    char day[16];
    gboolean ok;
    g_free (sql);
    if (!s)
        return FALSE;
    rf_format_date (as_of, day);
    sqlite3_bind_text (s, 1, day, -1, SQLITE_TRANSIENT);
    rf_csv_header (w, header);
    ok = write_rows (st, s, w, err);
    sqlite3_finalize (s);
    return ok;
}
