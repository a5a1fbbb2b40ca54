/* util.c - logging, exit codes, text made safe for the terminal, and small
 * string helpers. */
#include "config.h"
#include "base/util.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int rf_verbosity = 1;
static gboolean progress_open;

/* ---- Text made safe for the terminal (see util.h). */

/* Length of the control character or invalid byte at p (0 when p starts a
 * character to copy), and in *code what to show for it. */
static gsize
unsafe_at (const char *p, const char *end, gunichar *code, gboolean *is_byte)
{
    unsigned char c = (unsigned char) *p;
    gunichar u;
    if (c < 0x20 || c == 0x7f) {
        *code = c;
        *is_byte = TRUE;
        return 1;
    }
    if (c < 0x80)
        return 0;
    u = g_utf8_get_char_validated (p, end - p);
    if (u == (gunichar) -1 || u == (gunichar) -2) {
        *code = c;
        *is_byte = TRUE;
        return 1;
    }
    if (u >= 0x80 && u <= 0x9f) {
        *code = u;
        *is_byte = FALSE;
        return 2;
    }
    /* Bidirectional embeddings, overrides and isolates reorder what
     * follows on the line: a subject could show a report line backwards
     * or hide a name in the next column. */
    if ((u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069)) {
        *code = u;
        *is_byte = FALSE;
        return 3;
    }
    return 0;
}

void
rf_term_safe_append (GString *out, const char *s, gssize len)
{
    const char *p, *end, *run;
    if (!s)
        return;
    end = s + (len < 0 ? strlen (s) : (gsize) len);
    for (p = run = s; p < end;) {
        gunichar code = 0;
        gboolean is_byte = FALSE;
        gsize n = unsafe_at (p, end, &code, &is_byte);
        if (n == 0) {
            /* A whole character: its length from the lead byte (valid here). */
            p += (unsigned char) *p < 0x80 ? 1 : g_utf8_skip[(unsigned char) *p];
            continue;
        }
        g_string_append_len (out, run, p - run);
        if (code == '\t' || code == '\n' || code == '\v' || code == '\f' || code == '\r')
            g_string_append_c (out, ' ');
        else
            g_string_append_printf (out, is_byte ? "\\x%02x" : "\\u%04x", code);
        p += n;
        run = p;
    }
    g_string_append_len (out, run, p - run);
}

char *
rf_term_safe (const char *s)
{
    GString *out = g_string_new (NULL);
    rf_term_safe_append (out, s, -1);
    return g_string_free (out, FALSE);
}

/* Messages name files, subjects and clients: the formatted line is made
 * safe for the terminal as a whole (none of ours holds a line break). */
static char *safe_line (const char *fmt, va_list ap) G_GNUC_PRINTF (1, 0);

static char *
safe_line (const char *fmt, va_list ap)
{
    char *raw = g_strdup_vprintf (fmt, ap), *safe;
    gsize n = strlen (raw);
    while (n > 0 && (raw[n - 1] == '\n' || raw[n - 1] == '\r'))
        raw[--n] = '\0';
    safe = rf_term_safe (raw);
    g_free (raw);
    return safe;
}

static void emit (const char *prefix, const char *fmt, va_list ap) G_GNUC_PRINTF (2, 0);

static void
emit (const char *prefix, const char *fmt, va_list ap)
{
    char *line = safe_line (fmt, ap);
    if (progress_open) {
        fputs ("\r\033[K", stderr);
        progress_open = FALSE;
    }
    fprintf (stderr, "redflag: %s%s\n", prefix ? prefix : "", line);
    g_free (line);
}

void
rf_warn (const char *fmt, ...)
{
    va_list ap;
    va_start (ap, fmt);
    emit ("warning: ", fmt, ap);
    va_end (ap);
}

void
rf_error (const char *fmt, ...)
{
    va_list ap;
    va_start (ap, fmt);
    emit ("error: ", fmt, ap);
    va_end (ap);
}

void
rf_info (const char *fmt, ...)
{
    va_list ap;
    if (rf_verbosity < 2)
        return;
    va_start (ap, fmt);
    emit (NULL, fmt, ap);
    va_end (ap);
}

void
rf_progress (const char *fmt, ...)
{
    static int is_tty = -1;
    va_list ap;
    char *line;
    if (is_tty < 0)
        is_tty = isatty (STDERR_FILENO);
    if (!is_tty || rf_verbosity < 1)
        return;
    va_start (ap, fmt);
    line = safe_line (fmt, ap);
    va_end (ap);
    fprintf (stderr, "\r\033[K%s", line);
    fflush (stderr);
    g_free (line);
    progress_open = TRUE;
}

void
rf_progress_done (void)
{
    if (progress_open) {
        fputs ("\r\033[K", stderr);
        fflush (stderr);
        progress_open = FALSE;
    }
}

char *
rf_addr_normalize (char *addr)
{
    char *p;
    g_strstrip (addr);
    if (addr[0] == '<') {
        memmove (addr, addr + 1, strlen (addr));
        p = strrchr (addr, '>');
        if (p)
            *p = '\0';
    }
    for (p = addr; *p; p++)
        *p = g_ascii_tolower (*p);
    return addr;
}

const char *
rf_addr_domain (const char *addr)
{
    const char *at = addr ? strrchr (addr, '@') : NULL;
    return (at && at[1]) ? at + 1 : NULL;
}

