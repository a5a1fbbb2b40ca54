/* audit_svg.h - a small chart writer: bars (side by side or stacked) and
 * lines over a row of labelled slots, as inline SVG.
 *
 * It stays readable from 1 to a few dozen slots (bar widths are capped,
 * labels thinned or slanted), says "no data" instead of drawing an empty
 * frame, and keeps one huge outlier from flattening every other bar: the
 * axis stops above the rest and the outlier is drawn broken, with its value
 * written on it. */
#ifndef RF_AUDIT_SVG_H
#define RF_AUDIT_SVG_H

#include <glib.h>

typedef enum {
    RF_CHART_BARS,      /* one bar per series, side by side in each slot */
    RF_CHART_STACKED,   /* series stacked (positives up, negatives down) */
    RF_CHART_LINES,     /* one line per series; NAN breaks the line */
} rf_chart_kind_t;

/* Text for a value (axis ticks, tooltips and outlier labels); g_free. */
typedef char *(*rf_chart_fmt_t) (double v, gconstpointer data);

typedef struct {
    char *name;         /* legend */
    char *color;        /* "#rrggbb" */
    GArray *values;     /* of double, one per slot; NAN = no value */
} rf_chart_series_t;

typedef struct {
    char *id;                /* the svg's id (also used for its title) */
    char *title;             /* accessible title */
    rf_chart_kind_t kind;
    GPtrArray *labels;       /* of char*: one per slot */
    GPtrArray *series;       /* of rf_chart_series_t* */
    rf_chart_fmt_t fmt;      /* axis ticks; NULL: plain numbers */
    rf_chart_fmt_t tip_fmt;  /* tooltips and values on bars; NULL: fmt */
    gconstpointer fmt_data;  /* passed to both */
    gboolean zero_is_data;   /* all-zero values still make a chart */
    double cap_ratio;        /* outlier: top value > cap_ratio x the next one (0: 4) */
} rf_chart_t;

rf_chart_t *rf_chart_new (const char *id, const char *title, rf_chart_kind_t kind);
void rf_chart_free (rf_chart_t *c);
void rf_chart_add_label (rf_chart_t *c, const char *label);
/* A new series with one NAN per label so far; fill with rf_chart_set. */
rf_chart_series_t *rf_chart_add_series (rf_chart_t *c, const char *name, const char *color);
void rf_chart_set (rf_chart_series_t *s, guint slot, double v);

/* TRUE when there is something to draw. */
gboolean rf_chart_has_data (const rf_chart_t *c);

/* Append the chart as <svg>, or <p class="nodata">no data</p> when there
 * is nothing to draw. Returns TRUE when an svg was written. */
gboolean rf_chart_write (GString *out, const rf_chart_t *c);

#endif
