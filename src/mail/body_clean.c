/* body_clean.c - strip what the sender did not write from a message body. */
#include "config.h"
#include "mail/body_clean.h"

#include <string.h>

/* Lines that start a forwarded or quoted original: everything after goes. */
static const char *const cut_markers[] = {
    "---------- Forwarded message",
    "-----Original Message-----",
    "----- Original Message -----",
    "Begin forwarded message:",
    "-------- Message transféré --------",
    "-------- Message original --------",
    "-----Message d'origine-----",
    "-------- Mensaje reenviado --------",
    "-------- Mensaje original --------",
    "---------- Mensaje reenviado ---------",
    "-----Mensaje original-----",
    "-------- Original Message --------",
    "-------- Weitergeleitete Nachricht --------",
};

/* First line of an Outlook reply header block, and what follows it. */
static const char *const header_from[] = { "From:", "De :", "De:", "Von:" };
static const char *const header_next[] = { "Sent:", "Envoyé :", "Envoyé:", "Enviado:",
                                           "Enviado el:", "Date:", "Gesendet:", "Fecha:" };

/* Outlook puts a line of 32 underscores above the quoted header block;
 * shorter runs survive rewrapping, so 10 is enough. */
#define SEPARATOR_MIN 10

static const char *const mobile_sigs[] = { "Sent from my ", "Envoyé de mon ", "Envoyé depuis mon ",
                                           "Enviado desde mi ", "Get Outlook for " };

static gboolean
starts_with_any (const char *line, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (g_str_has_prefix (line, list[i]))
            return TRUE;
    return FALSE;
}

static const char *
skip_spaces (const char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    return s;
}

/* TRUE when s (right-trimmed) ends with an attribution verb. */
static gboolean
ends_attribution (const char *s)
{
    static const char *const ends[] = { "wrote:", "a écrit :", "a écrit:", "a ecrit :", "a ecrit:",
                                        "escribió:", "escribio:", "schrieb:" };
    gsize len = strlen (s);
    while (len && g_ascii_isspace (s[len - 1]))
        len--;
    for (size_t i = 0; i < G_N_ELEMENTS (ends); i++) {
        gsize el = strlen (ends[i]);
        if (len >= el && strncmp (s + len - el, ends[i], el) == 0)
            return TRUE;
    }
    return FALSE;
}

static gboolean
starts_attribution (const char *s)
{
    static const char *const starts[] = { "On ", "Le ", "El ", "Am ", "Em " };
    return starts_with_any (s, starts, G_N_ELEMENTS (starts));
}

/* How many lines (1 or 2) form an attribution starting at lines[i], or 0. */
static int
attribution_lines (char **lines, int i)
{
    const char *l = skip_spaces (lines[i]);
    if (!starts_attribution (l) || strlen (l) > 400)
        return 0;
    if (ends_attribution (l))
        return 1;
    if (lines[i + 1] && strlen (lines[i + 1]) < 200 && ends_attribution (lines[i + 1]))
        return 2;
    return 0;
}

static gboolean
is_outlook_header (char **lines, int i)
{
    if (!starts_with_any (lines[i], header_from, G_N_ELEMENTS (header_from)))
        return FALSE;
    for (int k = 1; k <= 3 && lines[i + k]; k++)
        if (starts_with_any (skip_spaces (lines[i + k]), header_next, G_N_ELEMENTS (header_next)))
            return TRUE;
    return FALSE;
}

/* A line of underscores followed (blank lines aside) by a From:/De:/Von:
 * line: Outlook's separator above the message being answered. The From:
 * line alone is enough here, since the separator already says "quote". */
static gboolean
is_outlook_separator (char **lines, int i)
{
    const char *l = skip_spaces (lines[i]);
    gsize n = 0;
    while (l[n] == '_')
        n++;
    if (n < SEPARATOR_MIN || *skip_spaces (l + n) != '\0')
        return FALSE;
    for (int k = 1; k <= 3 && lines[i + k]; k++) {
        const char *next = skip_spaces (lines[i + k]);
        if (*next)
            return starts_with_any (next, header_from, G_N_ELEMENTS (header_from));
    }
    return FALSE;
}

static gboolean
is_signature_delimiter (const char *l)
{
    return strcmp (l, "-- ") == 0 || strcmp (l, "--") == 0;
}

/* CRLF and lone CR become LF, in place. */
static void
normalize_line_ends (char *text)
{
    char *w = text;
    for (const char *r = text; *r; r++) {
        if (*r == '\r') {
            if (r[1] != '\n')
                *w++ = '\n';
        } else {
            *w++ = *r;
        }
    }
    *w = '\0';
}

/* The lines of text, cut in place: a NULL-terminated array of pointers
 * into it (g_free the array only). */
static char **
cut_lines (char *text)
{
    GPtrArray *lines = g_ptr_array_new ();
    char *p = text, *nl;
    g_ptr_array_add (lines, p);
    while ((nl = strchr (p, '\n'))) {
        *nl = '\0';
        p = nl + 1;
        g_ptr_array_add (lines, p);
    }
    g_ptr_array_add (lines, NULL);
    return (char **) g_ptr_array_free (lines, FALSE);
}

char *
rf_body_clean (const char *text)
{
    return rf_body_clean_in_place (g_strdup (text ? text : ""));
}

/* The lines kept are copied down over the text as they are found: what is
 * written never reaches a line not yet read, and the rules only look at the
 * lines after the current one. A large body thus costs no second copy. */
char *
rf_body_clean_in_place (char *text)
{
    char **lines;
    gsize len = 0, ln;
    int blank_run = 0;

    normalize_line_ends (text);
    lines = cut_lines (text);
    for (int i = 0; lines[i]; i++) {
        const char *l = lines[i];
        const char *t = skip_spaces (l);
        int n;

        if (is_signature_delimiter (l)
            || starts_with_any (t, cut_markers, G_N_ELEMENTS (cut_markers))
            || is_outlook_header (lines, i) || is_outlook_separator (lines, i))
            break;
        if (*t == '>')
            continue;
        if ((n = attribution_lines (lines, i)) > 0) {
            i += n - 1;
            continue;
        }
        if (starts_with_any (t, mobile_sigs, G_N_ELEMENTS (mobile_sigs)))
            continue;
        if (*t == '\0') {
            /* Keep at most one blank line in a row, none at the start. */
            if (len == 0 || ++blank_run > 1)
                continue;
        } else {
            blank_run = 0;
        }
        ln = strlen (l);
        memmove (text + len, l, ln);
        len += ln;
        text[len++] = '\n';
    }
    while (len && (text[len - 1] == '\n' || text[len - 1] == ' '))
        len--;
    text[len] = '\0';
    g_free (lines);
    return g_realloc (text, len + 1);
}
