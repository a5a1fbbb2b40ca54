#!/bin/sh
# check_money_cli.sh - the money stage through the real command line: scan
# the invoice and bank fixtures, export invoices and aging, and compare with
# the values worked out by hand in fixtures/invoices/README.md; then scan
# the hostile files and check what is refused, why, and that nothing they
# point at is ever opened. Prints TAP.
#
# Needs REDFLAG (the built program) and FIXTURES, as `make check` sets them.
set -u
if [ -z "${REDFLAG:-}" ] || [ -z "${FIXTURES:-}" ]; then
    echo "1..0 # SKIP REDFLAG and FIXTURES are set by make check"
    exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rf-money-cli.XXXXXX")
writers=""
cleanup () {
    for p in $writers; do kill "$p" 2>/dev/null; done
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

n=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; }
# same DESCRIPTION EXPECTED-FILE GOT-FILE: ok when equal, else the diff.
same () {
    if diff -u "$2" "$3" >"$tmp/diff" 2>&1; then ok "$1"; else not_ok "$1"; sed 's/^/# /' "$tmp/diff"; fi
}
# code DESCRIPTION WANT COMMAND...: ok when the command exits with WANT.
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
# CSV/TSV without the CR of each CRLF line end.
unix () { tr -d '\r' <"$1"; }

