/* rfconfig_keys.h - every group and key the configuration file accepts,
 * with its type, default and meaning, and the check of a loaded file
 * against them. One table drives the validation, the reference in
 * doc/configuration.md (tests/base/check_config_doc.c keeps the two equal)
 * and the comments 'redflag init' writes. */
#ifndef RF_RFCONFIG_KEYS_H
#define RF_RFCONFIG_KEYS_H

#include <glib.h>

/* The groups a key may appear in (a mask). */
enum {
    RF_IN_MAIN = 1,         /* [redflag] */
    RF_IN_CLIENT = 2,       /* [client:KEY] */
    RF_IN_THRESHOLDS = 4,   /* [thresholds] */
};

/* The shape a value must have. */
typedef enum {
    RF_KEY_TEXT,        /* anything, one line */
    RF_KEY_TEXTS,       /* a comma-separated list of anything */
    RF_KEY_ADDRESSES,   /* a list of e-mail addresses */
    RF_KEY_DOMAINS,     /* a list of mail domains */
    RF_KEY_HOURS,       /* HH:MM-HH:MM */
    RF_KEY_DAYS,        /* Mon-Fri, Mon,Wed,Fri */
    RF_KEY_ZONE,        /* an IANA time zone name */
    RF_KEY_DATE,        /* YYYY-MM-DD */
    RF_KEY_DATES,       /* a list of YYYY-MM-DD */
    RF_KEY_COUNT,       /* a whole number, at least min */
    RF_KEY_NUMBER,      /* a number of 0 or more */
    RF_KEY_LANGUAGE,    /* en, fr or es */
    RF_KEY_FOLDER,      /* a folder, relative to the configuration file */
    RF_KEY_BOOL,        /* true or false */
} rf_key_type_t;

typedef struct {
    const char *key;
    unsigned groups;        /* RF_IN_* mask */
    rf_key_type_t type;
    int min;                /* RF_KEY_COUNT only */
    const char *def;        /* the default, in words */
    const char *example;    /* a value as it would be written */
    const char *meaning;    /* what it changes, one sentence or two */
} rf_config_key_t;

/* Every key but the per-signal thresholds; ends with a NULL key. */
extern const rf_config_key_t rf_config_keys[];

/* A signal whose thresholds are keys SIGNAL_warning and SIGNAL_critical
 * (doc/findings.md). The findings rule table must list the same names and
 * defaults (tests/findings/check_threshold_keys.c). Signals that are only
 * information have no critical level: SIGNAL_critical is then refused. */
typedef struct {
    const char *signal;
    const char *unit;
    double warning;
    double critical;
    gboolean has_critical;
} rf_config_signal_t;

/* Ends with a NULL signal. */
extern const rf_config_signal_t rf_config_signals[];

/* The name of a type, as the reference writes it ("list of addresses"). */
const char *rf_config_type_name (rf_key_type_t type);

/* The entry of key in a group kind (one RF_IN_* bit), or NULL. Threshold
 * keys SIGNAL_warning and SIGNAL_critical are looked up in the signal
 * table; *signal_out (may be NULL) then points to the signal. */
const rf_config_key_t *rf_config_key_find (const char *key, unsigned group,
                                           const rf_config_signal_t **signal_out);

/* NULL when value has the shape type asks for, else why not (g_free). */
char *rf_config_value_problem (rf_key_type_t type, int min, const char *value);

/* The edit distance between two strings (insertions, deletions,
 * substitutions, each 1). */
guint rf_edit_distance (const char *a, const char *b);

/* Check a configuration file's groups, keys and values against the
 * tables. text is the file's content (for line numbers and keys given
 * twice), kf the same content loaded. Every problem found is one line of
 * err's message ("FILE:LINE: [group] key: what is wrong"). */
gboolean rf_config_check (GKeyFile *kf, const char *path, const char *text, GError **err);

#endif
