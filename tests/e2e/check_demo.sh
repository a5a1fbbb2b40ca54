#!/bin/sh
# check_demo.sh - the sample business of the README's first command
# (fixtures/demo) through the real command line: scan, then the findings
# and scores exports and the plain report against the goldens in
# fixtures/demo/expected/, the recommendation each client was built for,
# the scores worked out by hand in fixtures/demo/expected/README.md, and
# the report's --since and --client options. Prints TAP.
#
# Needs REDFLAG (the built program) and FIXTURES, as `make check` sets them.
set -u
if [ -z "${REDFLAG:-}" ] || [ -z "${FIXTURES:-}" ]; then
    echo "1..0 # SKIP REDFLAG and FIXTURES are set by make check"
    exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rf-demo.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM

demo="$FIXTURES/demo"
want="$demo/expected"
db="$tmp/demo.db"

n=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; }
# same DESCRIPTION EXPECTED-FILE GOT-FILE: ok when equal, else the diff.
same () {
    if diff -u "$2" "$3" >"$tmp/diff" 2>&1; then ok "$1"; else not_ok "$1"; sed 's/^/# /' "$tmp/diff"; fi
}
# code DESCRIPTION COMMAND...: ok when the command exits 0, else its stderr.
code () {
    what=$1; shift
    if "$@" >"$tmp/out" 2>"$tmp/err"; then
        ok "$what"
    else
        not_ok "$what (exit $?)"
        sed 's/^/# /' "$tmp/err"
    fi
}
# The scores as TSV (no quoting: one field per tab) keyed by client.
# field KEY COLUMN-NUMBER
field () { awk -F '\t' -v k="$1" -v c="$2" 'NR > 1 && $1 == k { print $c }' "$tmp/scores.tsv"; }
# is DESCRIPTION WANT GOT
is () {
    if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1"; echo "#   expected '$2', got '$3'"; fi
}

echo "1..45"

# ---- Scan as the README says, as of 2026-11-20.
code "scan of the demo exits 0" "$REDFLAG" scan --quiet --db "$db" --config "$demo/redflag.conf" \
    --as-of 2026-11-20 "$demo/mail" --invoices "$demo/invoices" --payments "$demo/payments"

# ---- Goldens: every column, line ends aside (CSV ends records with CRLF).
"$REDFLAG" export findings --db "$db" >"$tmp/findings.crlf" 2>"$tmp/err"
"$REDFLAG" export scores --db "$db" >"$tmp/scores.crlf" 2>>"$tmp/err"
if [ -s "$tmp/findings.crlf" ] && [ "$(tr -cd '\r' <"$tmp/findings.crlf" | wc -c)" -eq "$(wc -l <"$tmp/findings.crlf")" ]; then
    ok "findings export: every record ends with CRLF"
else
    not_ok "findings export: every record ends with CRLF"
    sed 's/^/# /' "$tmp/err"
fi
tr -d '\r' <"$tmp/findings.crlf" >"$tmp/findings.csv"
tr -d '\r' <"$tmp/scores.crlf" >"$tmp/scores.csv"
same "findings export = expected/findings.csv" "$want/findings.csv" "$tmp/findings.csv"
same "scores export = expected/scores.csv" "$want/scores.csv" "$tmp/scores.csv"
"$REDFLAG" report --db "$db" >"$tmp/report.txt" 2>&1
same "plain report = expected/report.txt" "$want/report.txt" "$tmp/report.txt"
if grep -q "$(printf '\033')" "$tmp/report.txt"; then
    not_ok "piped report has no escape sequences"
else
    ok "piped report has no escape sequences"
fi

# ---- What each client was built to show (fixtures/demo/README.md).
"$REDFLAG" export scores --db "$db" --format tsv | tr -d '\r' >"$tmp/scores.tsv"
is "harbor: keep" keep "$(field harbor 4)"
is "brutal: exit (abuse in 4 messages, critical)" exit "$(field brutal 4)"
is "drain: exit (effort and micromanagement, critical)" exit "$(field drain 4)"
is "creep: renegotiate (scope creep at a flat fee)" renegotiate "$(field creep 4)"
is "latepay: renegotiate (31-75 days late, 95 days overdue)" renegotiate "$(field latepay 4)"
is "slowpoke: renegotiate (7.2 days to answer against 48 h agreed)" renegotiate "$(field slowpoke 4)"
is "garance: renegotiate (34-44 days late, one invoice 16 days overdue)" renegotiate "$(field garance 4)"
is "falkenberg: watch (later every month since July)" watch "$(field falkenberg 4)"
rec=$(field bigfish 4)
caution=$(field bigfish 6)
case "$rec:$caution" in
    keep:*"50.6 % of the revenue"* | watch:*"50.6 % of the revenue"*) ok "bigfish: $rec, with the dependency caution" ;;
    *) not_ok "bigfish: keep or watch, with the dependency caution"; echo "#   got '$rec', caution '$caution'" ;;
