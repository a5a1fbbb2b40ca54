#!/bin/sh
# check_option_values.sh - a file or folder argument that starts with '-'
# is refused by every command (an option read as a value: "export --all
# --format xlsx" once created a folder named --format), with exit 2 and an
# error naming the command and the option, and nothing created; ./-name
# and, for scan's PATHs, "--" still name such a file. Prints TAP.
#
# Needs REDFLAG (the built program) and FIXTURES, as `make check` sets them.
set -u
if [ -z "${REDFLAG:-}" ] || [ -z "${FIXTURES:-}" ]; then
    echo "1..0 # SKIP REDFLAG and FIXTURES are set by make check"
    exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rf-optval.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM
pairs="$FIXTURES/mail/pairs"

n=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; }

# refused DESCRIPTION MESSAGE COMMAND...: run in an empty folder; ok when
# it exits 2, says MESSAGE on stderr, and leaves the folder empty.
refused () {
    what=$1 msg=$2; shift 2
    rm -rf "$tmp/cwd"
    mkdir "$tmp/cwd"
    (cd "$tmp/cwd" && "$@") >"$tmp/out" 2>"$tmp/err"
    got=$?
    left=$(ls -A "$tmp/cwd")
    if [ "$got" -eq 2 ] && grep -qF -- "$msg" "$tmp/err" && [ -z "$left" ]; then
        ok "$what"
    else
        not_ok "$what (exit $got; left: '$left')"
        sed 's/^/# /' "$tmp/err"
    fi
}

db="$tmp/pairs.db"
"$REDFLAG" scan --quiet --db "$db" --config "$pairs/redflag.conf" --as-of 2026-12-01 "$pairs/maildir" \
    || not_ok "scan of the pairs fixture"

refused "export --all --format xlsx without --out: no folder named --format" \
    "export: --format xlsx writes one workbook: name it with --out FILE.xlsx" \
    "$REDFLAG" export --all --format xlsx --db "$db"
refused "export --all without a folder: nothing written" "export: --all needs a folder" \
    "$REDFLAG" export --all --db "$db"
refused "export --out --bom: no file named --bom" "export: --out '--bom' looks like an option" \
    "$REDFLAG" export replies --out --bom --db "$db"
refused "scan --db --config: no database named --config" "scan: --db '--config' looks like an option" \
    "$REDFLAG" scan --db --config "$pairs/redflag.conf" "$pairs/maildir"
refused "scan --config -x" "scan: --config '-x' looks like an option" \
    "$REDFLAG" scan --config -x "$pairs/maildir"
refused "scan --invoices --payments" "scan: --invoices '--payments' looks like an option" \
    "$REDFLAG" scan --invoices --payments x "$pairs/maildir"
refused "scan --payments -camt.xml" "scan: --payments '-camt.xml' looks like an option" \
    "$REDFLAG" scan --payments -camt.xml "$pairs/maildir"
refused "scan --patterns -x" "scan: --patterns '-x' looks like an option" \
    "$REDFLAG" scan --patterns -x "$pairs/maildir"
refused "scan - (no standard input)" "scan: '-' looks like an option" \
    "$REDFLAG" scan --db x.db -
refused "analyze --patterns --as-of" "analyze: --patterns '--as-of' looks like an option" \
    "$REDFLAG" analyze --db "$db" --patterns --as-of 2026-12-01
refused "report --db --client" "report: --db '--client' looks like an option" \
    "$REDFLAG" report --db --client x
refused "audit --out --since: no file named --since" "audit: --out '--since' looks like an option" \
    "$REDFLAG" audit --db "$db" --out --since 2026-01-01 docomo.ne.jp
refused "patterns --config -c" "patterns: --config '-c' looks like an option" \
    "$REDFLAG" patterns --config -c test
refused "patterns --patterns -p" "patterns: --patterns '-p' looks like an option" \
    "$REDFLAG" patterns --patterns -p test

# The ways to name such a file still work.
mkdir "$tmp/cwd2"
cp -R "$pairs/maildir" "$tmp/cwd2/-mail"
if (cd "$tmp/cwd2" && "$REDFLAG" scan --quiet --db ./-a.db --config "$pairs/redflag.conf" --as-of 2026-12-01 \
        -- -mail) && [ "$("$REDFLAG" export messages --db "$tmp/cwd2/-a.db" | wc -l)" -eq 25 ]; then
    ok "scan -- -mail reads the Maildir named -mail (24 messages), into ./-a.db"
else
    not_ok "scan -- -mail reads the Maildir named -mail"
fi
if (cd "$tmp/cwd2" && "$REDFLAG" scan --quiet --db ./-b.db --as-of 2026-12-01 ./-mail) \
        && [ -s "$tmp/cwd2/-b.db" ]; then
    ok "scan ./-mail reads it too"
else
    not_ok "scan ./-mail reads it too"
fi
if (cd "$tmp/cwd2" && "$REDFLAG" export --all ./-out --db ./-a.db) && [ -s "$tmp/cwd2/-out/replies.csv" ]; then
    ok "export --all ./-out writes into the folder -out"
else
    not_ok "export --all ./-out writes into the folder -out"
fi
if "$REDFLAG" audit --db "$db" --since 2026-01-01 --out - docomo.ne.jp 2>/dev/null | grep -q '<html'; then
    ok "audit --out - still writes to standard output"
else
    not_ok "audit --out - still writes to standard output"
fi
echo "1..$n"
exit 0
