/* analyze_attr.h - the working state of the mail analysis.
 *
 * rf_an_attribute fills temp.an_attr (message_attr's columns, without its
 * constraints), and subject pairing completes it. rf_an_threads registers
 * the SQL function rf_an_thread(id), the thread of a message; rf_an_latency
 * appends replies to temp.an_reply and registers rf_an_answer(id), the
 * answer state of a message (both read arrays indexed by message id). The
 * monthly step then writes message_attr and reply, each in one statement
 * in id order, and removes the functions. Row-by-row writes
 * to message_attr cost a small table per row (its CHECK constraints on
 * lists of values), and replies found in thread order would land all over
 * the reply table. */
#ifndef RF_ANALYZE_ATTR_H
#define RF_ANALYZE_ATTR_H

#include "mail/analyze_p.h"

#define RF_AN_THREAD_FN "rf_an_thread"
#define RF_AN_ANSWER_FN "rf_an_answer"

gboolean rf_an_attr_publish (rf_analysis_t *a, GError **err);

#endif
