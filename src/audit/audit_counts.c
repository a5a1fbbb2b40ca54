/* audit_counts.c - the numbers of the audit that are counts: what the
 * findings stage measured for each signal (client_measure) and its counts
 * of the window by month (finding_month). The summary, the charts and the
 * letter read these, never a count of their own, so that each number on
 * the page is the one the findings rest on. */
#include "config.h"
#include "audit/audit_data.h"
#include "audit/audit_fmt.h"

#include <math.h>
#include <string.h>

static void
tally_free (gpointer p)
{
    rf_audit_tally_t *t = p;
    g_free (t->signal);
    g_free (t->counts);
    g_free (t);
}

static gint64
int_or (sqlite3_stmt *q, int i, gint64 def)
{
    return sqlite3_column_type (q, i) == SQLITE_NULL ? def : sqlite3_column_int64 (q, i);
}

gboolean
rf_audit_load_tallies (rf_store_t *st, rf_audit_t *a, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (st,
        "SELECT signal, value, n, n_of, counts, observations, min_observations FROM client_measure"
        " WHERE client_id = ?1 ORDER BY signal", err);
    int rc;
    a->tallies = g_ptr_array_new_with_free_func (tally_free);
    if (!q)
        return FALSE;
    sqlite3_bind_int64 (q, 1, a->id);
    while ((rc = sqlite3_step (q)) == SQLITE_ROW) {
        rf_audit_tally_t *t = g_new0 (rf_audit_tally_t, 1);
        t->signal = rf_audit_text ((const char *) sqlite3_column_text (q, 0));
        t->value = sqlite3_column_type (q, 1) == SQLITE_NULL ? NAN : sqlite3_column_double (q, 1);
        t->n = int_or (q, 2, -1);
        t->n_of = int_or (q, 3, -1);
        t->counts = rf_audit_text ((const char *) sqlite3_column_text (q, 4));
        t->observations = int_or (q, 5, 0);
        t->min_observations = int_or (q, 6, 0);
        g_ptr_array_add (a->tallies, t);
    }
    sqlite3_finalize (q);
    if (rc != SQLITE_DONE) {
        rf_store_set_error (st, err, "audit: reading the measures");
        return FALSE;
    }
    return TRUE;
}

const rf_audit_tally_t *
rf_audit_tally (const rf_audit_t *a, const char *signal)
{
    for (guint i = 0; a->tallies && i < a->tallies->len; i++)
        if (!strcmp (((rf_audit_tally_t *) a->tallies->pdata[i])->signal, signal))
            return a->tallies->pdata[i];
    return NULL;
}

/* One month's count of what: messages each way, a counter-signal, or a
 * warning category (its own row of the markers chart). */
static void
month_count (rf_audit_t *a, const char *what, int i, gint64 n)
{
    guint c;
    if (!strcmp (what, "in") || !strcmp (what, "out")) {
        g_array_index (!strcmp (what, "in") ? a->in : a->out, gint64, i) += n;
        return;
    }
    if (!strcmp (what, "appreciation") || !strcmp (what, "referral")) {
        *(!strcmp (what, "appreciation") ? &a->appreciation : &a->referral) += n;
        return;
    }
    for (c = 0; c < a->categories->len; c++)
        if (!strcmp (a->categories->pdata[c], what))
            break;
    if (c == a->categories->len) {
        g_ptr_array_add (a->categories, rf_audit_text (what));
        g_ptr_array_add (a->category_messages, rf_audit_month_array (a, 0));
    }
    g_array_index ((GArray *) a->category_messages->pdata[c], gint64, i) += n;
}

gboolean
rf_audit_load_month_counts (rf_store_t *st, rf_audit_t *a, GError **err)
{
    /* Categories by their messages over the window, most first. */
    sqlite3_stmt *q = rf_store_prepare (st,
        "SELECT k.what, k.month, k.n FROM finding_month k"
        " JOIN (SELECT what, sum(n) AS total FROM finding_month WHERE client_id = ?1 GROUP BY what) t"
        "  USING (what) WHERE k.client_id = ?1 AND k.n > 0 ORDER BY t.total DESC, k.what, k.month", err);
    int rc;
    a->in = rf_audit_month_array (a, 0);
    a->out = rf_audit_month_array (a, 0);
    a->categories = g_ptr_array_new_with_free_func (g_free);
    a->category_messages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
    if (!q)
        return FALSE;
    sqlite3_bind_int64 (q, 1, a->id);
    while ((rc = sqlite3_step (q)) == SQLITE_ROW) {
        int i = rf_audit_month_index (a, (const char *) sqlite3_column_text (q, 1));
        if (i >= 0)
            month_count (a, (const char *) sqlite3_column_text (q, 0), i, sqlite3_column_int64 (q, 2));
    }
    sqlite3_finalize (q);
    if (rc != SQLITE_DONE) {
        rf_store_set_error (st, err, "audit: reading the monthly counts");
        return FALSE;
    }
    return TRUE;
}
