/* util.h - logging, exit codes and small string helpers shared by every module. */
#ifndef RF_UTIL_H
#define RF_UTIL_H

#include <glib.h>
#include <stdint.h>

/* Exit codes of the redflag command (documented in the README and --help). */
typedef enum {
    RF_EXIT_OK = 0,        /* success; skipped input files are warnings, not errors */
    RF_EXIT_FAILURE = 1,   /* the run failed (database error, out of memory, ...) */
    RF_EXIT_USAGE = 2,     /* bad command line */
    RF_EXIT_CONFIG = 3,    /* configuration file unreadable or invalid */
    RF_EXIT_NOINPUT = 4,   /* an input path does not exist or cannot be read */
    RF_EXIT_LOCKED = 5,    /* another redflag run holds the database */
    RF_EXIT_NODATA = 6,    /* the database has no data for what was asked */
} rf_exit_t;

#define RF_ATTR_PRINTF(f, a) __attribute__ ((format (printf, f, a)))

/* Diagnostics go to stderr, prefixed with "redflag: ". Warnings name the
 * file concerned and the reason in one line. */
void rf_warn (const char *fmt, ...) RF_ATTR_PRINTF (1, 2);
void rf_error (const char *fmt, ...) RF_ATTR_PRINTF (1, 2);

/* Text from mail, configuration files or file names made harmless to print
 * on a terminal or in a text report.
 *
 * A subject or a client name may carry escape sequences (clear the screen,
 * set the window title, write the clipboard with OSC 52) or line breaks that
 * forge report lines. Everything redflag prints that it did not write itself
 * goes through here: white-space controls (TAB, LF, VT, FF, CR) become one
 * space, so a field never breaks a line; every other C0 control and DEL
 * become "\xHH", C1 controls (U+0080 to U+009F) "\u00HH", the
 * bidirectional embeddings, overrides and isolates (U+202A to U+202E,
 * U+2066 to U+2069) "\uHHHH", and bytes that are not UTF-8 "\xHH".
 * Everything else is copied as it is.
 *
 * rf_warn, rf_error, rf_info and rf_progress apply it to the whole line. */

/* Append the safe form of len bytes of s (up to its NUL when len < 0). */
void rf_term_safe_append (GString *out, const char *s, gssize len);

/* The safe form of s (g_free); "" for NULL. */
char *rf_term_safe (const char *s);

/* Verbosity: 0 quiet (warnings and errors only), 1 normal, 2 verbose. */
extern int rf_verbosity;
void rf_info (const char *fmt, ...) RF_ATTR_PRINTF (1, 2);

/* Progress goes to stderr only when stderr is a terminal; it overwrites
 * itself on one line. rf_progress_done() ends the line. */
void rf_progress (const char *fmt, ...) RF_ATTR_PRINTF (1, 2);
void rf_progress_done (void);

/* Write or read exactly n bytes, retrying after EINTR. FALSE on an
 * error or end of file (errno tells which). */
gboolean rf_write_all (int fd, const void *buf, gsize n);
gboolean rf_read_all (int fd, void *buf, gsize n);

/* Time one step of a longer job: with --verbose, RF_TIMED ("name", call)
 * says how long the call took; it returns the call's result. */
void rf_step_clock_start (void);
gboolean rf_step_timed (const char *step, gboolean ok);
#define RF_TIMED(step, call) (rf_step_clock_start (), rf_step_timed (step, (call)))

/* Lower-case an ASCII e-mail address or domain in place and trim spaces and
 * angle brackets. Returns its argument. */
char *rf_addr_normalize (char *addr);

/* The domain part of an address (after the last '@'), or NULL. Borrowed. */
const char *rf_addr_domain (const char *addr);

/* Parse "YYYY-MM-DD" into a unix time at 00:00 UTC. FALSE if invalid. */
gboolean rf_parse_date (const char *s, gint64 *out);

/* Format a unix time as ISO 8601 UTC ("2026-01-31T09:15:00Z") into buf. */
void rf_format_utc (gint64 t, char buf[32]);

/* Format a unix time as a UTC date "YYYY-MM-DD" into buf. */
void rf_format_date (gint64 t, char buf[16]);

/* Split a comma-separated list into trimmed, non-empty strings (g_strfreev). */
char **rf_split_list (const char *s);

/* Hex SHA-256 of a buffer (g_free). */
char *rf_sha256_hex (const void *data, gsize len);

/* Where the text of a file starts: past a UTF-8 byte order mark and white
 * space, no further than end. For telling file formats apart. */
const char *rf_text_start (const char *p, const char *end);

/* Add a file to a checksum: its size and bytes or, when CONTENTS is FALSE,
 * its size, inode and modification and change times to the nanosecond
 * (what tells make and git a file was not touched, without reading it).
 * FALSE and err (G_FILE_ERROR) when it cannot be read. */
gboolean rf_checksum_file (GChecksum *sum, const char *path, gboolean contents, GError **err);

/* g_time_zone_new_identifier, remembered for the life of the process
 * (a new reference, or NULL for an unknown name): a configuration names the
 * same few zones again and again, and reading one costs a file read and
 * its parsing. */
GTimeZone *rf_time_zone_new (const char *identifier);

/* The lines of text, as g_strsplit (text, "\n", -1) gives them (g_strfreev),
 * found by a plain scan: g_strsplit looks for each separator with strstr,
 * which AddressSanitizer's interceptor makes cost the length of the rest of
 * the text each time (a model file of 8,000 lines took seconds). */
char **rf_split_lines (const char *text);

/* Byte order of two elements of a GPtrArray of strings: g_ptr_array_sort
 * passes pointers to the elements, so g_strcmp0 would compare addresses. */
int rf_compare_string_ptrs (gconstpointer a, gconstpointer b);

#endif
