/* text_analysis.h - what we learn from the text of a message after parsing:
 * its language, shouting and exclamation bursts, and tone/scope markers. */
#ifndef RF_TEXT_ANALYSIS_H
#define RF_TEXT_ANALYSIS_H

#include <glib.h>
#include "mail/mail_parse.h"

typedef struct rf_text_analysis rf_text_analysis_t;

/* Load the marker patterns (builtin_dir may be NULL: no markers). */
rf_text_analysis_t *rf_text_analysis_new (const char *builtin_dir, const char *user_dir, GError **err);
void rf_text_analysis_free (rf_text_analysis_t *ta);

/* Fill rec->lang, shout_ratio, exclaim_bursts, marker_hits and
 * marker_totals from rec->body (its first RF_MARKER_TEXT_MAX bytes). */
void rf_text_analysis_apply (const rf_text_analysis_t *ta, rf_mail_record_t *rec);

/* Digest of the pattern set ("" without markers), to notice changes. */
const char *rf_text_analysis_digest (const rf_text_analysis_t *ta);

/* Marker hits and totals across the worker pipe (see record_codec.c). */
void rf_text_analysis_encode_hits (const GPtrArray *hits, GByteArray *out);
GPtrArray *rf_text_analysis_decode_hits (const guint8 **p, const guint8 *end, gboolean *ok);
void rf_text_analysis_encode_totals (const GPtrArray *totals, GByteArray *out);
GPtrArray *rf_text_analysis_decode_totals (const guint8 **p, const guint8 *end, gboolean *ok);

#endif
