/* audit_html_findings.c - the findings section of the audit page: each
 * finding with its measure, threshold, trend and the evidence it rests on,
 * quoted (dates, excerpts, invoice numbers with amounts and days late). */
#include "config.h"
#include "audit/audit_fmt.h"
#include "audit/audit_html_p.h"
#include "findings/glossary.h"

#include <math.h>
#include <string.h>

#define EXCERPT_CHARS 240
#define EVIDENCE_SHOWN 5     /* the rest of a finding's evidence is folded */

static gboolean
unit_is (const char *unit, const char *a, const char *b)
{
    return unit && (!g_ascii_strcasecmp (unit, a) || (b && !g_ascii_strcasecmp (unit, b)));
}

char *
rf_audit_measure (double v, const char *unit)
{
    char *n, *s;
    if (!isfinite (v))
        return g_strdup ("-");
    if (unit_is (unit, "seconds", "s"))
        return rf_audit_duration ((gint64) llround (v));
    if (unit_is (unit, "hours", "h"))
        return rf_audit_duration ((gint64) llround (v * 3600));
    if (unit_is (unit, "share", "fraction")) {           /* 0 to 1 */
        n = rf_audit_number (v * 100, fabs (v) < 0.1 ? 2 : 1);
        s = g_strconcat (n, " %", NULL);
    } else if (unit_is (unit, "ratio", NULL)) {          /* times as much, as the summaries write it */
        n = rf_audit_number (v, 1);
        s = g_strconcat (n, "x", NULL);
    } else if (unit_is (unit, "percent", "%")) {
        n = rf_audit_number (v, 1);
        s = g_strconcat (n, " %", NULL);
    } else if (unit && strlen (unit) == 3 && g_ascii_isupper (unit[0]) && g_ascii_isupper (unit[1])
               && g_ascii_isupper (unit[2])) {
        return rf_audit_money ((gint64) llround (v), unit);   /* minor units of a currency */
    } else {
        gboolean one = v == 1 && unit && !strchr (unit, ' ') && g_str_has_suffix (unit, "s");
        n = rf_audit_number (v, fabs (v) >= 100 || v == floor (v) ? 0 : fabs (v) < 1 ? 2 : 1);
        /* "1 message", not "1 messages", for one-word units. */
        s = !unit || !*unit ? g_strdup (n)
            : one ? g_strdup_printf ("%s %.*s", n, (int) strlen (unit) - 1, unit)
                  : g_strdup_printf ("%s %s", n, unit);
        g_strdelimit (s, "_", ' ');
    }
    g_free (n);
    return s;
}

/* A marker's detail is '"matched": sentence': the sentence, with the
 * matched words marked. Anything else is written as it is. */
static void
quoted (GString *o, const char *detail)
{
    const char *end = detail[0] == '"' ? strstr (detail + 1, "\": ") : NULL;
    const char *sentence, *hit = NULL;
    size_t mlen;
    if (!end || end == detail + 1) {
        rf_html_esc (o, detail);
        return;
    }
    mlen = (size_t) (end - detail - 1);
    sentence = end + 3;
    for (const char *p = sentence; *p && !hit; p++)
        if (strlen (p) >= mlen && !g_ascii_strncasecmp (p, detail + 1, mlen))
            hit = p;
    if (!hit) {
        rf_html_esc (o, detail);
        return;
    }
    {
        char *before = g_strndup (sentence, (gsize) (hit - sentence)), *match = g_strndup (hit, mlen);
        rf_html_esc (o, before);
        g_string_append (o, "<mark>");
        rf_html_esc (o, match);
        g_string_append (o, "</mark>");
        rf_html_esc (o, hit + mlen);
        g_free (before);
        g_free (match);
    }
}

static char *words_of_signals (const char *names);

/* Only what a client wrote is quoted as a quotation; the rest (our own
 * messages, descriptions of replies, invoices and totals) is plain text. */
