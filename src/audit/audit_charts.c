/* audit_charts.c - see audit_charts.h. Colours: the client's side orange,
 * ours blue, everywhere; marker categories keep one colour each. */
#include "config.h"
#include "audit/audit_charts.h"
#include "audit/audit_fmt.h"
#include "findings/glossary.h"

#include <math.h>
#include <string.h>

#define CLIENT_COLOR "#d9822b"
#define US_COLOR "#3b6ea8"

static void
figure_free (gpointer p)
{
    rf_audit_figure_t *f = p;
    g_free (f->id);
    g_free (f->heading);
    g_free (f->note);
    rf_chart_free (f->chart);
    g_free (f);
}

static rf_audit_figure_t *
figure (GPtrArray *figs, const char *id, const char *heading, rf_chart_kind_t kind)
{
    rf_audit_figure_t *f = g_new0 (rf_audit_figure_t, 1);
    char *svg_id = g_strconcat (id, "-svg", NULL);
    f->id = g_strdup (id);
    f->heading = g_strdup (heading);
    f->chart = rf_chart_new (svg_id, heading, kind);
    g_free (svg_id);
    g_ptr_array_add (figs, f);
    return f;
}

static void
month_labels (rf_chart_t *c, const rf_audit_t *a)
{
    for (guint i = 0; i < a->months->len; i++)
        rf_chart_add_label (c, a->months->pdata[i]);
}

/* ---- formatters */

static char *
fmt_count (double v, gconstpointer data)
{
    return rf_audit_number (v, 0);
}

static char *
fmt_hours (double v, gconstpointer data)
{
    char *n = rf_audit_number (v, v != 0 && fabs (v) < 10 ? 1 : 0), *s = g_strconcat (n, " h", NULL);
    g_free (n);
    return s;
}

static char *
fmt_days_axis (double v, gconstpointer data)
{
    char *n = rf_audit_number (v, fabs (v) < 10 ? 1 : 0), *s = g_strconcat (n, " d", NULL);
    g_free (n);
    return s;
}

static char *
tip_duration_h (double v, gconstpointer data)
{
    return rf_audit_duration ((gint64) llround (v * 3600));
}

static char *
tip_duration_d (double v, gconstpointer data)
{
    return rf_audit_duration ((gint64) llround (v * 86400));
}

static char *
fmt_money_axis (double v, gconstpointer currency)
{
    return rf_audit_money_axis (v, currency);
}

static char *
tip_money (double v, gconstpointer currency)
{
    return rf_audit_money ((gint64) llround (v), currency);
}

static char *
fmt_days (double v, gconstpointer data)
{
    char *n = rf_audit_number (v, 0), *s = g_strconcat (n, " d", NULL);
    g_free (n);
    return s;
}

/* ---- the charts */

static void
volume (GPtrArray *figs, const rf_audit_t *a)
{
    rf_audit_figure_t *f = figure (figs, "chart-volume", "Messages per month, each way", RF_CHART_BARS);
    rf_chart_series_t *in, *out;
    month_labels (f->chart, a);
    in = rf_chart_add_series (f->chart, "from the client", CLIENT_COLOR);
    out = rf_chart_add_series (f->chart, "from us", US_COLOR);
    for (guint i = 0; i < a->months->len; i++) {
        rf_chart_set (in, i, g_array_index (a->in, gint64, i));
        rf_chart_set (out, i, g_array_index (a->out, gint64, i));
    }
    f->chart->fmt = fmt_count;
    f->note = g_strdup_printf ("Conversation messages of the window (from %s), by the client's calendar "
                               "month; automatic and bulk mail excluded. In all: %" G_GINT64_FORMAT
                               " from the client, %" G_GINT64_FORMAT " from us.", a->since, a->win_in,
                               a->win_out);
}

static void
latency (GPtrArray *figs, const rf_audit_t *a)
{
    rf_audit_figure_t *f = figure (figs, "chart-latency", "Reply time per month, median", RF_CHART_LINES);
    rf_chart_series_t *theirs, *ours;
    gint64 top = 0;
    gboolean days;
    for (guint i = 0; i < a->months->len; i++)
        top = MAX (top, MAX (g_array_index (a->client_latency, gint64, i),
                             g_array_index (a->our_latency, gint64, i)));
    days = top > 4 * 86400;   /* hours read badly past a few days */
    month_labels (f->chart, a);
    theirs = rf_chart_add_series (f->chart, "the client answering us", CLIENT_COLOR);
    ours = rf_chart_add_series (f->chart, "us answering the client", US_COLOR);
    for (guint i = 0; i < a->months->len; i++) {
        gint64 c = g_array_index (a->client_latency, gint64, i), o = g_array_index (a->our_latency, gint64, i);
        if (c >= 0)
            rf_chart_set (theirs, i, c / (days ? 86400.0 : 3600.0));
        if (o >= 0)
            rf_chart_set (ours, i, o / (days ? 86400.0 : 3600.0));
    }
    f->chart->fmt = days ? fmt_days_axis : fmt_hours;
    f->chart->tip_fmt = days ? tip_duration_d : tip_duration_h;
    f->chart->zero_is_data = TRUE;
    f->note = g_strdup ("Median wall-clock time from a message to its answer, by the month of the answer; "
                        "a gap is a month without answers.");
}

