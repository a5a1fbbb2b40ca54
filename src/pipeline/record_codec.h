/* record_codec.h - a parse result as bytes, to cross a pipe from a worker. */
#ifndef RF_RECORD_CODEC_H
#define RF_RECORD_CODEC_H

#include <glib.h>
#include "pipeline/parse_pool.h"

/* Append the encoding of res to out. */
void rf_record_encode (const rf_parse_result_t *res, GByteArray *out);

/* Decode what rf_record_encode wrote; FALSE when the bytes are malformed. */
gboolean rf_record_decode (const guint8 *data, gsize len, rf_parse_result_t *res);

#endif
