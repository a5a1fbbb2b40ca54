/* schema.h - the database schema, as an ordered list of migration steps.
 *
 * PRAGMA user_version holds the number of steps applied. Each area of the
 * program owns the SQL of its tables in its own schema_*.c file. Once a
 * release has shipped, steps are only ever appended, never edited. */
#ifndef RF_SCHEMA_H
#define RF_SCHEMA_H

extern const char rf_schema_core_sql[];      /* runs, meta, skipped files */
extern const char rf_schema_mail_sql[];      /* folders, files, messages, replies */
extern const char rf_schema_money_sql[];     /* invoices, payments */
extern const char rf_schema_markers_sql[];   /* tone and scope marker hits */
extern const char rf_schema_findings_sql[];  /* findings, scores, views */
extern const char rf_schema_mail_2_sql[];    /* files present per folder */
extern const char rf_schema_mail_3_sql[];    /* each client's language, from their mail */
extern const char rf_schema_mail_4_sql[];    /* counterparts, in a client or not */
extern const char rf_schema_mail_5_sql[];    /* content identity of skipped files */
extern const char rf_schema_markers_2_sql[]; /* hits found beyond those kept */
extern const char rf_schema_money_2_sql[];   /* more bank formats; payment date source; invoice payment reference */
extern const char rf_schema_mail_6_sql[];    /* reply.skew_seconds */
extern const char rf_schema_findings_2_sql[]; /* measures, dismissed evidence, history */
extern const char rf_schema_money_3_sql[];   /* documents attached to mail */
extern const char rf_schema_mail_7_sql[];    /* indexes for the analysis of what changed */
extern const char rf_schema_mail_8_sql[];    /* message_msgid_date, for pairing replies */

/* Not a step: the message indexes a first scan builds at its end. */
extern const char rf_schema_mail_bulk_indexes_sql[];

#endif