static const char *
category_color (const char *cat, guint i)
{
    static const struct {
        const char *cat, *color;
    } known[] = {
        { "abuse", "#b2182b" }, { "demanding", "#e7298a" }, { "negativity", "#f4a582" },
        { "complaint", "#e08214" }, { "rejection", "#8c510a" }, { "status_chasing", "#4393c3" },
        { "value_questioning", "#762a83" }, { "price_pushback", "#b8a3d1" },
        { "scope_change", "#1b7837" }, { "indecision", "#8fce7f" }, { "unethical", "#252525" },
    };
    static const char *const other[] = { "#7f7f7f", "#bcbd22", "#17becf", "#9c755f", "#c49c94" };
    for (guint k = 0; k < G_N_ELEMENTS (known); k++)
        if (!strcmp (known[k].cat, cat))
            return known[k].color;
    return other[i % G_N_ELEMENTS (other)];
}

/* Messages, as the findings count them: a message with a marker of two
 * kinds is in both bars; the total of a kind over the months is the
 * number its finding states. */
static void
markers (GPtrArray *figs, const rf_audit_t *a)
{
    rf_audit_figure_t *f = figure (figs, "chart-markers", "Client messages with warning markers, per month",
                                   RF_CHART_STACKED);
    month_labels (f->chart, a);
    for (guint c = 0; c < a->categories->len; c++) {
        const char *cat = a->categories->pdata[c];
        rf_chart_series_t *s = rf_chart_add_series (f->chart, rf_glossary_signal (cat), category_color (cat, c));
        GArray *n = a->category_messages->pdata[c];
        for (guint i = 0; i < a->months->len; i++)
            rf_chart_set (s, i, g_array_index (n, gint64, i));
    }
    f->chart->fmt = fmt_count;
    f->note = g_strdup_printf ("Messages from the client in the window with at least one marker of each kind "
                               "(quotes and signatures excluded; a message with two kinds counts in both; "
                               "evidence dismissed by hand left out). Messages with thanks or praise: %"
                               G_GINT64_FORMAT "; with a referral: %" G_GINT64_FORMAT ".",
                               a->appreciation, a->referral);
}

static void
money (GPtrArray *figs, const rf_audit_t *a)
{
    if (a->money->len == 0) {
        rf_audit_figure_t *f = figure (figs, "chart-money", "Invoiced and paid per month", RF_CHART_BARS);
        month_labels (f->chart, a);
        return;
    }
    for (guint k = 0; k < a->money->len; k++) {
        const rf_audit_money_t *m = a->money->pdata[k];
        char *id = k == 0 ? g_strdup ("chart-money") : g_strdup_printf ("chart-money-%s", m->currency);
        char *heading = g_strdup_printf ("Invoiced and paid per month (%s)", m->currency);
        rf_audit_figure_t *f = figure (figs, id, heading, RF_CHART_BARS);
        rf_chart_series_t *inv, *paid;
        month_labels (f->chart, a);
        inv = rf_chart_add_series (f->chart, "invoiced (payable amount)", "#8796b0");
        paid = rf_chart_add_series (f->chart, "paid", "#4a9a5b");
        for (guint i = 0; i < a->months->len; i++) {
            rf_chart_set (inv, i, g_array_index (m->invoiced, gint64, i));
            rf_chart_set (paid, i, g_array_index (m->paid, gint64, i));
        }
        f->chart->fmt = fmt_money_axis;
        f->chart->tip_fmt = tip_money;
        f->chart->fmt_data = m->currency;   /* lives as long as a */
        f->note = g_strdup ("Invoices by issue month (tax included), payments by booking month.");
        g_free (id);
        g_free (heading);
    }
}

static void
lateness (GPtrArray *figs, const rf_audit_t *a)
{
    rf_audit_figure_t *f = figure (figs, "chart-lateness", "Days late per invoice", RF_CHART_STACKED);
    rf_chart_series_t *ok, *late, *open;
    guint slot = 0, not_due = 0;
    ok = rf_chart_add_series (f->chart, "paid on time (negative: early)", "#4a9a5b");
    late = rf_chart_add_series (f->chart, "paid late", "#e08214");
    open = rf_chart_add_series (f->chart, "unpaid, past due", "#b2182b");
    for (guint i = 0; i < a->invoices->len; i++) {
        const rf_audit_invoice_t *v = a->invoices->pdata[i];
        if (!strcmp (v->kind, "credit_note"))
            continue;
        if (v->paid_date && v->days_late != G_MININT64) {
            rf_chart_add_label (f->chart, v->number);
            rf_chart_set (v->days_late > 0 ? late : ok, slot++, v->days_late);
        } else if (v->days_overdue != G_MININT64 && v->days_overdue > 0) {
            rf_chart_add_label (f->chart, v->number);
            rf_chart_set (open, slot++, v->days_overdue);
        } else if (!strcmp (v->status, "open")) {
            not_due++;
        }
    }
    f->chart->fmt = fmt_days;
    f->chart->zero_is_data = TRUE;
    f->note = g_strdup_printf ("Paid invoices: payment date minus due date. Unpaid ones: days past due "
                               "as of %s.%s", a->as_of,
                               not_due ? " Invoices not yet due are left out." : "");
}

GPtrArray *
rf_audit_figures (const rf_audit_t *a)
{
    GPtrArray *figs = g_ptr_array_new_with_free_func (figure_free);
    volume (figs, a);
    latency (figs, a);
    markers (figs, a);
    money (figs, a);
    lateness (figs, a);
    return figs;
}
