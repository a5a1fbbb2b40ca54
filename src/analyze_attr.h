/* analyze_attr.h - the working tables of the mail analysis.
 *
 * rf_an_attribute fills temp.an_attr (message_attr's columns, without its
 * constraints); subject pairing completes it, threads add temp.an_thread,
 * latency temp.an_reply and temp.an_answer. The monthly step then writes them
 * into message_attr and reply, each in one statement in id order, and
 * drops them. Row-by-row writes to message_attr cost a small table per
 * row (its CHECK constraints on lists of values), and replies found in
 * thread order would land all over the reply table. */
#ifndef RF_ANALYZE_ATTR_H
#define RF_ANALYZE_ATTR_H

#include "analyze_p.h"

gboolean rf_an_attr_publish (rf_analysis_t *a, GError **err);

#endif
