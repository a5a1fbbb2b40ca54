/* store_money_p.h - what the writers of money rows share (store_money.c,
 * store_mail_docs.c); private to the money folder. */
#ifndef RF_STORE_MONEY_P_H
#define RF_STORE_MONEY_P_H

#include <sqlite3.h>
#include "store/store.h"
#include "money/invoice_parse.h"

/* The prepared statements of one file's invoices and payments. */
typedef struct {
    rf_store_t *st;
    gint64 file_id;
    sqlite3_stmt *find, *upsert, *del_ids, *ins_id, *del_refs, *ins_ref, *del_pay, *ins_pay;
    gint64 new_invoices, new_payments;
} rf_money_ctx_t;

gboolean rf_money_ctx_prepare (rf_money_ctx_t *c, GError **err);
void rf_money_ctx_finalize (rf_money_ctx_t *c);
void rf_money_bind_text (sqlite3_stmt *s, int i, const char *v);

/* A money_file row; its id, or -1 with err set. */
gint64 rf_money_insert_file (rf_store_t *st, const char *sha, const char *path, const char *kind,
                             const char *format, guint records, guint ignored, GError **err);

/* Insert or replace an invoice of c's file; its id in *id_out (may be NULL). */
gboolean rf_money_store_invoice (rf_money_ctx_t *c, const rf_invoice_t *inv, gint64 *id_out, GError **err);

#endif
