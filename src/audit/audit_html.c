/* audit_html.c - see audit_html.h: the page, its summary, charts, invoice
 * table and letter sections (the findings are in audit_html_findings.c). */
#include "config.h"
#include "audit/audit_charts.h"
#include "audit/audit_fmt.h"
#include "audit/audit_html.h"
#include "audit/audit_html_p.h"
#include "findings/glossary.h"

#include <math.h>
#include <string.h>

static void
tag_text (GString *o, const char *open, const char *text, const char *close)
{
    g_string_append (o, open);
    rf_html_esc (o, text);
    g_string_append (o, close);
}

static void
fact (GString *o, const char *term, const char *value)
{
    tag_text (o, "<dt>", term, "</dt>");
    tag_text (o, "<dd>", value, "</dd>\n");
}

/* ---- summary */

/* The verdict's reason in words: the findings that weigh most, named as
 * people say them (the stored reason, with signal names, is the CSV's). */
static char *
plain_reason (const rf_audit_t *a)
{
    GString *s = g_string_new (NULL);
    guint led = 0, strong = 0;
    for (guint i = 0; i < a->findings->len; i++) {
        const rf_audit_finding_t *f = a->findings->pdata[i];
        if (f->points > 0 && strcmp (f->severity, "info"))
            strong++;
    }
    for (guint i = 0; i < a->findings->len; i++) {
        const rf_audit_finding_t *f = a->findings->pdata[i];
        if (!strcmp (a->recommendation, "exit") && f->points > 0 && !strcmp (f->severity, "critical")
            && (!strcmp (f->signal, "abuse") || !strcmp (f->signal, "unethical"))) {
            g_string_free (s, TRUE);
            return g_strdup_printf ("Ending the relationship is advised on conduct alone: %s.", f->summary);
        }
    }
    g_string_append_printf (s, "Score %" G_GINT64_FORMAT, a->score);
    for (guint i = 0; i < a->findings->len && led < 3; i++) {
        const rf_audit_finding_t *f = a->findings->pdata[i];
        if (f->points <= 0 || !strcmp (f->severity, "info"))
            continue;
        led++;
        g_string_append_printf (s, "%s%s (%s)", led == 1 ? ", mostly from " : led == MIN (strong, 3) ? " and " : ", ",
                                rf_glossary_signal (f->signal), f->severity);
    }
    g_string_append (s, led ? "." : ": no warning sign.");
    if (a->reason && strstr (a->reason, "but for the revenue share"))
        g_string_append (s, " Ending it would be advised, but for their share of our revenue.");
    return g_string_free (s, FALSE);
}

static void
verdict (GString *o, const rf_audit_t *a)
{
    if (!a->has_score) {
        g_string_append (o, "<div class=\"verdict\"><p class=\"rec\">No score yet</p><p>The findings stage "
                            "has not scored this client: run <code>redflag analyze</code>.</p></div>\n");
        return;
    }
    g_string_append (o, "<div class=\"verdict rec-");
    rf_html_esc (o, a->recommendation);
    g_string_append (o, "\">\n<p class=\"rec\">Recommendation: <strong>");
    rf_html_esc (o, a->recommendation);
    g_string_append (o, "</strong></p>\n");
    {
        char *r = plain_reason (a);
        tag_text (o, "<p class=\"reason\">", r, "</p>\n");
        g_free (r);
    }
    if (a->caution && *a->caution)
        tag_text (o, "<p class=\"caution\"><strong>Caution:</strong> ", a->caution, "</p>\n");
    if (a->act_by && *a->act_by)
        tag_text (o, "<p class=\"actby\"><strong>Act by:</strong> ", a->act_by, "</p>\n");
    g_string_append (o, "</div>\n");
}

/* The window's share (client_score, what the findings used), then the
 * share of everything invoiced so far, per currency. */
static char *
revenue_text (const rf_audit_t *a)
{
    GString *s = g_string_new (NULL);
    if (a->has_score && isfinite (a->revenue_share) && a->revenue_minor != G_MININT64 && a->score_currency) {
        char *pct = rf_audit_number (a->revenue_share * 100, 2), *net = rf_audit_money (a->revenue_minor, a->score_currency);
        g_string_append_printf (s, "%s %% in the window (%s net)", pct, net);
        g_free (pct);
        g_free (net);
    }
    for (guint i = 0; i < a->money->len; i++) {
        const rf_audit_money_t *m = a->money->pdata[i];
        char *net, *total, *pct;
        if (!isfinite (m->share))
            continue;
        net = rf_audit_money (m->net_minor, m->currency);
        total = rf_audit_money (m->total_net_minor, m->currency);
        pct = rf_audit_number (m->share * 100, 2);
        g_string_append_printf (s, "%s%s %% of all %s invoiced to date (%s of %s, net of credit notes)",
                                s->len ? "; " : "", pct, m->currency, net, total);
        g_free (net);
        g_free (total);
        g_free (pct);
    }
    if (!s->len)
        g_string_append (s, "no invoice attributed to this client");
    return g_string_free (s, FALSE);
}

