/* mail_attr.h - the working state of the mail analysis.
 *
 * rf_mail_attribute fills temp.an_attr (message_attr's columns, without its
 * constraints), and subject pairing completes it. rf_mail_threads registers
 * the SQL function rf_mail_thread(id), the thread of a message; rf_mail_latency
 * appends replies to temp.an_reply and registers rf_mail_answer(id), the
 * answer state of a message (both read arrays indexed by message id). The
 * monthly step then writes message_attr and reply, each in one statement
 * in id order, and removes the functions. Row-by-row writes
 * to message_attr cost a small table per row (its CHECK constraints on
 * lists of values), and replies found in thread order would land all over
 * the reply table. */
#ifndef RF_MAIL_ATTR_H
#define RF_MAIL_ATTR_H

#include "mail/mail_analysis.h"

#define RF_MAIL_THREAD_FN "rf_mail_thread"
#define RF_MAIL_ANSWER_FN "rf_mail_answer"

gboolean rf_mail_attr_publish (rf_mail_analysis_t *a, GError **err);

#endif
