/* report.c - the per-client table, worst first, and with --client the
 * findings and their evidence. Reads only the database. */
#include "config.h"
#include "report/report.h"
#include "report/report_fmt.h"
#include "report/report_clients.h"
#include "base/util.h"

#include <stdio.h>
#include <string.h>

#define EVIDENCE_SHOWN 5   /* per finding, without --all-evidence */

typedef struct {
    gint64 id;
    char *key, *name, *rec, *reason, *caution, *act_by, *currency, *findings, *renewal, *timezone;
    int score;
    gboolean has_share, has_latency, has_late;
    double share, late;
    gint64 latency, in, out;
} row_t;

static void
row_free (gpointer p)
{
    row_t *r = p;
    g_free (r->key);
    g_free (r->name);
    g_free (r->rec);
    g_free (r->reason);
    g_free (r->caution);
    g_free (r->act_by);
    g_free (r->currency);
    g_free (r->findings);
    g_free (r->renewal);
    g_free (r->timezone);
    g_free (r);
}

/* Every text from the database came from mail, invoices or the
 * configuration: it is made safe for the terminal before it is printed. */
static char *
col_text (sqlite3_stmt *q, int i)
{
    const char *t = (const char *) sqlite3_column_text (q, i);
    return t ? rf_term_safe (t) : NULL;
}

/* The same for printing at once: "" for NULL. */
static char *
col_print (sqlite3_stmt *q, int i)
{
    return rf_term_safe ((const char *) sqlite3_column_text (q, i));
}

static GPtrArray *
load_rows (rf_store_t *st, const rf_report_opts_t *o, GError **err)
{
    GPtrArray *rows = g_ptr_array_new_with_free_func (row_free);
    sqlite3_stmt *q = rf_store_prepare (st,
        "SELECT c.id, c.key, c.name, s.score, s.recommendation, s.reason, s.caution, s.act_by,"
        " s.revenue_share, s.client_latency_median, s.weighted_days_late, s.currency, s.inbound, s.outbound,"
        " (SELECT group_concat(x, ', ') FROM (SELECT f.signal || CASE f.severity WHEN 'critical' THEN '!!'"
        "    WHEN 'warning' THEN '!' ELSE '' END AS x FROM finding f WHERE f.client_id = c.id AND f.points > 0"
        "    ORDER BY f.points DESC, f.signal LIMIT 3)),"
        " (SELECT f.summary FROM finding f WHERE f.client_id = c.id AND f.signal = 'contract_end'), c.timezone"
        " FROM client_score s JOIN client c ON c.id = s.client_id"
        " WHERE (?1 IS NULL OR c.key = ?1 OR lower(c.name) = lower(?1))"
        " AND (s.inbound + s.outbound > 0 OR s.revenue_minor <> 0 OR s.score > 0)"
        " ORDER BY s.score DESC, c.name", err);
    if (!q) {
        g_ptr_array_unref (rows);
        return NULL;
    }
    if (o->client)
        sqlite3_bind_text (q, 1, o->client, -1, SQLITE_STATIC);
    while (sqlite3_step (q) == SQLITE_ROW) {
        row_t *r = g_new0 (row_t, 1);
        r->id = sqlite3_column_int64 (q, 0);
        r->key = col_text (q, 1);
        r->name = col_text (q, 2);
        r->score = sqlite3_column_int (q, 3);
        r->rec = col_text (q, 4);
        r->reason = col_text (q, 5);
        r->caution = col_text (q, 6);
        r->act_by = col_text (q, 7);
        r->has_share = sqlite3_column_type (q, 8) != SQLITE_NULL;
        r->share = sqlite3_column_double (q, 8);
        r->has_latency = sqlite3_column_type (q, 9) != SQLITE_NULL;
        r->latency = sqlite3_column_int64 (q, 9);
        r->has_late = sqlite3_column_type (q, 10) != SQLITE_NULL;
        r->late = sqlite3_column_double (q, 10);
        r->currency = col_text (q, 11);
        r->in = sqlite3_column_int64 (q, 12);
        r->out = sqlite3_column_int64 (q, 13);
        r->findings = col_text (q, 14);
        r->renewal = col_text (q, 15);
        r->timezone = col_text (q, 16);
        g_ptr_array_add (rows, r);
    }
    sqlite3_finalize (q);
    return rows;
}

static const char *
rec_colour (const char *rec)
{
    if (!strcmp (rec, "exit"))
        return "\033[1;31m";
    if (!strcmp (rec, "renegotiate"))
        return "\033[33m";
    if (!strcmp (rec, "watch"))
        return "\033[36m";
    return "\033[32m";
}

