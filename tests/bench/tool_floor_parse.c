/* tool_floor_parse.c - the parse floor of a mail scan: what GMime alone
 * costs, with none of redflag's own work.
 *
 *   tool_floor_parse [-j N] DIR...
 *
 * For every file of the Maildir trees: read it fully into memory, parse it
 * with GMime 3 from a memory stream, read From, To, Date, Message-ID,
 * Subject, In-Reply-To and References, find the first text part and decode
 * it with g_mime_text_part_get_text, then free everything. With -j N the
 * sorted file list is dealt round-robin to N forked worker processes (not
 * threads: GLib's allocator serialises threads of one process). One summary
 * line goes to stdout:
 *   files=F bytes=B messages=M failed=X text_parts=T text_bytes=C seconds=S
 * Built with the project for scripts/bench, never installed. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <gmime/gmime.h>

typedef struct {
    guint64 files;
    guint64 bytes;
    guint64 messages;
    guint64 failed;       /* unreadable, or GMime built no message */
    guint64 text_parts;
    guint64 text_bytes;
    guint64 header_bytes; /* sum of header value lengths, so nothing is dead code */
} totals_t;

/* Collect regular files below dir, skipping Maildir tmp/ directories and
 * hidden files such as .keep. */
static void
walk (const char *dir, GPtrArray *out)
{
    DIR *d = opendir (dir);
    struct dirent *e;

    if (!d) {
        fprintf (stderr, "floor-parse: %s: %s\n", dir, strerror (errno));
        return;
    }
    while ((e = readdir (d))) {
        char *path;
        struct stat st;

        if (strcmp (e->d_name, ".") == 0 || strcmp (e->d_name, "..") == 0)
            continue;
        path = g_build_filename (dir, e->d_name, NULL);
        if (lstat (path, &st) != 0) {
            g_free (path);
            continue;
        }
        if (S_ISDIR (st.st_mode) && strcmp (e->d_name, "tmp") != 0) {
            walk (path, out);
            g_free (path);
        } else if (S_ISREG (st.st_mode) && e->d_name[0] != '.') {
            g_ptr_array_add (out, path);
        } else {
            g_free (path);
        }
    }
    closedir (d);
}

static int
cmp_path (gconstpointer a, gconstpointer b)
{
    return strcmp (*(char *const *) a, *(char *const *) b);
}