/* Payment as the findings measured it: the invoices due in the window and
 * paid (late_payment), and those unpaid past due (overdue). */
static char *
payment_text (const rf_audit_t *a)
{
    const rf_audit_tally_t *late = rf_audit_tally (a, "late_payment"), *over = rf_audit_tally (a, "overdue");
    GString *s = g_string_new (NULL);
    if (late && late->n_of > 0) {
        g_string_append_printf (s, "%" G_GINT64_FORMAT " of %" G_GINT64_FORMAT " %s due in the window paid late",
                                late->n, late->n_of, late->n_of == 1 ? "invoice" : "invoices");
        if (late->n > 0) {
            char *mean = rf_audit_number (late->value, 1);
            g_string_append_printf (s, " (%s days late on average, weighted by amount; %" G_GINT64_FORMAT
                                    " at most)", mean, a->max_days_late != G_MININT64 ? a->max_days_late : 0);
            g_free (mean);
        }
    }
    if (over && over->n > 0 && a->overdue_minor != G_MININT64) {
        char *m = rf_audit_money (a->overdue_minor, a->score_currency);
        g_string_append_printf (s, "%s%" G_GINT64_FORMAT " unpaid past due: %s", s->len ? "; " : "", over->n, m);
        g_free (m);
    }
    if (!s->len)
        g_string_append (s, "no invoice due or overdue in the window");
    return g_string_free (s, FALSE);
}

/* The medians of reply time with the replies they rest on. */
static char *
replies_text (const rf_audit_t *a)
{
    const rf_audit_tally_t *c = rf_audit_tally (a, "client_latency"), *u = rf_audit_tally (a, "our_latency");
    GString *s = g_string_new (NULL);
    const char *who[] = { "the client answering us", "us answering the client" };
    const rf_audit_tally_t *t[] = { c, u };
    gint64 med[] = { a->client_median, a->our_median };
    for (int i = 0; i < 2; i++) {
        g_string_append_printf (s, "%s%s ", i ? "; " : "", who[i]);
        if (med[i] < 0 || !t[i] || t[i]->n <= 0) {
            g_string_append (s, "no answer");
            continue;
        }
        {
            char *d = rf_glossary_duration (med[i]);
            g_string_append_printf (s, "%s (median of %" G_GINT64_FORMAT " %s)", d, t[i]->n,
                                    t[i]->n == 1 ? "reply" : "replies");
            g_free (d);
        }
    }
    return g_string_free (s, FALSE);
}

/* Our messages that needed an answer and got none, as the finding counts. */
static char *
unanswered_text (const rf_audit_t *a)
{
    const rf_audit_tally_t *u = rf_audit_tally (a, "unanswered_by_client");
    if (!u || u->n_of <= 0)
        return g_strdup ("none of our messages needed a reply");
    if (!isfinite (u->value))
        return g_strdup_printf ("%" G_GINT64_FORMAT " of our %" G_GINT64_FORMAT " %s that needed a reply "
                                "never answered (too few to measure: 3 needed)", u->n, u->n_of,
                                u->n_of == 1 ? "message" : "messages");
    return g_strdup_printf ("%" G_GINT64_FORMAT " of our %" G_GINT64_FORMAT " messages that needed a reply "
                            "never answered", u->n, u->n_of);
}

static void
breakdown (GString *o, const rf_audit_t *a)
{
    gint64 sum = 0;
    if (!a->has_score)
        return;
    g_string_append (o, "<h3>Score breakdown</h3>\n<table class=\"breakdown\">\n<thead><tr><th>finding</th>"
                        "<th>severity</th><th class=\"num\">points</th></tr></thead>\n<tbody>\n");
    for (guint i = 0; i < a->findings->len; i++) {
        const rf_audit_finding_t *f = a->findings->pdata[i];
        if (f->points == 0)
            continue;
        g_string_append (o, "<tr><td><a href=\"#finding-");
        rf_html_esc (o, f->signal);
        g_string_append (o, "\">");
        rf_html_esc (o, rf_glossary_signal (f->signal));
        g_string_append (o, "</a></td>");
        tag_text (o, "<td>", f->severity, "</td>");
        g_string_append_printf (o, "<td class=\"num\">%+" G_GINT64_FORMAT "</td></tr>\n", f->points);
        sum += f->points;
    }
    g_string_append_printf (o, "</tbody>\n<tfoot><tr><th colspan=\"2\">total points</th><td class=\"num\">%"
                               G_GINT64_FORMAT "</td></tr>\n"
                               "<tr><th colspan=\"2\">score (0 healthy, 100 worst)</th><td class=\"num\">%"
                               G_GINT64_FORMAT "</td></tr></tfoot>\n</table>\n",
                            a->raw_points, a->score);
    if (sum != a->raw_points)
        g_string_append (o, "<p class=\"note\">The total includes adjustments made by the scoring rules beyond "
                            "the points of the findings listed.</p>\n");
}

