/* audit_html_p.h - parts of the audit page shared between its files. */
#ifndef RF_AUDIT_HTML_P_H
#define RF_AUDIT_HTML_P_H

#include "audit/audit_data.h"

/* The page's style sheet (audit_style.c): no '<' or '&' in it, so that it
 * is also valid XML character data. */
extern const char rf_audit_css[];

/* The findings section (audit_html_findings.c). */
void rf_audit_html_findings (GString *o, const rf_audit_t *a);

/* A finding's value in its unit, for people: "6 d 4 h", "12.5 %",
 * "3 messages" (g_free). */
char *rf_audit_measure (double v, const char *unit);

#endif
