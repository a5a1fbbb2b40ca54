#!/bin/sh
# check_money_formats.sh - bank and invoice formats beyond the XML files,
# through the real command line: the OFX statements of
# fixtures/payments/ofx scanned with their invoices, and the invoices
# attached to the mail of fixtures/mail-invoices; the invoices and aging
# exports compared with their READMEs. Prints TAP.
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
# rows TABLE DB [AS-OF]: an export without its header and CRs, cut to the
# columns these tests were written for (the client's name, decimal amounts
# and local times that follow are checked by check_export_columns.sh).
rows () {
    case $1 in
        invoices) keep=1-12 ;;
        aging) keep=1-8 ;;
        *) keep=1- ;;
    esac
    "$REDFLAG" export "$1" --db "$2" ${3:+--as-of "$3"} --format csv 2>&1 | tr -d '\r' | tail -n +2 \
        | cut -d, -f "$keep"
}

echo "1..20"

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

# ---- Invoices attached to our sent mail (fixtures/mail-invoices/README.md)
m="$FIXTURES/mail-invoices"
mdb="$tmp/mail.db"
code "scan of a Maildir whose sent mail carries invoices exits 0" 0 \
    "$REDFLAG" scan --db "$mdb" --config "$m/redflag.conf" --as-of 2026-03-01 "$m/maildir"
if grep -q "attachment 'quote-Q-7.pdf' of message <quote-q-7@studio.example> is not read as an invoice" "$tmp/err"
then ok "the attachment of ours that holds no invoice is named on stderr"
else not_ok "the attachment of ours that holds no invoice is named on stderr"; sed 's/^/# /' "$tmp/err"; fi
# The UBL XML and the Factur-X PDF of the Sent folder are our invoices;
# ACME's invoice A-901 and its camt.054 are not (nor is its payment).
cat >"$tmp/want" <<'W'
INV-2026-001,acme,invoice,2026-01-05,2026-02-04,,EUR,120000,0,,overdue,2026-03-01
NW-2026-001,nordwind,invoice,2026-01-10,2026-02-09,,EUR,100000,0,,overdue,2026-03-01
W
rows invoices "$mdb" >"$tmp/got"
same "mail: the two invoices sent as attachments, nothing of the client's" "$tmp/want" "$tmp/got"
# 2026-03-01 - 02-04 = 25 days, - 02-09 = 20 days: both 1-30.
cat >"$tmp/want" <<'W'
acme,EUR,0,120000,0,0,0,2026-03-01
nordwind,EUR,0,100000,0,0,0,2026-03-01
W
rows aging "$mdb" 2026-03-01 >"$tmp/got"
same "mail: aging as of 2026-03-01 (the client's camt.054 paid nothing)" "$tmp/want" "$tmp/got"
# The overdue evidence names the day each invoice went out; NW-2026-001's
# message answered Nordwind's, whose subject (RFC 2047, with two tabs and
# an ESC in it) is quoted collapsed and cut to 60 characters: its first 59
# end in "neue A" (6+4+9+4+4+16+3+7+5 = 58 up to "neue ", then "A").
cat >"$tmp/want" <<'W'
INV-2026-001	sent on 2026-01-05, due 2026-02-04, still open: 25 days past due
NW-2026-001	sent on 2026-01-10 in reply to "Bitte die Rechnung für die Januar-Arbeiten an unsere neue A…", due 2026-02-09, still open: 20 days past due
W
"$REDFLAG" export evidence --db "$mdb" --format tsv 2>&1 | tr -d '\r' \
    | awk -F '\t' '$2 == "overdue" { print $7 "\t" $11 }' | LC_ALL=C sort >"$tmp/got"
same "mail: overdue evidence says when each invoice was sent and what it answered" "$tmp/want" "$tmp/got"
if LC_ALL=C grep -q "$(printf '\033')" "$tmp/got"; then not_ok "mail: no escape character in the evidence"
else ok "mail: no escape character in the evidence"; fi

