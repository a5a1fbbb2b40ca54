/* analyze_p.h - state shared by the analysis steps (analyze*.c). */
#ifndef RF_ANALYZE_P_H
#define RF_ANALYZE_P_H

#include "base/rfconfig.h"
#include "store/store.h"

typedef struct {
    gint64 id;
    char *key;
    const rf_hours_t *hours;   /* borrowed from the configuration */
    gint64 lang_count[3];      /* their messages per language (analyze_attribute.c) */
} rf_an_client_t;

typedef struct {
    rf_store_t *st;
    const rf_config_t *cfg;
    gint64 as_of;
    GHashTable *ours;          /* inferred addresses of ours (set of char*) */
    gboolean infer_clients;    /* no [client:...] groups: clients by domain */
    GHashTable *clients;       /* key -> rf_an_client_t* */
    GHashTable *by_id;         /* gint64* id -> rf_an_client_t* (borrowed) */
} rf_analysis_t;

gboolean rf_an_is_ours (const rf_analysis_t *a, const char *addr);

/* The client key a counterpart address belongs to (g_free), or NULL. */
char *rf_an_client_key (const rf_analysis_t *a, const char *addr);

const rf_an_client_t *rf_an_client_by_id (const rf_analysis_t *a, gint64 id);

/* Run one step and, with --verbose, say how long it took. */
void rf_an_clock_start (void);
gboolean rf_an_timed (const char *step, gboolean ok);
#define TIMED(step, call) (rf_an_clock_start (), rf_an_timed (step, (call)))

/* Steps, in order. */
gboolean rf_an_identity (rf_analysis_t *a, GError **err);       /* analyze.c */
gboolean rf_an_clients (rf_analysis_t *a, GError **err);        /* analyze_clients.c */
gboolean rf_an_pair_headers (rf_analysis_t *a, GError **err);   /* analyze_threads.c */
gboolean rf_an_attribute (rf_analysis_t *a, GError **err);      /* analyze_attribute.c */
gboolean rf_an_pair_subjects (rf_analysis_t *a, GError **err);  /* analyze_threads.c */
gboolean rf_an_threads (rf_analysis_t *a, GError **err);        /* analyze_threads.c */
gboolean rf_an_latency (rf_analysis_t *a, GError **err);        /* analyze_latency.c */
gboolean rf_an_monthly (rf_analysis_t *a, GError **err);        /* analyze_monthly.c */

/* The later stages (money, markers, findings), each recomputed in turn. */
gboolean rf_analyze_stages (rf_store_t *st, const rf_config_t *cfg, gint64 as_of,
                            gint64 since, gint64 until, GError **err); /* analyze_stages.c */

#endif
