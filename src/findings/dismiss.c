/* dismiss.c - see dismiss.h. */
#include "config.h"
#include "findings/dismiss.h"
#include "findings/findings_p.h"

#include <string.h>

G_DEFINE_QUARK (rf-dismiss-error-quark, rf_dismiss_error)

static const char *const kind_names[] = { "message", "hit", "invoice" };

/* A Message-ID as stored: without its angle brackets and spaces (g_free). */
static char *
bare_msgid (const char *id)
{
    char *s = g_strstrip (g_strdup (id));
    gsize n = strlen (s);
    if (n >= 2 && s[0] == '<' && s[n - 1] == '>') {
        memmove (s, s + 1, n - 2);
        s[n - 2] = '\0';
    }
    return s;
}

static gboolean
exists (rf_store_t *st, const char *sql, const char *a, const char *b, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (st, sql, err);
    gboolean found;
    if (!q)
        return FALSE;
    sqlite3_bind_text (q, 1, a, -1, SQLITE_STATIC);
    if (b)
        sqlite3_bind_text (q, 2, b, -1, SQLITE_STATIC);
    found = sqlite3_step (q) == SQLITE_ROW;
    sqlite3_finalize (q);
    return found;
}

static gboolean
key_invoice (rf_store_t *st, const char *id, char *key[4], GError **err)
{
    g_free (key[3]);
    key[3] = g_strstrip (g_strdup (id));
    if (exists (st, "SELECT 1 FROM invoice WHERE number = ?1", key[3], NULL, err))
        return TRUE;
    g_set_error (err, RF_DISMISS_ERROR, RF_DISMISS_ERR_UNKNOWN, "no invoice or credit note numbered '%s'", id);
    return FALSE;
}

/* "MESSAGE-ID/PATTERN-ID": the pattern id has no '/', the Message-ID may. */
static gboolean
key_hit (rf_store_t *st, const char *id, char *key[4], GError **err)
{
    const char *slash = strrchr (id, '/');
    sqlite3_stmt *q;
    char *m;
    if (!slash || slash == id || !slash[1]) {
        g_set_error (err, RF_DISMISS_ERROR, RF_DISMISS_ERR_BAD,
                     "a hit is named MESSAGE-ID/PATTERN-ID (the message_id and pattern_id columns of "
                     "'redflag export markers'), not '%s'", id);
        return FALSE;
    }
    m = g_strndup (id, (gsize) (slash - id));
    g_free (key[0]);
    key[0] = bare_msgid (m);
    g_free (m);
    g_free (key[2]);
    key[2] = g_strdup (slash + 1);
    q = rf_store_prepare (st, "SELECT h.category FROM marker_hit h JOIN message m ON m.id = h.message_id"
                              " WHERE m.msgid = ?1 AND h.pattern_id = ?2", err);
    if (!q)
        return FALSE;
    sqlite3_bind_text (q, 1, key[0], -1, SQLITE_STATIC);
    sqlite3_bind_text (q, 2, key[2], -1, SQLITE_STATIC);
    if (sqlite3_step (q) == SQLITE_ROW) {
        g_free (key[1]);
        key[1] = g_strdup ((const char *) sqlite3_column_text (q, 0));
    }
    sqlite3_finalize (q);
    if (*key[1])
        return TRUE;
    g_set_error (err, RF_DISMISS_ERROR, RF_DISMISS_ERR_UNKNOWN, "no marker %s in message <%s>", key[2], key[0]);
    return FALSE;
}

static gboolean
key_message (rf_store_t *st, const char *id, const char *category, char *key[4], GError **err)
{
    g_free (key[0]);
    key[0] = bare_msgid (id);
    if (category) {
        gboolean known = FALSE;
        for (int i = 0; i < FC_NCAT; i++)
            known = known || !strcmp (rf_findings_category[i], category);
        if (!known) {
            g_set_error (err, RF_DISMISS_ERROR, RF_DISMISS_ERR_BAD, "no marker category '%s'", category);
            return FALSE;
        }
        g_free (key[1]);
        key[1] = g_strdup (category);
    }
    if (exists (st, "SELECT 1 FROM message WHERE msgid = ?1", key[0], NULL, err))
        return TRUE;
    g_set_error (err, RF_DISMISS_ERROR, RF_DISMISS_ERR_UNKNOWN, "no message with Message-ID <%s>", key[0]);
    return FALSE;
}

/* The stable key of what is named: msgid, category, pattern, number ('' when
 * a part does not apply). FALSE with err set when it does not exist or is
 * badly written. */
static gboolean
key_of (rf_store_t *st, rf_dismiss_kind_t kind, const char *id, const char *category, char *key[4],
        GError **err)
{
    for (int i = 0; i < 4; i++)
        key[i] = g_strdup ("");
    if (kind == RF_DISMISS_INVOICE)
        return key_invoice (st, id, key, err);
    if (kind == RF_DISMISS_HIT)
        return key_hit (st, id, key, err);
    return key_message (st, id, category, key, err);
}

