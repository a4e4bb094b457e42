/*
 * stream.h - the chunked read path: bytes that are not held whole (stdin
 * and a file past --max-file-size, the inflated content of gzip data or a
 * zip entry, a tar member) come through a kh_reader, and what is text is
 * scanned in overlapping chunks of at most --max-file-size, each through
 * kh_scan_text(): one matcher path for every source, memory bounded by
 * one chunk a level.
 */
#ifndef KH_STREAM_H
#define KH_STREAM_H

#include <stddef.h>

#include "matcher.h"
#include "pool.h"

#define KH_READER_HEAD 8192 /* bytes kh_reader_peek() shows: the probe */

/* A source of bytes read once, front to back. Concrete readers embed it
 * first and set `read`; the rest starts zeroed. */
struct kh_reader {
	/* Reads up to cap (> 0) bytes into buf. Returns how many; 0 at the
	 * end, and after an error, which the reader has said itself. */
	size_t (*read)(struct kh_reader *r, unsigned char *buf, size_t cap);
	unsigned long long total; /* bytes handed out by kh_reader_read() */
	size_t nhead, at;	  /* head[at..nhead): peeked, not yet read */
	int peeked;
	int broken; /* it ended early and said why: its readers need not */
	unsigned char head[KH_READER_HEAD];
};

/* The first KH_READER_HEAD bytes (fewer when the stream is shorter),
 * without consuming them: *len says how many. */
const unsigned char *kh_reader_peek(struct kh_reader *r, size_t *len);
/* Reads up to cap bytes: fewer only at the end. Returns how many. */
size_t kh_reader_read(struct kh_reader *r, unsigned char *buf, size_t cap);
/* Reads and drops up to n bytes. Returns how many were there. */
unsigned long long kh_reader_skip(struct kh_reader *r, unsigned long long n);

/* Reads a descriptor: pre[0..npre) first (borrowed: bytes already read
 * from it), then fd to its end. A read error is one warning naming name. */
struct kh_fd_reader {
	struct kh_reader r;
	int fd;
	const char *name;
	struct kh_diag *diag;
	const unsigned char *pre;
	size_t npre;
};
void kh_fd_reader_init(struct kh_fd_reader *f, int fd, const char *name,
		       struct kh_diag *diag, const unsigned char *pre, size_t npre);

/* Reads data[0..len) (borrowed). */
struct kh_mem_reader {
	struct kh_reader r;
	const unsigned char *data;
	size_t len;
};
void kh_mem_reader_init(struct kh_mem_reader *m, const unsigned char *data, size_t len);

/* Reads at most `left` bytes of `in`: one tar member of its archive. */
struct kh_part_reader {
	struct kh_reader r;
	struct kh_reader *in;
	unsigned long long left;
};
void kh_part_reader_init(struct kh_part_reader *p, struct kh_reader *in,
			 unsigned long long len);

/*
 * Scans what r yields as the source tmpl names (its data, len and line
 * selection are not used). All of it within --max-file-size is one source
 * handed to whole(arg, src), which may open it as an archive. A longer
 * stream is text or nothing, decided by its first chunk: it is scanned in
 * chunks of at most --max-file-size, each ending at a line end where one
 * is in its second half and starting with the end of the one before, so a
 * secret across the edge is seen whole and reported by one chunk alone;
 * line numbers count across chunks. Returns 0; 1 when the stream is longer
 * than a chunk and not text (nothing scanned: the caller says so); -1 when
 * out of memory.
 */
int kh_scan_chunks(struct kh_worker *w, const struct kh_source *tmpl, struct kh_reader *r,
		   int (*whole)(void *arg, const struct kh_source *src), void *arg);

#endif
