/* schema_markers.c - tables of the markers stage (filled in when that stage lands). */
#include "schema.h"

const char rf_schema_markers_sql[] = "";
