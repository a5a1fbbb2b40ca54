/* rfconfig_keys.c - the table of every configuration key: where it goes,
 * its type, its default and what it changes. doc/configuration.md shows
 * this table; edit both together (make check compares them). */
#include "config.h"
#include "base/rfconfig_keys.h"

#include <string.h>

#define MAIN RF_IN_MAIN
#define CLIENT RF_IN_CLIENT
#define BOTH_THRESHOLDS (RF_IN_CLIENT | RF_IN_THRESHOLDS)

const rf_config_key_t rf_config_keys[] = {
    /* ---- [redflag]: who we are and how we work. */
    { "me", MAIN, RF_KEY_ADDRESSES, 0, "the senders of the Sent folders",
      "anna@studio.example, billing@studio.example",
      "Our own addresses: mail from them is ours, mail to them is for us. "
      "With neither me nor my_domains, the senders of the Sent folders (and --me) are ours." },
    { "my_domains", MAIN, RF_KEY_DOMAINS, 0, "none", "studio.example",
      "Every address at these domains and their subdomains is ours." },
    { "working_hours", MAIN, RF_KEY_HOURS, 0, "09:00-18:00", "08:30-17:30",
      "Our working hours, local time: they decide what we sent after hours, and they are "
      "every client's hours unless its group says otherwise. 22:00-06:00 is a night shift, "
      "counted on the day it starts." },
    { "working_days", MAIN, RF_KEY_DAYS, 0, "Mon-Fri", "Mon-Thu, Sat",
      "The days our working hours apply; the default for every client." },
    { "timezone", MAIN, RF_KEY_ZONE, 0, "UTC", "Europe/Paris",
      "The time zone of our working hours and of local days and months; the default for every client." },
    { "holidays", MAIN, RF_KEY_DATES, 0, "none", "2026-12-25, 2027-01-01",
      "Days off for us and every client: no business hours, and mail on them is after hours." },
    { "grace_days", MAIN, RF_KEY_COUNT, 1, "7", "10",
      "A message left without an answer this many days is unanswered." },
    { "payment_terms_days", MAIN, RF_KEY_COUNT, 0, "30", "45",
      "Days from issue to due date for an invoice that gives no due date; the default for every client." },
    { "max_message_mb", MAIN, RF_KEY_COUNT, 1, "64", "16",
      "Messages larger than this many megabytes (mail files and mbox entries) are skipped unread, and listed as skipped." },
    { "window_days", MAIN, RF_KEY_COUNT, 1, "180", "365",
      "Findings and scores cover this many days up to the reference date (--as-of)." },
    { "patterns", MAIN, RF_KEY_FOLDER, 0, "none", "my-patterns",
      "A folder of our own marker patterns (LANG/CATEGORY.pat, patterns/README.md), relative "
      "to this file, for every scan and analysis; --patterns DIR overrides it." },
    { "invoices_from_mail", MAIN, RF_KEY_BOOL, 0, "true", "false",
      "Read the UBL or CII invoices (XML files, or Factur-X and ZUGFeRD PDFs) attached to the mail we "
      "sent as our invoices, linked to their message; attachments of client mail are listed, never counted." },

    /* ---- [client:KEY]: one client. */
    { "name", CLIENT, RF_KEY_TEXT, 0, "the KEY", "ACME Corp",
      "The name shown in the report, the audit and the exports." },
    { "domains", CLIENT, RF_KEY_DOMAINS, 0, "none", "acme.example, acme-group.example",
      "Mail from or to these domains and their subdomains is this client's." },
    { "addresses", CLIENT, RF_KEY_ADDRESSES, 0, "none", "boss@gmail.com",
      "Single addresses of this client (people writing from freemail); an address "
      "wins over a domain." },
    { "invoice_party", CLIENT, RF_KEY_TEXTS, 0, "none", "ACME Corp SAS, FR12345678901",
      "Names, VAT numbers, electronic addresses or e-mail addresses of the buyer on this "
      "client's invoices." },
    { "response_hours", CLIENT, RF_KEY_COUNT, 0, "0 (none agreed)", "24",
      "The agreed response time, in hours: the warning threshold of client_latency and "
      "our_latency, with critical at the same ratio as the defaults." },
    { "working_hours", CLIENT, RF_KEY_HOURS, 0, "as [redflag]", "08:00-17:00",
      "The client's working hours: they decide which of its mail is after hours, and the "
      "business hours every reply time with this client is counted in." },
    { "working_days", CLIENT, RF_KEY_DAYS, 0, "as [redflag]", "Mon-Fri",
      "The days the client's working hours apply." },
    { "timezone", CLIENT, RF_KEY_ZONE, 0, "as [redflag]", "America/New_York",
      "The client's time zone." },
    { "holidays", CLIENT, RF_KEY_DATES, 0, "none", "2026-11-26",
      "The client's own days off, added to those of [redflag]." },
    { "contract_end", CLIENT, RF_KEY_DATE, 0, "none", "2027-03-31",
      "The end of the contract: a contract_end finding within contract_end_warning days, "
      "and the date to act by." },
    { "payment_terms_days", CLIENT, RF_KEY_COUNT, 0, "as [redflag]", "45",
      "Days from issue to due date for this client's invoices that give no due date." },
    { "language", CLIENT, RF_KEY_LANGUAGE, 0, "the language of most of its mail", "fr",
      "The language of the draft message in the audit: en, fr or es." },
    { "goodwill", CLIENT, RF_KEY_TEXT, 0, "none", "one month of maintenance at no charge",
      "A gesture the audit's draft offers when it ends the engagement." },

    /* ---- Thresholds that are not SIGNAL_warning / SIGNAL_critical:
     * in [thresholds] for every client, in [client:KEY] for one. */
    { "dependency_low", BOTH_THRESHOLDS, RF_KEY_NUMBER, 0, "0.10", "0.05",
      "Below this share of revenue a client is marked \"letting go is cheap\"." },
    { "burst_messages_per_day", BOTH_THRESHOLDS, RF_KEY_NUMBER, 0, "5", "8",
      "A day with this many messages from a client or more counts for message_bursts." },
    { "trend_warning", BOTH_THRESHOLDS, RF_KEY_NUMBER, 0, "2", "3",
      "This many signals worse in the last 90 days than in the 90 before make a trend warning." },
    { "trend_critical", BOTH_THRESHOLDS, RF_KEY_NUMBER, 0, "4", "5",
      "This many make it critical." },
    { "score_exit", BOTH_THRESHOLDS, RF_KEY_NUMBER, 0, "60", "70",
      "The score from which exit is recommended (doc/findings.md, \"Score and recommendation\")." },
    { "score_renegotiate", BOTH_THRESHOLDS, RF_KEY_NUMBER, 0, "30", "40",
      "The score from which renegotiate is recommended." },
    { "score_watch", BOTH_THRESHOLDS, RF_KEY_NUMBER, 0, "10", "15",
      "The score from which watch is recommended." },
    { NULL, 0, 0, 0, NULL, NULL, NULL },
};

