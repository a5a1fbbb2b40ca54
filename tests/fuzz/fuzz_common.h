/* fuzz_common.h - what every libFuzzer target of tests/fuzz/ shares: the
 * entry points, and a scratch directory for parsers that read files. */
#ifndef RF_FUZZ_COMMON_H
#define RF_FUZZ_COMMON_H

#include <glib.h>
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* A private directory for this process, removed at exit (borrowed). */
const char *fuzz_scratch_dir (void);

/* Write the input to NAME (may hold '/') under the scratch directory and
 * return its path (g_free). Aborts when the file cannot be written: that
 * is a broken machine, not a finding. */
char *fuzz_write_file (const char *name, const uint8_t *data, size_t size);

/* The reference time of every target: 2026-12-01 00:00 UTC, so that runs
 * are reproducible whatever the clock says. */
#define FUZZ_NOW ((gint64) 1796083200)

#endif
