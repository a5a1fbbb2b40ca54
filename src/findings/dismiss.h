/* dismiss.h - evidence marked wrong by hand ('redflag dismiss'): a
 * message, one marker hit or an invoice, kept by stable identities
 * (Message-ID, category and pattern id, invoice number) so that it stays
 * dismissed across scans and analyses. The findings stage leaves it out
 * (findings_load.c); this file adds, removes, lists and exports them. */
#ifndef RF_DISMISS_H
#define RF_DISMISS_H

#include <stdio.h>
#include "store/store.h"

#define RF_DISMISS_ERROR rf_dismiss_error_quark ()
GQuark rf_dismiss_error_quark (void);
typedef enum {
    RF_DISMISS_ERR_SQL = 1,
    RF_DISMISS_ERR_UNKNOWN,     /* no such message, hit, invoice or category: exit 6 */
    RF_DISMISS_ERR_BAD,         /* a badly written id: exit 2 */
} rf_dismiss_err_t;

typedef enum { RF_DISMISS_MESSAGE, RF_DISMISS_HIT, RF_DISMISS_INVOICE } rf_dismiss_kind_t;

/* Dismiss (or, with undo, dismiss no more) one piece of evidence:
 *   RF_DISMISS_MESSAGE  id = a Message-ID (angle brackets optional);
 *                       category = NULL for all its markers, else one;
 *   RF_DISMISS_HIT      id = "MESSAGE-ID/PATTERN-ID", as 'export markers'
 *                       shows them;
 *   RF_DISMISS_INVOICE  id = an invoice or credit note number.
 * The thing must exist in the database (undo: must be dismissed). *changed
 * tells whether the table changed. The caller holds a transaction. */
gboolean rf_dismiss (rf_store_t *st, rf_dismiss_kind_t kind, const char *id, const char *category,
                     const char *note, gboolean undo, gboolean *changed, GError **err);

/* Print the dismissed evidence, one per line, tab-separated, with a header. */
gboolean rf_dismiss_list (rf_store_t *st, FILE *out, GError **err);

/* Write the sentences of the dismissed marker hits as labelled examples:
 * label<TAB>lang<TAB>text<TAB>source, the label being the categories the
 * sentence still carries ('|'-joined), else "none"; source "dismissed".
 * *rows = examples written. */
gboolean rf_dismiss_export (rf_store_t *st, FILE *out, gint64 *rows, GError **err);

#endif