static void
evidence (GString *o, const rf_audit_t *a, const rf_audit_finding_t *f, const rf_audit_evidence_t *e)
{
    char *when = e->msg_date >= 0 ? rf_audit_unix_date (e->msg_date, a->tz, TRUE) : rf_audit_date (e->date, a->tz);
    gboolean is_msg = e->kind && (!strcmp (e->kind, "message") || !strcmp (e->kind, "reply"));
    gboolean is_inv = e->kind && !strcmp (e->kind, "invoice");
    gboolean quote = is_msg && !strcmp (e->kind, "message") && e->direction && !strcmp (e->direction, "in");

    g_string_append (o, "<li class=\"ev ev-");
    rf_html_esc (o, e->kind);
    g_string_append (o, "\">");
    if (*when) {
        g_string_append (o, "<span class=\"when\">");
        rf_html_esc (o, when);
        g_string_append (o, "</span>");
    }
    if (is_msg && e->message_id) {
        if (e->from) {
            rf_html_esc (o, e->from);
            g_string_append (o, ", ");
        }
        g_string_append (o, "<q>");
        rf_html_esc (o, e->subject && *e->subject ? e->subject : "(no subject)");
        g_string_append (o, "</q>");
    } else if (is_inv) {
        g_string_append (o, "invoice <strong>");
        rf_html_esc (o, e->ref ? e->ref : "?");
        g_string_append (o, "</strong>");
        if (e->has_amount) {
            char *m = rf_audit_money (e->amount_minor, e->currency);
            rf_html_escf (o, ", %s", m);
            g_free (m);
        }
        if (isfinite (e->value) && !(e->detail && *e->detail)) {
            gint64 d = (gint64) llround (e->value);
            rf_html_escf (o, ", %" G_GINT64_FORMAT " day%s %s", d < 0 ? -d : d, (d == 1 || d == -1) ? "" : "s",
                          d < 0 ? "early" : "late");
        }
    } else if (!(e->detail && *e->detail)) {
        /* A total or a date without words: its number and amount. */
        if (isfinite (e->value)) {
            char *m = rf_audit_number (e->value, 2);
            rf_html_esc (o, m);
            g_free (m);
        }
        if (e->has_amount) {
            char *m = rf_audit_money (e->amount_minor, e->currency);
            rf_html_escf (o, " (%s)", m);
            g_free (m);
        }
    }
    if (e->detail && *e->detail) {
        /* The trend lists signal names: said in words. */
        char *w = !strcmp (f->signal, "trend") ? words_of_signals (e->detail) : NULL;
        char *x = rf_audit_excerpt (w ? w : e->detail, EXCERPT_CHARS);
        g_free (w);
        if (quote) {
            g_string_append (o, "<blockquote>");
            quoted (o, x);
            g_string_append (o, "</blockquote>");
        } else {
            g_string_append (o, is_msg && e->message_id ? "<br/><span class=\"detail\">" : " <span class=\"detail\">");
            rf_html_esc (o, x);
            g_string_append (o, "</span>");
        }
        g_free (x);
    }
    g_string_append (o, "</li>\n");
    g_free (when);
}

static void
measure_row (GString *o, const char *label, const char *value)
{
    g_string_append (o, "<tr><th>");
    rf_html_esc (o, label);
    g_string_append (o, "</th><td>");
    rf_html_esc (o, value);
    g_string_append (o, "</td></tr>\n");
}

/* The signal names a trend finding lists, in words. */
static char *
words_of_signals (const char *names)
{
    char **v = g_strsplit (names ? names : "", ", ", -1);
    GString *s = g_string_new (NULL);
    for (char **p = v; *p; p++)
        if (**p)
            g_string_append_printf (s, "%s%s", s->len ? ", " : "", rf_glossary_signal (*p));
    g_strfreev (v);
    return g_string_free (s, FALSE);
}

/* The one-line summary; the trend's names its signals, so it is said
 * again in words. */
static char *
summary_words (const rf_audit_finding_t *f)
{
    const char *names;
    char *w, *s;
    if (strcmp (f->signal, "trend") || !f->summary || !(names = strstr (f->summary, ": ")))
        return g_strdup (f->summary ? f->summary : "");
    w = words_of_signals (names + 2);
    s = g_strdup_printf ("%" G_GINT64_FORMAT " signs worse in the last 90 days than in the 90 before: %s",
                         (gint64) llround (f->value), w);
    g_free (w);
    return s;
}

