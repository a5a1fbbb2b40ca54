#!/bin/sh
# check_money_formats.sh - bank and invoice formats beyond the XML files,
# through the real command line: the OFX statements of
# fixtures/payments/ofx scanned with their invoices, then the invoices and
# aging exports compared with its README. Prints TAP.
#
# Needs REDFLAG (the built program) and FIXTURES, as `make check` sets them.
set -u
if [ -z "${REDFLAG:-}" ] || [ -z "${FIXTURES:-}" ]; then
    echo "1..0 # SKIP REDFLAG and FIXTURES are set by make check"
    exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rf-money-formats.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM

n=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; }
same () {
    if diff -u "$2" "$3" >"$tmp/diff" 2>&1; then ok "$1"; else not_ok "$1"; sed 's/^/# /' "$tmp/diff"; fi
}
code () {
    what=$1 want=$2; shift 2
    "$@" >"$tmp/out" 2>"$tmp/err"
    got=$?
    if [ "$got" -eq "$want" ]; then
        ok "$what"
    else
        not_ok "$what (exit $got, expected $want)"
        sed 's/^/# /' "$tmp/err"
    fi
}
unix () { tr -d '\r' <"$1"; }
# rows TABLE DB [AS-OF]: an export without its header and CRs.
rows () {
    "$REDFLAG" export "$1" --db "$2" ${3:+--as-of "$3"} --format csv 2>&1 | tr -d '\r' | tail -n +2
}

echo "1..6"

# ---- OFX 1 and OFX 2 (fixtures/payments/ofx/README.md)
o="$FIXTURES/payments/ofx"
db="$tmp/ofx.db"
code "scan of the OFX statements and their invoices exits 0" 0 \
    "$REDFLAG" scan --quiet --db "$db" --config "$o/redflag.conf" --as-of 2026-06-30 \
    --invoices "$o/invoices" --payments "$o/checking-2026-05.ofx" --payments "$o/checking-2026-06.ofx"
cat >"$tmp/want" <<'W'
US-2026-001,maple,invoice,2026-04-01,2026-05-01,2026-04-28,USD,150000,150000,-3,paid_on_time,2026-06-30
US-2026-003,pine,invoice,2026-04-15,2026-05-15,2026-05-20,USD,80000,80000,5,paid_late,2026-06-30
US-2026-002,maple,invoice,2026-05-01,2026-05-31,2026-06-12,USD,150000,150000,12,paid_late,2026-06-30
US-2026-004,pine,invoice,2026-05-20,2026-06-19,,USD,240000,120000,,overdue,2026-06-30
W
rows invoices "$db" >"$tmp/got"
same "OFX: invoices paid by the reference, creditor_ref and amount_payer rules" "$tmp/want" "$tmp/got"
cat >"$tmp/want" <<'W'
maple,USD,0,0,0,0,0,2026-06-30
pine,USD,0,120000,0,0,0,2026-06-30
W
rows aging "$db" 2026-06-30 >"$tmp/got"
same "OFX: aging as of 2026-06-30" "$tmp/want" "$tmp/got"
# Before the June file's payments: US-2026-002 (due 05-31) 1 day past due,
# US-2026-004 not due until 06-19.
cat >"$tmp/want" <<'W'
maple,USD,0,150000,0,0,0,2026-06-01
pine,USD,240000,0,0,0,0,2026-06-01
W
rows aging "$db" 2026-06-01 >"$tmp/got"
same "OFX: aging as of 2026-06-01" "$tmp/want" "$tmp/got"
# No file skipped; the transfer in both files stored once (5 payments).
rows skipped "$db" >"$tmp/got"
: >"$tmp/want"
same "OFX: no file skipped" "$tmp/want" "$tmp/got"
code "a second scan of the same OFX files exits 0 and changes nothing" 0 \
    "$REDFLAG" scan --quiet --db "$db" --config "$o/redflag.conf" --as-of 2026-06-30 \
    --invoices "$o/invoices" --payments "$o/checking-2026-05.ofx" --payments "$o/checking-2026-06.ofx"
exit 0
