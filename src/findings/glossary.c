/* glossary.c - see glossary.h. One entry per signal of findings_rules.c. */
#include "config.h"
#include "findings/glossary.h"
#include "findings/findings_p.h"

#include <string.h>

typedef struct {
    const char *name, *words;
} entry_t;

static const char *
look_up (const entry_t *t, gsize n, const char *name)
{
    for (gsize i = 0; name && i < n; i++)
        if (!strcmp (t[i].name, name))
            return t[i].words;
    return name ? name : "";
}

const char *
rf_glossary_signal (const char *signal)
{
    static const entry_t words[] = {
        { "effort_share", "more of our time than of our revenue" },
        { "cost_to_serve", "many messages for the revenue" },
        { "client_latency", "slow replies to our messages" },
        { "unanswered_by_client", "our messages left unanswered" },
        { "our_latency", "our own slow replies" },
        { "our_after_hours", "our mail to them after hours" },
        { "abuse", "abusive language" },
        { "demanding", "demands and pressure" },
        { "shouting", "shouting (capitals, \"!!\")" },
        { "negativity", "pessimism" },
        { "complaint", "complaints" },
        { "rejection", "rejected recommendations" },
        { "status_chasing", "chasing for status" },
        { "message_bursts", "bursts of messages in one day" },
        { "value_questioning", "questions about our value" },
        { "price_pushback", "pushback on price" },
        { "scope_change", "requests beyond the agreed work" },
        { "indecision", "changes of mind" },
        { "unbilled_scope", "extra work not billed" },
        { "unethical", "dubious or unethical requests" },
        { "late_payment", "late payment" },
        { "overdue", "invoices unpaid past their due date" },
        { "credit_notes", "credit notes" },
        { "dependency", "their share of our revenue" },
        { "contract_end", "contract renewal ahead" },
        { "trend", "several signs getting worse" },
        { "appreciation", "thanks and praise" },
        { "referral", "referrals" },
    };
    return look_up (words, G_N_ELEMENTS (words), signal);
}

const char *
rf_glossary_sign (const char *sign)
{
    static const entry_t words[] = {
        { "effort", "costs more time than it brings" },
        { "slow_communication", "slow or minimal communication" },
        { "overload", "we are overloaded answering them" },
        { "abuse", "disrespect and abuse" },
        { "negativity", "pessimism and complaints" },
        { "rejection", "shoots down recommendations" },
        { "micromanagement", "micromanagement" },
        { "value", "questions our value" },
        { "price", "price pushback" },
        { "scope_creep", "scope creep" },
        { "unethical", "unethical requests" },
        { "late_payment", "late or unreliable payment" },
        { "losing_money", "losing money on the client" },
        { "dependency", "dependence on the client" },
        { "renewal", "contract renewal" },
        { "counter_signal", "a good sign" },
        { "no_progress", "no progress" },
    };
    return look_up (words, G_N_ELEMENTS (words), sign);
}

const char *
rf_glossary_trend (const char *trend)
{
    static const entry_t words[] = {
        { "worsening", "getting worse" },
        { "improving", "getting better" },
        { "stable", "about the same" },
        { "unknown", "not enough data to compare" },
    };
    return look_up (words, G_N_ELEMENTS (words), trend ? trend : "unknown");
}

char *
rf_glossary_duration (gint64 seconds)
{
    return rf_findings_format_duration (seconds);
}

char *
rf_glossary_money (gint64 minor, const char *currency)
{
    return rf_findings_format_money (minor, currency);
}
