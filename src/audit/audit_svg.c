/* audit_svg.c - see audit_svg.h. Coordinates are in a 720-unit wide view
 * box scaled to the page width; every number is written with a '.' decimal
 * point whatever the locale. */
#include "config.h"
#include "audit/audit_svg.h"
#include "audit/audit_fmt.h"

#include <math.h>
#include <string.h>

#define VIEW_W 720.0
#define PLOT_H 200.0
#define LEFT 70.0
#define RIGHT 12.0
#define CHAR_W 6.3          /* mean width of an 11-unit sans-serif character */
#define LEGEND_ROW 16.0
#define MAX_BAR 40.0

typedef struct {
    const rf_chart_t *c;
    guint n;                       /* slots */
    double lo, hi, step;           /* axis */
    double top, bottom, slot_w;    /* plot area */
    gboolean integer;              /* every value is a whole number */
} frame_t;

rf_chart_t *
rf_chart_new (const char *id, const char *title, rf_chart_kind_t kind)
{
    rf_chart_t *c = g_new0 (rf_chart_t, 1);
    c->id = g_strdup (id);
    c->title = g_strdup (title);
    c->kind = kind;
    c->labels = g_ptr_array_new_with_free_func (g_free);
    c->series = g_ptr_array_new ();
    return c;
}

void
rf_chart_free (rf_chart_t *c)
{
    if (!c)
        return;
    for (guint i = 0; i < c->series->len; i++) {
        rf_chart_series_t *s = c->series->pdata[i];
        g_free (s->name);
        g_free (s->color);
        g_array_unref (s->values);
        g_free (s);
    }
    g_ptr_array_unref (c->series);
    g_ptr_array_unref (c->labels);
    g_free (c->id);
    g_free (c->title);
    g_free (c);
}

void
rf_chart_add_label (rf_chart_t *c, const char *label)
{
    double nan = NAN;
    g_ptr_array_add (c->labels, g_strdup (label));
    for (guint i = 0; i < c->series->len; i++)
        g_array_append_val (((rf_chart_series_t *) c->series->pdata[i])->values, nan);
}

rf_chart_series_t *
rf_chart_add_series (rf_chart_t *c, const char *name, const char *color)
{
    rf_chart_series_t *s = g_new0 (rf_chart_series_t, 1);
    double nan = NAN;
    s->name = g_strdup (name);
    s->color = g_strdup (color);
    s->values = g_array_new (FALSE, FALSE, sizeof (double));
    for (guint i = 0; i < c->labels->len; i++)
        g_array_append_val (s->values, nan);
    g_ptr_array_add (c->series, s);
    return s;
}

void
rf_chart_set (rf_chart_series_t *s, guint slot, double v)
{
    if (slot < s->values->len)
        g_array_index (s->values, double, slot) = v;
}

static double
val (const rf_chart_t *c, guint series, guint slot)
{
    return g_array_index (((rf_chart_series_t *) c->series->pdata[series])->values, double, slot);
}

gboolean
rf_chart_has_data (const rf_chart_t *c)
{
    for (guint j = 0; j < c->series->len; j++)
        for (guint i = 0; i < c->labels->len; i++) {
            double v = val (c, j, i);
            if (isfinite (v) && (v != 0 || c->zero_is_data))
                return TRUE;
        }
    return FALSE;
}

/* ---- text helpers */

static void
num (GString *o, double v)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    g_string_append (o, g_ascii_formatd (buf, sizeof buf, "%.1f", fabs (v) < 0.05 ? 0 : v));
}

static char *
fmt_tick (const frame_t *f, double v)
{
    if (f->c->fmt)
        return f->c->fmt (v, f->c->fmt_data);
    return rf_audit_number (v, f->integer ? 0 : 2);
}

static char *
fmt_value (const frame_t *f, double v)
{
    if (f->c->tip_fmt)
        return f->c->tip_fmt (v, f->c->fmt_data);
    return fmt_tick (f, v);
}