esac

# Scores, from the points of each finding (expected/README.md).
is "brutal: 40+20+15+10+5+5+5 = 100" 100 "$(field brutal 3)"
is "drain: 20+15+10+10+8+5 = 68" 68 "$(field drain 3)"
is "creep: 10+10+10+10+8+5+5 = 58" 58 "$(field creep 3)"
is "latepay: 25+20+10+5-5 = 55" 55 "$(field latepay 3)"
is "slowpoke: 20+15 = 35" 35 "$(field slowpoke 3)"
is "harbor: -5-10, held at 0" 0 "$(field harbor 3)"
is "garance: 25+10 = 35" 35 "$(field garance 3)"
is "falkenberg: 10+10 = 20" 20 "$(field falkenberg 3)"
bad=$(awk -F '\t' 'NR > 1 && !($3 ~ /^[0-9]+$/ && $3 >= 0 && $3 <= 100) { print $1 "=" $3 }' "$tmp/scores.tsv")
rows=$(awk 'END { print NR - 1 }' "$tmp/scores.tsv")
if [ -z "$bad" ] && [ "$rows" -eq 9 ]; then
    ok "9 clients, every score in 0..100"
else
    not_ok "9 clients, every score in 0..100"
    echo "#   $rows rows; out of range: $bad"
fi
is "latepay: weighted days late (53+75+40+31)/4" 49.75 "$(field latepay 17)"
is "bigfish: revenue share 33000.00/65250.00" 0.505747126436782 "$(field bigfish 16)"
# The two clients whose money comes from a Factur-X PDF in our sent mail and
# from an MT940 statement: their lateness as fixtures/demo/README.md works it out.
is "garance: weighted days late (35+44+34+40)/4" 38.25 "$(field garance 17)"
is "garance: 600.00 EUR overdue (SN-FX-2026-005)" 60000 "$(field garance 19)"
is "falkenberg: weighted days late (0+0+12+23)/4" 8.75 "$(field falkenberg 17)"

# ---- Another window with --since: printed, never stored.
"$REDFLAG" report --db "$db" --since 2026-08-23 >"$tmp/since.txt" 2>"$tmp/err"
rc=$?
if [ $rc -eq 0 ] && head -n 1 "$tmp/since.txt" | grep -q "2026-08-23 to 2026-11-20"; then
    ok "report --since 2026-08-23 reports 2026-08-23 to 2026-11-20"
else
    not_ok "report --since 2026-08-23 reports 2026-08-23 to 2026-11-20 (exit $rc)"
    head -n 3 "$tmp/since.txt" "$tmp/err" | sed 's/^/# /'
fi
if cmp -s "$tmp/since.txt" "$tmp/report.txt"; then
    not_ok "the --since report differs from the stored window's"
else
    ok "the --since report differs from the stored window's"
fi
"$REDFLAG" export findings --db "$db" | tr -d '\r' >"$tmp/findings.after"
same "findings stored are unchanged by report --since" "$tmp/findings.csv" "$tmp/findings.after"
"$REDFLAG" export scores --db "$db" | tr -d '\r' >"$tmp/scores.after"
same "scores stored are unchanged by report --since" "$tmp/scores.csv" "$tmp/scores.after"
# With the mail analysis current, only the findings are worked out for the
# window: the same report as a whole analysis stored for that window.
cp "$db" "$tmp/window.db"
[ -f "$db-wal" ] && cp "$db-wal" "$tmp/window.db-wal"
"$REDFLAG" analyze --quiet --db "$tmp/window.db" --config "$demo/redflag.conf" --as-of 2026-11-20 \
    --since 2026-08-23 >"$tmp/out" 2>&1
"$REDFLAG" report --db "$tmp/window.db" >"$tmp/since.stored" 2>&1
same "report --since = the report of that window analysed whole and stored" "$tmp/since.stored" "$tmp/since.txt"

# ---- One client, with its evidence.
"$REDFLAG" report --db "$db" --client creep >"$tmp/creep.txt" 2>"$tmp/err"
rc=$?
if [ $rc -eq 0 ] && grep -q '^Creep & Co (creep): renegotiate, score 58' "$tmp/creep.txt" \
    && ! grep -q -e 'Brutal Motors' -e 'Drain Media' "$tmp/creep.txt"; then
    ok "report --client creep: that client only"
