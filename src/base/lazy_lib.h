/* lazy_lib.h - a library opened when first needed, not linked: its
 * libraries would cost every run their loading time, and few runs use it. */
#ifndef RF_LAZY_LIB_H
#define RF_LAZY_LIB_H

#include <glib.h>

/* A function to look up, and where its address goes. */
typedef struct {
    const char *name;
    gpointer *slot;
} rf_lazy_symbol_t;

/* Open the library that the environment variable ENV names (one installed
 * elsewhere) or else SONAME, and fill the n slots; the library then stays
 * for the life of the process, as a linked one would. NULL when done;
 * otherwise every slot is NULL and the message says why and which Debian
 * PACKAGE to install, after WHAT ("cannot write .xlsx files: ..."). */
char *rf_lazy_lib_open (const char *env, const char *soname, const rf_lazy_symbol_t *symbols, gsize n,
                        const char *what, const char *package);

#endif
