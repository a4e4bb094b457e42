/*
 * ring.h - a small io_uring of our own (raw system calls, no liburing).
 *
 * A tree scan opens, reads and closes each file: three system calls of
 * about 1 us each on a VM. Through a ring a batch of files takes two
 * (one io_uring_enter for the batch's opens, one for its reads); their
 * closes ride on the next batch's first. Setup may be refused (seccomp
 * in containers, /proc/sys/kernel/io_uring_disabled, an old kernel):
 * kh_ring_init() then fails and the caller reads files as before.
 */
#ifndef KH_RING_H
#define KH_RING_H

#include <linux/io_uring.h>
#include <stddef.h>
#include <stdint.h>

struct kh_ring {
	int fd;
	unsigned *sq_tail, *sq_mask, *sq_array, *cq_head, *cq_tail, *cq_mask;
	struct io_uring_sqe *sqes;
	struct io_uring_cqe *cqes;
	void *sq_map, *cq_map;
	size_t sq_len, cq_len, sqes_len;
	unsigned entries;
	unsigned tail;	  /* our next SQ tail (published by kh_ring_wait) */
	unsigned pending; /* queued, not yet taken by the kernel */
};

/* A ring of `entries` submissions that can open at a directory, read at
 * the file position and close. Returns 0, or -1 with errno (refused,
 * or an operation this kernel lacks: ENOSYS). */
int kh_ring_init(struct kh_ring *r, unsigned entries);
void kh_ring_free(struct kh_ring *r);

/* The next submission entry, zeroed; NULL when the ring is full. */
struct io_uring_sqe *kh_ring_sqe(struct kh_ring *r);

/* Submits what is queued and waits until `want` completions are ready,
 * or (timeout_ms > 0) about that long: -1 with ETIME, the rest still
 * running (to be cancelled). Returns 0, or -1 with errno. */
int kh_ring_wait(struct kh_ring *r, unsigned want, unsigned timeout_ms);

/* Takes the next completion: 1 and *data, *res; 0 when none is ready. */
int kh_ring_cqe(struct kh_ring *r, uint64_t *data, int32_t *res);

#endif
