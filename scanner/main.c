/*
 * keyhound - finds personal access keys and API keys in files, git history
 * and stdin. main() only parses, runs and maps the outcome to an exit code.
 */
#include <stdio.h>

#include "cli.h"
#include "run.h"

int main(int argc, char **argv)
{
	struct kh_cli cli;
	char err[512];
	int code;

	if (kh_cli_parse(&cli, argc, argv, err, sizeof(err)) < 0) {
		fprintf(stderr, "keyhound: %s\n", err);
		if (cli.usage_error) /* `keyhound` alone: usage on stderr, exit 2 */
			kh_cli_usage(stderr, KH_CMD_HELP);
		kh_cli_release(&cli);
		return KH_EXIT_ERROR;
	}
	switch (cli.cmd) {
	case KH_CMD_HELP:
		kh_cli_usage(stdout, cli.help_cmd);
		code = KH_EXIT_CLEAN;
		break;
	case KH_CMD_VERSION:
		printf("keyhound %s\n", KH_VERSION);
		code = KH_EXIT_CLEAN;
		break;
	default: code = kh_run(&cli); break;
	}
	if (fflush(stdout) || ferror(stdout)) {
		fprintf(stderr, "keyhound: error: cannot write to standard output\n");
		code = KH_EXIT_ERROR;
	}
	kh_cli_release(&cli);
	return code;
}
