/* payment_mt940_p.h - the MT940 reader's parts, shared between its files. */
#ifndef RF_PAYMENT_MT940_P_H
#define RF_PAYMENT_MT940_P_H

#include "money/payment_parse.h"

/* Fill the payer, references and remittance of p from the text of the
 * :86: field that follows its :61: line (continuation lines joined by '\n'). */
void rf_mt940_details (rf_payment_entry_t *p, const char *text);

#endif
