/* schema_money.c - tables of the money stage (filled in when that stage lands). */
#include "schema.h"

const char rf_schema_money_sql[] = "";
