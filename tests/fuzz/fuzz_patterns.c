/* fuzz_patterns.c - a marker pattern file (patterns/README.md): loaded as
 * a user's en/fuzz.pat over a one-pattern built-in set, its examples run,
 * and a fixed text scanned with it. */
#include "config.h"
#include "fuzz_common.h"
#include "markers/markers.h"

#include <stdlib.h>
#include <string.h>

static char *builtin, *user;

static const char base_pattern[] =
    "id: base\nregex: \\bplease\\b\nmatch: please answer\nnomatch: pleased\n";
static const char text[] =
    "Please answer today!! This is URGENT, once again nothing works. Thanks anyway, great work.";

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
    char *p = fuzz_write_file ("builtin/en/complaint.pat", (const uint8_t *) base_pattern,
                               strlen (base_pattern));
    g_free (p);
    builtin = g_build_filename (fuzz_scratch_dir (), "builtin", NULL);
    user = g_build_filename (fuzz_scratch_dir (), "user", NULL);
    return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
    char *path = fuzz_write_file ("user/en/fuzz.pat", data, size);
    GError *err = NULL;
    rf_markers_t *m = rf_markers_load (builtin, user, &err);
    if (m) {
        guint n = 0;
        GString *report = g_string_new (NULL);
        GPtrArray *hits = rf_markers_scan (m, text, strlen (text), "en");
        rf_markers_test_examples (m, report, &n);
        g_ptr_array_unref (hits);
        g_string_free (report, TRUE);
        rf_markers_free (m);
    } else if (!err || !err->message) {
        abort ();   /* a refusal always says why */
    }
    g_clear_error (&err);
    g_free (path);
    return 0;
}
