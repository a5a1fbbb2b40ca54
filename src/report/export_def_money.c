/* export_def_money.c - the columns of the money tables (invoices,
 * documents, aging) and the queries that fill them. Amounts come twice: integer minor units
 * (exact, for scripts) and the decimal amount in the currency's own
 * decimals (for spreadsheets). */
#include "config.h"
#include "report/export_def.h"

#define N(a) G_N_ELEMENTS (a)
#define KEY_MEANING "the client's key; joins every table to clients"

static const rf_col_t invoices[] = {
    { "invoice_number", RF_COL_TEXT, 0, -1, NULL, "the invoice or credit note number" },
    { "client", RF_COL_TEXT, 1, -1, NULL, KEY_MEANING "; empty when the invoice matched no client" },
    { "kind", RF_COL_TEXT, 2, -1, NULL, "invoice, credit_note or corrected" },
    { "issue_date", RF_COL_DATE, 3, -1, NULL, "the day it was issued" },
    { "due_date", RF_COL_DATE, 4, -1, NULL, "the day it was due (the document's, else issue date + payment_terms_days)" },
    { "paid_date", RF_COL_DATE, 5, -1, NULL, "the day payments and credits first covered it; empty when not paid" },
    { "currency", RF_COL_TEXT, 6, -1, NULL, "ISO 4217 code" },
    { "amount_minor", RF_COL_MINOR, 7, -1, NULL, "the payable amount" },
    { "paid_minor", RF_COL_MINOR, 8, -1, NULL, "the money received for it (credit notes not included)" },
    { "days_late", RF_COL_INT, 9, -1, "days", "paid date (or the as-of date, when open) minus due date; negative when early" },
    { "status", RF_COL_TEXT, 10, -1, NULL,
      "paid_on_time, paid_late, open, overdue, credited, prepaid, replaced, credit_note or not_issued" },
    { "as_of", RF_COL_AS_OF, -1, -1, NULL, "the date of the analysis the statuses are as of" },
    { "client_name", RF_COL_TEXT, 11, -1, NULL, "the client's display name" },
    { "amount", RF_COL_AMOUNT, 7, 6, NULL, "amount_minor in the currency" },
    { "paid", RF_COL_AMOUNT, 8, 6, NULL, "paid_minor in the currency" },
};

static const rf_col_t documents[] = {
    { "message_id", RF_COL_TEXT, 0, -1, NULL,
      "the Message-ID of the message the file was attached to, without angle brackets; joins messages" },
    { "date_utc", RF_COL_UTC, 1, -1, NULL, "when that message was sent; empty when undated" },
    { "client", RF_COL_TEXT, 2, -1, NULL,
      KEY_MEANING "; the client of the invoice it was read as, else of the message; empty when neither has one" },
    { "direction", RF_COL_TEXT, 3, -1, NULL, "sent (our message: from our addresses or in a Sent folder) or received" },
    { "file_name", RF_COL_TEXT, 4, -1, NULL, "the attachment's file name, as the message gives it; empty when it has none" },
    { "kind", RF_COL_TEXT, 5, -1, NULL, "invoice (UBL or CII, alone or in a PDF), payment (camt) or other" },
    { "use", RF_COL_TEXT, 6, -1, NULL,
      "our_invoice (read as our invoice), received (a client's document: listed, never revenue) or refused (see reason)" },
    { "invoice_number", RF_COL_TEXT, 7, -1, NULL,
      "the invoice it was read as (use our_invoice); joins invoices.invoice_number" },
    { "reason", RF_COL_TEXT, 8, -1, NULL, "why it was refused, or why its content could not be read; else empty" },
    { "sha256", RF_COL_TEXT, 9, -1, NULL, "the SHA-256 of the decoded attachment, in hexadecimal" },
    { "date_local", RF_COL_LOCAL, 1, -1, NULL, "date_utc in our time zone" },
    { "client_name", RF_COL_TEXT, 10, -1, NULL, "the client's display name" },
    { "subject", RF_COL_TEXT, 11, -1, NULL, "the message's Subject header, decoded" },
};

