#!/bin/sh
# tests/hostile/run-hostile.sh - memory on hostile inputs. Generates, in a
# temporary directory, a 1 GB one-line mbox, a 200 MB message, a 60 MB text
# message, a message to 100,000 recipients, a message nested 10,000 MIME
# levels deep and a 60 MB bank statement; scans each into a fresh database
# under /usr/bin/time -v, and checks that peak memory (of redflag and its
# parser processes) stays under 300 MB and that each input is stored or
# skipped with one-line warnings. Prints one row per input; exits 1 when a
# check fails.
#
# Not part of 'make check': it writes 1.4 GB and takes minutes.
#   tests/hostile/run-hostile.sh [--quick]     (--quick: every size / 10)
# REDFLAG names the binary (default build/src/redflag), TMPDIR the place.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
redflag=${REDFLAG:-$top/build/src/redflag}
limit_kib=292968                      # 300 MB (10^6 bytes), in the KiB time reports
div=1
[ "${1:-}" = "--quick" ] && div=10
REDFLAG_DATADIR=${REDFLAG_DATADIR:-$top/patterns}
export REDFLAG_DATADIR

[ -x "$redflag" ] || { echo "run-hostile: $redflag not built; run scripts/setup build" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "run-hostile: /usr/bin/time missing; run scripts/setup (package time)" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/redflag-hostile.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

mb () { echo $(($1 * 1024 * 1024 / div)); }

headers () { # from, subject, extra header lines
    printf 'From: %s\nTo: anna@studio.example\nSubject: %s\nDate: 2 Nov 2026 10:00:00 +0000\n' "$1" "$2"
    printf 'Message-ID: <%s@hostile.example>\n%s\n\n' "$2" "$3"
}

maildir () { mkdir -p "$work/$1/cur" "$work/$1/new" "$work/$1/tmp"; echo "$work/$1/cur/1790000000.M1P1Q1.$1:2,S"; }

gen_mbox () {
    { printf 'From giant@hostile.example Mon Nov  2 10:00:00 2026\n'
      headers giant@hostile.example one-line-mbox 'Content-Type: text/plain'
      head -c "$(mb 1024)" /dev/zero | tr '\0' a; } > "$work/one-line.mbox"
    echo "$work/one-line.mbox"
}

gen_big () {
    f=$(maildir big)
    { headers big@hostile.example big-message 'Content-Type: text/plain'
      yes 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3' \
          | head -c "$(mb 200)"; } > "$f"
    echo "$work/big"
}

gen_text () {
    f=$(maildir text)
    { headers boss@acme.example text-60mb 'Content-Type: text/plain; charset=utf-8'
      yes "You people are useless. I don't want to hear any more excuses. Fix it now!!" \
          | head -c "$(mb 60)"; } > "$f"
    echo "$work/text"
}

gen_recipients () {
    f=$(maildir rcpt)
    { printf 'From: boss@acme.example\nTo: '
      awk -v n=$((100000 / div)) 'BEGIN { for (i = 1; i <= n; i++) printf "u%06d@client.example%s", i, i < n ? ",\n " : "\n" }'
      printf 'Subject: recipients\nDate: 2 Nov 2026 10:00:00 +0000\nMessage-ID: <recipients@hostile.example>\n\nHello all.\n'
    } > "$f"
    echo "$work/rcpt"
}

gen_nesting () {
    f=$(maildir deep)
    { printf 'From: boss@acme.example\nTo: anna@studio.example\nSubject: deep\n'
      printf 'Date: 2 Nov 2026 10:00:00 +0000\nMessage-ID: <deep@hostile.example>\nMIME-Version: 1.0\n'
      awk -v n=$((10000 / div)) 'BEGIN {
          for (i = 1; i <= n; i++) printf "Content-Type: multipart/mixed; boundary=\"b%d\"\n\n--b%d\n", i, i
          printf "Content-Type: text/plain\n\nThe innermost text.\n"
          for (i = n; i >= 1; i--) printf "--b%d--\n", i }'
    } > "$f"
    echo "$work/deep"
}

gen_xml () {
    n=$((132000 / div))
    { printf '<?xml version="1.0" encoding="UTF-8"?>\n'
      printf '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>\n'
      printf '<GrpHdr><MsgId>HOSTILE</MsgId><CreDtTm>2026-05-01T06:00:00Z</CreDtTm></GrpHdr>\n'
      printf '<Stmt><Id>HOSTILE-EUR</Id><Acct><Id><IBAN>FR7600000000000000000000001</IBAN></Id></Acct>\n'
      awk -v n="$n" 'BEGIN { for (i = 1; i <= n; i++) printf "<Ntry><Amt Ccy=\"EUR\">%d.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-04-06</Dt></BookgDt><ValDt><Dt>2026-04-06</Dt></ValDt><AcctSvcrRef>BNK-%07d</AcctSvcrRef><NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs><Amt Ccy=\"EUR\">%d.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><RltdPties><Dbtr><Pty><Nm>Payer number %d</Nm></Pty></Dbtr></RltdPties><RmtInf><Ustrd>Invoice INV-%07d</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n", 100 + i % 900, i, 100 + i % 900, i, i }'
      printf '</Stmt></BkToCstmrStmt></Document>\n'
    } > "$work/statement.xml"
    echo "$work/statement.xml"
}

printf '[redflag]\nme = anna@studio.example\n' > "$work/hostile.conf"
fail=0
printf '%-14s %9s %9s %7s  %s\n' input size_MB peak_MB seconds result
for what in mbox big text recipients nesting xml; do
    input=$(gen_$what)
    size=$(du -sb "$input" | awk '{ print int($1 / 1000000) }')
    db="$work/$what.db"
    rc=0
    /usr/bin/time -v -o "$work/$what.time" "$redflag" scan --quiet --db "$db" --config "$work/hostile.conf" \
        --as-of 2026-11-20 "$input" 2> "$work/$what.err" || rc=$?
    peak=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/$what.time")
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$work/$what.time")
    messages=$(sqlite3 "$db" "SELECT count(*) FROM message" 2>/dev/null || echo 0)
    payments=$(sqlite3 "$db" "SELECT count(*) FROM payment" 2>/dev/null || echo 0)
    skipped=$(sqlite3 "$db" "SELECT count(*) FROM skipped" 2>/dev/null || echo 0)
    lines=$(wc -l < "$work/$what.err")
    longest=$(awk '{ if (length > m) m = length } END { print m + 0 }' "$work/$what.err")
    result="exit $rc, $messages messages, $payments payments, $skipped skipped, $lines warning lines"
    # Stored, or skipped with as many one-line warnings as skipped rows.
    ok=1
    [ "$rc" -eq 0 ] || ok=0
    [ "$peak" -lt "$limit_kib" ] || ok=0
    [ "$messages" -gt 0 ] || [ "$payments" -gt 0 ] || [ "$skipped" -gt 0 ] || ok=0
    [ "$skipped" -eq 0 ] || [ "$lines" -eq "$skipped" ] || ok=0
    [ "$longest" -le 1000 ] || ok=0
    [ "$ok" -eq 1 ] || { result="FAIL: $result"; fail=1; }
    printf '%-14s %9s %9s %7s  %s\n' "$what" "$size" "$((peak * 1024 / 1000000))" "$secs" "$result"
    sed 's/^/    /' "$work/$what.err" | cut -c1-200
    rm -rf "$input" "$db" "$db-wal" "$db-shm"
done
[ "$fail" -eq 0 ] && echo "run-hostile: every input under 300 MB" || echo "run-hostile: FAILED" >&2
exit "$fail"