static void
text (GString *o, double x, double y, const char *anchor, const char *cls, const char *s)
{
    g_string_append (o, "<text x=\"");
    num (o, x);
    g_string_append (o, "\" y=\"");
    num (o, y);
    g_string_append_printf (o, "\" text-anchor=\"%s\" class=\"%s\">", anchor, cls);
    rf_html_esc (o, s);
    g_string_append (o, "</text>\n");
}

/* ---- scale */

/* The slot's extent: for stacks the sums each side, else the extremes. */
static void
extent (const rf_chart_t *c, guint i, double *up, double *down)
{
    *up = *down = 0;
    for (guint j = 0; j < c->series->len; j++) {
        double v = val (c, j, i);
        if (!isfinite (v))
            continue;
        if (c->kind == RF_CHART_STACKED) {
            if (v > 0)
                *up += v;
            else
                *down += v;
        } else {
            *up = MAX (*up, v);
            *down = MIN (*down, v);
        }
    }
}

static int
cmp_desc (gconstpointer a, gconstpointer b)
{
    double x = *(const double *) a, y = *(const double *) b;
    return x < y ? 1 : x > y ? -1 : 0;
}

/* The largest magnitude to show on one side: the top value, unless it
 * dwarfs the next one, in which case the next one (with some headroom). */
static double
side_max (GArray *mags, double ratio)
{
    double top, next;
    if (mags->len == 0)
        return 0;
    g_array_sort (mags, cmp_desc);
    top = g_array_index (mags, double, 0);
    if (mags->len < 2)
        return top;
    next = g_array_index (mags, double, 1);
    return next > 0 && top > ratio * next ? next * 1.25 : top;
}

static double
nice_step (double raw, gboolean integer)
{
    double e, f, n;
    if (!(raw > 0))
        return 1;
    e = floor (log10 (raw));
    f = raw / pow (10, e);
    /* 2.5 only for fractional data: counts step by whole numbers. */
    n = f <= 1 ? 1 : f <= 2 ? 2 : (f <= 2.5 && !(integer && e <= 0)) ? 2.5 : f <= 5 ? 5 : 10;
    raw = n * pow (10, e);
    return integer && raw < 1 ? 1 : raw;
}

static void
scale (frame_t *f)
{
    const rf_chart_t *c = f->c;
    GArray *ups = g_array_new (FALSE, FALSE, sizeof (double));
    GArray *downs = g_array_new (FALSE, FALSE, sizeof (double));
    double ratio = c->cap_ratio > 1 ? c->cap_ratio : 4, hi, lo;

    f->integer = TRUE;
    for (guint i = 0; i < f->n; i++) {
        double up, down;
        extent (c, i, &up, &down);
        if (up > 0)
            g_array_append_val (ups, up);
        if (down < 0) {
            down = -down;
            g_array_append_val (downs, down);
        }
        for (guint j = 0; j < c->series->len; j++) {
            double v = val (c, j, i);
            if (isfinite (v) && v != floor (v))
                f->integer = FALSE;
        }
    }
    hi = side_max (ups, ratio);
    lo = -side_max (downs, ratio);
    g_array_unref (ups);
    g_array_unref (downs);
    if (hi - lo <= 0)
        hi = 1;
    /* Values are written below negative bars: leave them room above the
     * x labels. */
    if (lo < 0)
        lo *= 1.12;
    f->step = nice_step ((hi - lo) / 4, f->integer);
    f->hi = ceil (hi / f->step - 1e-9) * f->step;
    f->lo = floor (lo / f->step + 1e-9) * f->step;
}

static double
y_of (const frame_t *f, double v)
{
    double y = f->bottom - (v - f->lo) / (f->hi - f->lo) * PLOT_H;
    return CLAMP (y, f->top, f->bottom);
}

/* ---- parts */

