/*
 * run.h - carries out one parsed command: load rules, feed sources to the
 * engine, verify, filter, report. Returns the process exit code.
 */
#ifndef KH_RUN_H
#define KH_RUN_H

#include "cli.h"

enum kh_exit {
	KH_EXIT_CLEAN = 0,    /* nothing found */
	KH_EXIT_FINDINGS = 1, /* findings reported */
	KH_EXIT_ERROR = 2     /* the run could not go on */
};

enum kh_exit kh_run(const struct kh_cli *c);

#endif
