/* audit_letter.c - see audit_letter.h. The kind follows the
 * recommendation; the facts come from the client's top findings (at most
 * three themes, strongest first), stated with numbers from the window. */
#include "config.h"
#include "audit/audit_letter.h"
#include "audit/audit_fmt.h"
#include "base/util.h"

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FACTS 3

const char *
rf_letter_kind_name (rf_letter_kind_t k)
{
    return k == RF_LETTER_EXIT ? "exit" : k == RF_LETTER_RENEGOTIATE ? "renegotiate" : "checkin";
}

rf_letter_kind_t
rf_letter_kind_for (const char *rec)
{
    if (rec && !strcmp (rec, "exit"))
        return RF_LETTER_EXIT;
    if (rec && !strcmp (rec, "renegotiate"))
        return RF_LETTER_RENEGOTIATE;
    return RF_LETTER_CHECKIN;
}

/* The signals of doc/findings.md by name; a signal added later is matched
 * by the words in its name (first match wins, so "our_latency" is load and
 * "client_latency" response). */
rf_theme_t
rf_letter_theme (const char *signal)
{
    static const struct {
        const char *word;
        rf_theme_t theme;
    } exact[] = {
        { "effort_share", RF_THEME_LOAD }, { "cost_to_serve", RF_THEME_LOAD },
        { "client_latency", RF_THEME_RESPONSE }, { "unanswered_by_client", RF_THEME_RESPONSE },
        { "our_latency", RF_THEME_LOAD }, { "our_after_hours", RF_THEME_LOAD },
        { "abuse", RF_THEME_TONE }, { "demanding", RF_THEME_TONE }, { "shouting", RF_THEME_TONE },
        { "rejection", RF_THEME_VALUE }, { "status_chasing", RF_THEME_LOAD },
        { "message_bursts", RF_THEME_LOAD }, { "value_questioning", RF_THEME_VALUE },
        { "price_pushback", RF_THEME_VALUE }, { "scope_change", RF_THEME_SCOPE },
        { "indecision", RF_THEME_SCOPE }, { "unbilled_scope", RF_THEME_SCOPE },
        { "unethical", RF_THEME_UNETHICAL }, { "late_payment", RF_THEME_PAYMENT },
        { "overdue", RF_THEME_PAYMENT },
        /* Not stated in a letter: complaints (theirs to make), money we
         * credited, our dependence, dates, trends and the counter-signals. */
        { "negativity", RF_THEME_NONE }, { "complaint", RF_THEME_NONE }, { "credit_notes", RF_THEME_NONE }, { "dependency", RF_THEME_NONE },
        { "contract_end", RF_THEME_NONE }, { "trend", RF_THEME_NONE },
        { "appreciation", RF_THEME_NONE }, { "referral", RF_THEME_NONE },
    }, words[] = {
        { "unethical", RF_THEME_UNETHICAL }, { "abuse", RF_THEME_TONE }, { "shout", RF_THEME_TONE },
        { "scope", RF_THEME_SCOPE }, { "our_", RF_THEME_LOAD }, { "latency", RF_THEME_RESPONSE },
        { "unanswered", RF_THEME_RESPONSE }, { "pay", RF_THEME_PAYMENT }, { "overdue", RF_THEME_PAYMENT },
        { "price", RF_THEME_VALUE },
    };
    if (!signal)
        return RF_THEME_NONE;
    for (guint i = 0; i < G_N_ELEMENTS (exact); i++)
        if (!strcmp (signal, exact[i].word))
            return exact[i].theme;
    for (guint i = 0; i < G_N_ELEMENTS (words); i++)
        if (strstr (signal, words[i].word))
            return words[i].theme;
    return RF_THEME_NONE;
}

/* ---- words */

/* Replace {key} in tmpl by values given as key, value pairs, NULL-ended. */
static char *
fill (const char *tmpl, ...)
{
    GString *o = g_string_new (NULL);
    const char *p = tmpl;
    while (*p) {
        const char *close = p[0] == '{' ? strchr (p, '}') : NULL;
        gboolean done = FALSE;
        if (close) {
            va_list ap;
            const char *k, *v;
            va_start (ap, tmpl);
            while (!done && (k = va_arg (ap, const char *))) {
                v = va_arg (ap, const char *);
                if (strlen (k) == (size_t) (close - p - 1) && !strncmp (p + 1, k, close - p - 1)) {
                    g_string_append (o, v ? v : "");
                    done = TRUE;
                }
            }
            va_end (ap);
        }
        if (done) {
            p = close + 1;
        } else {
            g_string_append_c (o, *p);
            p++;
        }
    }
    return g_string_free (o, FALSE);
}