echo "1..27"
db="$tmp/money.db"
conf="$FIXTURES/invoices/redflag.conf"
# The XML files of the two folders (their subfolders are other cases).
scan () {
    set --
    for f in "$FIXTURES"/invoices/*.xml; do set -- "$@" --invoices "$f"; done
    for f in "$FIXTURES"/payments/*.xml; do set -- "$@" --payments "$f"; done
    "$REDFLAG" scan --quiet --db "$db" --config "$conf" "$@" --as-of 2026-04-30
}

# ---- The fixtures, as of 2026-04-30.
code "scan of the invoice and bank fixtures exits 0" 0 scan

code "export invoices exits 0" 0 "$REDFLAG" export invoices --db "$db" --format csv --out "$tmp/invoices.csv"
printf 'invoice_number,client,kind,issue_date,due_date,paid_date,currency,amount_minor,paid_minor,days_late,status,as_of,%s\r\n' \
    'client_name,amount,paid' >"$tmp/want"
head -n 1 "$tmp/invoices.csv" >"$tmp/got"
same "invoices: the stable columns, CRLF" "$tmp/want" "$tmp/got"

# README "Per invoice, as of 2026-04-30". The copy of INV-2026-001 counts
# once; paid_minor is money received (INV-2026-003: 600.00, the other
# 300.00 is the credit note); LOG-002's 800.00 was reversed; FX-2026-010
# received 5050.00 for 5000.00.
cat >"$tmp/want" <<'EOF'
LOG-003,initech,invoice,2025-12-01,2025-12-31,,EUR,45000,0,,overdue,2026-04-30
INV-2026-001,acme,invoice,2026-01-05,2026-02-04,2026-02-03,EUR,120000,120000,-1,paid_on_time,2026-04-30
LOG-001,initech,invoice,2026-01-10,2026-02-09,2026-02-09,EUR,50000,50000,0,paid_on_time,2026-04-30
FX-2026-010,globex,invoice,2026-01-20,2026-02-19,2026-03-31,USD,500000,505000,40,paid_late,2026-04-30
INV-2026-002,acme,invoice,2026-02-02,2026-03-04,2026-03-20,EUR,240000,240000,16,paid_late,2026-04-30
LOG-002,initech,invoice,2026-02-10,2026-03-12,,EUR,80000,0,,overdue,2026-04-30
FX-2026-011,globex,invoice,2026-02-15,2026-03-17,,USD,300000,0,,overdue,2026-04-30
FX-2026-012,globex,credit_note,2026-03-01,,,USD,50000,0,,credit_note,2026-04-30
INV-2026-003,acme,invoice,2026-03-02,2026-04-01,2026-04-06,EUR,90000,60000,5,paid_late,2026-04-30
CN-2026-001,acme,credit_note,2026-03-15,,,EUR,30000,0,,credit_note,2026-04-30
FX-2026-013,globex,invoice,2026-04-01,2026-05-01,,USD,100000,0,,replaced,2026-04-30
FX-2026-014,globex,corrected,2026-04-10,2026-05-10,,USD,110000,0,,open,2026-04-30
LOG-004,initech,invoice,2026-04-20,2026-05-20,,EUR,70000,0,,open,2026-04-30
EOF
unix "$tmp/invoices.csv" | tail -n +2 | cut -d, -f 1-12 >"$tmp/got"
same "invoices: days late, statuses and paid amounts as worked out by hand" "$tmp/want" "$tmp/got"

# The columns added after as_of: the client's name, then amount_minor and
# paid_minor in the currency's decimals (EUR and USD: 2).
cat >"$tmp/want" <<'EOF'
INV-2026-001,ACME Corp,1200.00,1200.00
FX-2026-010,Globex Corporation,5000.00,5050.00
INV-2026-003,ACME Corp,900.00,600.00
EOF
unix "$tmp/invoices.csv" | cut -d, -f 1,13-15 | grep -E '^(INV-2026-001|FX-2026-010|INV-2026-003),' >"$tmp/got"
same "invoices: client_name, amount and paid in the currency's decimals" "$tmp/want" "$tmp/got"

# aging AS-OF: the export, without its header.
aging () { "$REDFLAG" export aging --db "$db" --as-of "$1" --format csv; }
code "export aging exits 0" 0 aging 2026-04-30
printf 'client,currency,current,d1_30,d31_60,d61_90,d90_plus,as_of,%s\r\n' \
    'client_name,current_amount,d1_30_amount,d31_60_amount,d61_90_amount,d90_plus_amount' >"$tmp/want"
head -n 1 "$tmp/out" >"$tmp/got"
same "aging: the stable columns, CRLF" "$tmp/want" "$tmp/got"

# README "Aging and DSO": globex FX-014 current, FX-011 44 days;
# initech LOG-004 current, LOG-002 49 days, LOG-003 120 days.
cat >"$tmp/want" <<'EOF'
acme,EUR,0,0,0,0,0,2026-04-30
globex,USD,110000,0,250000,0,0,2026-04-30
initech,EUR,70000,0,80000,0,45000,2026-04-30
EOF
unix "$tmp/out" | tail -n +2 | cut -d, -f 1-8 >"$tmp/got"
same "aging as of 2026-04-30" "$tmp/want" "$tmp/got"
printf 'globex,1100.00,0.00,2500.00,0.00,0.00\n' >"$tmp/want"
unix "$tmp/out" | grep '^globex,' | cut -d, -f 1,10-14 >"$tmp/got"
same "aging: each bucket also in the currency's decimals" "$tmp/want" "$tmp/got"

# A past date from the same database: INV-003 after its credit note,
# FX-011 14 days, LOG-002 reversed on 03-23 (19 days), LOG-003 exactly 90.
cat >"$tmp/want" <<'EOF'
acme,EUR,60000,0,0,0,0,2026-03-31
globex,USD,0,250000,0,0,0,2026-03-31
initech,EUR,0,80000,0,45000,0,2026-03-31
EOF
aging 2026-03-31 | unix /dev/stdin | tail -n +2 | cut -d, -f 1-8 >"$tmp/got"
same "aging as of 2026-03-31 (payments booked later do not count)" "$tmp/want" "$tmp/got"

# 2026-03-21: LOG-002 is paid (03-20) and not yet reversed; FX-010 (due
# 02-19, paid 03-31) is 30 days late, FX-011 4 days: 5000 + 2500 in 1-30;
# LOG-003 is 80 days late; FX-013/014 and LOG-004 are not issued yet.
cat >"$tmp/want" <<'EOF'
acme,EUR,60000,0,0,0,0,2026-03-21
globex,USD,0,750000,0,0,0,2026-03-21
initech,EUR,0,0,0,45000,0,2026-03-21
EOF
aging 2026-03-21 | unix /dev/stdin | tail -n +2 | cut -d, -f 1-8 >"$tmp/got"
same "aging as of 2026-03-21 (before the reversal)" "$tmp/want" "$tmp/got"

# Reading the same files again changes nothing.
code "a second scan of the same files exits 0" 0 scan
"$REDFLAG" export invoices --db "$db" --format csv >"$tmp/again.csv" 2>&1
same "a second scan gives the same invoices" "$tmp/invoices.csv" "$tmp/again.csv"

# ---- Hostile and broken files. Each XML file is given by name; next to
# them, the files the XXE cases point at are FIFOs whose writer leaves a
# mark if anything ever opens them for reading.
h="$tmp/hostile"
mkdir "$h"
cp "$FIXTURES"/hostile-xml/*.xml "$h/"
for f in secret-canary.txt canary.dtd; do
    mkfifo "$h/$f"
    (printf 'REDFLAG-CANARY-FIFO\n' >"$h/$f" && : >"$tmp/opened-$f") &
    writers="$writers $!"
done
# A file over the size limit (1 MB here) is refused without being read.
printf '<' >"$h/huge.xml"
dd if=/dev/zero bs=1024 count=2048 2>/dev/null >>"$h/huge.xml"
sed 's/^\[redflag\]$/[redflag]\nmax_message_mb = 1/' "$conf" >"$tmp/hostile.conf"
hdb="$tmp/hostile.db"
code "scan of the hostile files exits 0 (skipped files are warnings)" 0 \
    "$REDFLAG" scan --db "$hdb" --config "$tmp/hostile.conf" --as-of 2026-04-30 "$h"/*.xml
grep -c '; skipped$' "$tmp/err" >"$tmp/got"
echo 12 >"$tmp/want"
same "each skipped file is named on standard error" "$tmp/want" "$tmp/got"

# README "Hostile and broken files". empty.xml and not-xml.xml given as
# plain paths are not XML, so the scan offers them to the mail reader.
cat >"$tmp/want" <<'EOF'
billion-laughs.xml	invoice	refused: the DOCTYPE declares entities ("lol"); entities are never expanded
camt-unsupported-version.xml	payment	unsupported bank statement format {urn:iso:std:iso:20022:tech:xsd:camt.053.001.15}Document (camt.052, camt.053 and camt.054 .001.02 to .001.14 are read)
empty.xml	mail	empty file
huge.xml	other	larger than the size limit (max_message_mb)
negative-camt.xml	payment	entry 1: negative amount '-20.00' (camt amounts are unsigned)
negative-credit-note.xml	invoice	credit note NEGCN-1 has a negative payable amount
not-xml.xml	mail	not a mail message (no From, Date or Message-ID header)
truncated.xml	invoice	malformed XML at line 8: Premature end of data in tag PayableAmount line 7
unknown-currency.xml	invoice	unknown currency 'EUX' (not an ISO 4217 code with a minor unit)
wrong-namespace.xml	invoice	not an invoice or bank statement: root element {urn:example:not-ubl:Invoice}Invoice
xxe-local-file.xml	invoice	refused: the DOCTYPE declares entities ("secret"); entities are never expanded
xxe-parameter-entity.xml	invoice	refused: the DOCTYPE declares entities ("ext"); entities are never expanded
EOF
"$REDFLAG" export skipped --db "$hdb" --format tsv >"$tmp/skipped.tsv" 2>&1
unix "$tmp/skipped.tsv" | tail -n +2 | cut -f 3-5 | sed "s|^$h/||" | LC_ALL=C sort >"$tmp/got"
same "export skipped lists every refused file with its kind and reason" "$tmp/want" "$tmp/got"

# What is kept: XXE-3 (its DTD never loaded, so no buyer: no client),
# NEG-1 (-150.00) as a credit note of ACME, NODUE-1 due 2026-05-04 + 45.
cat >"$tmp/want" <<'EOF'
XXE-3,,invoice,2026-01-05,2026-02-04,,EUR,100,0,,overdue,2026-04-30
NEG-1,acme,credit_note,2026-02-20,,,EUR,15000,0,,credit_note,2026-04-30
NODUE-1,acme,invoice,2026-05-04,2026-06-18,,EUR,10000,0,,not_issued,2026-04-30
EOF
"$REDFLAG" export invoices --db "$hdb" --format csv >"$tmp/out" 2>&1
unix "$tmp/out" | tail -n +2 | cut -d, -f 1-12 >"$tmp/got"
same "the usable hostile files are stored, as the README says" "$tmp/want" "$tmp/got"

opened=$(cd "$tmp" && ls opened-* 2>/dev/null)
if [ -z "$opened" ]; then
    ok "the files the XXE cases name are never opened"
else
    not_ok "the files the XXE cases name are never opened"
    echo "# opened: $opened"
fi
"$REDFLAG" export --all "$tmp/all" --db "$hdb" >/dev/null 2>&1
if grep -rl CANARY "$tmp/all" "$hdb"* >"$tmp/out" 2>/dev/null; then
    not_ok "no canary text in the database or any export"
    sed 's/^/# /' "$tmp/out"
else
    ok "no canary text in the database or any export"
fi

# ---- Without --as-of, aging is as of the analysis date (2026-04-30), not
# today: the same buckets as above, whatever day the test runs.
cat >"$tmp/want" <<'EOF'
acme,EUR,0,0,0,0,0,2026-04-30
globex,USD,110000,0,250000,0,0,2026-04-30
initech,EUR,70000,0,80000,0,45000,2026-04-30
EOF
"$REDFLAG" export aging --db "$db" --format csv | unix /dev/stdin | tail -n +2 | cut -d, -f 1-8 >"$tmp/got"
same "aging without --as-of is as of the analysis date" "$tmp/want" "$tmp/got"
# A table the analysis worked out cannot be had for another date.
code "export invoices --as-of another date than the analysis's exits 2" 2 \
    "$REDFLAG" export invoices --db "$db" --as-of 2026-05-31
if grep -q "analysed as of 2026-04-30; --as-of 2026-05-31 applies to 'aging' only" "$tmp/err"; then
    ok "the refusal names the analysis date and what to run"
else
    not_ok "the refusal names the analysis date and what to run"
    sed 's/^/# /' "$tmp/err"
fi

# ---- Exit codes of the money options.
code "a missing --invoices path exits 4" 4 \
    "$REDFLAG" scan --db "$tmp/other.db" --invoices "$tmp/no-such-folder"
code "an invalid --as-of exits 2" 2 \
    "$REDFLAG" export aging --db "$db" --as-of 2026-02-30
code "an unknown --format exits 2" 2 \
    "$REDFLAG" export invoices --db "$db" --format xml
code "export from a database that does not exist exits 6" 6 \
    "$REDFLAG" export invoices --db "$tmp/no-such.db"

# A file named with --invoices is an invoice: when it is not XML it should
# be refused as such, not offered to the mail reader.
"$REDFLAG" scan --quiet --db "$tmp/notxml.db" --invoices "$h/not-xml.xml" >/dev/null 2>&1
"$REDFLAG" export skipped --db "$tmp/notxml.db" --format tsv 2>/dev/null | unix /dev/stdin | tail -n +2 \
    | cut -f 4-5 >"$tmp/got"
printf "invoice\tnot XML (does not start with '<')\n" >"$tmp/want"
if diff "$tmp/want" "$tmp/got" >/dev/null 2>&1; then
    ok "a non-XML file named with --invoices is skipped as an invoice"
else
    not_ok "a non-XML file named with --invoices is skipped as an invoice"
fi
exit 0
