/* export_dict.c - see export_dict.h. */
#include "config.h"
#include "report/export_dict.h"

#include <string.h>

static const char *
dated_words (rf_dated_t d)
{
    switch (d) {
    case RF_AS_ANALYSED: return "as of the last analysis";
    case RF_ANY_DATE: return "as of --as-of (default: the last analysis)";
    default: return "not dated";
    }
}

void
rf_export_dict_text (FILE *out, const rf_export_table_t *t)
{
    int wn = 6, wt = 4, wu = 4;
    for (guint i = 0; i < t->n_cols; i++) {
        wn = MAX (wn, (int) strlen (t->cols[i].name));
        wt = MAX (wt, (int) strlen (rf_col_type_name (&t->cols[i])));
        wu = MAX (wu, (int) strlen (rf_col_unit (&t->cols[i])));
    }
    fprintf (out, "%s: %s (%s)\n\n", t->name, t->summary, dated_words (t->dated));
    fprintf (out, "%-*s  %-*s  %-*s  %s\n", wn, "column", wt, "type", wu, "unit", "meaning");
    for (guint i = 0; i < t->n_cols; i++)
        fprintf (out, "%-*s  %-*s  %-*s  %s\n", wn, t->cols[i].name, wt, rf_col_type_name (&t->cols[i]), wu,
                 rf_col_unit (&t->cols[i]), t->cols[i].meaning);
}

/* A Markdown table cell: a | would end it. */
static void
md_cell (FILE *out, const char *s)
{
    fputs ("| ", out);
    for (; *s; s++)
        fputs (*s == '|' ? "\\|" : (char[]) { *s, 0 }, out);
    fputc (' ', out);
}

static const char intro[] =
    "# Export columns\n"
    "\n"
    "<!-- Written by `redflag export --columns all --format md`, from the column\n"
    "definitions the exporters use (src/report/export_def_*.c); a test checks that\n"
    "this file is what the program prints. Change the definitions, not this file. -->\n"
    "\n"
    "`redflag export TABLE` writes one table; `redflag export --columns TABLE` prints\n"
    "its columns as below. Every format has the same columns in the same order:\n"
    "\n"
    "- **CSV** (RFC 4180: UTF-8, CRLF, comma, `\"` quoting; `--bom` for Excel) and\n"
    "  **TSV** (tabs and line breaks inside a value become spaces). A text cell that\n"
    "  a spreadsheet would take for a formula (starting with `=`, `+`, `-`, `@`, a\n"
    "  tab or a CR) gets a leading `'`; `--raw` writes the bytes as they are. Numbers\n"
    "  are never changed. Decimals use a point.\n"
    "- **xlsx** (`--format xlsx --out FILE.xlsx`; `--all` writes one workbook with\n"
    "  an About sheet and one sheet per table): dates and date-times are real dates\n"
    "  (the `_local` ones in our time zone, named in the header), amounts numbers\n"
    "  with the currency's decimals, shares percentages, hours numbers; no cell is\n"
    "  ever a formula.\n"
    "- **JSON** (`--format json`): one array of objects per table, a key per column;\n"
    "  numbers as numbers, dates as the ISO 8601 text of the CSV, empty as `null`.\n"
    "\n"
    "Types: `text`; `integer`; `number` (decimal); `share` (a fraction of 1, a\n"
    "percentage in xlsx); `amount` (a decimal in the currency, exact: 2 decimals\n"
    "for EUR, none for JPY, 3 for KWD); `date` (YYYY-MM-DD); `month` (YYYY-MM);\n"
    "`date-time` (ISO 8601: `..._utc` in UTC with `Z`, `..._local` in our time\n"
    "zone, the `timezone` of `[redflag]` in the configuration, with its offset).\n"
    "An empty cell is a value that does not exist (no answer, no client).\n"
    "\n"
    "Every table that names a client has `client`, the client's key (as in the\n"
    "`clients` table: join on it), and `client_name`. Columns are never removed or\n"
    "renamed: new ones are added at the end of a table.\n";

void
rf_export_dict_markdown (FILE *out)
{
    guint n;
    const rf_export_table_t *t = rf_export_tables (&n);
    fputs (intro, out);
    for (guint k = 0; k < n; k++) {
        fprintf (out, "\n## %s\n\n%c%s (%s).\n\n", t[k].name, g_ascii_toupper (t[k].summary[0]),
                 t[k].summary + 1, dated_words (t[k].dated));
        fputs ("| column | type | unit | meaning |\n|---|---|---|---|\n", out);
        for (guint i = 0; i < t[k].n_cols; i++) {
            const rf_col_t *c = &t[k].cols[i];
            char *name = g_strdup_printf ("`%s`", c->name);
            md_cell (out, name);
            md_cell (out, rf_col_type_name (c));
            md_cell (out, rf_col_unit (c));
            md_cell (out, c->meaning);
            fputs ("|\n", out);
            g_free (name);
        }
    }
}