static const rf_col_t aging[] = {
    { "client", RF_COL_TEXT, 0, -1, NULL, KEY_MEANING "; empty for invoices of no client" },
    { "currency", RF_COL_TEXT, 1, -1, NULL, "ISO 4217 code (amounts in different currencies are never added)" },
    { "current", RF_COL_MINOR, 2, -1, NULL, "still owed on open invoices not yet due" },
    { "d1_30", RF_COL_MINOR, 3, -1, NULL, "still owed, 1 to 30 days past due" },
    { "d31_60", RF_COL_MINOR, 4, -1, NULL, "still owed, 31 to 60 days past due" },
    { "d61_90", RF_COL_MINOR, 5, -1, NULL, "still owed, 61 to 90 days past due" },
    { "d90_plus", RF_COL_MINOR, 6, -1, NULL, "still owed, more than 90 days past due" },
    { "as_of", RF_COL_AS_OF, -1, -1, NULL, "the day the money is looked at (--as-of, default the analysis's)" },
    { "client_name", RF_COL_TEXT, 7, -1, NULL, "the client's display name" },
    { "current_amount", RF_COL_AMOUNT, 2, 1, NULL, "current in the currency" },
    { "d1_30_amount", RF_COL_AMOUNT, 3, 1, NULL, "d1_30 in the currency" },
    { "d31_60_amount", RF_COL_AMOUNT, 4, 1, NULL, "d31_60 in the currency" },
    { "d61_90_amount", RF_COL_AMOUNT, 5, 1, NULL, "d61_90 in the currency" },
    { "d90_plus_amount", RF_COL_AMOUNT, 6, 1, NULL, "d90_plus in the currency" },
};

const rf_export_table_t rf_export_def_money[] = {
    { "invoices", "one row per invoice or credit note: dates, amounts, paid, days late, status", RF_AS_ANALYSED,
      /* The due date is the analysis's (none for credit notes, even when the
       * document gave one); before any analysis, the document's. */
      "SELECT i.number, c.key, i.kind, i.issue_date,"
      " CASE WHEN s.invoice_id IS NULL THEN i.due_date ELSE s.due_date END, s.paid_date,"
      " i.currency, i.amount_minor, COALESCE(s.paid_minor, 0), s.days_late, s.status, c.name"
      " FROM invoice i LEFT JOIN invoice_status s ON s.invoice_id = i.id"
      " LEFT JOIN client c ON c.id = s.client_id"
      " ORDER BY i.issue_date, i.number, i.id",
      FALSE, invoices, N (invoices) },
    { "documents", "one row per invoice or bank file attached to mail: its message, name, kind, use, invoice",
      RF_UNDATED,
      /* The client: the invoice's once analysed, else the message's. */
      "SELECT m.msgid, m.date_utc, c.key, d.direction, d.name, d.kind, d.use, i.number, d.reason, d.sha256,"
      " c.name, m.subject"
      " FROM mail_document d JOIN message m ON m.id = d.message_id"
      " LEFT JOIN invoice i ON i.id = d.invoice_id"
      " LEFT JOIN invoice_status s ON s.invoice_id = d.invoice_id"
      " LEFT JOIN message_attr a ON a.message_id = d.message_id"
      " LEFT JOIN client c ON c.id = COALESCE(s.client_id, a.client_id)"
      " ORDER BY m.date_utc IS NULL, m.date_utc, m.msgid, d.name, d.id",
      FALSE, documents, N (documents) },
    { "aging", "open receivables per client and currency by days past due", RF_ANY_DATE,
      "SELECT COALESCE(c.key, ''), a.currency, a.b0, a.b1, a.b2, a.b3, a.b4, c.name"
      " FROM (%s) a LEFT JOIN client c ON c.id = a.client_id"
      " ORDER BY c.key IS NULL, c.key, a.currency",
      TRUE, aging, N (aging) },
};
const guint rf_export_def_money_n = N (rf_export_def_money);
