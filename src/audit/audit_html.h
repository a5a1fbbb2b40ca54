/* audit_html.h - the audit page: one self-contained HTML5 file (inline CSS
 * and SVG, no script, no external reference) with the sections summary,
 * charts, findings, invoices and letter. The markup is also well-formed
 * XML, so both an HTML and an XML parser can check it. */
#ifndef RF_AUDIT_HTML_H
#define RF_AUDIT_HTML_H

#include "audit/audit_data.h"
#include "audit/audit_letter.h"

/* The whole page (g_free). */
char *rf_audit_html (const rf_audit_t *a, const rf_letter_t *letter);

#endif
