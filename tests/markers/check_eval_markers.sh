#!/bin/sh
# check_eval_markers.sh - scripts/eval-markers: its options reach
# 'redflag patterns eval', COUNTS.tsv of the data directory is skipped, a
# missing data directory is said and the written sets are still measured.
# Figures of fixtures/labelled/tiny.tsv worked out in its README. Prints TAP.
#
# Needs REDFLAG (the built program) and FIXTURES, as `make check` sets them.
set -u
if [ -z "${REDFLAG:-}" ] || [ -z "${FIXTURES:-}" ]; then
    echo "1..0 # SKIP REDFLAG and FIXTURES are set by make check"
    exit 0
fi
top=$(cd "$(dirname "$0")/../.." && pwd)
script=$top/scripts/eval-markers
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rf-eval-markers.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM

n=0
check () {   # check DESCRIPTION COMMAND...: ok when the command succeeds
    what=$1; shift
    n=$((n + 1))
    if "$@"; then echo "ok $n - $what"; else echo "not ok $n - $what"; sed 's/^/# /' "$tmp/out" "$tmp/err"; fi
}
# The line of the table for a set, language and category, spaces squeezed.
line () { tr -s ' ' <"$tmp/out" | grep "^$1 "; }

mkdir "$tmp/data"
cp "$FIXTURES/labelled/tiny.tsv" "$tmp/data/"
printf 'file\tlanguage\tlabel\tcount\ntiny.tsv\ten\tabuse\t2\n' >"$tmp/data/COUNTS.tsv"

"$script" --help >"$tmp/out" 2>"$tmp/err"
check "--help exits 0" [ $? -eq 0 ]
check "--help names the options" grep -q -- "--data DIR" "$tmp/out"

"$script" --data "$tmp/data" >"$tmp/out" 2>"$tmp/err"
check "runs on the data directory, COUNTS.tsv skipped" [ $? -eq 0 ]
check "held split by default" [ "$(line "tiny en abuse")" = "tiny en abuse 1 0 0 - 0.000 0.000" ]

"$script" --data "$tmp/data" --split all --out "$tmp/t.csv" >"$tmp/out" 2>"$tmp/err"
check "--split all passed on" [ "$(line "tiny en abuse")" = "tiny en abuse 2 2 1 0.500 0.500 0.500" ]
check "--out passed on" grep -q "^pair,tiny,en,abuse,2,2,1,0.5000,0.5000,0.5000," "$tmp/t.csv"

"$script" --data "$tmp/nowhere" >"$tmp/out" 2>"$tmp/err"
rc=$?
check "a missing data directory is said" grep -q "nowhere not found: measuring the written sets only" "$tmp/err"
if ls "$top"/tests/eval/written/*/*.tsv >/dev/null 2>&1; then
    check "the written sets are measured" [ $rc -eq 0 ]
else
    check "nothing to measure: exit 4" [ $rc -eq 4 ]
fi

"$script" --frobnicate >"$tmp/out" 2>"$tmp/err"
check "an unknown option is a usage error" [ $? -eq 2 ]
echo "1..$n"