static void
print_row (const row_t *r, gboolean tty, int findings_width)
{
    char buf[32], lat[16];
    rf_print_cell (r->name, 22, FALSE);
    printf (" %5d  ", r->score);
    if (tty)
        fputs (rec_colour (r->rec), stdout);
    rf_print_cell (r->rec, 11, FALSE);
    if (tty)
        fputs ("\033[0m", stdout);
    if (r->has_share)
        g_snprintf (buf, sizeof buf, "%.1f %%", 100 * r->share);
    else
        g_strlcpy (buf, "-", sizeof buf);
    printf (" ");
    rf_print_cell (buf, 7, TRUE);
    printf (" ");
    rf_print_cell (rf_fmt_duration (r->latency, r->has_latency, lat), 8, TRUE);
    if (r->has_late)
        g_snprintf (buf, sizeof buf, "%.1f", r->late);
    else
        g_strlcpy (buf, "-", sizeof buf);
    printf (" ");
    rf_print_cell (buf, 6, TRUE);
    printf ("  ");
    if (findings_width > 0)
        rf_print_cell (r->findings ? r->findings : "-", findings_width, FALSE);
    else
        fputs (r->findings ? r->findings : "-", stdout);
    printf ("\n");
}

/* The evidence of one finding: the first few, or all; the Message-IDs
 * with --all-evidence, to name one to 'redflag dismiss'. */
static void
print_evidence (sqlite3_stmt *e, gint64 finding_id, gint64 n, const rf_report_opts_t *o, GTimeZone *tz)
{
    gint64 shown = 0;
    sqlite3_reset (e);
    sqlite3_bind_int64 (e, 1, finding_id);
    while (sqlite3_step (e) == SQLITE_ROW && (o->all_evidence || shown < EVIDENCE_SHOWN)) {
        char *when = rf_fmt_local_when ((const char *) sqlite3_column_text (e, 0), tz);
        char *ref = col_print (e, 1), *detail = col_print (e, 2), *msgid = col_print (e, 3);
        printf ("      %s%s%s%s", when, *when ? "  " : "", ref, detail);
        if (o->all_evidence && sqlite3_column_type (e, 3) != SQLITE_NULL)
            printf ("  <%s>", msgid);
        printf ("\n");
        g_free (when);
        g_free (ref);
        g_free (detail);
        g_free (msgid);
        shown++;
    }
    if (n > shown)
        printf ("      ... and %" G_GINT64_FORMAT " more (--all-evidence shows them)\n", n - shown);
}

/* Every finding of one client, with its evidence. */
static gboolean
print_details (rf_store_t *st, const row_t *r, const rf_report_opts_t *o, GError **err)
{
    sqlite3_stmt *f = rf_store_prepare (st,
        "SELECT id, severity, signal, summary, trend, evidence_count, points FROM finding"
        " WHERE client_id = ?1 ORDER BY points DESC, signal", err);
    sqlite3_stmt *e = f ? rf_store_prepare (st,
        "SELECT COALESCE(date, ''), CASE WHEN invoice_id IS NOT NULL THEN ref || ': ' ELSE '' END, detail,"
        " CASE WHEN message_id IS NOT NULL THEN ref END"
        " FROM finding_evidence"
        " WHERE finding_id = ?1 ORDER BY pos", err) : NULL;
    GTimeZone *tz;
    if (!e) {
        sqlite3_finalize (f);
        return FALSE;
    }
    tz = rf_time_zone_new (r->timezone ? r->timezone : "UTC");
    if (!tz)
        tz = g_time_zone_new_utc ();
    printf ("\n%s (%s): %s, score %d. %s.\n", r->name, r->key, r->rec, r->score, r->reason);
    if (r->caution)
        printf ("Caution: %s.\n", r->caution);
    if (r->act_by)
        printf ("Act by: %s (contract end).\n", r->act_by);
    sqlite3_bind_int64 (f, 1, r->id);
    while (sqlite3_step (f) == SQLITE_ROW) {
        int points = sqlite3_column_int (f, 6);
        char *trend = col_print (f, 4), *sev = col_print (f, 1), *sig = col_print (f, 2), *sum = col_print (f, 3);
        GString *how = g_string_new (NULL);
        /* Information that weighs nothing and cannot be compared says so by
         * saying nothing. */
        if (points)
            g_string_append_printf (how, "%+d points", points);
        if (strcmp (trend, "unknown"))
            g_string_append_printf (how, "%s%s", how->len ? ", " : "", trend);
        printf ("\n  [%s] %s%s%s%s: %s\n", sev, sig, how->len ? " (" : "", how->str, how->len ? ")" : "", sum);
        g_string_free (how, TRUE);
        g_free (trend);
        g_free (sev);
        g_free (sig);
        g_free (sum);
        print_evidence (e, sqlite3_column_int64 (f, 0), sqlite3_column_int64 (f, 5), o, tz);
    }
    g_time_zone_unref (tz);
    sqlite3_finalize (e);
    sqlite3_finalize (f);
    return TRUE;
}