gboolean
rf_parse_date (const char *s, gint64 *out)
{
    int y, m, d;
    char tail;
    GDateTime *dt;
    if (!s || sscanf (s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
        return FALSE;
    if (!g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
        return FALSE;
    dt = g_date_time_new_utc (y, m, d, 0, 0, 0);
    if (!dt)
        return FALSE;
    *out = g_date_time_to_unix (dt);
    g_date_time_unref (dt);
    return TRUE;
}

void
rf_format_utc (gint64 t, char buf[32])
{
    GDateTime *dt = g_date_time_new_from_unix_utc (t);
    char *s = dt ? g_date_time_format (dt, "%Y-%m-%dT%H:%M:%SZ") : NULL;
    g_strlcpy (buf, s ? s : "", 32);
    g_free (s);
    if (dt)
        g_date_time_unref (dt);
}

void
rf_format_date (gint64 t, char buf[16])
{
    GDateTime *dt = g_date_time_new_from_unix_utc (t);
    char *s = dt ? g_date_time_format (dt, "%Y-%m-%d") : NULL;
    g_strlcpy (buf, s ? s : "", 16);
    g_free (s);
    if (dt)
        g_date_time_unref (dt);
}

char **
rf_split_list (const char *s)
{
    GPtrArray *out = g_ptr_array_new ();
    char **parts, **p;
    if (s) {
        parts = g_strsplit_set (s, ",;", -1);
        for (p = parts; *p; p++) {
            g_strstrip (*p);
            if (**p)
                g_ptr_array_add (out, g_strdup (*p));
        }
        g_strfreev (parts);
    }
    g_ptr_array_add (out, NULL);
    return (char **) g_ptr_array_free (out, FALSE);
}

char *
rf_sha256_hex (const void *data, gsize len)
{
    return g_compute_checksum_for_data (G_CHECKSUM_SHA256, data, len);
}

int
rf_compare_string_ptrs (gconstpointer a, gconstpointer b)
{
    return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

static gint64 step_started;

void
rf_step_clock_start (void)
{
    step_started = g_get_monotonic_time ();
}

gboolean
rf_step_timed (const char *step, gboolean ok)
{
    rf_info ("analysis: %-10s %.3f s", step, (g_get_monotonic_time () - step_started) / 1e6);
    return ok;
}

gboolean
rf_write_all (int fd, const void *buf, gsize n)
{
    const char *p = buf;
    while (n > 0) {
        ssize_t k = write (fd, p, n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return FALSE;
        p += k;
        n -= (gsize) k;
    }
    return TRUE;
}

gboolean
rf_read_all (int fd, void *buf, gsize n)
{
    char *p = buf;
    while (n > 0) {
        ssize_t k = read (fd, p, n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return FALSE;
        p += k;
        n -= (gsize) k;
    }
    return TRUE;
}

const char *
rf_text_start (const char *p, const char *end)
{
    if (end - p >= 3 && (guchar) p[0] == 0xEF && (guchar) p[1] == 0xBB && (guchar) p[2] == 0xBF)
        p += 3;
    while (p < end && g_ascii_isspace (*p))
        p++;
    return p;
}

gboolean
rf_checksum_file (GChecksum *sum, const char *path, gboolean contents, GError **err)
{
    char head[160];
    if (contents) {
        char *data = NULL;
        gsize len = 0;
        if (!g_file_get_contents (path, &data, &len, err))
            return FALSE;
        g_snprintf (head, sizeof head, "%" G_GSIZE_FORMAT "\n", len);
        g_checksum_update (sum, (const guchar *) head, -1);
        g_checksum_update (sum, (const guchar *) data, (gssize) len);
        g_free (data);
    } else {
        struct stat sb;
        if (stat (path, &sb) != 0) {
            int e = errno;
            g_set_error (err, G_FILE_ERROR, g_file_error_from_errno (e), "%s: %s", path, g_strerror (e));
            return FALSE;
        }
        g_snprintf (head, sizeof head, "%jd %ju %ju %jd.%09ld %jd.%09ld\n", (intmax_t) sb.st_size,
                    (uintmax_t) sb.st_dev, (uintmax_t) sb.st_ino, (intmax_t) sb.st_mtim.tv_sec,
                    (long) sb.st_mtim.tv_nsec, (intmax_t) sb.st_ctim.tv_sec, (long) sb.st_ctim.tv_nsec);
        g_checksum_update (sum, (const guchar *) head, -1);
    }
    return TRUE;
}

GTimeZone *
rf_time_zone_new (const char *identifier)
{
    static GHashTable *known; /* name -> GTimeZone, or a NULL value: unknown */
    G_LOCK_DEFINE_STATIC (known);
    GTimeZone *tz;
    gpointer found = NULL;
    if (!identifier)
        return g_time_zone_new_identifier (NULL);
    G_LOCK (known);
    if (!known)
        known = g_hash_table_new (g_str_hash, g_str_equal);
    if (g_hash_table_lookup_extended (known, identifier, NULL, &found)) {
        tz = found ? g_time_zone_ref (found) : NULL;
    } else {
        tz = g_time_zone_new_identifier (identifier);
        g_hash_table_insert (known, g_strdup (identifier), tz ? g_time_zone_ref (tz) : NULL);
    }
    G_UNLOCK (known);
    return tz;
}

char **
rf_split_lines (const char *text)
{
    GPtrArray *out = g_ptr_array_new ();
    if (*text) {
        const char *start = text;
        for (const char *p = text;; p++) {
            if (*p != '\n' && *p != '\0')
                continue;
            g_ptr_array_add (out, g_strndup (start, (gsize) (p - start)));
            if (*p == '\0')
                break;
            start = p + 1;
        }
    }
    g_ptr_array_add (out, NULL);
    return (char **) g_ptr_array_free (out, FALSE);
}
