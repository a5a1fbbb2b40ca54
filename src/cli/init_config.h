/* init_config.h - the text of a starting configuration, from what an
 * analysis without one stored ('redflag init'). */
#ifndef RF_INIT_CONFIG_H
#define RF_INIT_CONFIG_H

#include "base/rfconfig.h"
#include "store/store.h"

typedef struct {
    int clients;        /* [client:...] groups written */
    int ours;           /* our addresses found */
    int left_out;       /* counterparts whose domain or address is not usable as a key */
} rf_init_counts_t;

/* The configuration file's text (g_free): [redflag] with our addresses
 * (cfg's --me, else the senders of the Sent folders) and every other key
 * commented with its meaning; one [client:...] group per client the
 * analysis inferred, most messages first. paths and today go into the
 * header comment. NULL and err set on a database error. */
char *rf_init_config_text (rf_store_t *st, const rf_config_t *cfg, char **paths, const char *today,
                           rf_init_counts_t *counts, GError **err);

#endif
