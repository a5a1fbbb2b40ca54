/* cmd_patterns_eval.h - 'redflag patterns eval': the markers measured on labelled sentences. */
#ifndef RF_CMD_PATTERNS_EVAL_H
#define RF_CMD_PATTERNS_EVAL_H

/* argv[0] is "eval", then options and labelled files. Returns an
 * rf_exit_t: 0 when the table was printed, 2 on a usage error, 3 when a
 * pattern file or the configuration is invalid, 4 when a file cannot be
 * read, 1 when a line of one is malformed or the CSV cannot be written. */
int rf_cmd_patterns_eval (int argc, char **argv);

#endif
