#!/bin/sh
# check_dismiss.sh - 'redflag dismiss' on the demo business: evidence marked
# wrong leaves the findings and scores at once and after a new analysis,
# is listed, taken back, and written as labelled examples. The numbers are
# worked out in fixtures/demo/expected/README.md ("Dismissed evidence").
# Prints TAP. Needs REDFLAG and FIXTURES, as `make check` sets them.
set -u
if [ -z "${REDFLAG:-}" ] || [ -z "${FIXTURES:-}" ]; then
    echo "1..0 # SKIP REDFLAG and FIXTURES are set by make check"
    exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rf-dismiss.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM

demo="$FIXTURES/demo"
db="$tmp/demo.db"
n=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; }
is () {
    if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1"; echo "#   expected '$2', got '$3'"; fi
}
# exits DESCRIPTION CODE COMMAND...
exits () {
    what=$1 want=$2
    shift 2
    "$@" >"$tmp/out" 2>"$tmp/err"
    got=$?
    if [ "$got" -eq "$want" ]; then ok "$what"; else not_ok "$what (exit $got, expected $want)"; sed 's/^/# /' "$tmp/err"; fi
}
# score KEY: "score recommendation" from the scores export.
score () {
    "$REDFLAG" export scores --db "$db" --format tsv | tr -d '\r' \
        | awk -F '\t' -v k="$1" '$1 == k { print $3 " " $4 }'
}
finding () {
    "$REDFLAG" export findings --db "$db" --format tsv | tr -d '\r' \
        | awk -F '\t' -v k="$1" -v s="$2" '$1 == k && $3 == s { print $5 " " $6 " " $9 }'
}

echo "1..19"
"$REDFLAG" scan --quiet --db "$db" --config "$demo/redflag.conf" --as-of 2026-11-20 "$demo/mail" \
    --invoices "$demo/invoices" --payments "$demo/payments" >/dev/null 2>&1
is "before: brutal 100 exit" "100 exit" "$(score brutal)"

# 8 November "You people are useless.": its abuse markers only. Abuse in
# 3 messages is still critical.
exits "dismiss a message's abuse markers" 0 "$REDFLAG" dismiss --db "$db" \
    '<AM9PR01MB9B7BCE7821E5@eurprd04.prod.mail.brutal-motors.example>' --category abuse
is "abuse in 3 messages, still critical" "critical 3.0 worsening" "$(finding brutal abuse)"
# 9 November, the one hit in capitals; and LatePay's invoice 95 days
# overdue, paid in cash.
exits "dismiss a hit and an invoice" 0 "$REDFLAG" dismiss --db "$db" --note "paid in cash" \
    --hit 'AM9PR05MBDEDF0DA6C7F2@eurprd07.prod.mail.brutal-motors.example/en.abuse.insult_question' \
    --invoice SN-2026-033
is "brutal: abuse in 2 messages, a warning" "warning 2.0 worsening" "$(finding brutal abuse)"
is "brutal: 20+20+15+10+10+5+5 = 85, still exit" "85 exit" "$(score brutal)"
is "latepay: no invoice overdue past 15 days" "" "$(finding latepay overdue)"
is "latepay: late payment improving without it (24 against 44)" "critical 49.75 improving" "$(finding latepay late_payment)"
is "latepay: last 90 days (40+31+1)/3, the 90 before (53+35)/2" "24.0 44.0" \
    "$("$REDFLAG" export findings --db "$db" --format tsv | tr -d '\r' \
        | awk -F '\t' '$1 == "latepay" && $3 == "late_payment" { print $10 " " $11 }')"
is "latepay: 25+10+5-5 = 35" "35 renegotiate" "$(score latepay)"

# A new analysis (every derived table rebuilt) keeps them out.
"$REDFLAG" analyze --quiet --db "$db" --config "$demo/redflag.conf" --as-of 2026-11-20 --since 2026-05-25 \
    >/dev/null 2>&1
"$REDFLAG" analyze --quiet --db "$db" --config "$demo/redflag.conf" --as-of 2026-11-20 >/dev/null 2>&1
is "after a new analysis: still 85 and 35" "85 exit|35 renegotiate" "$(score brutal)|$(score latepay)"

"$REDFLAG" dismiss --db "$db" --list >"$tmp/list" 2>&1
is "--list: a header and the three dismissals" 4 "$(wc -l <"$tmp/list" | tr -d ' ')"
if grep -q "^invoice				SN-2026-033	.*	yes	paid in cash$" "$tmp/list" \
    && grep -q "^message	AM9PR01MB9B7BCE7821E5@eurprd04.prod.mail.brutal-motors.example	abuse	" "$tmp/list"; then
    ok "--list names each with what was given"
else
    not_ok "--list names each with what was given"
    sed 's/^/# /' "$tmp/list"
fi

# The sentences as examples for the marker training: the first carries no
# other marker, so it is labelled none; the second keeps its complaint.
"$REDFLAG" dismiss --db "$db" --export "$tmp/examples.tsv" >/dev/null 2>&1
printf 'none\ten\tARE YOU PEOPLE COMPLETELY INCOMPETENT OR JUST LAZY?\tdismissed\ncomplaint\ten\tYou people are useless.\tdismissed\n' \
    >"$tmp/want"
grep -v '^#' "$tmp/examples.tsv" >"$tmp/got"
if cmp -s "$tmp/want" "$tmp/got"; then ok "--export writes label, lang, text, source"; else
    not_ok "--export writes label, lang, text, source"; diff "$tmp/want" "$tmp/got" | sed 's/^/# /'; fi

exits "--undo takes the invoice back" 0 "$REDFLAG" dismiss --db "$db" --undo --invoice SN-2026-033
is "latepay back to 55" "55 renegotiate" "$(score latepay)"
exits "an unknown invoice exits 6" 6 "$REDFLAG" dismiss --db "$db" --invoice SN-1999-999
exits "a badly written hit exits 2" 2 "$REDFLAG" dismiss --db "$db" --hit no-pattern-here
exits "dismiss --help exits 0" 0 "$REDFLAG" dismiss --help
