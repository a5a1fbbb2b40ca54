/* text_analysis.c - language, shouting and markers for one parsed message. */
#include "config.h"
#include "text_analysis.h"

struct rf_text_analysis {
    int unused;
};

rf_text_analysis_t *
rf_text_analysis_new (const char *builtin_dir, const char *user_dir, GError **err)
{
    return g_new0 (rf_text_analysis_t, 1);
}

void
rf_text_analysis_free (rf_text_analysis_t *ta)
{
    g_free (ta);
}

void
rf_text_analysis_apply (const rf_text_analysis_t *ta, rf_mail_record_t *rec)
{
}

const char *
rf_text_analysis_digest (const rf_text_analysis_t *ta)
{
    return "";
}
