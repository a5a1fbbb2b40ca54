/* rfconfig.h - the configuration key file: who we are, who the clients are.
 *
 * The format is documented in the README ("Configuration"). A missing file
 * is not an error: clients are then inferred from the mail itself. */
#ifndef RF_RFCONFIG_H
#define RF_RFCONFIG_H

#include <glib.h>

/* The largest whole number a key takes: hours * 3600 and days * 86400
 * stay far from overflowing. */
#define RF_CONFIG_INT_MAX 1000000

/* Working hours in a time zone: one daily interval on a set of weekdays. */
typedef struct {
    int start_min;      /* minutes after local midnight, inclusive */
    int end_min;        /* minutes after local midnight, exclusive */
    guint8 days_mask;   /* bit 0 = Monday ... bit 6 = Sunday */
    GTimeZone *tz;      /* owned */
    char *tz_name;      /* owned */
    GArray *holidays;   /* of gint32 local day numbers (g_date_get_julian), owned */
} rf_hours_t;

typedef struct {
    char *id;                 /* the part after "client:" in the group name */
    char *name;               /* display name; defaults to id */
    char **domains;           /* lower-case, NULL-terminated */
    char **addresses;         /* lower-case, NULL-terminated */
    char **invoice_party;     /* buyer names/ids/emails that identify invoices */
    gint64 response_seconds;  /* agreed response time, 0 when none */
    rf_hours_t hours;
    gint64 contract_end;      /* unix time of 00:00 UTC, or -1 */
    int payment_terms_days;   /* default due date offset for invoices */
    char *language;           /* en/fr/es or NULL (detected from mail) */
    char *goodwill;           /* optional goodwill gesture for the exit draft */
} rf_client_t;

typedef struct {
    char *path;               /* NULL when running without a file */
    char *digest;             /* SHA-256 of the file content, "" without one */
    char **me;                /* our addresses, lower-case */
    char **my_domains;        /* our domains, lower-case */
    rf_hours_t hours;         /* our working hours (default for clients too) */
    int grace_days;           /* unanswered after this many days (default 7) */
    int payment_terms_days;   /* default 30 */
    gint64 max_message_bytes; /* larger files are skipped (default 64 MiB) */
    char *patterns_dir;       /* our own marker patterns (absolute), or NULL */
    gboolean invoices_from_mail; /* read invoices attached to our sent mail (default TRUE) */
    GPtrArray *clients;       /* of rf_client_t*, in file order */
    GHashTable *freemail;     /* set of freemail domains */
    GKeyFile *kf;             /* for threshold look-ups; may be empty */
    GHashTable *by_addr;      /* address -> rf_client_t* (borrowed) */
    GHashTable *by_domain;    /* domain -> rf_client_t* (borrowed) */
} rf_config_t;

/* Load the configuration. path may be NULL (no file: defaults only).
 * freemail_file is the list of freemail domains (one per line, '#' comments).
 * Returns NULL and sets err on a syntax or value error, naming the key. */
rf_config_t *rf_config_load (const char *path, const char *freemail_file, GError **err);
void rf_config_free (rf_config_t *cfg);

/* Add one of our addresses (from --me or inferred from Sent folders). */
void rf_config_add_me (rf_config_t *cfg, const char *addr);

/* TRUE when addr (normalized) is ours: listed in me, or in my_domains. */
gboolean rf_config_is_me (const rf_config_t *cfg, const char *addr);

/* The configured client an address belongs to: exact address first, then
 * its domain or any parent domain. NULL when none. Borrowed. */
rf_client_t *rf_config_client_for_addr (const rf_config_t *cfg, const char *addr);

/* TRUE when the domain is a freemail provider (so clients are per address). */
gboolean rf_config_is_freemail (const rf_config_t *cfg, const char *domain);

/* A numeric threshold: [client:ID] key, else [thresholds] key, else def. */
double rf_config_threshold (const rf_config_t *cfg, const char *client_id,
                            const char *key, double def);

/* Parse "09:00-18:00" and "Mon-Fri" / "Mon,Wed,Fri" into hours. */
gboolean rf_hours_parse_interval (const char *s, int *start_min, int *end_min);
gboolean rf_hours_parse_days (const char *s, guint8 *mask);

#endif