static char *
words_date (const rf_letter_text_t *t, const char *ymd)
{
    char d[8], y[8];
    int m;
    if (!ymd || strlen (ymd) < 10)
        return g_strdup (ymd ? ymd : "");
    m = atoi (ymd + 5);
    if (m < 1 || m > 12)
        return g_strdup (ymd);
    g_snprintf (y, sizeof y, "%.4s", ymd);
    g_snprintf (d, sizeof d, "%d", atoi (ymd + 8));
    if (!strcmp (t->lang, "fr") && !strcmp (d, "1"))
        strcpy (d, "1er");
    return fill (t->date_fmt, "d", d, "month", t->months[m - 1], "y", y, NULL);
}

static char *
count_of (gint64 n, const char *const unit[2])
{
    return g_strdup_printf ("%" G_GINT64_FORMAT " %s", n, unit[n == 1 ? 0 : 1]);
}

/* Rounded to the unit a reader expects: minutes, hours, then days. */
static char *
words_duration (const rf_letter_text_t *t, gint64 s)
{
    if (s < 90 * 60)
        return count_of (MAX ((s + 30) / 60, 1), t->minute);
    if (s < 48 * 3600)
        return count_of ((s + 1800) / 3600, t->hour);
    return count_of ((s + 43200) / 86400, t->day);
}

static char *
words_money (const rf_letter_text_t *t, gint64 minor, const char *currency)
{
    char *s = rf_audit_money (minor, currency);
    GString *o = g_string_new (NULL);
    for (const char *p = s; *p; p++) {
        if (*p == ',')
            g_string_append (o, t->thousands);
        else if (*p == '.')
            g_string_append_c (o, t->decimal);
        else
            g_string_append_c (o, *p);
    }
    g_free (s);
    return g_string_free (o, FALSE);
}

static char *
num (gint64 n)
{
    return g_strdup_printf ("%" G_GINT64_FORMAT, n);
}

/* ---- facts */

/* A message date as words, on the client's calendar. */
static char *
local_date (const rf_audit_t *a, const rf_letter_text_t *t, gint64 unix_time)
{
    char *ymd = rf_audit_unix_date (unix_time, a->tz, FALSE), *s = words_date (t, ymd);
    g_free (ymd);
    return s;
}

static void
join (GString *o, char *sentence)
{
    if (!sentence)
        return;
    if (o->len)
        g_string_append_c (o, ' ');
    g_string_append (o, sentence);
    g_free (sentence);
}

/* "{n} of {of}" sentences: n and of filled, the singular when n is 1. */
static char *
n_of (const char *many, const char *one, gint64 n, gint64 of)
{
    char *a = num (n), *b = num (of), *s = fill (n == 1 ? one : many, "n", a, "of", b, NULL);
    g_free (a);
    g_free (b);
    return s;
}

/* What the findings counted for a signal, when it has a count. */
static const rf_audit_tally_t *
counted (const rf_audit_t *a, const char *signal)
{
    const rf_audit_tally_t *t = rf_audit_tally (a, signal);
    return t && t->n > 0 ? t : NULL;
}

static void
response_fact (GString *o, const rf_audit_t *a, const rf_letter_text_t *t)
{
    const rf_audit_tally_t *u = counted (a, "unanswered_by_client");
    if (a->client_median >= 0 && (a->response_seconds <= 0 || a->client_median > a->response_seconds)) {
        char *m = words_duration (t, a->client_median), *g = NULL;
        if (a->response_seconds > 0)
            g = words_duration (t, a->response_seconds);
        join (o, fill (g ? t->response_agreed : t->response, "median", m, "agreed", g, NULL));
        g_free (m);
        g_free (g);
    }
    /* Only when measured: our messages that expected an answer. */
    if (u && isfinite (u->value))
        join (o, n_of (t->response_unanswered, t->response_unanswered_one, u->n, u->n_of));
}

