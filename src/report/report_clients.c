/* report_clients.c - 'redflag clients': every client with the addresses
 * its mail came from or went to, then everyone we exchanged mail with who
 * is in no client; and the report's line about the latter. Message counts
 * leave out automatic mail, as the analysis does (doc/mail-rules.md). */
#include "config.h"
#include "report/report_clients.h"
#include "report/report_fmt.h"
#include "base/util.h"

#include <stdio.h>
#include <string.h>

/* The first column: at least 40 wide, wider when a name or address is
 * longer (never cut: an address is what the reader must see whole). */
static int name_width = 40;

static void
set_name_width (rf_store_t *st)
{
    gint64 w = rf_store_query_int (st,
        "SELECT max(w) FROM (SELECT max(length(addr)) + 4 AS w FROM counterpart"
        " UNION ALL SELECT max(length(key) + length(name) + 2) FROM client WHERE active = 1"
        " UNION ALL SELECT max(length(party)) FROM counterpart_party)", 0);
    name_width = (int) CLAMP (w + 1, 40, 200);
}

/* Indent, then the text, cleaned of control characters by rf_print_cell. */
static void
name_cell (const char *text, int indent)
{
    int w = rf_display_width (text ? text : "");
    printf ("%*s", indent, "");
    rf_print_cell (text, MAX (name_width - indent, w + 1), FALSE);
}

static void
counts_cells (gint64 in, gint64 out, sqlite3_stmt *q, int last_col)
{
    char day[16] = "-";
    if (sqlite3_column_type (q, last_col) != SQLITE_NULL)
        rf_format_date (sqlite3_column_int64 (q, last_col), day);
    printf (" %9" G_GINT64_FORMAT " %9" G_GINT64_FORMAT "   %s\n", in, out, day);
}

static void
header (void)
{
    printf ("%-*s %9s %9s   %s\n", name_width, "", "from them", "from us", "last message");
}

static gboolean
print_addresses (rf_store_t *st, gint64 client_id, const char *party, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (st,
        "SELECT addr, inbound, outbound, last_utc FROM counterpart"
        " WHERE (?1 IS NOT NULL AND client_id = ?1) OR (?1 IS NULL AND client_id IS NULL AND party = ?2)"
        " ORDER BY inbound + outbound DESC, addr", err);
    if (!q)
        return FALSE;
    if (client_id > 0)
        sqlite3_bind_int64 (q, 1, client_id);
    sqlite3_bind_text (q, 2, party, -1, SQLITE_STATIC);
    while (sqlite3_step (q) == SQLITE_ROW) {
        name_cell ((const char *) sqlite3_column_text (q, 0), 4);
        counts_cells (sqlite3_column_int64 (q, 1), sqlite3_column_int64 (q, 2), q, 3);
    }
    sqlite3_finalize (q);
    return TRUE;
}

static gboolean
print_clients (rf_store_t *st, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (st,
        "SELECT c.id, c.key, c.name,"
        " count(CASE WHEN a.direction = 'in' THEN 1 END), count(CASE WHEN a.direction = 'out' THEN 1 END),"
        " max(m.date_utc)"
        " FROM client c LEFT JOIN message_attr a ON a.client_id = c.id AND a.direction IN ('in', 'out')"
        " AND a.message_id IN (SELECT id FROM message WHERE auto_reason IS NULL)"
        " LEFT JOIN message m ON m.id = a.message_id"
        " WHERE c.active = 1 GROUP BY c.id ORDER BY c.key", err);
    gboolean ok = q != NULL;
    while (ok && sqlite3_step (q) == SQLITE_ROW) {
        const char *key = (const char *) sqlite3_column_text (q, 1);
        const char *name = (const char *) sqlite3_column_text (q, 2);
        char *label = strcmp (key, name) ? g_strdup_printf ("%s: %s", key, name) : g_strdup (key);
        name_cell (label, 0);
        counts_cells (sqlite3_column_int64 (q, 3), sqlite3_column_int64 (q, 4), q, 5);
        ok = print_addresses (st, sqlite3_column_int64 (q, 0), NULL, err);
        g_free (label);
    }
    sqlite3_finalize (q);
    return ok;
}

/* Parties in no client: those we wrote to, or (wrote = FALSE) those that
 * only wrote to us. Returns how many, or -1 on error. */
static gint64
print_parties (rf_store_t *st, gboolean wrote, gboolean list, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (st,
        "SELECT party, inbound, outbound, last_utc, addresses FROM counterpart_party"
        " WHERE (outbound > 0) = ?1 ORDER BY inbound + outbound DESC, party", err);
    gint64 n = 0;
    gboolean ok = q != NULL;
    if (!q)
        return -1;
    sqlite3_bind_int (q, 1, wrote);
    while (ok && sqlite3_step (q) == SQLITE_ROW) {
        const char *party = (const char *) sqlite3_column_text (q, 0);
        n++;
        if (!list)
            continue;
        name_cell (party, 0);
        counts_cells (sqlite3_column_int64 (q, 1), sqlite3_column_int64 (q, 2), q, 3);
        /* A domain's addresses; a freemail party is one address already. */
        if (strchr (party, '@') == NULL)
            ok = print_addresses (st, 0, party, err);
    }
    sqlite3_finalize (q);
    return ok ? n : -1;
}

