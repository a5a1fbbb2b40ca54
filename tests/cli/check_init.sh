#!/bin/sh
# check_init.sh - 'redflag init' on fixtures/config/maildir: the file it
# writes (our address and domain, one group per party we wrote to, most
# messages first, as worked out in fixtures/config/README.md), that the file
# loads and gives the same clients, that its commented defaults load when
# uncommented, that an existing file is never overwritten, and a mailbox
# without a Sent folder. Prints TAP.
#
# Needs REDFLAG (the built program) and FIXTURES, as `make check` sets them.
set -u
if [ -z "${REDFLAG:-}" ] || [ -z "${FIXTURES:-}" ]; then
    echo "1..0 # SKIP REDFLAG and FIXTURES are set by make check"
    exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rf-init.XXXXXX")
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

echo "1..19"
box="$FIXTURES/config/maildir"
conf="$tmp/new.conf"
db="$tmp/init.db"
code "init exits 0" 0 "$REDFLAG" init --config "$conf" --db "$db" "$box"
echo "redflag: wrote $conf: 1 address of ours, 3 client groups; edit it, then run" \
    "'redflag scan --config $conf' on the same mail" >"$tmp/want"
same "init: says what it wrote" "$tmp/want" "$tmp/err"

# ---- [redflag]: our address from .Sent, and its domain.
grep -E '^(me|my_domains) = ' "$conf" >"$tmp/got"
printf 'me = sam@freelance.example\nmy_domains = freelance.example\n' >"$tmp/want"
same "init: our address and our domain" "$tmp/want" "$tmp/got"

# ---- The groups: every line that is not a comment, from the first group on.
sed -n '/^\[client:/,$p' "$conf" | grep -v -e '^#' -e '^$' >"$tmp/got"
cat >"$tmp/want" <<'EOF'
[client:rude.example]
name = Rude
domains = rude.example
[client:jane.roe@gmail.com]
name = Jane Roe
addresses = jane.roe@gmail.com
[client:newco.example]
name = Newco
domains = newco.example
EOF
same "init: one group per party we wrote to, most messages first (5, 3, 2)" "$tmp/want" "$tmp/got"

# The comment above the first group, its lines joined.
awk '/^\[client:rude.example\]/ { print text; exit }
     /^# / { text = text (text == "" ? "" : " ") substr($0, 3); next } { text = "" }' "$conf" >"$tmp/got"
echo "rude.example: 2 messages from them, 3 from us, the last on 2026-10-14; messages by address:" \
    "alice@rude.example (5), bob@rude.example (1)." >"$tmp/want"
same "init: a group's comment gives its counts and addresses" "$tmp/want" "$tmp/got"
if grep -q 'letters.example' "$conf"; then not_ok "init: no group for a party we never wrote to"
else ok "init: no group for a party we never wrote to"; fi

# ---- The file loads, and gives the clients the analysis inferred.
code "scan with the written file exits 0" 0 "$REDFLAG" scan --quiet --db "$db" --config "$conf" "$box"
code "clients exits 0" 0 "$REDFLAG" clients --db "$db"
grep -E '^(Clients:|In no client group, and we wrote)' "$tmp/out" | sed 's/, from the configuration .*//' >"$tmp/got"
printf 'Clients: 3\nIn no client group, and we wrote to them: 0\n' >"$tmp/want"
same "clients: three configured clients, nobody we wrote to left out" "$tmp/want" "$tmp/got"

# Its commented [redflag] keys hold valid values: uncommented, they load
# (but patterns, whose example names a folder that does not exist here).
sed -E '/^# patterns = /!s/^# ([a-z_]+ = )/\1/' "$conf" >"$tmp/uncommented.conf"
code "the commented defaults, uncommented, load" 0 \
    "$REDFLAG" analyze --quiet --db "$db" --config "$tmp/uncommented.conf"
n_keys=$(grep -cE '^[a-z_]+ = ' "$tmp/uncommented.conf")
# me, my_domains, 9 more [redflag] keys, and 2 lines for each of 3 groups.
[ "$n_keys" -eq 17 ] && ok "uncommented: 17 keys" || not_ok "uncommented: 17 keys (got $n_keys)"

# ---- Never overwrites.
cp "$conf" "$tmp/before"
code "init on an existing file exits 1" 1 "$REDFLAG" init --config "$conf" --db "$db" "$box"
echo "redflag: error: init: $conf already exists; init never overwrites a file: name another with --config FILE" \
    >"$tmp/want"
same "init on an existing file: says so" "$tmp/want" "$tmp/err"
same "init on an existing file: the file is unchanged" "$tmp/before" "$conf"

# ---- A mailbox without a Sent folder: no address of ours, no group.
mkdir -p "$tmp/inbox/cur" "$tmp/inbox/new" "$tmp/inbox/tmp"
cp "$box"/cur/* "$tmp/inbox/cur/"
code "init without a Sent folder exits 0" 0 \
    "$REDFLAG" init --config "$tmp/inbox.conf" --db "$tmp/inbox.db" "$tmp/inbox"
grep -c "init: no Sent folder in the mail read: name our addresses ('me') in $tmp/inbox.conf" "$tmp/err" >"$tmp/got"
echo 1 >"$tmp/want"
same "init without a Sent folder: warns" "$tmp/want" "$tmp/got"
grep -cE '^(me = |\[client:)' "$tmp/inbox.conf" >"$tmp/got"
echo 0 >"$tmp/want"
same "init without a Sent folder: no address and no group" "$tmp/want" "$tmp/got"

# ---- Bad command lines.
code "init without PATH exits 2" 2 "$REDFLAG" init --config "$tmp/x.conf" --db "$tmp/x.db"
code "init on a missing PATH exits 4" 4 "$REDFLAG" init --config "$tmp/x.conf" --db "$tmp/x.db" "$tmp/absent"
