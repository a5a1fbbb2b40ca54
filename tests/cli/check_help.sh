#!/bin/sh
# check_help.sh - '--help' exits 0 and prints on standard output, for
# redflag, each of its commands, and each script in scripts/. Prints TAP.
#
# Needs REDFLAG (the built program), as `make check` sets it.
set -u
if [ -z "${REDFLAG:-}" ]; then
    echo "1..0 # SKIP REDFLAG is set by make check"
    exit 0
fi
top=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rf-help.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM

n=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; }
# help DESCRIPTION COMMAND...: exit 0, and something on standard output.
help () {
    what=$1; shift
    "$@" >"$tmp/out" 2>"$tmp/err"
    got=$?
    if [ "$got" -eq 0 ] && [ -s "$tmp/out" ]; then
        ok "$what"
    else
        not_ok "$what (exit $got)"
        sed 's/^/# /' "$tmp/err"
    fi
}

commands="scan analyze report audit export patterns clients init"
scripts="bench demo test setup render-audit gen-corpus make-demo-clients"
echo "1..17"
help "redflag --help" "$REDFLAG" --help
if grep -q "REDFLAG_DB" "$tmp/out"; then ok "redflag --help names REDFLAG_DB"; else not_ok "redflag --help names REDFLAG_DB"; fi
for c in $commands; do help "redflag $c --help" "$REDFLAG" "$c" --help; done
# A script asked for help must not build, install or scan anything.
for s in $scripts; do help "scripts/$s --help" "$top/scripts/$s" --help; done
