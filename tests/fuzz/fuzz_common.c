/* fuzz_common.c - scratch files for the fuzz targets (see fuzz_common.h). */
#include "config.h"
#include "fuzz_common.h"

#include <stdio.h>
#include <stdlib.h>

static char *scratch;

static void
remove_scratch (void)
{
    char *argv[] = { (char *) "rm", (char *) "-rf", scratch, NULL };
    if (scratch)
        g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
    g_free (scratch);
    scratch = NULL;
}

const char *
fuzz_scratch_dir (void)
{
    if (!scratch) {
        scratch = g_dir_make_tmp ("redflag-fuzz-XXXXXX", NULL);
        if (!scratch)
            abort ();
        atexit (remove_scratch);
    }
    return scratch;
}

char *
fuzz_write_file (const char *name, const uint8_t *data, size_t size)
{
    char *path = g_build_filename (fuzz_scratch_dir (), name, NULL);
    char *dir = g_path_get_dirname (path);
    FILE *f;
    /* A plain write: g_file_set_contents may fsync, once per input. */
    if (g_mkdir_with_parents (dir, 0700) != 0 || !(f = fopen (path, "wb"))
        || (size && fwrite (data, 1, size, f) != size) || fclose (f) != 0) {
        fprintf (stderr, "fuzz: cannot write %s\n", path);
        abort ();
    }
    g_free (dir);
    return path;
}
