/* report_fmt.c - durations, terminal detection, aligned cells. */
#include "config.h"
#include "report/report_fmt.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <string.h>
#include <unistd.h>

const char *
rf_fmt_duration (gint64 s, gboolean known, char buf[16])
{
    if (!known)
        g_strlcpy (buf, "-", 16);
    else if (s < 3600)
        g_snprintf (buf, 16, "%" G_GINT64_FORMAT "m", (s + 30) / 60);
    else if (s < 48 * 3600)
        g_snprintf (buf, 16, "%.1fh", s / 3600.0);
    else
        g_snprintf (buf, 16, "%.1fd", s / 86400.0);
    return buf;
}

gboolean
rf_stdout_is_tty (void)
{
    const char *term = g_getenv ("TERM");
    return isatty (STDOUT_FILENO) && !g_getenv ("NO_COLOR") && term && strcmp (term, "dumb") != 0;
}

int
rf_display_width (const char *s)
{
    return s ? (int) g_utf8_strlen (s, -1) : 0;
}

void
rf_print_cell (const char *text, int width, gboolean right)
{
    /* Names come from mail: no control character reaches the terminal. */
    char *clean = rf_term_safe (text);
    const char *s = clean;
    int w = rf_display_width (s);
    if (w > width) {
        const char *cut = g_utf8_offset_to_pointer (s, width - 1);
        fwrite (s, 1, (size_t) (cut - s), stdout);
        fputs ("…", stdout);
    } else if (right) {
        printf ("%*s%s", width - w, "", s);
    } else {
        printf ("%s%*s", s, width - w, "");
    }
    g_free (clean);
}

int
rf_terminal_width (void)
{
    struct winsize ws;
    const char *cols = g_getenv ("COLUMNS");
    if (ioctl (STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return cols && atoi (cols) > 0 ? atoi (cols) : 80;
}

char *
rf_fmt_local_when (const char *date, GTimeZone *tz)
{
    GTimeZone *utc;
    GDateTime *d, *l;
    char *s;
    if (!date || strlen (date) <= 10)
        return g_strdup (date ? date : "");
    utc = g_time_zone_new_utc ();
    d = g_date_time_new_from_iso8601 (date, utc);
    g_time_zone_unref (utc);
    if (!d)
        return g_strdup (date);
    l = g_date_time_to_timezone (d, tz);
    s = g_date_time_format (l, "%Y-%m-%d %H:%M %Z");
    g_date_time_unref (l);
    g_date_time_unref (d);
    return s;
}
