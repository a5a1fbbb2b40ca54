/* mail_analysis.h - the mail analysis (clients, replies, latency, monthly
 * counts) and the state its steps (mail_*.c) share. */
#ifndef RF_MAIL_ANALYSIS_H
#define RF_MAIL_ANALYSIS_H

#include "base/rfconfig.h"
#include "store/store.h"

typedef struct {
    gint64 id;
    char *key;
    const rf_hours_t *hours;   /* borrowed from the configuration */
    gint64 lang_count[3];      /* their messages per language (mail_attribute.c) */
} rf_mail_client_t;

typedef struct {
    rf_store_t *st;
    const rf_config_t *cfg;
    gint64 as_of;
    GHashTable *ours;          /* inferred addresses of ours (set of char*) */
    gboolean infer_clients;    /* no [client:...] groups: clients by domain */
    GHashTable *clients;       /* key -> rf_mail_client_t* */
    GHashTable *by_id;         /* gint64* id -> rf_mail_client_t* (borrowed) */
    /* Only what changed (mail_scope.c): the steps work on the messages of
     * temp.an_scope; the client-months to count again are in temp.an_cm,
     * the scope's rows before and after in temp.an_was and temp.an_now. */
    gboolean scoped;
    gint64 after_id;           /* messages above it are new */
    gboolean aged;             /* the reference time moved on: pending answers may age */
} rf_mail_analysis_t;

/* What changed since the last analysis, for rf_mail_analyze_changes. */
typedef struct {
    gint64 after_id;           /* the largest message id the last analysis saw */
    gboolean aged;             /* the reference time is later than the last analysis's */
} rf_mail_change_t;

gboolean rf_mail_is_ours (const rf_mail_analysis_t *a, const char *addr);

/* The client key a counterpart address belongs to (g_free), or NULL. */
char *rf_mail_client_key (const rf_mail_analysis_t *a, const char *addr);

const rf_mail_client_t *rf_mail_client_by_id (const rf_mail_analysis_t *a, gint64 id);

/* Run every step below, in order, inside the caller's transaction. */
gboolean rf_mail_analyze (rf_store_t *st, const rf_config_t *cfg, gint64 as_of, GError **err);

/* The same for what changed only: the new messages and what they touch.
 * When who is us or the set of clients changed, everything is worked out
 * again and *whole says so (then temp.an_cm is not filled). */
gboolean rf_mail_analyze_changes (rf_store_t *st, const rf_config_t *cfg, gint64 as_of,
                                  const rf_mail_change_t *change, gboolean *whole, GError **err);

/* The scope of an analysis of what changed (mail_scope.c): temp.an_scope
 * filled and closed, and the stored rows' clients and months noted. */
gboolean rf_mail_scope_build (rf_mail_analysis_t *a, GError **err);
/* Keep the scope's rows as they are now: before the analysis in
 * temp.an_was, after it in temp.an_now (message_id, direction,
 * conversation, client_id, month), and their client-months in temp.an_cm. */
gboolean rf_mail_scope_note (rf_mail_analysis_t *a, gboolean after, GError **err);

/* Steps, in order. */
gboolean rf_mail_identity (rf_mail_analysis_t *a, GError **err);       /* mail_analysis.c */
gboolean rf_mail_clients (rf_mail_analysis_t *a, GError **err);        /* mail_clients.c */
gboolean rf_mail_pair_headers (rf_mail_analysis_t *a, GError **err);   /* mail_threads.c */
gboolean rf_mail_attribute (rf_mail_analysis_t *a, GError **err);      /* mail_attribute.c */
gboolean rf_mail_counterparts (rf_mail_analysis_t *a, GError **err);   /* mail_counterparts.c */
gboolean rf_mail_pair_subjects (rf_mail_analysis_t *a, GError **err);  /* mail_threads.c */
gboolean rf_mail_threads (rf_mail_analysis_t *a, GError **err);        /* mail_threads.c */
gboolean rf_mail_latency (rf_mail_analysis_t *a, GError **err);        /* mail_latency.c */
gboolean rf_mail_monthly (rf_mail_analysis_t *a, GError **err);        /* mail_monthly.c */

#endif