# The same invoice read from a folder first, then from the mail: one.
ddb="$tmp/dedupe.db"
code "scan of the invoice file, then the mail, exits 0" 0 \
    "$REDFLAG" scan --quiet --db "$ddb" --config "$m/redflag.conf" --as-of 2026-03-01 \
    --invoices "$FIXTURES/invoices/ubl-INV-2026-001.xml" "$m/maildir"
rows invoices "$ddb" | cut -d, -f1 >"$tmp/got"
printf 'INV-2026-001\nNW-2026-001\n' >"$tmp/want"
same "mail: an invoice both in a folder and in the mail counts once" "$tmp/want" "$tmp/got"

# invoices_from_mail = false: no invoice at all.
sed 's/^\[redflag\]$/[redflag]\ninvoices_from_mail = false/' "$m/redflag.conf" >"$tmp/off.conf"
"$REDFLAG" scan --quiet --db "$tmp/off.db" --config "$tmp/off.conf" --as-of 2026-03-01 "$m/maildir" >/dev/null 2>&1
rows invoices "$tmp/off.db" >"$tmp/got"
: >"$tmp/want"
same "mail: invoices_from_mail = false reads no attachment" "$tmp/want" "$tmp/got"

# ---- Loose PDFs, opened in the parser processes (fixtures/invoices/README.md,
# "PDF invoices"); a PDF over the size limit (1 MB here) is never read.
p="$tmp/pdf"
mkdir "$p"
cp "$FIXTURES"/invoices/pdf/*.pdf "$p/"
printf '%%PDF-1.7\n' >"$p/huge.pdf"
dd if=/dev/zero bs=1024 count=2048 2>/dev/null >>"$p/huge.pdf"
printf '[redflag]\nmax_message_mb = 1\n' >"$tmp/small.conf"
code "scan of hostile PDFs with two parser processes exits 0" 0 \
    "$REDFLAG" scan --db "$tmp/pdf.db" --config "$tmp/small.conf" --jobs 2 --as-of 2026-03-01 "$p"
cat >"$tmp/want" <<'W'
encrypted.pdf	invoice	encrypted PDF (a password is needed to read it); its invoice cannot be read
huge.pdf	other	larger than the size limit (max_message_mb)
malformed.pdf	invoice	malformed PDF: PDF document is damaged
no-attachment.pdf	invoice	PDF without an invoice: it has no embedded files (not Factur-X, ZUGFeRD or XRechnung)
W
"$REDFLAG" export skipped --db "$tmp/pdf.db" --format tsv 2>&1 | tr -d '\r' | tail -n +2 | cut -f 3-5 \
    | sed "s|^$p/||" | LC_ALL=C sort >"$tmp/got"
same "PDF: each hostile PDF skipped with its reason" "$tmp/want" "$tmp/got"
rows invoices "$tmp/pdf.db" | cut -d, -f1,2,8 >"$tmp/got"
# No configured client: one is made from the buyer's domain (new_client).
echo "NW-2026-001,nordwind.example,100000" >"$tmp/want"
same "PDF: the Factur-X invoice is read" "$tmp/want" "$tmp/got"

# ---- Without poppler-glib (opened when the first PDF is read): each PDF
# is skipped with the reason and what to install; the scan goes on.
code "scan without poppler-glib exits 0" 0 env REDFLAG_POPPLER_GLIB="$tmp/no-such-libpoppler-glib.so" \
    "$REDFLAG" scan --quiet --db "$tmp/nopdf.db" --as-of 2026-03-01 "$FIXTURES/invoices/pdf/facturx-NW-2026-001.pdf"
"$REDFLAG" export skipped --db "$tmp/nopdf.db" --format tsv 2>&1 | tr -d '\r' | tail -n +2 | cut -f 5 >"$tmp/got"
if grep -q "^PDF invoices cannot be read: .*no-such-libpoppler-glib.so.* (install the Debian package libpoppler-glib8)$" "$tmp/got"; then
    ok "PDF without poppler-glib: skipped, with what to install"
else
    not_ok "PDF without poppler-glib: skipped, with what to install"
    sed 's/^/# /' "$tmp/got"
fi
exit 0