gboolean
rf_dismiss (rf_store_t *st, rf_dismiss_kind_t kind, const char *id, const char *category, const char *note,
            gboolean undo, gboolean *changed, GError **err)
{
    char *key[4];
    sqlite3_stmt *q = NULL;
    gboolean ok = key_of (st, kind, id, category, key, err);
    *changed = FALSE;
    if (ok)
        q = rf_store_prepare (st, undo ? "DELETE FROM dismissed WHERE kind = ?1 AND msgid = ?2 AND category = ?3"
                                         " AND pattern_id = ?4 AND invoice_number = ?5"
                                       : "INSERT OR IGNORE INTO dismissed (kind, msgid, category, pattern_id,"
                                         " invoice_number, note, created_utc) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                              err);
    if (q) {
        sqlite3_bind_text (q, 1, kind_names[kind], -1, SQLITE_STATIC);
        for (int i = 0; i < 4; i++)
            sqlite3_bind_text (q, 2 + i, key[i], -1, SQLITE_STATIC);
        if (!undo) {
            if (note)
                sqlite3_bind_text (q, 6, note, -1, SQLITE_STATIC);
            sqlite3_bind_int64 (q, 7, g_get_real_time () / G_USEC_PER_SEC);
        }
        ok = sqlite3_step (q) == SQLITE_DONE;
        if (!ok)
            rf_store_set_error (st, err, "dismissing evidence");
        *changed = ok && sqlite3_changes (st->db) > 0;
        sqlite3_finalize (q);
    } else {
        ok = FALSE;
    }
    if (ok && undo && !*changed) {
        g_set_error (err, RF_DISMISS_ERROR, RF_DISMISS_ERR_UNKNOWN, "%s %s is not dismissed", kind_names[kind], id);
        ok = FALSE;
    }
    for (int i = 0; i < 4; i++)
        g_free (key[i]);
    return ok;
}

gboolean
rf_dismiss_list (rf_store_t *st, FILE *out, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (st,
        "SELECT d.kind, d.msgid, d.category, d.pattern_id, d.invoice_number,"
        " strftime('%Y-%m-%dT%H:%M:%SZ', d.created_utc, 'unixepoch'),"
        " CASE d.kind WHEN 'invoice' THEN EXISTS (SELECT 1 FROM invoice i WHERE i.number = d.invoice_number)"
        "  WHEN 'hit' THEN EXISTS (SELECT 1 FROM marker_hit h JOIN message m ON m.id = h.message_id"
        "   WHERE m.msgid = d.msgid AND h.pattern_id = d.pattern_id)"
        "  ELSE EXISTS (SELECT 1 FROM message m WHERE m.msgid = d.msgid) END, COALESCE(d.note, '')"
        " FROM dismissed d ORDER BY d.kind, d.msgid, d.category, d.pattern_id, d.invoice_number", err);
    int rc;
    if (!q)
        return FALSE;
    fputs ("kind\tmessage_id\tcategory\tpattern_id\tinvoice\tdismissed_utc\tin_database\tnote\n", out);
    while ((rc = sqlite3_step (q)) == SQLITE_ROW) {
        for (int i = 0; i < 8; i++) {
            /* One line per entry whatever a note holds. */
            char *v = g_strdup (i == 6 ? (sqlite3_column_int (q, i) ? "yes" : "no")
                                       : (const char *) sqlite3_column_text (q, i));
            g_strdelimit (v, "\t\r\n", ' ');
            fprintf (out, "%s%s", i ? "\t" : "", i == 2 && !*v && !strcmp ((const char *) sqlite3_column_text (q, 0),
                                                                         "message") ? "(all)" : v);
            g_free (v);
        }
        fputc ('\n', out);
    }
    sqlite3_finalize (q);
    if (rc != SQLITE_DONE) {
        rf_store_set_error (st, err, "listing dismissed evidence");
        return FALSE;
    }
    return TRUE;
}

/* The hit of alias h is dismissed: a row of dismissed names it, or its
 * message (all categories, or this one). */
#define HIT_DISMISSED(h) \
    "EXISTS (SELECT 1 FROM dismissed d JOIN message dm ON dm.msgid = d.msgid WHERE dm.id = " h ".message_id" \
    " AND ((d.kind = 'message' AND (d.category = '' OR d.category = " h ".category))" \
    "  OR (d.kind = 'hit' AND d.category = " h ".category AND d.pattern_id = " h ".pattern_id)))"

gboolean
rf_dismiss_export (rf_store_t *st, FILE *out, gint64 *rows, GError **err)
{
    sqlite3_stmt *q = rf_store_prepare (st,
        "SELECT DISTINCT s.lang, s.snippet, COALESCE((SELECT group_concat(c, '|') FROM (SELECT DISTINCT"
        "   h2.category AS c FROM marker_hit h2 WHERE h2.message_id = s.message_id AND h2.snippet = s.snippet"
        "   AND NOT " HIT_DISMISSED ("h2") " ORDER BY c)), 'none')"
        " FROM marker_hit s WHERE " HIT_DISMISSED ("s") " AND s.snippet IS NOT NULL AND s.snippet != ''"
        " ORDER BY 1, 2", err);
    int rc;
    *rows = 0;
    if (!q)
        return FALSE;
    fputs ("# Marker sentences dismissed as wrong ('redflag dismiss'): label<TAB>lang<TAB>text<TAB>source;\n"
           "# the label is what the sentence still carries, else none.\n", out);
    while ((rc = sqlite3_step (q)) == SQLITE_ROW) {
        char *text = g_strdup ((const char *) sqlite3_column_text (q, 1));
        g_strdelimit (text, "\t\r\n", ' ');
        fprintf (out, "%s\t%s\t%s\tdismissed\n", sqlite3_column_text (q, 2), sqlite3_column_text (q, 0), text);
        g_free (text);
        (*rows)++;
    }
    sqlite3_finalize (q);
    if (rc != SQLITE_DONE) {
        rf_store_set_error (st, err, "exporting dismissed sentences");
        return FALSE;
    }
    return TRUE;
}