static gboolean
series_shown (const rf_chart_t *c, guint j)
{
    for (guint i = 0; i < c->labels->len; i++) {
        double v = val (c, j, i);
        if (isfinite (v) && (v != 0 || c->zero_is_data))
            return TRUE;
    }
    return FALSE;
}

/* Series without a value are left out of the legend. */
static double
legend (GString *o, const rf_chart_t *c, gboolean draw)
{
    double x = LEFT, y = 4;
    if (c->series->len < 2 && c->kind != RF_CHART_STACKED)
        return 0;
    for (guint j = 0; j < c->series->len; j++) {
        rf_chart_series_t *s = c->series->pdata[j];
        double w = 14 + g_utf8_strlen (s->name, -1) * CHAR_W + 14;
        if (!series_shown (c, j))
            continue;
        if (x + w > VIEW_W - RIGHT && x > LEFT) {
            x = LEFT;
            y += LEGEND_ROW;
        }
        if (draw) {
            g_string_append (o, "<rect x=\"");
            num (o, x);
            g_string_append (o, "\" y=\"");
            num (o, y + 2);
            g_string_append (o, "\" width=\"10\" height=\"10\" fill=\"");
            rf_html_esc (o, s->color);
            g_string_append (o, "\"/>");
            text (o, x + 14, y + 11, "start", "lg", s->name);
        }
        x += w;
    }
    return y + LEGEND_ROW + 2;
}

static void
grid (GString *o, const frame_t *f)
{
    int ticks = (int) llround ((f->hi - f->lo) / f->step);
    for (int k = 0; k <= ticks; k++) {
        double t = f->lo + k * f->step, y = y_of (f, t);
        char *s = fmt_tick (f, t);
        g_string_append_printf (o, "<line x1=\"%d\" x2=\"%d\" y1=\"", (int) LEFT, (int) (VIEW_W - RIGHT));
        num (o, y);
        g_string_append (o, "\" y2=\"");
        num (o, y);
        g_string_append_printf (o, "\" stroke=\"%s\"/>\n", fabs (t) < f->step / 1e6 ? "#8a8a8a" : "#e3e3e3");
        text (o, LEFT - 6, y + 4, "end", "tick", s);
        g_free (s);
    }
}

static void
x_labels (GString *o, const frame_t *f, double *height)
{
    const rf_chart_t *c = f->c;
    glong longest = 1;
    gboolean slant;
    guint every = 1;
    for (guint i = 0; i < f->n; i++)
        longest = MAX (longest, g_utf8_strlen (c->labels->pdata[i], -1));
    slant = longest * CHAR_W + 6 > f->slot_w;
    if (slant)
        every = (guint) ceil (15.0 / f->slot_w);     /* slanted labels need ~15 units each */
    *height = slant ? longest * CHAR_W * 0.72 + 18 : 20;
    if (!o)
        return;
    for (guint i = 0; i < f->n; i += every) {
        double x = LEFT + (i + 0.5) * f->slot_w, y = f->bottom + 14;
        if (!slant) {
            text (o, x, y, "middle", "tick", c->labels->pdata[i]);
            continue;
        }
        g_string_append (o, "<text transform=\"translate(");
        num (o, x + 3);
        g_string_append_c (o, ' ');
        num (o, y - 4);
        g_string_append (o, ") rotate(-45)\" text-anchor=\"end\" class=\"tick\">");
        rf_html_esc (o, c->labels->pdata[i]);
        g_string_append (o, "</text>\n");
    }
}

static void
tooltip (GString *o, const frame_t *f, guint slot, guint series, double v)
{
    const rf_chart_t *c = f->c;
    char *s = fmt_value (f, v);
    g_string_append (o, "<title>");
    rf_html_esc (o, c->labels->pdata[slot]);
    if (c->series->len > 1 || c->kind == RF_CHART_STACKED) {
        g_string_append (o, ", ");
        rf_html_esc (o, ((rf_chart_series_t *) c->series->pdata[series])->name);
    }
    g_string_append (o, ": ");
    rf_html_esc (o, s);
    g_string_append (o, "</title>");
    g_free (s);
}

