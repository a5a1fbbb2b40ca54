/* fuzz_config.c - a configuration file (README, "Configuration"): loaded,
 * then asked the questions the scan and the analysis ask, business
 * hours included. */
#include "config.h"
#include "fuzz_common.h"
#include "base/rfconfig.h"
#include "mail/bizhours.h"

#include <stdlib.h>

static char *freemail;

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
    static const char list[] = "gmail.com\nyahoo.com\n";
    freemail = fuzz_write_file ("freemail.txt", (const uint8_t *) list, sizeof list - 1);
    return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
    static const char *const addrs[] = { "paul@acme.example", "boss@gmail.com", "anna@studio.example",
                                         "x@sub.acme.example", "", "@", "a@b@c" };
    char *path = fuzz_write_file ("redflag.conf", data, size);
    GError *err = NULL;
    rf_config_t *cfg = rf_config_load (path, freemail, &err);
    if (!cfg) {
        if (!err)
            abort ();   /* a refusal always says why */
        g_error_free (err);
        g_free (path);
        return 0;
    }
    rf_config_add_me (cfg, "me@studio.example");
    for (size_t i = 0; i < G_N_ELEMENTS (addrs); i++) {
        rf_client_t *c = rf_config_client_for_addr (cfg, addrs[i]);
        rf_config_is_me (cfg, addrs[i]);
        rf_config_threshold (cfg, c ? c->id : NULL, "late_payment_warning", 1.0);
    }
    rf_config_is_freemail (cfg, "gmail.com");
    for (guint i = 0; i <= cfg->clients->len; i++) {
        const rf_hours_t *h = i < cfg->clients->len ? &((rf_client_t *) cfg->clients->pdata[i])->hours
                                                     : &cfg->hours;
        char day[11], month[8];
        /* A month around the change to summer time in Europe and America. */
        if (rf_business_seconds (h, FUZZ_NOW - 86400 * 270, FUZZ_NOW - 86400 * 230) < 0)
            abort ();
        rf_is_working_time (h, FUZZ_NOW);
        rf_local_day (h, FUZZ_NOW, day, month);
    }
    rf_config_free (cfg);
    g_free (path);
    return 0;
}