static void
intro (rf_store_t *st, gint64 clients)
{
    char *conf = rf_store_meta_get (st, "config_path");
    if (conf && *conf)
        printf ("Clients: %" G_GINT64_FORMAT ", from the configuration %s.\n", clients, conf);
    else
        printf ("Clients: %" G_GINT64_FORMAT ", inferred from the mail (no configuration): one per domain "
                "we wrote to, one per address at a freemail domain.\n", clients);
    printf ("Messages not sent automatically, in all the mail read; \"from us\" counts our messages to them.\n\n");
    g_free (conf);
}

int
rf_report_clients_print (rf_store_t *st, gboolean all, GError **err)
{
    char *analyzed = rf_store_meta_get (st, "analysis_key");
    gint64 clients, wrote, only;
    if (!analyzed) {
        printf ("No analysis yet: run 'redflag scan' or 'redflag analyze' first.\n");
        return RF_EXIT_NODATA;
    }
    g_free (analyzed);
    clients = rf_store_query_int (st, "SELECT count(*) FROM client WHERE active = 1", 0);
    set_name_width (st);
    intro (st, clients);
    header ();
    if (!print_clients (st, err))
        return RF_EXIT_FAILURE;
    printf ("\nIn no client group, and we wrote to them: %" G_GINT64_FORMAT "\n",
            print_parties (st, TRUE, FALSE, NULL));
    if ((wrote = print_parties (st, TRUE, TRUE, err)) < 0)
        return RF_EXIT_FAILURE;
    only = print_parties (st, FALSE, FALSE, err);
    if (only < 0)
        return RF_EXIT_FAILURE;
    if (!all) {
        printf ("\nIn no client group, and only wrote to us: %" G_GINT64_FORMAT "%s\n", only,
                only ? " ('redflag clients --all' lists them)" : "");
        return RF_EXIT_OK;
    }
    printf ("\nIn no client group, and only wrote to us: %" G_GINT64_FORMAT "\n", only);
    return print_parties (st, FALSE, TRUE, err) < 0 ? RF_EXIT_FAILURE : RF_EXIT_OK;
}

gboolean
rf_report_unconfigured_line (rf_store_t *st, int top, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (st,
        "SELECT party, inbound + outbound FROM counterpart_party WHERE outbound > 0"
        " ORDER BY inbound + outbound DESC, party", err);
    GString *names = g_string_new (NULL);
    int n = 0;
    if (!q) {
        g_string_free (names, TRUE);
        return FALSE;
    }
    while (sqlite3_step (q) == SQLITE_ROW) {
        gint64 m = sqlite3_column_int64 (q, 1);
        if (n++ < top)
            g_string_append_printf (names, "%s%s (%" G_GINT64_FORMAT " message%s)", n > 1 ? ", " : "",
                                    sqlite3_column_text (q, 0), m, m == 1 ? "" : "s");
    }
    sqlite3_finalize (q);
    if (n > 0) {
        char *clean = g_strdup (names->str);
        /* Parties come from mail: no control character reaches the terminal. */
        for (char *p = clean; *p; p++)
            if ((unsigned char) *p < 0x20 || *p == 0x7f)
                *p = ' ';
        printf ("\n%d counterpart%s we wrote to %s in no [client:...] group: %s", n, n == 1 ? "" : "s",
                n == 1 ? "is" : "are", clean);
        if (n > top)
            printf (" and %d more", n - top);
        printf ("; 'redflag clients' lists them.\n");
        g_free (clean);
    }
    g_string_free (names, TRUE);
    return TRUE;
}

gboolean
rf_report_client_known (rf_store_t *st, const char *query)
{
    sqlite3_stmt *q = rf_store_prepare (st, "SELECT 1 FROM client WHERE key = ?1 OR lower(name) = lower(?1)",
                                        NULL);
    gboolean found;
    if (!q)
        return FALSE;
    sqlite3_bind_text (q, 1, query, -1, SQLITE_STATIC);
    found = sqlite3_step (q) == SQLITE_ROW;
    sqlite3_finalize (q);
    return found;
}

char *
rf_report_client_keys (rf_store_t *st)
{
    GString *s = g_string_new (NULL);
    sqlite3_stmt *q = rf_store_prepare (st, "SELECT key FROM client WHERE active = 1 ORDER BY key", NULL);
    while (q && sqlite3_step (q) == SQLITE_ROW)
        g_string_append_printf (s, "%s%s", s->len ? ", " : "", (const char *) sqlite3_column_text (q, 0));
    sqlite3_finalize (q);
    return g_string_free (s, FALSE);
}