else
    not_ok "report --client creep: that client only (exit $rc)"
    sed 's/^/# /' "$tmp/creep.txt" "$tmp/err"
fi
# Evidence lines are indented under their finding, in the client's time
# with its zone: the scope change of 25 August (07:10 UTC, 09:10 in Paris)
# and the 15 answers behind the median of 43.0 h.
evidence=$(grep -c '^      20[0-9][0-9]-' "$tmp/creep.txt")
if [ "$evidence" -ge 20 ] \
    && grep -q '^      2026-08-25 09:10 CEST  "Pourriez-vous aussi ajouter": Pourriez-vous aussi ajouter un configurateur' "$tmp/creep.txt" \
    && grep -q 'answers our mail in 43.0 h (median of 15 replies)' "$tmp/creep.txt"; then
    ok "report --client creep shows evidence lines ($evidence)"
else
    not_ok "report --client creep shows evidence lines ($evidence)"
    sed 's/^/# /' "$tmp/creep.txt"
fi
code "report --client nobody fails" sh -c '! "$1" report --db "$2" --client nobody' sh "$REDFLAG" "$db"

# ---- Every piece of evidence with --all-evidence: Creep's dated evidence is
# 15 answers, 12 status chasing, 2 unbilled and 5 scope change requests, 4
# changes of mind (expected/README.md): 38 lines, each dated.
"$REDFLAG" report --db "$db" --client creep --all-evidence >"$tmp/all.txt" 2>"$tmp/err"
is "report --client creep --all-evidence: 38 dated evidence lines" 38 "$(grep -c '^      20[0-9][0-9]-' "$tmp/all.txt")"
is "report --client creep --all-evidence: nothing left out" 0 "$(grep -c 'and [0-9]* more' "$tmp/all.txt")"
# The evidence export holds every row too: 12 status-chasing messages.
"$REDFLAG" export evidence --db "$db" --format tsv | tr -d '\r' >"$tmp/evidence.tsv"
is "export evidence: Creep's 12 status-chasing messages" 12 \
    "$(awk -F '\t' '$1 == "creep" && $2 == "status_chasing"' "$tmp/evidence.tsv" | wc -l | tr -d ' ')"

# Plurals follow the count: LatePay's SN-2026-054, due 11-19, is 1 day past due.
is "evidence: 'still open: 1 day past due'" 1 \
    "$(grep -c 'SN-2026-054.*due 2026-11-19, still open: 1 day past due' "$tmp/evidence.tsv")"

# An invoice read from our sent mail names the day its message went out
# (Atelier Garance's SN-FX-2026-002, mailed 2026-07-03); one read from a
# folder does not (Falkenberg's SN-DE-2026-004).
is "evidence: 'SN-FX-2026-002 sent on 2026-07-03, due ..., 44 days late'" 1 \
    "$(grep -c 'SN-FX-2026-002.*sent on 2026-07-03, due 2026-08-02, paid 2026-09-15: 44 days late' "$tmp/evidence.tsv")"
is "evidence: SN-DE-2026-004 (not mailed) without 'sent on'" "due 2026-10-03, paid 2026-10-26: 23 days late" \
    "$(awk -F '\t' '$1 == "falkenberg" && $7 == "SN-DE-2026-004" { print $11 }' "$tmp/evidence.tsv")"

# ---- No mail and no invoice in the window: no verdict, exit 6.
"$REDFLAG" report --db "$db" --since 2025-01-01 --until 2025-02-01 >"$tmp/empty.txt" 2>"$tmp/err"
rc=$?
if [ $rc -eq 6 ] && grep -q '^No mail or invoices in this window: no verdict.$' "$tmp/empty.txt" \
    && ! grep -q -e keep -e exit "$tmp/empty.txt"; then
    ok "report of an empty window: no verdict, exit 6"
else
    not_ok "report of an empty window: no verdict, exit 6 (exit $rc)"
    sed 's/^/# /' "$tmp/empty.txt" "$tmp/err"
fi
# One analysis only: --changes has nothing to compare with and prints nothing.
"$REDFLAG" report --db "$db" --changes >"$tmp/changes.txt" 2>"$tmp/err"
rc=$?
if [ $rc -eq 0 ] && [ ! -s "$tmp/changes.txt" ]; then
    ok "report --changes after one analysis prints nothing"
else
    not_ok "report --changes after one analysis prints nothing (exit $rc)"
    sed 's/^/# /' "$tmp/changes.txt" "$tmp/err"
fi
