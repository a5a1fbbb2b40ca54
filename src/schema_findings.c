/* schema_findings.c - tables of the findings stage (filled in when that stage lands). */
#include "schema.h"

const char rf_schema_findings_sql[] = "";
