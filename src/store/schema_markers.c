/* schema_markers.c - tone and scope marker hits and their monthly rates
 * (documented in doc/marker-tables.md). */
#include "store/schema.h"

const char rf_schema_markers_sql[] =
    /* One row per marker found in the text a sender wrote. offset is in
     * characters from the start of that text. A rescan of a message replaces
     * its rows; the UNIQUE key keeps a hit from being stored twice. */
    "CREATE TABLE marker_hit ("
    "  id INTEGER PRIMARY KEY,"
    "  message_id INTEGER NOT NULL REFERENCES message(id),"
    "  category TEXT NOT NULL,"
    "  pattern_id TEXT NOT NULL,"
    "  lang TEXT NOT NULL,"
    "  offset INTEGER NOT NULL,"
    "  matched TEXT NOT NULL,"
    "  snippet TEXT NOT NULL,"
    "  weight REAL NOT NULL,"
    "  UNIQUE (message_id, pattern_id, offset)"
    ") STRICT;"
    "CREATE INDEX marker_hit_category ON marker_hit(category);"
    /* ---- Derived by analysis: per client and month (the client's time
     * zone), over inbound conversation messages only. client_id is a
     * client.id; it is not declared as a foreign key so that the analysis
     * can rebuild the client table before these are recomputed. */
    "CREATE TABLE marker_month ("
    "  client_id INTEGER NOT NULL,"
    "  month TEXT NOT NULL,"
    "  inbound INTEGER NOT NULL,"
    "  messages_with_hits INTEGER NOT NULL,"
    "  shouting INTEGER NOT NULL,"
    "  shouting_share REAL NOT NULL,"
    "  exclaim_messages INTEGER NOT NULL,"
    "  PRIMARY KEY (client_id, month)"
    ") STRICT;"
    "CREATE TABLE marker_month_category ("
    "  client_id INTEGER NOT NULL,"
    "  month TEXT NOT NULL,"
    "  category TEXT NOT NULL,"
    "  hits INTEGER NOT NULL,"
    "  messages INTEGER NOT NULL,"
    "  per_100 REAL NOT NULL,"
    "  weight_sum REAL NOT NULL,"
    "  PRIMARY KEY (client_id, month, category)"
    ") STRICT;";

/* Second step: a message keeps at most RF_MARKER_HITS_KEPT (20) hits per
 * category in marker_hit, as evidence; when it had more, how many were
 * found is here (doc/marker-tables.md). */
const char rf_schema_markers_2_sql[] =
    "CREATE TABLE marker_hit_total ("
    "  message_id INTEGER NOT NULL REFERENCES message(id),"
    "  category TEXT NOT NULL,"
    "  hits INTEGER NOT NULL,"
    "  PRIMARY KEY (message_id, category)"
    ") STRICT, WITHOUT ROWID;";