static void
rect (GString *o, double x, double w, double y0, double y1, const char *color)
{
    g_string_append (o, "<rect x=\"");
    num (o, x);
    g_string_append (o, "\" y=\"");
    num (o, MIN (y0, y1));
    g_string_append (o, "\" width=\"");
    num (o, w);
    g_string_append (o, "\" height=\"");
    num (o, MAX (fabs (y1 - y0), 0.8));   /* a zero bar still shows as a hairline */
    g_string_append (o, "\" fill=\"");
    rf_html_esc (o, color);
    g_string_append (o, "\">");
}

/* A bar cut by the axis: a white zig-zag across it near the cut, and its
 * true value written beyond the plot edge. */
static void
broken (GString *o, const frame_t *f, double x, double w, gboolean up, double v)
{
    double y = up ? f->top + 10 : f->bottom - 10;
    char *s = fmt_value (f, v);
    g_string_append (o, "<path fill=\"none\" stroke=\"#fff\" stroke-width=\"2.5\" d=\"M");
    num (o, x - 2);
    g_string_append_c (o, ' ');
    num (o, y + 3);
    g_string_append (o, " l");
    num (o, w / 2 + 2);
    g_string_append (o, " -6 l");
    num (o, w / 2 + 2);
    g_string_append (o, " 6\"/>\n");
    if (up)
        text (o, x + w / 2, f->top - 5, "middle", "out", s);
    else
        text (o, x + w + 3, f->bottom - 4, "start", "out", s);
    g_free (s);
}

static void
value_label (GString *o, const frame_t *f, double x, double w, double v)
{
    char *s = fmt_tick (f, v);
    if (g_utf8_strlen (s, -1) * 5.8 <= w + f->slot_w * 0.15) {
        if (v >= 0)
            text (o, x + w / 2, y_of (f, v) - 3, "middle", "val", s);
        else
            text (o, x + w / 2, y_of (f, v) + 11, "middle", "val", s);
    }
    g_free (s);
}

static void
bars (GString *o, const frame_t *f)
{
    const rf_chart_t *c = f->c;
    guint ns = c->series->len;
    double group = MIN (f->slot_w * 0.8, ns * MAX_BAR), bw = group / ns;
    for (guint i = 0; i < f->n; i++)
        for (guint j = 0; j < ns; j++) {
            double v = val (c, j, i), x = LEFT + i * f->slot_w + (f->slot_w - group) / 2 + j * bw;
            const char *color = ((rf_chart_series_t *) c->series->pdata[j])->color;
            if (!isfinite (v))
                continue;
            rect (o, x, bw - (ns > 1 ? 1 : 0), y_of (f, 0), y_of (f, v), color);
            tooltip (o, f, i, j, v);
            g_string_append (o, "</rect>\n");
            if (v > f->hi || v < f->lo)
                broken (o, f, x, bw, v > f->hi, v);
            else if (bw >= 22)
                value_label (o, f, x, bw, v);
        }
}

static void
stacks (GString *o, const frame_t *f)
{
    const rf_chart_t *c = f->c;
    double bw = MIN (f->slot_w * 0.7, MAX_BAR + 8);
    for (guint i = 0; i < f->n; i++) {
        double x = LEFT + (i + 0.5) * f->slot_w - bw / 2, up = 0, down = 0;
        gboolean any = FALSE;
        for (guint j = 0; j < c->series->len; j++) {
            double v = val (c, j, i), *acc = v >= 0 ? &up : &down;
            if (!isfinite (v) || (v == 0 && !c->zero_is_data))
                continue;
            rect (o, x, bw, y_of (f, *acc), y_of (f, *acc + v),
                  ((rf_chart_series_t *) c->series->pdata[j])->color);
            tooltip (o, f, i, j, v);
            g_string_append (o, "</rect>\n");
            *acc += v;
            any = TRUE;
        }
        if (!any)
            continue;
        if (up > f->hi)
            broken (o, f, x, bw, TRUE, up);
        else if (up > 0 && bw >= 18)
            value_label (o, f, x, bw, up);
        if (down < f->lo)
            broken (o, f, x, bw, FALSE, down);
        else if (down < 0 && bw >= 18)
            value_label (o, f, x, bw, down);
    }
}

