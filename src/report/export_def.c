/* export_def.c - the list of export tables and the words for column kinds. */
#include "config.h"
#include "report/export_def.h"

#include <string.h>

const rf_export_table_t *
rf_export_tables (guint *n)
{
    static rf_export_table_t *all;
    static guint count;
    if (g_once_init_enter (&all)) {
        const rf_export_table_t *groups[] = { rf_export_def_mail, rf_export_def_money, rf_export_def_findings };
        const guint sizes[] = { rf_export_def_mail_n, rf_export_def_money_n, rf_export_def_findings_n };
        rf_export_table_t *t = g_new (rf_export_table_t, sizes[0] + sizes[1] + sizes[2]);
        guint k = 0;
        for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
            for (guint i = 0; i < sizes[g]; i++)
                t[k++] = groups[g][i];
        count = k;
        g_once_init_leave (&all, t);
    }
    *n = count;
    return all;
}

const rf_export_table_t *
rf_export_table_find (const char *name)
{
    guint n;
    const rf_export_table_t *t = rf_export_tables (&n);
    for (guint i = 0; name && i < n; i++)
        if (!strcmp (t[i].name, name))
            return &t[i];
    return NULL;
}

const char *
rf_col_type_name (const rf_col_t *c)
{
    switch (c->kind) {
    case RF_COL_TEXT: return "text";
    case RF_COL_INT: case RF_COL_SECONDS: case RF_COL_MINOR: return "integer";
    case RF_COL_NUMBER: case RF_COL_HOURS: return "number";
    case RF_COL_SHARE: return "share";
    case RF_COL_AMOUNT: return "amount";
    case RF_COL_DATE: case RF_COL_AS_OF: return "date";
    case RF_COL_MONTH: return "month";
    case RF_COL_UTC: case RF_COL_LOCAL: return "date-time";
    case RF_COL_WHEN: case RF_COL_WHEN_LOCAL: return "date-time or date";
    }
    return "text";
}

const char *
rf_col_unit (const rf_col_t *c)
{
    if (c->unit)
        return c->unit;
    switch (c->kind) {
    case RF_COL_SECONDS: return "seconds";
    case RF_COL_HOURS: return "hours";
    case RF_COL_MINOR: return "minor units of the currency (cents)";
    case RF_COL_AMOUNT: return "the currency, with its decimals";
    case RF_COL_SHARE: return "fraction of 1 (0.25 = 25 %)";
    case RF_COL_DATE: case RF_COL_AS_OF: return "YYYY-MM-DD";
    case RF_COL_MONTH: return "YYYY-MM";
    case RF_COL_UTC: return "ISO 8601, UTC";
    case RF_COL_WHEN: return "ISO 8601 UTC, or YYYY-MM-DD";
    case RF_COL_LOCAL: case RF_COL_WHEN_LOCAL: return "ISO 8601 with offset, our time zone";
    default: return "";
    }
}

gboolean
rf_col_is_numeric (rf_col_kind_t kind)
{
    switch (kind) {
    case RF_COL_INT: case RF_COL_NUMBER: case RF_COL_SHARE: case RF_COL_SECONDS: case RF_COL_HOURS:
    case RF_COL_MINOR: case RF_COL_AMOUNT:
        return TRUE;
    default:
        return FALSE;
    }
}