static void
payment_fact (GString *o, const rf_audit_t *a, const rf_letter_text_t *t)
{
    const rf_audit_tally_t *late = counted (a, "late_payment"), *over = counted (a, "overdue");
    if (late) {
        char *n = num (late->n), *of = num (late->n_of);
        char *mean = count_of ((gint64) llround (late->value), t->day);
        char *max = count_of (a->max_days_late != G_MININT64 ? a->max_days_late : 0, t->day);
        join (o, fill (late->n == 1 ? t->payment_late_one : t->payment_late,
                       "n", n, "of", of, "mean", mean, "max", max, NULL));
        g_free (n);
        g_free (of);
        g_free (mean);
        g_free (max);
    }
    if (over && a->overdue_minor != G_MININT64) {
        char *n = num (over->n), *amount = words_money (t, a->overdue_minor, a->score_currency);
        join (o, fill (over->n == 1 ? t->payment_overdue_one : t->payment_overdue_many,
                       "n", n, "amount", amount, NULL));
        g_free (n);
        g_free (amount);
    }
}

static void
scope_fact (GString *o, const rf_audit_t *a, const rf_letter_text_t *t)
{
    const rf_audit_tally_t *s = counted (a, "scope_change"), *i = counted (a, "indecision");
    if (s)
        join (o, n_of (t->scope, t->scope_one, s->n, s->n_of));
    else if (i)
        join (o, n_of (t->indecision, t->indecision_one, i->n, i->n_of));
}

static char *
fact (const rf_audit_t *a, const rf_letter_text_t *t, rf_theme_t theme)
{
    GString *o = g_string_new (NULL);
    const rf_audit_tally_t *tone = counted (a, "abuse");
    switch (theme) {
    case RF_THEME_RESPONSE: response_fact (o, a, t); break;
    case RF_THEME_PAYMENT: payment_fact (o, a, t); break;
    case RF_THEME_SCOPE: scope_fact (o, a, t); break;
    case RF_THEME_LOAD:
        if (a->win_in + a->win_out > 0) {
            char *n = num (a->win_in + a->win_out), *in = num (a->win_in), *out = num (a->win_out);
            join (o, fill (t->load, "n", n, "in", in, "out", out, NULL));
            g_free (n);
            g_free (in);
            g_free (out);
        }
        break;
    case RF_THEME_TONE:
        if (tone && a->tone_first >= 0) {
            char *n = num (tone->n), *d = local_date (a, t, a->tone_first);
            join (o, fill (tone->n == 1 ? t->tone_one : t->tone_since, "n", n, "date", d, NULL));
            g_free (n);
            g_free (d);
        } else {
            join (o, g_strdup (t->tone));
        }
        break;
    case RF_THEME_UNETHICAL:
        if (a->unethical_last >= 0) {
            char *d = local_date (a, t, a->unethical_last);
            join (o, fill (t->unethical_on, "date", d, NULL));
            g_free (d);
        } else {
            join (o, g_strdup (t->unethical));
        }
        break;
    case RF_THEME_VALUE: join (o, g_strdup (t->value)); break;
    default: break;
    }
    if (o->len == 0) {
        g_string_free (o, TRUE);
        return NULL;
    }
    return g_string_free (o, FALSE);
}

/* ---- blocks */

static void
block_free (gpointer p)
{
    rf_letter_block_t *b = p;
    g_free (b->text);
    if (b->items)
        g_ptr_array_unref (b->items);
    g_free (b);
}

static rf_letter_block_t *
para (rf_letter_t *l, char *text)
{
    rf_letter_block_t *b = g_new0 (rf_letter_block_t, 1);
    b->text = text;
    g_ptr_array_add (l->blocks, b);
    return b;
}

/* A date in the future of the analysis, as words, or NULL. */
static char *
future_date (const rf_audit_t *a, const rf_letter_text_t *t, const char *ymd)
{
    if (!ymd || !*ymd || (a->as_of && strcmp (ymd, a->as_of) < 0))
        return NULL;
    return words_date (t, ymd);
}

static GPtrArray *
facts (const rf_audit_t *a, const rf_letter_text_t *t, GArray *themes)
{
    GPtrArray *items = g_ptr_array_new_with_free_func (g_free);
    gboolean used[RF_THEME_N] = { FALSE };
    for (guint i = 0; i < a->findings->len && items->len < MAX_FACTS; i++) {
        rf_audit_finding_t *f = a->findings->pdata[i];
        rf_theme_t th = rf_letter_theme (f->signal);
        char *s;
        /* Pressure (demands, capitals) without abusive words is a matter
         * of load, not of terms we cannot accept. */
        if (th == RF_THEME_TONE && !counted (a, "abuse"))
            th = RF_THEME_LOAD;
        if (f->points <= 0 || th == RF_THEME_NONE || used[th])
            continue;
        used[th] = TRUE;
        if ((s = fact (a, t, th))) {
            g_ptr_array_add (items, s);
            g_array_append_val (themes, th);
        }
    }
    return items;
}

