/* check_findings.c - rf_findings_analyze on facts written here, one small
 * business of four clients made so that every signal fires (or is held back
 * by a rule) with numbers worked out by hand in fixtures/findings/README.md.
 *
 * Window: as of 2026-06-30, the 180 days [2026-01-02, 2026-07-01); the last
 * 90 days are [2026-04-02, 2026-07-01), the 90 before [2026-01-02, 2026-04-02). */
#include "config.h"

#include <check.h>
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "findings/findings.h"
#include "findings/findings_p.h"
#include "base/rfconfig_keys.h"
#include "testlib.h"
#include "base/rfconfig.h"
#include "store/store.h"
#include "base/util.h"

typedef struct {
    char *dir;
    rf_store_t *st;
    gint64 client[4];   /* alpha, beta, gamma, delta */
    gint64 next_msg;
} db_t;

enum { ALPHA, BETA, GAMMA, DELTA };

static gint64
at (int month, int day, int hour)
{
    GDateTime *t = g_date_time_new_utc (2026, month, day, hour, 0, 0);
    gint64 v = g_date_time_to_unix (t);
    g_date_time_unref (t);
    return v;
}

static void
exec (db_t *d, const char *sql)
{
    GError *err = NULL;
    ck_assert_msg (rf_store_exec (d->st, sql, &err), "%s: %s", sql, err ? err->message : "");
}

static gint64
client (db_t *d, const char *key, const char *name, gint64 response_s, const char *end)
{
    char *sql = g_strdup_printf ("INSERT INTO client (key, name, source, response_seconds, contract_end, lang)"
                                 " VALUES ('%s', '%s', 'config', %s, %s%s%s, 'en')", key, name,
                                 response_s ? "86400" : "NULL", end ? "'" : "", end ? end : "NULL",
                                 end ? "'" : "");
    exec (d, sql);
    g_free (sql);
    return sqlite3_last_insert_rowid (d->st->db);
}

/* A conversation message; in = from the client. Returns its id. */
static gint64
msg (db_t *d, int who, gboolean in, gint64 t, gboolean after_hours, const char *answer, double shout,
     int bursts)
{
    gint64 id = ++d->next_msg;
    char day[16], *sql;
    rf_format_date (t, day);
    sql = g_strdup_printf (
        "INSERT INTO message (id, msgid, date_utc, tz_offset_min, date_source, from_addr, subject,"
        " shout_ratio, exclaim_bursts, first_run) VALUES (%" G_GINT64_FORMAT ", 'm%" G_GINT64_FORMAT
        "@test', %" G_GINT64_FORMAT ", 0, 'header', '%s', 'subject %" G_GINT64_FORMAT "', %g, %d, 1);"
        "INSERT INTO message_attr (message_id, direction, client_id, conversation, after_hours, month,"
        " local_day, answer) VALUES (%" G_GINT64_FORMAT ", '%s', %" G_GINT64_FORMAT ", 1, %d,"
        " substr('%s', 1, 7), '%s', %s%s%s)",
        id, id, t, in ? "client@x.example" : "us@agency.example", id, shout, bursts, id,
        in ? "in" : "out", d->client[who], after_hours, day, day, answer ? "'" : "",
        answer ? answer : "NULL", answer ? "'" : "");
    exec (d, sql);
    g_free (sql);
    return id;
}

static void
reply (db_t *d, int who, gint64 reply_id, gint64 parent_id, gboolean theirs, gint64 latency)
{
    char *sql = g_strdup_printf (
        "INSERT INTO reply (reply_id, parent_id, clock_start_id, client_id, direction, latency_seconds,"
        " business_latency_seconds, method) VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT
        ", %" G_GINT64_FORMAT ", '%s', %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 'in-reply-to')",
        reply_id, parent_id, parent_id, d->client[who], theirs ? "us_to_client" : "client_to_us", latency,
        latency);
    exec (d, sql);
    g_free (sql);
    sql = g_strdup_printf ("UPDATE message_attr SET parent_id = %" G_GINT64_FORMAT
                           " WHERE message_id = %" G_GINT64_FORMAT, parent_id, reply_id);
    exec (d, sql);
    g_free (sql);
}

static void
hit (db_t *d, gint64 message_id, const char *category)
{
    char *sql = g_strdup_printf (
        "INSERT INTO marker_hit (message_id, category, pattern_id, lang, offset, matched, snippet, weight)"
        " VALUES (%" G_GINT64_FORMAT ", '%s', 'en.%s.t', 'en', 0, '%s words', 'the %s sentence', 1.0)",
        message_id, category, category, category, category);
    exec (d, sql);
    g_free (sql);
}

/* An invoice (or credit note) and its status as the money stage leaves it. */
static void
invoice (db_t *d, int who, const char *number, gboolean credit, const char *issue, const char *due,
         gint64 net, gint64 amount, const char *status, const char *days_late, gint64 open,
         const char *days_overdue)
{
    char *sql = g_strdup_printf (
        "INSERT INTO invoice (file_id, format, seller_key, number, kind, doc_class, issue_date, due_date,"
        " due_source, currency, amount_minor, net_minor, total_minor, prepaid_minor)"
        " VALUES (1, 'ubl', 'us', '%s', '%s', '%s', '%s', %s%s%s, 'document', 'EUR', %" G_GINT64_FORMAT
        ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 0);"
        "INSERT INTO invoice_status (invoice_id, client_id, attribution, due_date, due_source, status,"
        " open_minor, days_late, days_overdue, as_of) VALUES (last_insert_rowid(), %" G_GINT64_FORMAT
        ", 'party', %s%s%s, 'document', '%s', %" G_GINT64_FORMAT ", %s, %s, '2026-06-30')",
        number, credit ? "credit_note" : "invoice", credit ? "credit" : "debit", issue, due ? "'" : "",
        due ? due : "NULL", due ? "'" : "", amount, net, amount, d->client[who], due ? "'" : "",
        due ? due : "NULL", due ? "'" : "", status, open, days_late ? days_late : "NULL",
        days_overdue ? days_overdue : "NULL");
    exec (d, sql);
    g_free (sql);
}

