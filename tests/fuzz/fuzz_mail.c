/* fuzz_mail.c - one mail message, as a worker sees it: parse, analyse the
 * text (language, shouting, markers), encode the result for the pipe and
 * decode it back, which must give the same bytes again. The raw input is
 * also fed straight to the HTML-to-text and quote-stripping steps, which
 * the parser only reaches through well-formed MIME, and to the decoder. */
#include "config.h"
#include "fuzz_common.h"
#include "mail/body_clean.h"
#include "mail/gmime_compat.h"
#include "mail/html_text.h"
#include "mail/mail_parse.h"
#include "pipeline/parse_pool.h"
#include "pipeline/record_codec.h"
#include "pipeline/text_analysis.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static rf_text_analysis_t *ta;

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
    GError *err = NULL;
    const char *dir = g_getenv ("REDFLAG_DATADIR");
    g_mime_init ();
    rf_mail_parse_init ();
    ta = rf_text_analysis_new (dir ? dir : RF_SRCDATADIR, NULL, &err);
    if (!ta) {
        fprintf (stderr, "fuzz_mail: cannot load the patterns: %s\n", err->message);
        abort ();
    }
    return 0;
}

/* Encode, decode, encode again: both encodings must be the same bytes. */
static void
round_trip (rf_mail_record_t *rec)
{
    rf_parse_result_t res = { .status = RF_PARSE_OK, .path = (char *) "fuzz", .record = rec }, back = { 0 };
    GByteArray *one = g_byte_array_new (), *two = g_byte_array_new ();
    rf_record_encode (&res, one);
    if (!rf_record_decode (one->data, one->len, &back))
        abort ();
    rf_record_encode (&back, two);
    if (one->len != two->len || memcmp (one->data, two->data, one->len) != 0)
        abort ();
    rf_parse_result_clear (&back);
    g_byte_array_unref (one);
    g_byte_array_unref (two);
}

/* The text steps on their own, on the input read as text. */
static void
text_steps (const uint8_t *data, size_t size)
{
    char *text = rf_to_utf8 ((const char *) data, (gssize) size, NULL);
    char *plain = rf_html_to_text (text, strlen (text));
    char *clean = rf_body_clean (text);
    char *subject = rf_header_decode (text);
    char *norm = rf_normalize_subject (subject);
    rf_parse_result_t junk = { 0 };
    if (!g_utf8_validate (plain, -1, NULL) || !g_utf8_validate (clean, -1, NULL)
        || !g_utf8_validate (subject, -1, NULL))
        abort ();
    /* Bytes from a worker are trusted, but must still not be read past. */
    rf_record_decode (data, size, &junk);
    rf_parse_result_clear (&junk);
    g_free (norm);
    g_free (subject);
    g_free (clean);
    g_free (plain);
    g_free (text);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
    rf_mail_record_t *rec = NULL;
    if (rf_mail_parse_buffer ((const char *) data, size, FUZZ_NOW, &rec) == RF_PARSE_OK) {
        if (!rec || !rec->message_id || (rec->body && !g_utf8_validate (rec->body, -1, NULL)))
            abort ();
        rf_text_analysis_apply (ta, rec);
        round_trip (rec);
        rf_mail_record_free (rec);
    } else if (rec) {
        abort ();
    }
    text_steps (data, size);
    return 0;
}
