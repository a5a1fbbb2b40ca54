/* csv.c - RFC 4180 CSV and plain TSV output. */
#include "config.h"
#include "base/csv.h"

#include <string.h>

void
rf_csv_init (rf_csv_t *w, FILE *out, rf_csv_format_t format, gboolean bom)
{
    w->out = out;
    w->format = format;
    w->at_line_start = TRUE;
    w->trailer_name = w->trailer_value = NULL;
    if (bom)
        fputs ("\xEF\xBB\xBF", out);
}

static void
separator (rf_csv_t *w)
{
    if (!w->at_line_start)
        fputc (w->format == RF_TSV ? '\t' : ',', w->out);
    w->at_line_start = FALSE;
}

void
rf_csv_field (rf_csv_t *w, const char *s)
{
    separator (w);
    if (!s)
        return;
    if (w->format == RF_TSV) {
        for (const char *p = s; *p; p++)
            fputc ((*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p, w->out);
        return;
    }
    if (!strpbrk (s, ",\"\r\n")) {
        fputs (s, w->out);
        return;
    }
    fputc ('"', w->out);
    for (const char *p = s; *p; p++) {
        if (*p == '"')
            fputc ('"', w->out);
        fputc (*p, w->out);
    }
    fputc ('"', w->out);
}

void
rf_csv_int (rf_csv_t *w, gint64 v)
{
    separator (w);
    fprintf (w->out, "%" G_GINT64_FORMAT, v);
}

void
rf_csv_null (rf_csv_t *w)
{
    separator (w);
}

static void
end_line (rf_csv_t *w)
{
    fputs ("\r\n", w->out);
    w->at_line_start = TRUE;
}

void
rf_csv_end (rf_csv_t *w)
{
    if (w->trailer_name)
        rf_csv_field (w, w->trailer_value);
    end_line (w);
}

void
rf_csv_header (rf_csv_t *w, const char *const *names)
{
    for (; *names; names++)
        rf_csv_field (w, *names);
    if (w->trailer_name)
        rf_csv_field (w, w->trailer_name);
    end_line (w);
}

gboolean
rf_csv_parse_format (const char *s, rf_csv_format_t *out)
{
    if (!g_strcmp0 (s, "csv"))
        *out = RF_CSV;
    else if (!g_strcmp0 (s, "tsv"))
        *out = RF_TSV;
    else
        return FALSE;
    return TRUE;
}
