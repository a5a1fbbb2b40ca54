#!/bin/sh
# check_schema_doc.sh - doc/schema.md names every table, view and trigger
# the migration steps create (src/store/schema_*.c), so it cannot drift.
set -u
top=${TOP_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
echo "1..1"
names=$(grep -ohE 'CREATE (TABLE|VIEW|TRIGGER) [a-z_]+' "$top"/src/store/schema_*.c | awk '{print $3}' | sort -u)
missing=""
n=0
for name in $names; do
    n=$((n + 1))
    grep -q "\`$name\`" "$top/doc/schema.md" || missing="$missing $name"
done
if [ -z "$missing" ]; then
    echo "ok 1 - doc/schema.md names all $n tables, views and triggers"
else
    echo "not ok 1 - doc/schema.md does not name:$missing"
    exit 1
fi