static void
summary (GString *o, const rf_audit_t *a)
{
    char *s;
    g_string_append (o, "<section id=\"summary\">\n<h2>Summary</h2>\n");
    verdict (o, a);
    g_string_append (o, "<dl class=\"facts\">\n");
    s = g_strdup_printf ("%s (key %s)", a->name, a->key);
    fact (o, "Client", s);
    g_free (s);
    s = g_strdup_printf ("%s to %s (as of %s)", a->since, a->last_day, a->as_of);
    fact (o, "Window", s);
    g_free (s);
    if (a->findings_since) {
        s = g_strdup_printf ("the stored findings cover %s to %s", a->findings_since, a->findings_until);
        fact (o, "Note", s);
        g_free (s);
    }
    if (a->has_score) {
        g_string_append_printf (o, "<dt>Score</dt><dd><strong>%" G_GINT64_FORMAT "</strong> / 100"
                                   "<span class=\"scorebar\"><span style=\"width:%d%%\"></span></span></dd>\n",
                                a->score, (int) CLAMP (a->score, 0, 100));
    }
    s = revenue_text (a);
    fact (o, "Revenue share", s);
    g_free (s);
    fact (o, "Contract end", a->contract_end && *a->contract_end ? a->contract_end : "none configured");
    if (a->response_seconds > 0) {
        s = rf_glossary_duration (a->response_seconds);
        fact (o, "Agreed response time", s);
        g_free (s);
    }
    s = g_strdup_printf ("%" G_GINT64_FORMAT " from the client, %" G_GINT64_FORMAT " from us",
                         a->win_in, a->win_out);
    fact (o, "Messages in the window", s);
    g_free (s);
    s = replies_text (a);
    fact (o, "Median reply time", s);
    g_free (s);
    s = unanswered_text (a);
    fact (o, "Unanswered", s);
    g_free (s);
    s = payment_text (a);
    fact (o, "Payment", s);
    g_free (s);
    g_string_append (o, "</dl>\n");
    breakdown (o, a);
    g_string_append (o, "</section>\n");
}

/* ---- charts and invoices */

static void
charts (GString *o, const rf_audit_t *a)
{
    GPtrArray *figs = rf_audit_figures (a);
    /* The heading is kept with the first chart on paper (div.keep). */
    g_string_append (o, "<section id=\"charts\">\n<div class=\"keep\">\n<h2>Month by month</h2>\n");
    for (guint i = 0; i < figs->len; i++) {
        rf_audit_figure_t *f = figs->pdata[i];
        g_string_append (o, "<figure id=\"");
        rf_html_esc (o, f->id);
        g_string_append (o, "\">\n");
        tag_text (o, "<figcaption>", f->heading, "</figcaption>\n");
        rf_chart_write (o, f->chart);
        if (f->note)
            tag_text (o, "<p class=\"note\">", f->note, "</p>\n");
        g_string_append (o, i == 0 ? "</figure>\n</div>\n" : "</figure>\n");
    }
    if (figs->len == 0)
        g_string_append (o, "</div>\n");
    g_string_append (o, "</section>\n");
    g_ptr_array_unref (figs);
}

static void
cell (GString *o, const char *cls, const char *text)
{
    g_string_append (o, cls ? "<td class=\"num\">" : "<td>");
    rf_html_esc (o, text ? text : "");
    g_string_append (o, "</td>");
}