static void
facts (db_t *d)
{
    gint64 o[8], m;
    exec (d, "INSERT INTO money_file (id, sha256, path, kind, format, records) VALUES (1, 'x', 'x', 'invoice', 'ubl', 1)");
    d->client[ALPHA] = client (d, "alpha", "Alpha Ltd", 86400, "2026-08-15");
    d->client[BETA] = client (d, "beta", "Beta & Sons", 0, NULL);
    d->client[GAMMA] = client (d, "gamma", "Gamma SA", 0, NULL);
    d->client[DELTA] = client (d, "delta", "Delta Corp", 0, NULL);

    /* Alpha: slow to answer, two of our messages never answered. */
    o[0] = msg (d, ALPHA, FALSE, at (2, 9, 10), FALSE, "answered", 0, 0);
    o[1] = msg (d, ALPHA, FALSE, at (3, 9, 10), FALSE, "answered", 0, 0);
    o[2] = msg (d, ALPHA, FALSE, at (5, 4, 10), FALSE, "answered", 0, 0);
    o[3] = msg (d, ALPHA, FALSE, at (5, 5, 10), FALSE, "answered", 0, 0);
    o[4] = msg (d, ALPHA, FALSE, at (5, 6, 10), FALSE, "answered", 0, 0);
    msg (d, ALPHA, FALSE, at (5, 7, 10), FALSE, "unanswered", 0, 0);
    msg (d, ALPHA, FALSE, at (5, 8, 10), FALSE, "unanswered", 0, 0);
    reply (d, ALPHA, msg (d, ALPHA, TRUE, at (2, 10, 6), FALSE, NULL, 0, 0), o[0], TRUE, 20 * 3600);
    reply (d, ALPHA, msg (d, ALPHA, TRUE, at (3, 10, 16), FALSE, NULL, 0, 0), o[1], TRUE, 30 * 3600);
    reply (d, ALPHA, msg (d, ALPHA, TRUE, at (5, 8, 14), FALSE, NULL, 0, 0), o[2], TRUE, 100 * 3600);
    reply (d, ALPHA, msg (d, ALPHA, TRUE, at (5, 10, 10), FALSE, NULL, 0, 0), o[3], TRUE, 120 * 3600);
    reply (d, ALPHA, msg (d, ALPHA, TRUE, at (5, 11, 22), FALSE, NULL, 0, 0), o[4], TRUE, 140 * 3600);
    invoice (d, ALPHA, "A1", FALSE, "2026-03-01", "2026-03-31", 200000, 240000, "paid_on_time", "0", 0, NULL);

    /* Beta: abusive, shouting, chasing; two quiet messages in February. */
    msg (d, BETA, TRUE, at (2, 1, 10), FALSE, NULL, 0, 0);
    msg (d, BETA, TRUE, at (2, 2, 10), FALSE, NULL, 0, 0);
    hit (d, msg (d, BETA, TRUE, at (4, 10, 10), FALSE, NULL, 0.6, 0), "abuse");
    hit (d, msg (d, BETA, TRUE, at (4, 11, 10), FALSE, NULL, 0, 2), "abuse");
    hit (d, msg (d, BETA, TRUE, at (4, 12, 10), FALSE, NULL, 0, 0), "status_chasing");
    hit (d, msg (d, BETA, TRUE, at (4, 13, 10), FALSE, NULL, 0, 0), "complaint");
    hit (d, msg (d, BETA, TRUE, at (4, 14, 10), FALSE, NULL, 0, 0), "appreciation");
    for (int day = 15; day <= 19; day++)
        msg (d, BETA, TRUE, at (4, day, 10), FALSE, NULL, 0, 0);
    for (int hour = 8; hour <= 12; hour++)
        hit (d, msg (d, BETA, TRUE, at (6, 1, hour), FALSE, NULL, 0, 0), "status_chasing");
    invoice (d, BETA, "B1", FALSE, "2026-05-01", "2026-05-31", 100000, 120000, "paid_on_time", "-1", 0, NULL);

    /* Gamma: pays late, owes an old invoice, asks for more without paying more. */
    invoice (d, GAMMA, "G1", FALSE, "2026-01-10", "2026-02-09", 100000, 120000, "paid_late", "40", 0, NULL);
    invoice (d, GAMMA, "G2", FALSE, "2026-03-01", "2026-03-31", 250000, 300000, "paid_late", "4", 0, NULL);
    invoice (d, GAMMA, "G3", FALSE, "2026-04-01", "2026-05-01", 100000, 120000, "overdue", NULL, 120000, "60");
    invoice (d, GAMMA, "GC1", TRUE, "2026-04-15", NULL, 45000, 54000, "credit_note", NULL, 0, NULL);
    hit (d, msg (d, GAMMA, TRUE, at (2, 20, 10), FALSE, NULL, 0, 0), "scope_change");
    hit (d, msg (d, GAMMA, TRUE, at (4, 5, 10), FALSE, NULL, 0, 0), "scope_change");
    hit (d, msg (d, GAMMA, TRUE, at (4, 20, 10), FALSE, NULL, 0, 0), "scope_change");
    hit (d, msg (d, GAMMA, TRUE, at (6, 10, 10), FALSE, NULL, 0, 0), "scope_change");

    /* Delta: the big client; we answer late and after hours. */
    m = msg (d, DELTA, TRUE, at (5, 1, 8), FALSE, NULL, 0, 0);
    msg (d, DELTA, FALSE, at (5, 1, 9), FALSE, "answered", 0, 0);
    reply (d, DELTA, msg (d, DELTA, FALSE, at (5, 2, 20), TRUE, "answered", 0, 0), m, FALSE, 36 * 3600);
    m = msg (d, DELTA, TRUE, at (5, 2, 10), FALSE, NULL, 0, 0);
    reply (d, DELTA, msg (d, DELTA, FALSE, at (5, 3, 21), TRUE, "unanswered", 0, 0), m, FALSE, 35 * 3600);
    msg (d, DELTA, FALSE, at (5, 4, 10), FALSE, "answered", 0, 0);
    msg (d, DELTA, FALSE, at (5, 5, 10), FALSE, "answered", 0, 0);
    invoice (d, DELTA, "D1", FALSE, "2026-05-01", "2026-05-31", 1000000, 1200000, "paid_on_time", "-3", 0, NULL);
}

static rf_config_t *
config (const char *name)
{
    GError *err = NULL;
    char *path = g_build_filename (FIXTURES_DIR, "findings", name, NULL);
    rf_config_t *cfg = rf_config_load (path, NULL, &err);
    ck_assert_msg (cfg != NULL, "%s", err ? err->message : "");
    g_free (path);
    return cfg;
}

static void
analyze (db_t *d, const char *conf)
{
    GError *err = NULL;
    rf_config_t *cfg = config (conf);
    ck_assert (rf_store_begin (d->st, &err));
    ck_assert_msg (rf_findings_analyze (d->st, cfg, at (1, 2, 0), at (7, 1, 0), &err), "%s",
                   err ? err->message : "");
    ck_assert (rf_store_commit (d->st, &err));
    rf_config_free (cfg);
}

