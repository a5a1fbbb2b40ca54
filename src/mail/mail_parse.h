/* mail_parse.h - turn the bytes of one message into a mail_record_t.
 *
 * Pure parsing: no database, no configuration. The record carries the
 * headers we need, the date, the identity, and the text the sender wrote
 * (quotes and signatures removed) for the marker stage. */
#ifndef RF_MAIL_PARSE_H
#define RF_MAIL_PARSE_H

#include <glib.h>
#include <gmime/gmime.h>

typedef enum {
    RF_DATE_HEADER,     /* from the Date header */
    RF_DATE_RECEIVED,   /* Date missing or impossible: newest Received header */
    RF_DATE_NONE,       /* undated: kept, but excluded from latency */
} rf_date_source_t;

typedef struct {
    char *message_id;        /* without <>; synthetic when the header is absent */
    gboolean synthetic_id;
    gint64 date_utc;         /* unix seconds; meaningful unless date_source is NONE */
    int tz_offset_min;       /* the sender's UTC offset in minutes */
    rf_date_source_t date_source;
    char *from_addr;         /* lower-case, or NULL */
    char *from_name;         /* display name, UTF-8, or NULL */
    GPtrArray *to;           /* lower-case addresses (char*) */
    GPtrArray *cc;
    char *in_reply_to;       /* first Message-ID of In-Reply-To, or NULL */
    GPtrArray *references;   /* Message-IDs of References, oldest first */
    char *subject;           /* decoded, UTF-8, or NULL */
    char *norm_subject;      /* lower-case, Re:/Fwd:/TR:/RV:/AW:... stripped */
    char *auto_reason;       /* why this is automatic/bulk mail, or NULL */
    char *body;              /* what the sender wrote, UTF-8, quotes/signature stripped */
    gsize body_len;          /* bytes */
    glong body_chars;        /* characters */
    gboolean html_only;      /* the text came from an HTML part */
    gint64 size_bytes;       /* size of the raw message */
    char *warnings;          /* parser warnings, comma-separated symbolic names, or NULL */
    /* Filled by the text analysis after parsing (see text_analysis.h). */
    const char *lang;        /* "en", "fr", "es", "other" (static), or NULL */
    double shout_ratio;      /* share of upper-case words among words of 3+ letters */
    int exclaim_bursts;      /* runs of two or more '!' */
    GPtrArray *marker_hits;  /* of rf_marker_hit_t*, owning; or NULL */
    GPtrArray *marker_totals; /* categories with more hits than kept (rf_marker_total_t*), or NULL */
    /* XML and PDF attachments (rf_mail_attachment_t*, mail_attachments.h),
     * when the process keeps them; else NULL. Never stored: the worker
     * reads them and drops them. */
    GPtrArray *attachments;
} rf_mail_record_t;

/* Why a file is not a message we can use. */
typedef enum {
    RF_PARSE_OK = 0,
    RF_PARSE_EMPTY,          /* zero bytes */
    RF_PARSE_NOT_MAIL,       /* no header block with From, Date or Message-ID */
    RF_PARSE_BINARY,         /* NUL bytes in the header block */
} rf_parse_status_t;

const char *rf_parse_status_to_string (rf_parse_status_t s);

/* One-time set-up of shared parser options. Call after g_mime_init(). */
void rf_mail_parse_init (void);
void rf_mail_parse_shutdown (void);

/* Parse a message held in memory (the caller keeps ownership of data).
 * now is the reference time used to reject impossible dates (more than a
 * day in the future). On success *out is a new record (rf_mail_record_free). */
rf_parse_status_t rf_mail_parse_buffer (const char *data, gsize len, gint64 now,
                                        rf_mail_record_t **out);

/* Parse an already-constructed message (used for mbox, where GMime splits
 * the stream). raw_len is the size of the message in bytes when known.
 * from_mbox: undo the ">From " escaping of mbox bodies. */
rf_parse_status_t rf_mail_parse_message (GMimeMessage *msg, gint64 raw_len, gint64 now,
                                         gboolean from_mbox, rf_mail_record_t **out);

void rf_mail_record_free (rf_mail_record_t *r);

/* Subject normalization used for subject-based reply pairing. (g_free) */
char *rf_normalize_subject (const char *subject);

/* Whether a subject's outermost prefix (after any [tags]) is a forward
 * ("Fw:", "TR:", "WG:", ...): such a message is never paired by subject. */
gboolean rf_subject_is_forward (const char *subject);

#endif