static void
lines (GString *o, const frame_t *f)
{
    const rf_chart_t *c = f->c;
    for (guint j = 0; j < c->series->len; j++) {
        rf_chart_series_t *s = c->series->pdata[j];
        gboolean pen = FALSE;
        g_string_append (o, "<path fill=\"none\" stroke-width=\"2\" stroke=\"");
        rf_html_esc (o, s->color);
        g_string_append (o, "\" d=\"");
        for (guint i = 0; i < f->n; i++) {
            double v = val (c, j, i);
            if (!isfinite (v)) {
                pen = FALSE;
                continue;
            }
            g_string_append (o, pen ? " L" : " M");
            num (o, LEFT + (i + 0.5) * f->slot_w);
            g_string_append_c (o, ' ');
            num (o, y_of (f, v));
            pen = TRUE;
        }
        g_string_append (o, "\"/>\n");
        for (guint i = 0; i < f->n; i++) {
            double v = val (c, j, i), x = LEFT + (i + 0.5) * f->slot_w;
            if (!isfinite (v))
                continue;
            g_string_append (o, "<circle cx=\"");
            num (o, x);
            g_string_append (o, "\" cy=\"");
            num (o, y_of (f, v));
            g_string_append (o, "\" r=\"3.5\" fill=\"");
            rf_html_esc (o, s->color);
            g_string_append (o, "\">");
            tooltip (o, f, i, j, v);
            g_string_append (o, "</circle>\n");
            if (v > f->hi) {
                char *t = fmt_value (f, v);
                text (o, x, f->top - 5, "middle", "out", t);
                g_free (t);
            }
        }
    }
}

gboolean
rf_chart_write (GString *o, const rf_chart_t *c)
{
    frame_t f = { .c = c, .n = c->labels->len };
    double legend_h, label_h, height;
    if (f.n == 0 || !rf_chart_has_data (c)) {
        g_string_append (o, "<p class=\"nodata\">no data</p>\n");
        return FALSE;
    }
    scale (&f);
    f.slot_w = (VIEW_W - LEFT - RIGHT) / f.n;
    legend_h = legend (NULL, c, FALSE);
    f.top = legend_h + 18;                /* room for the values of cut bars */
    f.bottom = f.top + PLOT_H;
    x_labels (NULL, &f, &label_h);
    height = ceil (f.bottom + label_h);

    g_string_append (o, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ");
    num (o, VIEW_W);
    g_string_append_c (o, ' ');
    num (o, height);
    g_string_append (o, "\" id=\"");
    rf_html_esc (o, c->id);
    g_string_append (o, "\" aria-labelledby=\"");
    rf_html_esc (o, c->id);
    g_string_append (o, "-t\" font-family=\"sans-serif\" font-size=\"11\">\n<title id=\"");
    rf_html_esc (o, c->id);
    g_string_append (o, "-t\">");
    rf_html_esc (o, c->title);
    g_string_append (o, "</title>\n");
    legend (o, c, TRUE);
    grid (o, &f);
    switch (c->kind) {
    case RF_CHART_BARS: bars (o, &f); break;
    case RF_CHART_STACKED: stacks (o, &f); break;
    case RF_CHART_LINES: lines (o, &f); break;
    }
    x_labels (o, &f, &label_h);
    g_string_append (o, "</svg>\n");
    return TRUE;
}
