/*
 * keyhound - finds personal access keys and API keys in files, git history
 * and stdin. main() only parses, runs and maps the outcome to an exit code.
 */
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "cli.h"
#include "run.h"

#ifdef __SANITIZE_ADDRESS__
#include <link.h>

#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ 22 /* Linux 5.14; refused (and harmless) before */
#endif

/*
 * The ASan + UBSan build only (every e2e case starts it): at exit
 * LeakSanitizer reads every writable segment of every module for pointers,
 * 5.6 MB of them libasan's own zeroed state, mostly never touched. Read
 * page by page that was 1,200 page faults, 30 % of a tiny scan's 4,000, at
 * ~10 us each on a VM; one madvise a segment maps them beforehand. The
 * same memory is scanned: only the faults go.
 */
static int populate_segment(struct dl_phdr_info *mod, size_t size, void *unused)
{
	uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
	int i;

	(void)size, (void)unused;
	for (i = 0; i < mod->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &mod->dlpi_phdr[i];
		uintptr_t beg = (mod->dlpi_addr + ph->p_vaddr) & ~(page - 1);
		uintptr_t end = mod->dlpi_addr + ph->p_vaddr + ph->p_memsz;

		if (ph->p_type == PT_LOAD && (ph->p_flags & PF_W))
			madvise((void *)beg, end - beg, MADV_POPULATE_READ);
	}
	return 0;
}
#endif

#define HUGE_PAGE ((uintptr_t)2 << 20)
#define HOOK_HEAP (2 * HUGE_PAGE)

/*
 * `staged`, a pre-commit hook, touches ~200 fresh heap pages, and on a VM
 * each page's first touch can cost 15 us or more: a third of the hook's
 * time (doc/performance.md, "Wave 19: staged"). So before the first
 * malloc its heap is made to start one page below a 2 MiB boundary, with
 * HOOK_HEAP above it in the first sbrk, marked for transparent huge
 * pages: two faults instead of ~200 where the kernel has them, as before
 * where not. The other commands keep glibc's sizing: M_TOP_PAD ends its
 * moving mmap threshold, which the tree and history scans rely on.
 */
static void hook_heap(void)
{
	uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
	uintptr_t cur = (uintptr_t)sbrk(0);
	uintptr_t huge = (cur + page + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
	void *volatile first; /* kept: a malloc freed unused is optimised out */

	if (cur == (uintptr_t)-1 || sbrk((intptr_t)(huge - page - cur)) == (void *)-1)
		return;
	mallopt(M_TOP_PAD, (int)HOOK_HEAP);
	first = malloc(1); /* malloc's header: the page below the boundary */
	/* only if the heap starts there (a malloc that is not glibc's, or one
	 * already used, puts it elsewhere) */
	if ((uintptr_t)first + page > huge && (uintptr_t)first < huge)
		madvise((void *)huge, HOOK_HEAP, MADV_HUGEPAGE);
	free(first);
}

int main(int argc, char **argv)
{
	struct kh_cli cli;
	char err[512];
	int code;

#ifdef __SANITIZE_ADDRESS__
	dl_iterate_phdr(populate_segment, NULL);
#endif
	if (argc > 1 && !strcmp(argv[1], "staged"))
		hook_heap();
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
