/* quote_subject.c - a mail subject made fit to quote inside one line of
 * evidence: white space collapsed, control characters gone, cut short. */
#include "config.h"
#include "findings/findings_p.h"

#include <string.h>

/* Controls count as white space: a subject is mail, and an escape
 * sequence or a line break must not reach a report or an export. */
static gboolean
is_gap (gunichar c)
{
    return g_unichar_isspace (c) || g_unichar_iscntrl (c);
}

char *
rf_findings_quote_subject (const char *subject, int max)
{
    char *valid = g_utf8_make_valid (subject ? subject : "", -1), *cut;
    GString *o = g_string_new (NULL);
    gboolean gap = FALSE;
    glong n = 0;
    for (const char *p = valid; *p; p = g_utf8_next_char (p)) {
        gunichar c = g_utf8_get_char (p);
        if (is_gap (c)) {
            gap = o->len > 0;
            continue;
        }
        if (gap) {
            g_string_append_c (o, ' ');
            n++;
        }
        gap = FALSE;
        g_string_append_unichar (o, c);
        n++;
    }
    g_free (valid);
    if (max < 1 || n <= max)
        return g_string_free (o, FALSE);
    /* The ellipsis is one of the max characters; no space before it. */
    cut = g_utf8_substring (o->str, 0, max - 1);
    g_strchomp (cut);
    g_string_assign (o, cut);
    g_free (cut);
    g_string_append (o, "\xe2\x80\xa6");
    return g_string_free (o, FALSE);
}
