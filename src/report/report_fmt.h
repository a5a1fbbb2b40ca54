/* report_fmt.h - formatting helpers for terminal output. */
#ifndef RF_REPORT_FMT_H
#define RF_REPORT_FMT_H

#include <glib.h>

/* "-", "45m", "3.2h", "2.1d" (static buffer per call site: pass one). */
const char *rf_fmt_duration (gint64 seconds, gboolean known, char buf[16]);

/* A stored evidence date (ISO 8601 UTC) as local time with its zone,
 * "2026-08-25 09:10 CEST"; a day ("YYYY-MM-DD") stays as it is (g_free). */
char *rf_fmt_local_when (const char *date, GTimeZone *tz);

/* TRUE when standard output is a terminal that takes colour. */
gboolean rf_stdout_is_tty (void);

/* Columns of the terminal on standard output (80 when unknown). */
int rf_terminal_width (void);

/* Width in characters of a UTF-8 string. */
int rf_display_width (const char *s);

/* Print s padded (or cut with "…") to width columns. */
void rf_print_cell (const char *s, int width, gboolean right);

#endif