static void
measures (GString *o, const rf_audit_finding_t *f)
{
    char *v = rf_audit_measure (f->value, f->unit), *t = rf_audit_measure (f->threshold, f->unit);
    char *r = rf_audit_measure (f->recent, f->unit), *p = rf_audit_measure (f->previous, f->unit);
    char *trend, *pts = g_strdup_printf ("%" G_GINT64_FORMAT, f->points);
    g_string_append (o, "<table class=\"measure\">\n");
    measure_row (o, "measured", v);
    if (isfinite (f->threshold))
        measure_row (o, "threshold", t);
    trend = isfinite (f->recent) || isfinite (f->previous)
            ? g_strdup_printf ("%s: %s in the last 90 days, %s in the 90 days before",
                               rf_glossary_trend (f->trend), r, p)
            : g_strdup (rf_glossary_trend (f->trend));
    g_string_append (o, "<tr><th>trend</th><td class=\"trend-");
    rf_html_esc (o, f->trend);
    g_string_append (o, "\">");
    rf_html_esc (o, trend);
    g_string_append (o, "</td></tr>\n");
    measure_row (o, "points", pts);
    g_string_append (o, "</table>\n");
    g_free (v);
    g_free (t);
    g_free (r);
    g_free (p);
    g_free (trend);
    g_free (pts);
}

/* The first few pieces of evidence, the rest folded in a <details>. */
static void
evidence_list (GString *o, const rf_audit_t *a, const rf_audit_finding_t *f)
{
    guint n = f->evidence->len;
    if (!n)
        return;
    g_string_append_printf (o, "<h4>Evidence (%u)</h4>\n<ul class=\"evidence\">\n", n);
    for (guint i = 0; i < n && i < EVIDENCE_SHOWN; i++)
        evidence (o, a, f, f->evidence->pdata[i]);
    g_string_append (o, "</ul>\n");
    if (n <= EVIDENCE_SHOWN)
        return;
    g_string_append_printf (o, "<details class=\"more\"><summary>%u more</summary>\n<ul class=\"evidence\">\n",
                            n - EVIDENCE_SHOWN);
    for (guint i = EVIDENCE_SHOWN; i < n; i++)
        evidence (o, a, f, f->evidence->pdata[i]);
    g_string_append (o, "</ul>\n</details>\n");
}

static void
finding (GString *o, const rf_audit_t *a, const rf_audit_finding_t *f)
{
    char *summary = summary_words (f), *title = g_strdup (rf_glossary_signal (f->signal));
    /* A capital, for a heading ("Slow replies to our messages"). */
    if (g_ascii_islower (title[0]))
        title[0] = g_ascii_toupper (title[0]);
    g_string_append (o, "<article class=\"finding ");
    rf_html_esc (o, f->severity);
    g_string_append (o, "\" id=\"finding-");
    rf_html_esc (o, f->signal);
    g_string_append (o, "\">\n<h3><span class=\"sev ");
    rf_html_esc (o, f->severity);
    g_string_append (o, "\">");
    rf_html_esc (o, f->severity);
    g_string_append (o, "</span>");
    if (f->few_data)
        g_string_append (o, "<span class=\"fewdata\">few data</span>");
    rf_html_esc (o, title);
    if (f->sign && *f->sign && strcmp (f->sign, f->signal)) {
        g_string_append (o, " <span class=\"sign\">\xe2\x80\x94 ");
        rf_html_esc (o, rf_glossary_sign (f->sign));
        g_string_append (o, "</span>");
    }
    g_string_append (o, "</h3>\n<p class=\"summary\">");
    rf_html_esc (o, summary);
    g_string_append (o, "</p>\n");
    measures (o, f);
    evidence_list (o, a, f);
    g_string_append (o, "</article>\n");
    g_free (summary);
    g_free (title);
}

void
rf_audit_html_findings (GString *o, const rf_audit_t *a)
{
    /* The heading and its note are kept with the first finding on paper. */
    g_string_append (o, "<section id=\"findings\">\n<div class=\"keep\">\n<h2>Findings</h2>\n");
    if (!a->findings_window) {
        g_string_append (o, "<p class=\"nodata\">Findings have not been computed for this database: "
                            "run <code>redflag analyze</code>.</p>\n</div>\n</section>\n");
        return;
    }
    if (a->findings->len == 0) {
        g_string_append (o, "<p class=\"nodata\">No finding for this client in the window.</p>\n</div>\n"
                            "</section>\n");
        return;
    }
    g_string_append (o, "<p class=\"note\">");
    rf_html_escf (o, "%u finding%s, strongest first. Trend: the last 90 days (from %s) against the 90 "
                     "days before (from %s).", a->findings->len, a->findings->len == 1 ? "" : "s",
                  a->recent_since, a->previous_since);
    g_string_append (o, "</p>\n");
    for (guint i = 0; i < a->findings->len; i++) {
        finding (o, a, a->findings->pdata[i]);
        if (i == 0)
            g_string_append (o, "</div>\n");
    }
    g_string_append (o, "</section>\n");
}
