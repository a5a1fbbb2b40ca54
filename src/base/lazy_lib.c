/* lazy_lib.c - see lazy_lib.h. */
#include "config.h"
#include "base/lazy_lib.h"

#include <gmodule.h>

char *
rf_lazy_lib_open (const char *env, const char *soname, const rf_lazy_symbol_t *symbols, gsize n,
                  const char *what, const char *package)
{
    const char *name = g_getenv (env);
    GModule *m = g_module_open (name && *name ? name : soname, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
    gboolean ok = m != NULL;
    char *why;
    for (gsize i = 0; ok && i < n; i++)
        ok = g_module_symbol (m, symbols[i].name, symbols[i].slot);
    if (ok) {
        g_module_make_resident (m);
        return NULL;
    }
    why = g_strdup_printf ("%s: %s (install the Debian package %s)", what, g_module_error (), package);
    for (gsize i = 0; i < n; i++)
        *symbols[i].slot = NULL;
    if (m)
        g_module_close (m);
    return why;
}