static db_t *
db_new (const char *conf)
{
    db_t *d = g_new0 (db_t, 1);
    GError *err = NULL;
    char *path;
    d->dir = g_dir_make_tmp ("redflag-findings-XXXXXX", &err);
    ck_assert (d->dir != NULL);
    path = g_build_filename (d->dir, "t.db", NULL);
    d->st = rf_store_open (path, RF_STORE_WRITE, &err);
    ck_assert_msg (d->st != NULL, "%s", err ? err->message : "");
    g_free (path);
    facts (d);
    analyze (d, conf);
    return d;
}

static void
db_free (db_t *d)
{
    char *p;
    rf_store_close (d->st);
    for (int i = 0; i < 4; i++) {
        static const char *const names[] = { "t.db", "t.db-wal", "t.db-shm", "t.db.lock" };
        p = g_build_filename (d->dir, names[i], NULL);
        g_unlink (p);
        g_free (p);
    }
    g_rmdir (d->dir);
    g_free (d->dir);
    g_free (d);
}

/* The finding of one client and signal: severity, value, threshold, trend,
 * points, evidence count. */
typedef struct {
    gboolean found;
    char severity[16], trend[16];
    double value, threshold;
    int points;
    gint64 evidence;
    char summary[256];
} finding_t;

static finding_t
finding (db_t *d, const char *key, const char *signal)
{
    finding_t f = { 0 };
    sqlite3_stmt *q;
    ck_assert_int_eq (sqlite3_prepare_v2 (d->st->db,
        "SELECT f.severity, f.value, f.threshold, f.trend, f.points, f.evidence_count, f.summary"
        " FROM finding f JOIN client c ON c.id = f.client_id WHERE c.key = ?1 AND f.signal = ?2",
        -1, &q, NULL), SQLITE_OK);
    sqlite3_bind_text (q, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_text (q, 2, signal, -1, SQLITE_STATIC);
    if (sqlite3_step (q) == SQLITE_ROW) {
        f.found = TRUE;
        g_strlcpy (f.severity, (const char *) sqlite3_column_text (q, 0), sizeof f.severity);
        f.value = sqlite3_column_double (q, 1);
        f.threshold = sqlite3_column_double (q, 2);
        g_strlcpy (f.trend, (const char *) sqlite3_column_text (q, 3), sizeof f.trend);
        f.points = sqlite3_column_int (q, 4);
        f.evidence = sqlite3_column_int64 (q, 5);
        g_strlcpy (f.summary, (const char *) sqlite3_column_text (q, 6), sizeof f.summary);
    }
    sqlite3_finalize (q);
    return f;
}

#define EXPECT(d, key, signal, sev, val, thr, pts)                                                  \
    do {                                                                                          \
        finding_t f_ = finding (d, key, signal);                                                  \
        ck_assert_msg (f_.found, "%s: no %s finding", key, signal);                              \
        ck_assert_str_eq (f_.severity, sev);                                                      \
        ck_assert_msg (fabs (f_.value - (val)) < 1e-4, "%s %s: value %.6f, expected %.6f", key,  \
                       signal, f_.value, (double) (val));                                         \
        ck_assert_msg (fabs (f_.threshold - (thr)) < 1e-9, "%s %s: threshold %g, expected %g",   \
                       key, signal, f_.threshold, (double) (thr));                                \
        ck_assert_int_eq (f_.points, pts);                                                        \
    } while (0)

#define ABSENT(d, key, signal) \
    ck_assert_msg (!finding (d, key, signal).found, "%s: unexpected %s finding", key, signal)

static void
score (db_t *d, const char *key, int *value, char rec[16], char *act_by, char *caution)
{
    sqlite3_stmt *q;
    ck_assert_int_eq (sqlite3_prepare_v2 (d->st->db,
        "SELECT s.score, s.recommendation, COALESCE(s.act_by, ''), COALESCE(s.caution, '')"
        " FROM client_score s JOIN client c ON c.id = s.client_id WHERE c.key = ?1", -1, &q, NULL), SQLITE_OK);
    sqlite3_bind_text (q, 1, key, -1, SQLITE_STATIC);
    ck_assert_int_eq (sqlite3_step (q), SQLITE_ROW);
    *value = sqlite3_column_int (q, 0);
    g_strlcpy (rec, (const char *) sqlite3_column_text (q, 1), 16);
    g_strlcpy (act_by, (const char *) sqlite3_column_text (q, 2), 16);
    g_strlcpy (caution, (const char *) sqlite3_column_text (q, 3), 128);
    sqlite3_finalize (q);
}

#define EXPECT_SCORE(d, key, val, rec_)                                                           \
    do {                                                                                          \
        int s_;                                                                                   \
        char r_[16], a_[16], c_[128];                                                             \
        score (d, key, &s_, r_, a_, c_);                                                          \
        ck_assert_int_eq (s_, val);                                                               \
        ck_assert_str_eq (r_, rec_);                                                              \
    } while (0)

START_TEST (test_communication)
{
    db_t *d = db_new ("redflag.conf");
    finding_t f;
    /* Medians of 20,30,100,120,140 h (window), 100,120,140 (last 90), 20,30. */
    EXPECT (d, "alpha", "client_latency", "critical", 100.0, 48.0, 20);
    f = finding (d, "alpha", "client_latency");
    ck_assert_str_eq (f.trend, "worsening");
    ck_assert_int_eq (f.evidence, 5);
    /* 2 of 7 of our messages unanswered. */
    EXPECT (d, "alpha", "unanswered_by_client", "warning", 2.0 / 7, 0.2, 8);
    ck_assert_int_eq (finding (d, "alpha", "unanswered_by_client").evidence, 2);
    /* Our answers to Delta: median of 35 h and 36 h, past 24 h but on 2
     * answers of the 5 needed: information only; 2 of 5 after hours. */
    EXPECT (d, "delta", "our_latency", "info", 35.5, 24.0, 0);
    f = finding (d, "delta", "our_latency");
    ck_assert_msg (g_str_has_suffix (f.summary, "; few data: 2 replies of the 5 needed"), "%s", f.summary);
    EXPECT (d, "delta", "our_after_hours", "critical", 0.4, 0.4, 10);
    /* Contract end 2026-08-15, 46 days after 2026-06-30. */
    EXPECT (d, "alpha", "contract_end", "info", 46, 90, 0);
    ABSENT (d, "beta", "unanswered_by_client");   /* no message of ours */
    /* Delta left our answer of 3 May without a reply: an answer needs none,
     * and its 3 other messages were answered. */
    ABSENT (d, "delta", "unanswered_by_client");
    db_free (d);
}
END_TEST

START_TEST (test_tone)
{
    db_t *d = db_new ("redflag.conf");
    finding_t f;
    EXPECT (d, "beta", "abuse", "warning", 2, 1, 20);
    /* 6 of 17 inbound messages chase status: 35.29 per 100. */
    EXPECT (d, "beta", "status_chasing", "critical", 600.0 / 17, 25, 10);
    /* One shouting, one with "!!": 2 of 17. */
    EXPECT (d, "beta", "shouting", "warning", 200.0 / 17, 10, 5);
    EXPECT (d, "beta", "message_bursts", "warning", 1, 1, 5);
    EXPECT (d, "beta", "appreciation", "info", 1, 1, -5);
    /* One complaint in 17 messages is 5.9 per 100 and one message only. */
    ABSENT (d, "beta", "complaint");
    /* Abuse, shouting and status chasing got worse since the 90 days before. */
    EXPECT (d, "beta", "trend", "warning", 3, 2, 5);
    f = finding (d, "beta", "trend");
    ck_assert_msg (strstr (f.summary, "abuse, shouting, status_chasing") != NULL, "%s", f.summary);
    ck_assert_int_eq (finding (d, "beta", "abuse").evidence, 2);
    db_free (d);
}
END_TEST

START_TEST (test_money)
{
    db_t *d = db_new ("redflag.conf");
    /* (1200.00 x 40 + 3000.00 x 4) / 4200.00 = 14.2857 days. */
    EXPECT (d, "gamma", "late_payment", "warning", 6000000.0 / 420000, 7, 10);
    EXPECT (d, "gamma", "overdue", "critical", 60, 60, 20);
    /* 450.00 credited of 4500.00 invoiced. */
    EXPECT (d, "gamma", "credit_notes", "warning", 0.1, 0.05, 8);
    /* Requests of 5 and 20 April: nothing invoiced in the 60 days after. */
    EXPECT (d, "gamma", "unbilled_scope", "warning", 2, 2, 10);
    {
        /* The latest unbilled request first: G2 + G3 before, nothing after. */
        sqlite3_stmt *q;
        ck_assert_int_eq (sqlite3_prepare_v2 (d->st->db,
            "SELECT e.detail FROM finding_evidence e JOIN finding f ON f.id = e.finding_id"
            " WHERE f.signal = 'unbilled_scope' AND e.pos = 0", -1, &q, NULL), SQLITE_OK);
        ck_assert_int_eq (sqlite3_step (q), SQLITE_ROW);
        ck_assert_str_eq ((const char *) sqlite3_column_text (q, 0),
                          "\"scope_change words\"; invoiced (net) 60 days before: 3500.00, 60 days after: 0.00");
        sqlite3_finalize (q);
    }
    /* 4 of 4 messages ask for more: 100 per 100, but a rate needs 10
     * messages from the client: information only. */
    EXPECT (d, "gamma", "scope_change", "info", 100, 25, 0);
    ABSENT (d, "delta", "late_payment");   /* paid 3 days early */
    {
        /* The trend as payment stood at each period's end: G3 unpaid, 60
         * days past due on 30 June; on 1 April G1 paid 40 days late and G2
         * 1 day past due: (1,200 x 40 + 3,000 x 1) / 4,200. */
        finding_t f = finding (d, "gamma", "late_payment");
        sqlite3_stmt *q;
        ck_assert_str_eq (f.trend, "worsening");
        ck_assert_int_eq (sqlite3_prepare_v2 (d->st->db,
            "SELECT f.recent_value, f.previous_value FROM finding f WHERE f.signal = 'late_payment'",
            -1, &q, NULL), SQLITE_OK);
        ck_assert_int_eq (sqlite3_step (q), SQLITE_ROW);
        ck_assert_msg (fabs (sqlite3_column_double (q, 0) - 60) < 1e-9, "%g", sqlite3_column_double (q, 0));
        ck_assert_msg (fabs (sqlite3_column_double (q, 1) - 51000.0 / 4200) < 1e-9, "%g",
                       sqlite3_column_double (q, 1));
        sqlite3_finalize (q);
    }
    db_free (d);
}
END_TEST

START_TEST (test_effort_and_dependency)
{
    db_t *d = db_new ("redflag.conf");
    /* Revenue 17,050.00: alpha 2,000, beta 1,000, gamma 4,050, delta 10,000.
     * Messages 40: alpha 12, beta 17, gamma 4, delta 7. */
    EXPECT (d, "alpha", "effort_share", "warning", (12.0 / 40) / (200000.0 / 1705000), 2, 10);
    EXPECT (d, "beta", "effort_share", "critical", (17.0 / 40) / (100000.0 / 1705000), 4, 20);
    ABSENT (d, "gamma", "effort_share");
    /* Messages per 1,000 EUR: 6, 17, 0.988, 0.7; median (0.988 + 6) / 2. */
    EXPECT (d, "beta", "cost_to_serve", "critical", 17.0 / ((4000.0 / 4050 + 6) / 2), 4, 15);
    ABSENT (d, "alpha", "cost_to_serve");
    EXPECT (d, "delta", "dependency", "info", 1000000.0 / 1705000, 0.5, 0);
    EXPECT (d, "beta", "dependency", "info", 100000.0 / 1705000, 0.5, 0);
    ABSENT (d, "gamma", "dependency");
    db_free (d);
}
END_TEST

START_TEST (test_scores)
{
    db_t *d = db_new ("redflag.conf");
    int s;
    char rec[16], act_by[16], caution[128];
    /* 20 + 8 + 10: critical latency and two warnings. */
    EXPECT_SCORE (d, "alpha", 38, "renegotiate");
    score (d, "alpha", &s, rec, act_by, caution);
    ck_assert_str_eq (act_by, "2026-08-15");
    /* 20 + 10 + 5 + 5 + 20 + 15 + 5 - 5, criticals on two signs. */
    EXPECT_SCORE (d, "beta", 75, "exit");
    score (d, "beta", &s, rec, act_by, caution);
    ck_assert_msg (strstr (caution, "letting go is cheap") != NULL, "%s", caution);
    /* 10 + 20 + 8 + 10 (scope change is information only): one critical. */
    EXPECT_SCORE (d, "gamma", 48, "renegotiate");
    /* 10 (our latency is information only): watch, and the caution of a
     * big client. */
    EXPECT_SCORE (d, "delta", 10, "watch");
    score (d, "delta", &s, rec, act_by, caution);
    ck_assert_str_eq (caution, "brings 58.7 % of the revenue");
    db_free (d);
}
END_TEST

/* A contract that ended before the reference date is no date to act by. */
START_TEST (test_past_contract_end)
{
    db_t *d = db_new ("redflag.conf");
    GError *err = NULL;
    rf_config_t *cfg = config ("redflag.conf");
    int s;
    char rec[16], act_by[16], caution[128];
    ck_assert (rf_store_begin (d->st, &err));
    /* From 1 February, so that all five of alpha's answers are in. */
    ck_assert (rf_findings_analyze (d->st, cfg, at (2, 1, 0), at (9, 1, 0), &err));
    ck_assert (rf_store_commit (d->st, &err));
    score (d, "alpha", &s, rec, act_by, caution);
    ck_assert_str_eq (rec, "renegotiate");
    ck_assert_str_eq (act_by, "");
    ABSENT (d, "alpha", "contract_end");
    rf_config_free (cfg);
    db_free (d);
}
END_TEST

START_TEST (test_thresholds_from_configuration)
{
    db_t *d = db_new ("override.conf");
    /* client_latency_critical = 200 for alpha: 100 h is now a warning at
     * the agreed 24 h; effort_share_warning = 3 for everyone. */
    EXPECT (d, "alpha", "client_latency", "warning", 100, 24, 10);
    ABSENT (d, "alpha", "effort_share");
    EXPECT (d, "beta", "effort_share", "critical", (17.0 / 40) / (100000.0 / 1705000), 4, 20);
    EXPECT_SCORE (d, "alpha", 18, "watch");
    db_free (d);
}
END_TEST

static char *
dump (db_t *d)
{
    GString *s = g_string_new (NULL);
    sqlite3_stmt *q;
    ck_assert_int_eq (sqlite3_prepare_v2 (d->st->db,
        "SELECT f.client_id, f.signal, f.severity, f.value, f.points, e.pos, e.detail FROM finding f"
        " LEFT JOIN finding_evidence e ON e.finding_id = f.id ORDER BY 1, 2, 6", -1, &q, NULL), SQLITE_OK);
    while (sqlite3_step (q) == SQLITE_ROW)
        for (int i = 0; i < 7; i++)
            g_string_append_printf (s, "%s|", sqlite3_column_text (q, i));
    sqlite3_finalize (q);
    return g_string_free (s, FALSE);
}

/* The hit quoted as evidence is the strongest of its message, the first in
 * the text among equals, whatever order the hits were stored in or their
 * pattern ids (here in the reverse order of the text). */
static void
hit_at (db_t *d, gint64 message_id, int offset, double weight, const char *words)
{
    char *sql = g_strdup_printf (
        "INSERT INTO marker_hit (message_id, category, pattern_id, lang, offset, matched, snippet, weight)"
        " VALUES (%" G_GINT64_FORMAT ", 'abuse', 'en.abuse.t%d', 'en', %d, '%s', 'a sentence', %g)",
        message_id, 100 - offset, offset, words, weight);
    exec (d, sql);
    g_free (sql);
}

static char *
evidence_detail (db_t *d, gint64 message_id)
{
    sqlite3_stmt *q;
    char *out = NULL;
    ck_assert_int_eq (sqlite3_prepare_v2 (d->st->db,
        "SELECT e.detail FROM finding_evidence e JOIN finding f ON f.id = e.finding_id"
        " WHERE f.signal = 'abuse' AND e.message_id = ?1", -1, &q, NULL), SQLITE_OK);
    sqlite3_bind_int64 (q, 1, message_id);
    if (sqlite3_step (q) == SQLITE_ROW)
        out = g_strdup ((const char *) sqlite3_column_text (q, 0));
    sqlite3_finalize (q);
    return out;
}

START_TEST (test_evidence_quotes_strongest_first_hit)
{
    db_t *d = db_new ("redflag.conf");
    gint64 equal = msg (d, BETA, TRUE, at (5, 4, 10), FALSE, NULL, 0, 0);
    gint64 stronger = msg (d, BETA, TRUE, at (5, 5, 10), FALSE, NULL, 0, 0);
    char *detail;
    hit_at (d, equal, 50, 1.0, "later words");
    hit_at (d, equal, 5, 1.0, "earlier words");
    hit_at (d, stronger, 5, 1.0, "mild words");
    hit_at (d, stronger, 60, 1.5, "strong words");
    analyze (d, "redflag.conf");
    detail = evidence_detail (d, equal);
    ck_assert_str_eq (detail, "\"earlier words\": a sentence");
    g_free (detail);
    detail = evidence_detail (d, stronger);
    ck_assert_str_eq (detail, "\"strong words\": a sentence");
    g_free (detail);
    db_free (d);
}
END_TEST

START_TEST (test_idempotent)
{
    db_t *d = db_new ("redflag.conf");
    char *first = dump (d), *second;
    analyze (d, "redflag.conf");
    second = dump (d);
    ck_assert (strlen (first) > 100);
    ck_assert_str_eq (first, second);
    g_free (first);
    g_free (second);
    db_free (d);
}
END_TEST

/* A threshold that is not a number, or a group nobody reads, is an error
 * naming the key, not a default silently used. */
static void
bad_config (const char *text, const char *expect)
{
    GError *err = NULL;
    char *path = NULL;
    int fd = g_file_open_tmp ("redflag-conf-XXXXXX", &path, NULL);
    rf_config_t *cfg;
    ck_assert (fd >= 0);
    close (fd);
    ck_assert (g_file_set_contents (path, text, -1, NULL));
    cfg = rf_config_load (path, NULL, &err);
    ck_assert_msg (cfg == NULL, "accepted: %s", text);
    ck_assert_msg (strstr (err->message, expect) != NULL, "%s", err->message);
    g_error_free (err);
    g_unlink (path);
    g_free (path);
}

START_TEST (test_threshold_validation)
{
    bad_config ("[thresholds]\nlate_payment_warning = two weeks\n", "[thresholds] late_payment_warning");
    bad_config ("[client:a]\ndomains = a.example\nabuse_critical = -1\n", "[client:a] abuse_critical");
    bad_config ("[redflag]\nwindow_days = half a year\n", "[redflag] window_days");
    bad_config ("[threshold]\nabuse_warning = 1\n", "unknown group");
}
END_TEST

/* The configuration accepts SIGNAL_warning and SIGNAL_critical for the
 * signals of base/rfconfig_keys.c: they must be the rules' signals, in the
 * same order, with the same units and defaults. */
START_TEST (test_threshold_keys_match_rules)
{
    int n = 0;
    for (const fc_rule_t *r = rf_findings_rules; r->signal; r++, n++) {
        const rf_config_signal_t *s = &rf_config_signals[n];
        ck_assert_msg (s->signal != NULL, "rule %s is missing from rf_config_signals", r->signal);
        ck_assert_str_eq (s->signal, r->signal);
        ck_assert_str_eq (s->unit, r->unit);
        ck_assert_msg (s->warning == r->warning && s->critical == r->critical,
                       "%s: the configuration table says %g / %g, the rule %g / %g", r->signal,
                       s->warning, s->critical, r->warning, r->critical);
        /* Every signal's warning level is a key in both threshold groups. */
        char *key = g_strconcat (r->signal, "_warning", NULL);
        ck_assert_ptr_nonnull (rf_config_key_find (key, RF_IN_THRESHOLDS, NULL));
        ck_assert_ptr_nonnull (rf_config_key_find (key, RF_IN_CLIENT, NULL));
        ck_assert_ptr_null (rf_config_key_find (key, RF_IN_MAIN, NULL));
        g_free (key);
    }
    ck_assert_msg (rf_config_signals[n].signal == NULL, "rf_config_signals has %s, which no rule has",
                   rf_config_signals[n].signal);
    ck_assert_int_eq (n, 27);
}
END_TEST

/* Why a message counts as after hours, in our local time: working hours
 * 09:00-18:00 Monday to Friday in Paris, Christmas a holiday. */
START_TEST (test_why_after_hours)
{
    rf_hours_t h = { 9 * 60, 18 * 60, 0x1f, NULL, NULL, NULL };
    GDate xmas;
    gint32 j;
    char *s;
    h.tz = g_time_zone_new_identifier ("Europe/Paris");
    h.holidays = g_array_new (FALSE, FALSE, sizeof (gint32));
    g_date_clear (&xmas, 1);
    g_date_set_dmy (&xmas, 25, G_DATE_DECEMBER, 2026);
    j = (gint32) g_date_get_julian (&xmas);
    g_array_append_val (h.holidays, j);
#define WHY(t, want) do { s = rf_findings_why_after_hours (&h, (t)); ck_assert_str_eq (s, want); g_free (s); } while (0)
    WHY (1794246600, "after 18:00");    /* Mon 2026-11-09 17:50 UTC = 18:50 CET */
    WHY (1794295800, "before 09:00");   /* Tue 2026-11-10 07:30 UTC = 08:30 CET */
    WHY (1794132000, "on a Sunday");    /* Sun 2026-11-08 10:00 UTC */
    WHY (1798192800, "on a holiday");   /* Fri 2026-12-25 10:00 UTC */
#undef WHY
    s = rf_findings_count (1, "day", "days");
    ck_assert_str_eq (s, "1 day");
    g_free (s);
    s = rf_findings_count (95, "day", "days");
    ck_assert_str_eq (s, "95 days");
    g_free (s);
    g_array_unref (h.holidays);
    g_time_zone_unref (h.tz);
}
END_TEST

/* Delta's after-hours evidence in the fixture (no working hours
 * configured: 09:00-18:00 Monday to Friday, UTC): our messages 36 (2 May,
 * a Saturday) and 38 (3 May, a Sunday; the fixture's 38th message),
 * latest first. */
START_TEST (test_after_hours_evidence)
{
    db_t *d = db_new ("redflag.conf");
    sqlite3_stmt *q;
    ck_assert_int_eq (sqlite3_prepare_v2 (d->st->db,
        "SELECT e.detail FROM finding_evidence e JOIN finding f ON f.id = e.finding_id"
        " WHERE f.signal = 'our_after_hours' ORDER BY e.pos", -1, &q, NULL), SQLITE_OK);
    ck_assert_int_eq (sqlite3_step (q), SQLITE_ROW);
    ck_assert_str_eq ((const char *) sqlite3_column_text (q, 0), "sent at 21:00 UTC, on a Sunday: subject 38");
    ck_assert_int_eq (sqlite3_step (q), SQLITE_ROW);
    ck_assert_str_eq ((const char *) sqlite3_column_text (q, 0), "sent at 20:00 UTC, on a Saturday: subject 36");
    ck_assert_int_eq (sqlite3_step (q), SQLITE_DONE);
    sqlite3_finalize (q);
    db_free (d);
}
END_TEST

/* Subjects quoted in evidence: one line, no control character, cut to
 * max characters of which the last is "…" (U+2026, one character). */
START_TEST (test_quote_subject)
{
    static const struct { const char *in; int max; const char *want; } cases[] = {
        { NULL, 60, "" },
        { " \t\r\n ", 60, "" },
        /* ESC and BEL are gaps like the tab and the line break. */
        { "  Re:\tdevis\r\n  logo\x1b[31m rouge\x07 ", 60, "Re: devis logo [31m rouge" },
        /* NEL (U+0085) and DEL are controls too. */
        { "a\xc2\x85" "b\x7f" "c", 60, "a b c" },
        /* Bytes that are not UTF-8 become U+FFFD. */
        { "caf\xe9!", 60, "caf\xef\xbf\xbd!" },
        /* 10 characters fit in 10; 11 do not: 9 and the ellipsis. */
        { "0123456789", 10, "0123456789" },
        { "0123456789X", 10, "012345678\xe2\x80\xa6" },
        /* Characters, not bytes: 11 accented letters cut to 9 + "…". */
        { "ééééééééééé", 10, "ééééééééé\xe2\x80\xa6" },
        /* A cut right after a space drops the space: the first 5
         * characters of "abcd efgh" are "abcd ". */
        { "abcd efgh", 6, "abcd\xe2\x80\xa6" },
    };
    for (size_t i = 0; i < G_N_ELEMENTS (cases); i++) {
        char *got = rf_findings_quote_subject (cases[i].in, cases[i].max);
        ck_assert_msg (strcmp (got, cases[i].want) == 0, "case %zu: got '%s', want '%s'", i, got, cases[i].want);
        g_free (got);
    }
}
END_TEST

/* The detail of one invoice's evidence under a signal. */
static char *
invoice_evidence (db_t *d, const char *signal, const char *number)
{
    sqlite3_stmt *q;
    char *detail;
    ck_assert_int_eq (sqlite3_prepare_v2 (d->st->db,
        "SELECT e.detail FROM finding_evidence e JOIN finding f ON f.id = e.finding_id"
        " WHERE f.signal = ?1 AND e.ref = ?2", -1, &q, NULL), SQLITE_OK);
    sqlite3_bind_text (q, 1, signal, -1, SQLITE_STATIC);
    sqlite3_bind_text (q, 2, number, -1, SQLITE_STATIC);
    ck_assert_msg (sqlite3_step (q) == SQLITE_ROW, "no %s evidence for %s", signal, number);
    detail = g_strdup ((const char *) sqlite3_column_text (q, 0));
    sqlite3_finalize (q);
    return detail;
}

/* Gamma's invoices sent in our mail: G3 in a message of 31 March 23:00 UTC written at UTC+2 (our
 * day: 1 April), answering the client's message whose subject is long and
 * holds an escape sequence (ESC ] 0 ; ... BEL, a terminal title). G1 in a
 * message of 10 January answering a stored message without subject; G2
 * in a message of 1 March 03:00 UTC written at UTC-5 (our day: 28
 * February) answering a message we do not have. */
START_TEST (test_evidence_sent_in_reply)
{
    db_t *d = db_new ("redflag.conf");
    char *got;
    exec (d,
        "INSERT INTO message (id, msgid, date_utc, tz_offset_min, date_source, subject, in_reply_to, first_run)"
        " VALUES (901, 'ask@x.example', 1774000000, 60, 'header',"
        "   'Re:' || char(9) || ' Devis  n° 7 —' || char(27) || ']0;owned' || char(7)"
        "   || ' logo, site, et la très longue liste des pages à refaire', NULL, 1),"
        " (902, 'g3@agency.example', 1774998000, 120, 'header', 'Facture G3', 'ask@x.example', 1),"
        " (903, 'nosubject@x.example', 1767960000, 60, 'header', NULL, NULL, 1),"
        " (904, 'g1@agency.example', 1768035600, 60, 'header', 'Facture G1', 'nosubject@x.example', 1),"
        " (905, 'g2@agency.example', 1772334000, -300, 'header', 'Facture G2', 'lost@x.example', 1);"
        "INSERT INTO mail_document (message_id, name, sha256, direction, kind, use, invoice_id)"
        " SELECT 902, 'G3.xml', 'g3', 'sent', 'invoice', 'our_invoice', id FROM invoice WHERE number = 'G3'"
        " UNION ALL SELECT 904, 'G1.xml', 'g1', 'sent', 'invoice', 'our_invoice', id FROM invoice WHERE number = 'G1'"
        " UNION ALL SELECT 905, 'G2.xml', 'g2', 'sent', 'invoice', 'our_invoice', id FROM invoice WHERE number = 'G2';"
        "UPDATE invoice_status SET paid_date = '2026-03-21' WHERE invoice_id = (SELECT id FROM invoice WHERE number = 'G1');"
        "UPDATE invoice_status SET paid_date = '2026-04-04' WHERE invoice_id = (SELECT id FROM invoice WHERE number = 'G2');");
    analyze (d, "redflag.conf");
    /* The subject collapsed: "Re: Devis n° 7 — ]0;owned logo, site, et la
     * très longue liste ..." is 81 characters; its first 59 end in "lis"
     * (4 + 6 + 3 + 2 + 2 + 9 + 6 + 6 + 3 + 3 + 5 + 7 = 56 up to "longue ",
     * then "lis"), and the ellipsis makes 60. */
    got = invoice_evidence (d, "overdue", "G3");
    ck_assert_str_eq (got, "sent on 2026-04-01 in reply to \"Re: Devis n° 7 — ]0;owned logo, site, et la très longue"
                           " lis…\", due 2026-05-01, still open: 60 days past due");
    g_free (got);
    got = invoice_evidence (d, "late_payment", "G1");
    ck_assert_str_eq (got, "sent on 2026-01-10 in reply to a message without subject, due 2026-02-09, paid 2026-03-21:"
                           " 40 days late");
    g_free (got);
    got = invoice_evidence (d, "late_payment", "G2");
    ck_assert_str_eq (got, "sent on 2026-02-28, due 2026-03-31, paid 2026-04-04: 4 days late");
    g_free (got);
    db_free (d);
}
END_TEST

/* A median of two replies is no basis for a verdict (fixtures/findings/
 * README.md, "Few data"): epsilon answered our two messages after 14 and
 * 21 days, a median of 17.5 days (420 h), past the critical 96 h, yet a
 * median needs 5 replies: information, 0 points, "few data", and the
 * client is kept. Zeta has nothing in the window: no finding, no score. */
START_TEST (test_few_data)
{
    db_t *d = db_new ("redflag.conf");
    gint64 eps = client (d, "epsilon", "Epsilon GmbH", 0, NULL), o1, o2;
    sqlite3_stmt *q;
    client (d, "zeta", "Zeta Ltd", 0, NULL);
    d->client[DELTA] = eps;   /* msg () and reply () take a slot: borrow delta's for epsilon */
    o1 = msg (d, DELTA, FALSE, at (5, 1, 9), FALSE, "answered", 0, 0);
    o2 = msg (d, DELTA, FALSE, at (5, 20, 9), FALSE, "answered", 0, 0);
    reply (d, DELTA, msg (d, DELTA, TRUE, at (5, 15, 9), FALSE, NULL, 0, 0), o1, TRUE, 14 * 86400);
    reply (d, DELTA, msg (d, DELTA, TRUE, at (6, 10, 9), FALSE, NULL, 0, 0), o2, TRUE, 21 * 86400);
    analyze (d, "redflag.conf");
    EXPECT (d, "epsilon", "client_latency", "info", 420, 96, 0);
    ck_assert_msg (g_str_has_suffix (finding (d, "epsilon", "client_latency").summary,
                                     "(median of 2 replies); few data: 2 replies of the 5 needed"),
                   "%s", finding (d, "epsilon", "client_latency").summary);
    ck_assert_int_eq (sqlite3_prepare_v2 (d->st->db, "SELECT f.few_data, m.observations, m.min_observations"
                                          " FROM finding f JOIN client c ON c.id = f.client_id JOIN client_measure m"
                                          " ON m.client_id = c.id AND m.signal = f.signal"
                                          " WHERE c.key = 'epsilon' AND f.signal = 'client_latency'", -1, &q, NULL),
                      SQLITE_OK);
    ck_assert_int_eq (sqlite3_step (q), SQLITE_ROW);
    ck_assert_int_eq (sqlite3_column_int (q, 0), 1);
    ck_assert_int_eq (sqlite3_column_int (q, 1), 2);
    ck_assert_int_eq (sqlite3_column_int (q, 2), 5);
    sqlite3_finalize (q);
    EXPECT_SCORE (d, "epsilon", 0, "keep");
    ck_assert_int_eq (sqlite3_prepare_v2 (d->st->db, "SELECT count(*) FROM client_score s JOIN client c"
                                          " ON c.id = s.client_id WHERE c.key = 'zeta'", -1, &q, NULL), SQLITE_OK);
    ck_assert_int_eq (sqlite3_step (q), SQLITE_ROW);
    ck_assert_int_eq (sqlite3_column_int (q, 0), 0);
    sqlite3_finalize (q);
    ABSENT (d, "zeta", "dependency");
    db_free (d);
}
END_TEST

/* What moved from one analysis day to the next (redflag report --changes,
 * worked out in fixtures/findings/README.md, "Changes"): on 1 July Delta
 * writes three abusive messages and Gamma pays G3. */
/* The findings and scores, as one text, to compare two analyses. */
static char *
verdicts (db_t *d)
{
    char *out = NULL;
    sqlite3_stmt *q;
    ck_assert_int_eq (sqlite3_prepare_v2 (d->st->db,
        "SELECT (SELECT group_concat(x, ';') FROM (SELECT client_id || ',' || signal || ',' || sign || ','"
        "   || severity || ',' || value || ',' || threshold || ',' || points || ',' || trend || ',' || summary AS x"
        "   FROM finding ORDER BY client_id, signal, sign)) || '|' ||"
        " (SELECT group_concat(x, ';') FROM (SELECT client_id || ',' || score || ',' || recommendation || ','"
        "   || COALESCE(reason, '') AS x FROM client_score ORDER BY client_id))", -1, &q, NULL), SQLITE_OK);
    ck_assert_int_eq (sqlite3_step (q), SQLITE_ROW);
    out = g_strdup ((const char *) sqlite3_column_text (q, 0));
    sqlite3_finalize (q);
    ck_assert_ptr_nonnull (out);
    return out;
}

/* Without evidence (the report's table of another window), the same
 * findings and scores, and no evidence rows. */
START_TEST (test_findings_without_evidence)
{
    db_t *d = db_new ("redflag.conf");
    rf_config_t *cfg = config ("redflag.conf");
    GError *err = NULL;
    char *with = verdicts (d), *without;
    ck_assert_int_gt (rf_store_query_int (d->st, "SELECT count(*) FROM finding", 0), 3);
    ck_assert_int_gt (rf_store_query_int (d->st, "SELECT count(*) FROM finding_evidence", 0), 10);
    ck_assert (rf_store_begin (d->st, &err));
    ck_assert_msg (rf_findings_analyze_with (d->st, cfg, at (1, 2, 0), at (7, 1, 0), FALSE, &err), "%s",
                   err ? err->message : "");
    without = verdicts (d);
    ck_assert_str_eq (without, with);
    ck_assert_int_eq (rf_store_query_int (d->st, "SELECT count(*) FROM finding_evidence", 0), 0);
    ck_assert_int_eq (rf_store_query_int (d->st, "SELECT count(*) FROM finding WHERE evidence_count > 0", 0), 0);
    rf_store_rollback (d->st);
    g_free (with);
    g_free (without);
    rf_config_free (cfg);
    db_free (d);
}
END_TEST

static char *
changes (db_t *d)
{
    char *path = g_build_filename (d->dir, "t.db", NULL), *out = NULL, *err = NULL;
    int rc = t_redflag (&out, &err, NULL, "report", "--changes", "--db", path, NULL);
    ck_assert_msg (rc == 0, "exit %d: %s", rc, err);
    g_free (path);
    g_free (err);
    return out;
}

static void
analyze_day (db_t *d, int month, int day)
{
    GError *err = NULL;
    rf_config_t *cfg = config ("redflag.conf");
    gint64 until = at (month, day, 0) + 86400;
    ck_assert (rf_store_begin (d->st, &err));
    ck_assert_msg (rf_findings_analyze (d->st, cfg, until - 180 * 86400, until, &err), "%s", err ? err->message : "");
    ck_assert (rf_store_commit (d->st, &err));
    rf_config_free (cfg);
}

START_TEST (test_changes)
{
    db_t *d = db_new ("redflag.conf");
    sqlite3_stmt *q;
    char *out;
    /* One analysis: nothing to compare with, nothing printed. */
    out = changes (d);
    ck_assert_str_eq (out, "");
    g_free (out);
    for (int hour = 8; hour <= 10; hour++)
        hit (d, msg (d, DELTA, TRUE, at (7, 1, hour), FALSE, NULL, 0, 0), "abuse");
    exec (d, "UPDATE invoice_status SET status = 'paid_late', days_late = 61, open_minor = 0, days_overdue = NULL,"
             " paid_date = '2026-07-01' WHERE invoice_id = (SELECT id FROM invoice WHERE number = 'G3')");
    analyze_day (d, 7, 1);
    out = changes (d);
    ck_assert_str_eq (out,
        "redflag changes, 2026-07-01 against 2026-06-30:\n"
        "Delta Corp (delta): watch -> exit, score 50 (was 10)\n"
        "  new: abuse (critical): abusive language in 3 messages\n"
        "  new critical evidence of abuse:\n"
        "    2026-07-01 10:00 UTC  \"abuse words\": the abuse sentence\n"
        "    2026-07-01 09:00 UTC  \"abuse words\": the abuse sentence\n"
        "    2026-07-01 08:00 UTC  \"abuse words\": the abuse sentence\n"
        "Gamma SA (gamma): renegotiate -> watch, score 28 (was 48)\n");
    g_free (out);
    /* One row per client and day. */
    ck_assert_int_eq (sqlite3_prepare_v2 (d->st->db, "SELECT count(*), count(DISTINCT as_of) FROM score_history",
                                          -1, &q, NULL), SQLITE_OK);
    ck_assert_int_eq (sqlite3_step (q), SQLITE_ROW);
    ck_assert_int_eq (sqlite3_column_int (q, 0), 8);
    ck_assert_int_eq (sqlite3_column_int (q, 1), 2);
    sqlite3_finalize (q);
    /* The next day, nothing new: nothing printed. The same day again
     * replaces its rows. */
    analyze_day (d, 7, 2);
    analyze_day (d, 7, 2);
    out = changes (d);
    ck_assert_str_eq (out, "");
    g_free (out);
    db_free (d);
}
END_TEST

int
main (void)
{
    Suite *s = suite_create ("findings");
    TCase *tc = tcase_create ("findings");
    SRunner *sr;
    int nf;
    tcase_add_test (tc, test_communication);
    tcase_add_test (tc, test_tone);
    tcase_add_test (tc, test_money);
    tcase_add_test (tc, test_effort_and_dependency);
    tcase_add_test (tc, test_scores);
    tcase_add_test (tc, test_thresholds_from_configuration);
    tcase_add_test (tc, test_idempotent);
    tcase_add_test (tc, test_evidence_quotes_strongest_first_hit);
    tcase_add_test (tc, test_past_contract_end);
    tcase_add_test (tc, test_threshold_validation);
    tcase_add_test (tc, test_threshold_keys_match_rules);
    tcase_add_test (tc, test_changes);
    tcase_add_test (tc, test_few_data);
    tcase_add_test (tc, test_why_after_hours);
    tcase_add_test (tc, test_after_hours_evidence);
    tcase_add_test (tc, test_quote_subject);
    tcase_add_test (tc, test_evidence_sent_in_reply);
    tcase_add_test (tc, test_findings_without_evidence);
    suite_add_tcase (s, tc);
    sr = srunner_create (s);
    srunner_run_all (sr, CK_ENV);
    nf = srunner_ntests_failed (sr);
    srunner_free (sr);
    return nf == 0 ? 0 : 1;
}
