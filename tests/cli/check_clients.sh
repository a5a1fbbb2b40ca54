#!/bin/sh
# check_clients.sh - mail outside every client group is shown, never
# dropped: 'redflag clients' (with and without --all) and the report's last
# line on fixtures/config/maildir with one client group, against the counts
# worked out by hand in fixtures/config/README.md. Also: a configuration
# with typos is refused with every problem named, 'report --client nobody'
# lists the known keys, REDFLAG_DB names the default database, and
# 'export TABLE --all DIR' is a usage error. Prints TAP.
#
# Needs REDFLAG (the built program) and FIXTURES, as `make check` sets them.
set -u
if [ -z "${REDFLAG:-}" ] || [ -z "${FIXTURES:-}" ]; then
    echo "1..0 # SKIP REDFLAG and FIXTURES are set by make check"
    exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rf-clients.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM

n=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; }
same () {
    if diff -u "$2" "$3" >"$tmp/diff" 2>&1; then ok "$1"; else not_ok "$1"; sed 's/^/# /' "$tmp/diff"; fi
}
# code DESCRIPTION WANT COMMAND...: ok when the command exits with WANT;
# its output is left in $tmp/out and $tmp/err.
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
# The layout of 'redflag clients': a 40-column name, two counts, the date.
row () { printf '%-40s %9s %9s   %s\n' "$1" "$2" "$3" "$4"; }

echo "1..18"
cfg="$FIXTURES/config"
db="$tmp/a.db"
code "scan with one client group exits 0" 0 \
    "$REDFLAG" scan --quiet --db "$db" --config "$cfg/rude-only.conf" --as-of 2026-10-20 "$cfg/maildir"

# ---- redflag clients (README.md, "With rude-only.conf").
code "clients exits 0" 0 "$REDFLAG" clients --db "$db"
head -n 1 "$tmp/out" >"$tmp/got"
case $(cat "$tmp/got") in
    "Clients: 1, from the configuration "*"/config/rude-only.conf.") ok "clients: the configuration it comes from" ;;
    *) not_ok "clients: the configuration it comes from"; sed 's/^/# /' "$tmp/got" ;;
esac
{
    echo 'Messages not sent automatically, in all the mail read; "from us" counts our messages to them.'
    echo
    row "" "from them" "from us" "last message"
    row "rude: Rude Ltd" 2 3 2026-10-14
    row "    alice@rude.example" 2 3 2026-10-14
    row "    bob@rude.example" 0 1 2026-10-13
    echo
    echo "In no client group, and we wrote to them: 2"
    row "jane.roe@gmail.com" 1 2 2026-10-15
    row "newco.example" 1 1 2026-10-09
    row "    carl@newco.example" 1 1 2026-10-09
    echo
    echo "In no client group, and only wrote to us: 1 ('redflag clients --all' lists them)"
} >"$tmp/want"
tail -n +2 "$tmp/out" >"$tmp/got"
same "clients: the client, its addresses, the two parties we wrote to" "$tmp/want" "$tmp/got"

code "clients --all exits 0" 0 "$REDFLAG" clients --all --db "$db"
tail -n 4 "$tmp/out" >"$tmp/got"
{
    echo
    echo "In no client group, and only wrote to us: 1"
    row "letters.example" 1 0 2026-10-12
    row "    news@letters.example" 1 0 2026-10-12
} >"$tmp/want"
same "clients --all: the party that only wrote to us (its automatic mail left out)" "$tmp/want" "$tmp/got"

# ---- The report says what it left out.
code "report exits 0" 0 "$REDFLAG" report --db "$db"
tail -n 1 "$tmp/out" >"$tmp/got"
echo "2 counterparts we wrote to are in no [client:...] group: jane.roe@gmail.com (3 messages)," \
    "newco.example (2 messages); 'redflag clients' lists them." >"$tmp/want"
same "report: its last line names the counterparts in no group" "$tmp/want" "$tmp/got"
code "report --client rude exits 0" 0 "$REDFLAG" report --db "$db" --client rude
if grep -q "in no \[client" "$tmp/out"; then not_ok "report --client: no line about other counterparts"
else ok "report --client: no line about other counterparts"; fi

# ---- report --client with an unknown key lists the known ones.
code "report --client nobody exits 6" 6 "$REDFLAG" report --db "$db" --client nobody
echo "redflag: error: report: no client 'nobody'; known clients: rude" >"$tmp/want"
same "report --client nobody: the known keys, on standard error" "$tmp/want" "$tmp/err"

# ---- REDFLAG_DB names the database when --db is not given.
code "REDFLAG_DB: report finds the database" 6 env REDFLAG_DB="$db" "$REDFLAG" report --client nobody
same "REDFLAG_DB: the same database as --db" "$tmp/want" "$tmp/err"

# ---- The typos of fixtures/config/typos.conf, every one named, exit 3.
code "a configuration with typos exits 3" 3 \
    "$REDFLAG" scan --quiet --db "$tmp/typos.db" --config "$cfg/typos.conf" "$cfg/maildir"
{
    echo "redflag: error: $cfg/typos.conf:4: [redflag] me: \"sam at freelance\" is not an e-mail address (expected name@domain)"
    echo "redflag: error: $cfg/typos.conf:7: [client:rude] domain: unknown key; did you mean 'domains'?"
    echo "redflag: error: $cfg/typos.conf:8: [client:rude] timezon: unknown key; did you mean 'timezone'?"
    echo "redflag: error: $cfg/typos.conf:9: [client:rude] late_payment_warnin: unknown key; did you mean 'late_payment_warning'?"
    echo "redflag: error: fix the configuration file; every group and key is in doc/configuration.md"
} >"$tmp/want"
same "typos: each with its line and the key it meant" "$tmp/want" "$tmp/err"

# ---- export: --all writes every table, so a TABLE with it is an error.
code "export findings --all DIR exits 2" 2 "$REDFLAG" export findings --all "$tmp/all" --db "$db"
[ -e "$tmp/all" ] && not_ok "export TABLE --all: nothing written" || ok "export TABLE --all: nothing written"
