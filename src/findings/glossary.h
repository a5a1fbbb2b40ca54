/* glossary.h - the findings in words for pages meant for people (the audit,
 * the changes mail): each signal's plain name, the warning signs, trends,
 * and the shared formats of durations and amounts. CSV and the report's
 * --details keep the signal names; doc/findings.md lists both. */
#ifndef RF_GLOSSARY_H
#define RF_GLOSSARY_H

#include <glib.h>

/* "slow replies to our messages" for client_latency; the signal itself
 * for a name it does not know. Static. */
const char *rf_glossary_signal (const char *signal);

/* The warning sign a finding measures ("slow communication"). Static. */
const char *rf_glossary_sign (const char *sign);

/* "getting worse", "getting better", "about the same", "not enough data
 * to compare". Static. */
const char *rf_glossary_trend (const char *trend);

/* A duration as the findings write it: "35 min", "43.0 h", "7.2 days"
 * (g_free). */
char *rf_glossary_duration (gint64 seconds);

/* An amount in minor units, grouped: "1,800.00 EUR" (g_free). */
char *rf_glossary_money (gint64 minor, const char *currency);

#endif
