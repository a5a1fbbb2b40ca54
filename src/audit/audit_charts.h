/* audit_charts.h - the audit's charts, built from the loaded data: message
 * volume, reply time, marker hits, invoiced and paid (one chart per
 * currency: amounts are never added across currencies), days late per
 * invoice. */
#ifndef RF_AUDIT_CHARTS_H
#define RF_AUDIT_CHARTS_H

#include "audit/audit_data.h"
#include "audit/audit_svg.h"

typedef struct {
    char *id;            /* the figure's id: chart-volume, chart-money-EUR, ... */
    char *heading;
    char *note;          /* what is counted, or NULL */
    rf_chart_t *chart;
} rf_audit_figure_t;

/* The figures in page order (g_ptr_array_unref frees them). */
GPtrArray *rf_audit_figures (const rf_audit_t *a);

#endif
