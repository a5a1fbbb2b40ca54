/* mailbox_walk.h - find the Maildirs and files to read under an input path. */
#ifndef RF_MAILBOX_WALK_H
#define RF_MAILBOX_WALK_H

#include <glib.h>

typedef enum {
    RF_INPUT_MAILDIR,   /* a directory with cur/ and new/ */
    RF_INPUT_FILE,      /* anything else: mbox, single message, XML, junk */
} rf_input_kind_t;

typedef struct {
    rf_input_kind_t kind;
    char *path;         /* as found under the input path */
    char *name;         /* display name: INBOX, Sent, Archive/2024, work/Sent, file name */
    gboolean is_sent;   /* a Sent folder (or an mbox named Sent...) */
} rf_input_t;

/* Append the inputs found under path to out (of rf_input_t*, free with
 * rf_input_free). Directories are not followed through symbolic links.
 * FALSE and err when path does not exist or cannot be read. */
gboolean rf_inputs_collect (const char *path, GPtrArray *out, GError **err);
void rf_input_free (gpointer input);

/* The identity of a Maildir file name: the part before ":2," or "!2,". (g_free) */
char *rf_maildir_key (const char *filename);

/* TRUE for a folder display name whose last component names a Sent folder. */
gboolean rf_folder_is_sent (const char *name);

/* TRUE for files mail software keeps beside mail (index, state, lock files),
 * which are neither mail nor worth a warning. */
gboolean rf_is_housekeeping_file (const char *basename);

#endif
