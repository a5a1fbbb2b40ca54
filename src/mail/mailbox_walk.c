/* mailbox_walk.c - discover Maildirs (with Maildir++ subfolders) and files. */
#include "config.h"
#include "mail/mailbox_walk.h"
#include "base/util.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_DEPTH 32

void
rf_input_free (gpointer p)
{
    rf_input_t *in = p;
    if (!in)
        return;
    g_free (in->path);
    g_free (in->name);
    g_free (in);
}

char *
rf_maildir_key (const char *filename)
{
    const char *sep = strstr (filename, ":2,");
    if (!sep)
        sep = strstr (filename, "!2,");
    return sep ? g_strndup (filename, (gsize) (sep - filename)) : g_strdup (filename);
}

gboolean
rf_folder_is_sent (const char *name)
{
    static const char *const sent[] = { "sent", "sent items", "sent messages", "sent mail",
                                        "envoyés", "éléments envoyés", "messages envoyés",
                                        "enviados", "elementos enviados" };
    const char *last = strrchr (name, '/');
    char *low = g_utf8_strdown (last ? last + 1 : name, -1);
    gboolean hit = FALSE;
    for (size_t i = 0; i < G_N_ELEMENTS (sent) && !hit; i++)
        hit = strcmp (low, sent[i]) == 0;
    g_free (low);
    return hit;
}

gboolean
rf_is_housekeeping_file (const char *b)
{
    static const char *const prefixes[] = { "dovecot", ".uidvalidity", "maildirfolder", "subscriptions",
                                            "courierimap", ".mbsyncstate", ".isyncuidmap", ".DS_Store",
                                            "Thumbs.db", ".keep", ".gitkeep", "redflag.db" };
    for (size_t i = 0; i < G_N_ELEMENTS (prefixes); i++)
        if (g_str_has_prefix (b, prefixes[i]))
            return TRUE;
    return g_str_has_suffix (b, ".lock") || g_str_has_suffix (b, ".conf") || b[0] == '.';
}

static gboolean
is_dir (const char *path)
{
    struct stat sb;
    return lstat (path, &sb) == 0 && S_ISDIR (sb.st_mode);
}

static gboolean
is_maildir (const char *path)
{
    char *cur = g_build_filename (path, "cur", NULL), *new = g_build_filename (path, "new", NULL);
    gboolean yes = is_dir (cur) || is_dir (new);
    g_free (cur);
    g_free (new);
    return yes;
}

static void
add (GPtrArray *out, rf_input_kind_t kind, const char *path, const char *name)
{
    rf_input_t *in = g_new0 (rf_input_t, 1);
    in->kind = kind;
    in->path = g_strdup (path);
    in->name = g_strdup (name);
    in->is_sent = rf_folder_is_sent (name) || (kind == RF_INPUT_FILE
                                               && g_str_has_prefix (name, "Sent"));
    g_ptr_array_add (out, in);
}

/* Sorted entries of a directory, so runs and outputs are reproducible. */
static GPtrArray *
sorted_entries (const char *path)
{
    GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
    GDir *d = g_dir_open (path, 0, NULL);
    const char *e;
    while (d && (e = g_dir_read_name (d)))
        g_ptr_array_add (names, g_strdup (e));
    if (d)
        g_dir_close (d);
    g_ptr_array_sort (names, rf_compare_string_ptrs);
    return names;
}

static char *
join_name (const char *prefix, const char *name)
{
    return *prefix ? g_strconcat (prefix, "/", name, NULL) : g_strdup (name);
}

static void walk_dir (const char *path, const char *prefix, GPtrArray *out, int depth);

/* A Maildir and its Maildir++ subfolders (".Sent", ".Archive.2024"). */
static void
walk_maildir (const char *path, const char *name, GPtrArray *out, int depth)
{
    GPtrArray *entries = sorted_entries (path);
    add (out, RF_INPUT_MAILDIR, path, name);
    for (guint i = 0; i < entries->len; i++) {
        const char *e = entries->pdata[i];
        char *sub = g_build_filename (path, e, NULL);
        if (!strcmp (e, "cur") || !strcmp (e, "new") || !strcmp (e, "tmp") || !is_dir (sub)) {
            g_free (sub);
            continue;
        }
        if (e[0] == '.' && e[1] && strcmp (e, "..") && is_maildir (sub)) {
            char *plus = g_strdup (e + 1), *sub_name;
            g_strdelimit (plus, ".", '/');
            sub_name = !strcmp (name, "INBOX") ? g_strdup (plus) : join_name (name, plus);
            add (out, RF_INPUT_MAILDIR, sub, sub_name);
            g_free (sub_name);
            g_free (plus);
        } else if (e[0] != '.' && depth < MAX_DEPTH) {
            /* Some tools nest Maildirs as plain subdirectories. */
            char *prefix = !strcmp (name, "INBOX") ? g_strdup ("") : g_strdup (name);
            walk_dir (sub, prefix, out, depth + 1);
            g_free (prefix);
        }
        g_free (sub);
    }
    g_ptr_array_unref (entries);
}

static void
walk_dir (const char *path, const char *prefix, GPtrArray *out, int depth)
{
    GPtrArray *entries = sorted_entries (path);
    for (guint i = 0; i < entries->len; i++) {
        const char *e = entries->pdata[i];
        char *sub = g_build_filename (path, e, NULL), *name = join_name (prefix, e);
        if (is_dir (sub)) {
            if (is_maildir (sub))
                walk_maildir (sub, name, out, depth + 1);
            else if (e[0] != '.' && depth < MAX_DEPTH)
                walk_dir (sub, name, out, depth + 1);
        } else if (g_file_test (sub, G_FILE_TEST_IS_DIR)) {
            /* A link to a directory: not followed (it could loop). */
            g_printerr ("redflag: warning: %s: a link to a directory; not followed\n", sub);
        } else if (!rf_is_housekeeping_file (e)) {
            add (out, RF_INPUT_FILE, sub, name);
        }
        g_free (name);
        g_free (sub);
    }
    g_ptr_array_unref (entries);
}

gboolean
rf_inputs_collect (const char *path, GPtrArray *out, GError **err)
{
    struct stat sb;
    if (stat (path, &sb) != 0) {
        g_set_error (err, G_FILE_ERROR, g_file_error_from_errno (errno), "%s: %s", path,
                     g_strerror (errno));
        return FALSE;
    }
    if (S_ISDIR (sb.st_mode)) {
        if (is_maildir (path))
            walk_maildir (path, "INBOX", out, 0);
        else
            walk_dir (path, "", out, 0);
    } else {
        char *base = g_path_get_basename (path);
        add (out, RF_INPUT_FILE, path, base);
        g_free (base);
    }
    return TRUE;
}