static void
invoices (GString *o, const rf_audit_t *a)
{
    g_string_append (o, "<section id=\"invoices\">\n<h2>Invoices</h2>\n<p class=\"note\">Issued or due in the "
                        "window, and any still unpaid past its due date.</p>\n");
    if (a->invoices->len == 0) {
        g_string_append (o, "<p class=\"nodata\">No invoice of this client in the window.</p>\n</section>\n");
        return;
    }
    g_string_append (o, "<table>\n<thead><tr><th>number</th><th>issued</th><th>due</th><th class=\"num\">amount</th>"
                        "<th>status</th><th>paid on</th><th class=\"num\">days late</th></tr></thead>\n<tbody>\n");
    for (guint i = 0; i < a->invoices->len; i++) {
        const rf_audit_invoice_t *v = a->invoices->pdata[i];
        char *amount = rf_audit_money (v->amount_minor, v->currency), *late = NULL, *status;
        if (v->days_late != G_MININT64)
            late = g_strdup_printf ("%" G_GINT64_FORMAT, v->days_late);
        else if (v->days_overdue != G_MININT64 && v->days_overdue > 0)
            late = g_strdup_printf ("%" G_GINT64_FORMAT " (unpaid)", v->days_overdue);
        status = g_strdup (v->status);
        g_strdelimit (status, "_", ' ');
        g_string_append (o, "<tr>");
        cell (o, NULL, v->number);
        cell (o, NULL, v->issue_date);
        cell (o, NULL, v->due_date);
        cell (o, "num", amount);
        cell (o, NULL, status);
        cell (o, NULL, v->paid_date);
        cell (o, "num", late);
        g_string_append (o, "</tr>\n");
        g_free (amount);
        g_free (late);
        g_free (status);
    }
    g_string_append (o, "</tbody>\n</table>\n</section>\n");
}

/* ---- letter */

static void
letter (GString *o, const rf_audit_t *a, const rf_letter_t *l)
{
    static const char *const language[] = { "en", "English", "fr", "French", "es", "Spanish" };
    const char *lang_name = l->lang;
    for (guint i = 0; i < G_N_ELEMENTS (language); i += 2)
        if (!strcmp (language[i], l->lang))
            lang_name = language[i + 1];
    g_string_append (o, "<section id=\"letter\">\n<h2>Draft message to the client</h2>\n<p class=\"note\">");
    rf_html_escf (o, "A %s, in %s, following the recommendation%s%s%s. A draft: read it, adjust it, sign it.",
                  l->kind == RF_LETTER_EXIT ? "polite end of the engagement"
                  : l->kind == RF_LETTER_RENEGOTIATE ? "proposal of new terms" : "check-in proposing a review",
                  lang_name, a->has_score ? " (" : "", a->has_score ? a->recommendation : "",
                  a->has_score ? ")" : " (none yet)");
    g_string_append (o, "</p>\n<article class=\"letter\" lang=\"");
    rf_html_esc (o, l->lang);
    g_string_append (o, "\" data-kind=\"");
    g_string_append (o, rf_letter_kind_name (l->kind));
    g_string_append (o, "\">\n<p class=\"subject\">");
    rf_html_esc (o, l->subject_label);
    g_string_append_c (o, ' ');
    rf_html_esc (o, l->subject);
    g_string_append (o, "</p>\n");
    tag_text (o, "<p>", l->greeting, "</p>\n");
    for (guint i = 0; i < l->blocks->len; i++) {
        const rf_letter_block_t *b = l->blocks->pdata[i];
        tag_text (o, "<p>", b->text, "</p>\n");
        if (b->items) {
            g_string_append (o, "<ul>\n");
            for (guint k = 0; k < b->items->len; k++)
                tag_text (o, "<li>", b->items->pdata[k], "</li>\n");
            g_string_append (o, "</ul>\n");
        }
    }
    g_string_append (o, "<p>");
    rf_html_esc (o, l->closing);
    g_string_append (o, "<br/>");
    rf_html_esc (o, l->signature);
    g_string_append (o, "</p>\n</article>\n</section>\n");
}

/* ---- page */

char *
rf_audit_html (const rf_audit_t *a, const rf_letter_t *l)
{
    GString *o = g_string_new ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                               "<meta name=\"generator\" content=\"redflag " PACKAGE_VERSION "\"/>\n");
    tag_text (o, "<title>Client audit: ", a->name, "</title>\n");
    g_string_append (o, "<style>\n");
    g_string_append (o, rf_audit_css);
    g_string_append (o, "</style>\n</head>\n<body>\n<header>\n");
    tag_text (o, "<h1>Client audit: ", a->name, "</h1>\n");
    g_string_append (o, "<p class=\"meta\">");
    rf_html_escf (o, "%s to %s, as of %s. Everything below is read from the redflag database; "
                     "the charts and the draft message are computed, the excerpts quoted as written.",
                  a->since, a->last_day, a->as_of);
    g_string_append (o, "</p>\n</header>\n<main>\n");
    summary (o, a);
    charts (o, a);
    rf_audit_html_findings (o, a);
    invoices (o, a);
    letter (o, a, l);
    g_string_append (o, "</main>\n<footer><p>redflag " PACKAGE_VERSION "</p></footer>\n</body>\n</html>\n");
    return g_string_free (o, FALSE);
}