static void
checkin (rf_letter_t *l, const rf_audit_t *a, const rf_letter_text_t *t)
{
    char *end = future_date (a, t, a->contract_end);
    para (l, g_strdup (t->checkin[0]));
    if (end)
        para (l, fill (t->checkin_contract, "date", end, NULL));
    para (l, g_strdup (t->checkin[1]));
    g_free (end);
}

static void
renegotiate (rf_letter_t *l, const rf_audit_t *a, const rf_letter_text_t *t, GPtrArray *items)
{
    char *since = words_date (t, a->since), *until = words_date (t, a->last_day);
    char *end = future_date (a, t, a->act_by && *a->act_by ? a->act_by : a->contract_end);
    rf_letter_block_t *b;
    para (l, g_strdup (t->reneg_open));
    if (items->len) {
        b = para (l, fill (t->facts_intro, "since", since, "until", until, NULL));
        b->items = g_ptr_array_ref (items);
    }
    b = para (l, g_strdup (t->reneg_propose));
    b->items = g_ptr_array_new_with_free_func (g_free);
    for (guint i = 0; i < l->themes->len; i++) {
        const char *p = t->proposal[g_array_index (l->themes, rf_theme_t, i)];
        if (p && g_array_index (l->themes, rf_theme_t, i) != RF_THEME_NONE)
            g_ptr_array_add (b->items, g_strdup (p));
    }
    g_ptr_array_add (b->items, g_strdup (t->proposal[RF_THEME_NONE]));
    para (l, end ? fill (t->reneg_start_contract, "date", end, NULL) : g_strdup (t->reneg_start));
    para (l, g_strdup (t->reneg_close));
    g_free (since);
    g_free (until);
    g_free (end);
}

static void
exit_letter (rf_letter_t *l, const rf_audit_t *a, const rf_letter_text_t *t, GPtrArray *items)
{
    char *since = words_date (t, a->since), *until = words_date (t, a->last_day);
    char *end = future_date (a, t, a->contract_end);
    para (l, g_strdup (t->exit_open));
    if (items->len) {
        rf_letter_block_t *b = para (l, fill (t->exit_decision, "since", since, "until", until, NULL));
        b->items = g_ptr_array_ref (items);
    } else {
        para (l, g_strdup (t->exit_decision_nofacts));
    }
    if (end)
        para (l, fill (t->exit_contract, "date", end, NULL));
    para (l, g_strdup (t->exit_handover));
    if (a->goodwill && *a->goodwill)
        para (l, fill (t->exit_goodwill, "gift", a->goodwill, NULL));
    para (l, g_strdup (t->exit_close));
    g_free (since);
    g_free (until);
    g_free (end);
}

rf_letter_t *
rf_letter_compose (const rf_audit_t *a)
{
    rf_letter_t *l = g_new0 (rf_letter_t, 1);
    const rf_letter_text_t *t;
    GPtrArray *items;
    l->lang = rf_audit_lang (a);
    t = rf_letter_text (l->lang);
    l->kind = rf_letter_kind_for (a->has_score ? a->recommendation : NULL);
    l->blocks = g_ptr_array_new_with_free_func (block_free);
    l->themes = g_array_new (FALSE, FALSE, sizeof (rf_theme_t));
    l->subject_label = g_strdup (t->subject_label);
    l->subject = g_strdup (t->subject[l->kind]);
    l->greeting = fill (t->greeting, "name", a->name, NULL);
    l->closing = g_strdup (t->closing);
    l->signature = g_strdup (t->signature);
    items = facts (a, t, l->themes);
    switch (l->kind) {
    case RF_LETTER_CHECKIN: checkin (l, a, t); break;
    case RF_LETTER_RENEGOTIATE: renegotiate (l, a, t, items); break;
    case RF_LETTER_EXIT: exit_letter (l, a, t, items); break;
    }
    if (l->kind == RF_LETTER_CHECKIN)
        g_array_set_size (l->themes, 0);   /* a check-in states no facts */
    g_ptr_array_unref (items);
    return l;
}

void
rf_letter_free (rf_letter_t *l)
{
    if (!l)
        return;
    g_free (l->subject_label);
    g_free (l->subject);
    g_free (l->greeting);
    g_free (l->closing);
    g_free (l->signature);
    g_ptr_array_unref (l->blocks);
    g_array_unref (l->themes);
    g_free (l);
}
