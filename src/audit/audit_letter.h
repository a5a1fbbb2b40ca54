/* audit_letter.h - the draft message to the client at the end of the
 * audit: a check-in (keep, watch), a proposal of new terms (renegotiate)
 * or a polite end of the engagement (exit), in the client's language.
 *
 * Facts in the letter are counts and durations from the database, chosen
 * by the client's top findings, and the very numbers of the findings (the
 * findings stage's measures); the client's own words are never quoted. */
#ifndef RF_AUDIT_LETTER_H
#define RF_AUDIT_LETTER_H

#include "audit/audit_data.h"

typedef enum {
    RF_LETTER_CHECKIN,
    RF_LETTER_RENEGOTIATE,
    RF_LETTER_EXIT,
} rf_letter_kind_t;

/* What a fact in the letter is about; a finding maps to one theme. */
typedef enum {
    RF_THEME_NONE,
    RF_THEME_RESPONSE,   /* the client answers late or not at all */
    RF_THEME_PAYMENT,    /* invoices paid late, or overdue */
    RF_THEME_SCOPE,      /* requests beyond the agreed work */
    RF_THEME_LOAD,       /* volume of exchanges against the budget */
    RF_THEME_TONE,       /* abusive or demanding messages (never quoted) */
    RF_THEME_UNETHICAL,  /* requests we cannot carry out */
    RF_THEME_VALUE,      /* disagreement on approach or price */
    RF_THEME_N
} rf_theme_t;

typedef struct {
    char *text;          /* a paragraph, or the lead-in of a list */
    GPtrArray *items;    /* list items (char*), or NULL */
} rf_letter_block_t;

typedef struct {
    rf_letter_kind_t kind;
    const char *lang;            /* en, fr, es */
    char *subject_label, *subject, *greeting, *closing, *signature;
    GPtrArray *blocks;           /* of rf_letter_block_t* */
    GArray *themes;              /* rf_theme_t of the facts given, in order */
} rf_letter_t;

rf_letter_t *rf_letter_compose (const rf_audit_t *a);
void rf_letter_free (rf_letter_t *l);

/* "checkin", "renegotiate", "exit". */
const char *rf_letter_kind_name (rf_letter_kind_t k);

/* The letter kind for a recommendation (NULL: no score yet: check-in). */
rf_letter_kind_t rf_letter_kind_for (const char *recommendation);

/* The theme of a finding's signal (RF_THEME_NONE for counter-signals,
 * dependence and other findings a letter does not state). */
rf_theme_t rf_letter_theme (const char *signal);

/* ---- texts (audit_letter_text.c), one set per language */

typedef struct {
    const char *lang;
    const char *subject_label, *greeting, *closing, *signature;
    const char *subject[3];                 /* by rf_letter_kind_t */
    const char *checkin[2], *checkin_contract;
    const char *reneg_open, *facts_intro, *reneg_propose, *proposal[RF_THEME_N];
    const char *reneg_start_contract, *reneg_start, *reneg_close;
    const char *exit_open, *exit_decision, *exit_decision_nofacts, *exit_contract;
    const char *exit_handover, *exit_goodwill, *exit_close;
    /* Facts. {name} placeholders are filled by audit_letter.c: {since},
     * {until}, {date}, {median}, {agreed}, {n}, {of}, {mean}, {max},
     * {amount}, {in}, {out}, {gift}. */
    const char *response, *response_agreed, *response_unanswered, *response_unanswered_one;
    const char *payment_late, *payment_late_one, *payment_overdue_one, *payment_overdue_many;
    const char *scope, *scope_one, *indecision, *indecision_one;
    const char *load, *tone, *tone_since, *tone_one, *unethical, *unethical_on;
    const char *value;
    /* Words for dates and durations. */
    const char *months[12];
    const char *date_fmt;                   /* "{d} {month} {y}" */
    const char *minute[2], *hour[2], *day[2];   /* singular, plural */
    char decimal, thousands[4];             /* number punctuation */
} rf_letter_text_t;

/* The texts of a language (en when unknown). */
const rf_letter_text_t *rf_letter_text (const char *lang);

#endif
