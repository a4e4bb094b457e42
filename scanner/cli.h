/*
 * cli.h - the command line: subcommand plus options, parsed into a
 * kh_options. Parsing never exits; errors come back as one line.
 */
#ifndef KH_CLI_H
#define KH_CLI_H

#include <stdio.h>

#include "options.h"

enum kh_command {
	KH_CMD_SCAN,
	KH_CMD_GIT,
	KH_CMD_STAGED,
	KH_CMD_RULES,
	KH_CMD_VERIFY,
	KH_CMD_MERGE,
	KH_CMD_INSTALL_HOOK,
	KH_CMD_HELP,
	KH_CMD_VERSION
};

struct kh_cli {
	enum kh_command cmd;
	struct kh_options opt;
	int rules_check;	  /* `rules --check` */
	enum kh_command help_cmd; /* KH_CMD_HELP: whose options to show */
	int usage_error;	  /* no command: usage on stderr, exit 2 */
};

/* Returns 0, or -1 with a one-line usage error in err. */
int kh_cli_parse(struct kh_cli *c, int argc, char **argv, char *err, size_t errlen);
/* Frees the lists (the strings belong to argv). NULL-safe. */
void kh_cli_release(struct kh_cli *c);
/* Prints the usage of cmd (its options only), or of every command for
 * KH_CMD_HELP. */
void kh_cli_usage(FILE *f, enum kh_command cmd);

#endif