/* The whole file in a new byte array, or NULL. */
static GByteArray *
read_whole (const char *path)
{
    int fd = open (path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    GByteArray *arr = NULL;
    guint len = 0;

    if (fd < 0)
        return NULL;
    if (fstat (fd, &st) != 0)
        goto done;
    arr = g_byte_array_sized_new ((guint) st.st_size + 1);
    g_byte_array_set_size (arr, (guint) st.st_size + 1);
    for (;;) {
        ssize_t n;

        /* The file may have grown since fstat: make room and go on. */
        if (len == arr->len)
            g_byte_array_set_size (arr, arr->len * 2);
        n = read (fd, arr->data + len, arr->len - len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            g_byte_array_free (arr, TRUE);
            arr = NULL;
            goto done;
        }
        if (n == 0)
            break;
        len += (guint) n;
    }
    g_byte_array_set_size (arr, len);
done:
    close (fd);
    return arr;
}

static guint64
addr_list_bytes (InternetAddressList *l)
{
    guint64 n = 0;

    if (!l)
        return 0;
    for (int i = 0; i < internet_address_list_length (l); i++) {
        InternetAddress *ia = internet_address_list_get_address (l, i);

        if (INTERNET_ADDRESS_IS_MAILBOX (ia)) {
            const char *a = internet_address_mailbox_get_addr (INTERNET_ADDRESS_MAILBOX (ia));

            n += a ? strlen (a) : 0;
        }
    }
    return n;
}

static guint64
header_len (GMimeObject *obj, const char *name)
{
    const char *v = g_mime_object_get_header (obj, name);

    return v ? strlen (v) : 0;
}

/* Everything a scanner must read from one message's headers. */
static guint64
read_headers (GMimeMessage *m, GMimeParserOptions *po)
{
    GMimeObject *obj = GMIME_OBJECT (m);
    GDateTime *date = g_mime_message_get_date (m);   /* transfer none */
    const char *refs_text = g_mime_object_get_header (obj, "References");
    const char *s;
    guint64 n = 0;

    n += addr_list_bytes (g_mime_message_get_from (m));
    n += addr_list_bytes (g_mime_message_get_to (m));
    n += date ? (guint64) (g_date_time_to_unix (date) & 0xff) : 0;
    if ((s = g_mime_message_get_message_id (m)))
        n += strlen (s);
    if ((s = g_mime_message_get_subject (m)))
        n += strlen (s);
    n += header_len (obj, "In-Reply-To");
    if (refs_text) {
        GMimeReferences *refs = g_mime_references_parse (po, refs_text);

        if (refs) {
            n += (guint64) g_mime_references_length (refs);
            g_mime_references_free (refs);
        }
    }
    return n;
}

/* Decode the first text part (any text subtype); returns its length, or -1 when none. */
static gssize
first_text (GMimeMessage *m)
{
    GMimePartIter *it = g_mime_part_iter_new (GMIME_OBJECT (m));
    gssize len = -1;

    for (; g_mime_part_iter_is_valid (it); g_mime_part_iter_next (it)) {
        GMimeObject *part = g_mime_part_iter_get_current (it);

        if (GMIME_IS_TEXT_PART (part)) {
            char *text = g_mime_text_part_get_text (GMIME_TEXT_PART (part));

            len = text ? (gssize) strlen (text) : 0;
            g_free (text);
            break;
        }
    }
    g_mime_part_iter_free (it);
    /* A message whose only part is text is not reached by the iterator. */
    if (len < 0) {
        GMimeObject *body = g_mime_message_get_mime_part (m);

        if (body && GMIME_IS_TEXT_PART (body)) {
            char *text = g_mime_text_part_get_text (GMIME_TEXT_PART (body));

            len = text ? (gssize) strlen (text) : 0;
            g_free (text);
        }
    }
    return len;
}

static void
parse_one (const char *path, GMimeParserOptions *po, totals_t *t)
{
    GByteArray *arr = read_whole (path);
    GMimeStream *st = NULL;
    GMimeParser *parser = NULL;
    GMimeMessage *m = NULL;
    gssize tlen;

    t->files++;
    if (!arr) {
        if (t->failed++ < 5)
            fprintf (stderr, "floor-parse: %s: %s\n", path, strerror (errno));
        return;
    }
    t->bytes += arr->len;
    st = g_mime_stream_mem_new_with_byte_array (arr);   /* owns arr */
    parser = g_mime_parser_new_with_stream (st);
    m = g_mime_parser_construct_message (parser, po);
    if (!m) {
        t->failed++;
        goto done;
    }
    t->messages++;
    t->header_bytes += read_headers (m, po);
    if ((tlen = first_text (m)) >= 0) {
        t->text_parts++;
        t->text_bytes += (guint64) tlen;
    }
done:
    if (m)
        g_object_unref (m);
    g_object_unref (parser);
    g_object_unref (st);
}

static void
run_share (GPtrArray *files, guint worker, guint nworkers, totals_t *t)
{
    GMimeParserOptions *po;

    g_mime_init ();
    po = g_mime_parser_options_new ();
    for (guint i = worker; i < files->len; i += nworkers)
        parse_one (g_ptr_array_index (files, i), po, t);
    g_mime_parser_options_free (po);
    g_mime_shutdown ();
}

static void
add_totals (totals_t *sum, const totals_t *t)
{
    sum->files += t->files;
    sum->bytes += t->bytes;
    sum->messages += t->messages;
    sum->failed += t->failed;
    sum->text_parts += t->text_parts;
    sum->text_bytes += t->text_bytes;
    sum->header_bytes += t->header_bytes;
}

/* Fork nworkers children (GMime is initialised in each child, after the
 * fork); each parses its share and writes its totals to a pipe. */
static gboolean
run_forked (GPtrArray *files, guint nworkers, totals_t *sum)
{
    int fds[2];
    gboolean ok = TRUE;

    if (pipe (fds) != 0) {
        perror ("floor-parse: pipe");
        return FALSE;
    }
    for (guint w = 0; w < nworkers; w++) {
        pid_t pid = fork ();

        if (pid < 0) {
            perror ("floor-parse: fork");
            ok = FALSE;
            break;
        }
        if (pid == 0) {
            totals_t t = { 0 };

            close (fds[0]);
            run_share (files, w, nworkers, &t);
            _exit (write (fds[1], &t, sizeof t) == (ssize_t) sizeof t ? 0 : 1);
        }
    }
    close (fds[1]);
    for (;;) {
        totals_t t;

        if (read (fds[0], &t, sizeof t) != (ssize_t) sizeof t)
            break;
        add_totals (sum, &t);
    }
    close (fds[0]);
    for (;;) {
        int status;

        if (wait (&status) < 0)
            break;
        if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
            ok = FALSE;
    }
    return ok;
}

int
main (int argc, char **argv)
{
    GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
    totals_t sum = { 0 };
    guint nworkers = 1;
    gint64 t0;
    int opt, status = EXIT_FAILURE;

    while ((opt = getopt (argc, argv, "j:")) != -1) {
        if (opt == 'j' && atoi (optarg) > 0) {
            nworkers = (guint) atoi (optarg);
        } else {
            fprintf (stderr, "usage: %s [-j N] MAILDIR...\n", argv[0]);
            goto done;
        }
    }
    if (optind >= argc) {
        fprintf (stderr, "usage: %s [-j N] MAILDIR...\n", argv[0]);
        goto done;
    }
    t0 = g_get_monotonic_time ();
    for (int i = optind; i < argc; i++)
        walk (argv[i], files);
    g_ptr_array_sort (files, cmp_path);
    if (nworkers == 1) {
        run_share (files, 0, 1, &sum);
    } else if (!run_forked (files, nworkers, &sum)) {
        goto done;
    }
    printf ("files=%" G_GUINT64_FORMAT " bytes=%" G_GUINT64_FORMAT
            " messages=%" G_GUINT64_FORMAT " failed=%" G_GUINT64_FORMAT
            " text_parts=%" G_GUINT64_FORMAT " text_bytes=%" G_GUINT64_FORMAT
            " seconds=%.3f\n",
            sum.files, sum.bytes, sum.messages, sum.failed, sum.text_parts,
            sum.text_bytes, (double) (g_get_monotonic_time () - t0) / 1e6);
    if (sum.failed)
        fprintf (stderr, "floor-parse: %" G_GUINT64_FORMAT
                 " files were unreadable or not mail\n", sum.failed);
    status = EXIT_SUCCESS;
done:
    g_ptr_array_free (files, TRUE);
    return status;
}