static gboolean
window_line (rf_store_t *st, gboolean tty, guint n)
{
    sqlite3_stmt *q = rf_store_prepare (st, "SELECT since, date(until, '-1 day'), as_of FROM finding_window", NULL);
    gboolean ok = q && sqlite3_step (q) == SQLITE_ROW;
    if (ok)
        printf ("%sredflag report%s, %s to %s (as of %s): %u client%s\n\n", tty ? "\033[1m" : "",
                tty ? "\033[0m" : "", sqlite3_column_text (q, 0), sqlite3_column_text (q, 1),
                sqlite3_column_text (q, 2), n, n == 1 ? "" : "s");
    sqlite3_finalize (q);
    return ok;
}

int
rf_report_print (rf_store_t *st, const rf_report_opts_t *o, GError **err)
{
    gboolean tty = rf_stdout_is_tty ();
    int width = tty ? rf_terminal_width () : 0, findings_width = 0;
    GPtrArray *rows = load_rows (st, o, err);

    if (!rows)
        return RF_EXIT_FAILURE;
    /* A key that names no client at all: say which ones exist, as audit does. */
    if (rows->len == 0 && o->client && !rf_report_client_known (st, o->client)) {
        char *keys = rf_report_client_keys (st), *asked = rf_term_safe (o->client);
        rf_error ("report: no client '%s'; known clients: %s", asked,
                  *keys ? keys : "(none: run 'redflag scan' first)");
        g_free (keys);
        g_free (asked);
        g_ptr_array_unref (rows);
        return RF_EXIT_NODATA;
    }
    if (!window_line (st, tty, rows->len)) {
        printf ("No findings yet: run 'redflag scan' or 'redflag analyze' first.\n");
        g_ptr_array_unref (rows);
        return RF_EXIT_NODATA;
    }
    /* Nothing to judge is no verdict at all. */
    if (rows->len == 0) {
        char *asked = rf_term_safe (o->client);
        printf (o->client ? "No mail or invoices of '%s' in this window: no verdict.\n"
                          : "No mail or invoices in this window: no verdict.\n", asked);
        g_free (asked);
        g_ptr_array_unref (rows);
        if (!o->client && !rf_report_unconfigured_line (st, 3, err))
            return RF_EXIT_FAILURE;
        return RF_EXIT_NODATA;
    }
    /* On a terminal the findings column takes what is left of the width. */
    if (width > 0)
        findings_width = MAX (width - 70, 20);
    printf ("%-22s %5s  %-11s %7s %8s %6s  %s\n", "client", "score", "verdict", "revenue", "answers",
            "late", "top findings");
    for (guint i = 0; i < rows->len; i++)
        print_row (rows->pdata[i], tty, findings_width);
    printf ("\nrevenue: share of net invoiced in the window; answers: the client's median time to\n"
            "answer us; late: days late, weighted by amount; ! warning, !! critical.\n");
    /* What to do by when, and what to keep in mind, one line per client. */
    for (guint i = 0, first = 1; i < rows->len && !o->details; i++) {
        row_t *r = rows->pdata[i];
        GString *line = g_string_new (NULL);
        if (r->act_by)
            g_string_append_printf (line, "act by %s", r->act_by);
        else if (r->renewal)
            g_string_append (line, r->renewal);
        if (r->caution)
            g_string_append_printf (line, "%s%s", line->len ? "; " : "", r->caution);
        if (line->len) {
            printf ("%s%s: %s.\n", first ? "\n" : "", r->name, line->str);
            first = 0;
        }
        g_string_free (line, TRUE);
    }
    for (guint i = 0; i < rows->len && o->details; i++)
        if (!print_details (st, rows->pdata[i], o, err)) {
            g_ptr_array_unref (rows);
            return RF_EXIT_FAILURE;
        }
    g_ptr_array_unref (rows);
    /* Mail outside every client group is in no row: say so. */
    if (!o->client && !rf_report_unconfigured_line (st, 3, err))
        return RF_EXIT_FAILURE;
    return RF_EXIT_OK;
}
