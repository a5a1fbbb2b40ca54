/* cmd_patterns_train.h - 'redflag patterns train'. */
#ifndef RF_CMD_PATTERNS_TRAIN_H
#define RF_CMD_PATTERNS_TRAIN_H

/* argv[0] is "train". Returns an rf_exit_t. */
int rf_cmd_patterns_train (int argc, char **argv);

#endif