/* The same names, units and defaults as findings/findings_rules.c. */
const rf_config_signal_t rf_config_signals[] = {
    { "effort_share", "ratio", 2.0, 4.0, TRUE },
    { "cost_to_serve", "ratio", 2.0, 4.0, TRUE },
    { "client_latency", "hours", 48, 96, TRUE },
    { "unanswered_by_client", "share", 0.2, 0.4, TRUE },
    { "our_latency", "hours", 24, 72, TRUE },
    { "our_after_hours", "share", 0.2, 0.4, TRUE },
    { "abuse", "messages", 1, 3, TRUE },
    { "demanding", "per 100 messages", 10, 25, TRUE },
    { "shouting", "per 100 messages", 10, 25, TRUE },
    { "negativity", "per 100 messages", 10, 25, TRUE },
    { "complaint", "per 100 messages", 10, 25, TRUE },
    { "rejection", "per 100 messages", 10, 25, TRUE },
    { "status_chasing", "per 100 messages", 10, 25, TRUE },
    { "message_bursts", "days", 1, 3, TRUE },
    { "value_questioning", "per 100 messages", 10, 25, TRUE },
    { "price_pushback", "per 100 messages", 10, 25, TRUE },
    { "scope_change", "per 100 messages", 10, 25, TRUE },
    { "indecision", "per 100 messages", 10, 25, TRUE },
    { "unbilled_scope", "requests", 2, 4, TRUE },
    { "unethical", "messages", 1, 2, TRUE },
    { "late_payment", "days", 7, 30, TRUE },
    { "overdue", "days", 15, 60, TRUE },
    { "credit_notes", "share", 0.05, 0.15, TRUE },
    { "dependency", "share", 0.5, 0.5, FALSE },
    { "contract_end", "days", 90, 30, FALSE },
    { "appreciation", "messages", 1, 1, FALSE },
    { "referral", "messages", 1, 1, FALSE },
    { NULL, NULL, 0, 0, FALSE },
};

const char *
rf_config_type_name (rf_key_type_t type)
{
    switch (type) {
    case RF_KEY_TEXT: return "text";
    case RF_KEY_TEXTS: return "list of text";
    case RF_KEY_ADDRESSES: return "list of addresses";
    case RF_KEY_DOMAINS: return "list of domains";
    case RF_KEY_HOURS: return "HH:MM-HH:MM";
    case RF_KEY_DAYS: return "days";
    case RF_KEY_ZONE: return "time zone";
    case RF_KEY_DATE: return "YYYY-MM-DD";
    case RF_KEY_DATES: return "list of YYYY-MM-DD";
    case RF_KEY_COUNT: return "whole number";
    case RF_KEY_NUMBER: return "number";
    case RF_KEY_LANGUAGE: return "en, fr or es";
    case RF_KEY_FOLDER: return "folder";
    case RF_KEY_BOOL: return "true or false";
    }
    return "?";
}

/* A threshold key's entry: every SIGNAL_warning and SIGNAL_critical has
 * the same type, so one shared entry describes them. */
static const rf_config_key_t signal_level = {
    "SIGNAL_warning", BOTH_THRESHOLDS, RF_KEY_NUMBER, 0, "doc/findings.md", "14",
    "The value from which the signal is a warning, or critical."
};

static const rf_config_signal_t *
signal_of (const char *key)
{
    for (const rf_config_signal_t *s = rf_config_signals; s->signal; s++) {
        size_t n = strlen (s->signal);
        if (strncmp (key, s->signal, n) != 0)
            continue;
        if (!strcmp (key + n, "_warning") || (s->has_critical && !strcmp (key + n, "_critical")))
            return s;
    }
    return NULL;
}

const rf_config_key_t *
rf_config_key_find (const char *key, unsigned group, const rf_config_signal_t **signal_out)
{
    const rf_config_signal_t *s = NULL;
    const rf_config_key_t *found = NULL;
    for (const rf_config_key_t *k = rf_config_keys; k->key && !found; k++)
        if ((k->groups & group) && !strcmp (k->key, key))
            found = k;
    if (!found && (group & BOTH_THRESHOLDS) && (s = signal_of (key)))
        found = &signal_level;
    if (signal_out)
        *signal_out = s;
    return found;
}
