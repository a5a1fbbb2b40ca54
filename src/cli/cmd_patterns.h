/* cmd_patterns.h - 'redflag patterns test|explain'. */
#ifndef RF_CMD_PATTERNS_H
#define RF_CMD_PATTERNS_H

/* argv[0] is "patterns". Returns an rf_exit_t: 0 when every example
 * passes (test) or the text was explained (explain), 1 when an example
 * fails, 2 on a usage error, 3 when a pattern file is invalid. */
int rf_cmd_patterns (int argc, char **argv);

#endif
