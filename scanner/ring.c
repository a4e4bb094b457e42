#include "ring.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static int ring_setup(unsigned entries, struct io_uring_params *p)
{
	return (int)syscall(__NR_io_uring_setup, entries, p);
}

static long ring_enter(int fd, unsigned submit, unsigned wait, unsigned flags, void *arg,
		       size_t argsz)
{
	return syscall(__NR_io_uring_enter, fd, submit, wait, flags, arg, argsz);
}

/* Whether this kernel does every operation the scan submits (5.6+). */
static int ring_ops_supported(int fd)
{
	static const unsigned char ops[] = { IORING_OP_OPENAT, IORING_OP_READ,
					     IORING_OP_CLOSE, IORING_OP_ASYNC_CANCEL };
	size_t len =
		sizeof(struct io_uring_probe) + 256 * sizeof(struct io_uring_probe_op);
	struct io_uring_probe *pr = calloc(1, len);
	size_t i;
	int ok = 0;

	if (pr &&
	    syscall(__NR_io_uring_register, fd, IORING_REGISTER_PROBE, pr, 256) >= 0) {
		ok = 1;
		for (i = 0; i < sizeof(ops); i++)
			if (ops[i] > pr->last_op ||
			    !(pr->ops[ops[i]].flags & IO_URING_OP_SUPPORTED))
				ok = 0;
	}
	free(pr);
	return ok;
}

int kh_ring_init(struct kh_ring *r, unsigned entries)
{
	struct io_uring_params p;
	char *sq, *cq;

	memset(r, 0, sizeof(*r));
	memset(&p, 0, sizeof(p));
	r->fd = ring_setup(entries, &p);
	if (r->fd < 0)
		return -1;
	/* a read at the file's position (off -1) goes on where the next
	 * read() of a longer file starts; a wait can time out (EXT_ARG) */
	if (!(p.features & IORING_FEAT_RW_CUR_POS) ||
	    !(p.features & IORING_FEAT_EXT_ARG) || !ring_ops_supported(r->fd)) {
		close(r->fd);
		errno = ENOSYS;
		return -1;
	}
	r->entries = p.sq_entries;
	r->sq_len = p.sq_off.array + p.sq_entries * sizeof(unsigned);
	r->cq_len = p.cq_off.cqes + p.cq_entries * sizeof(struct io_uring_cqe);
	r->sqes_len = p.sq_entries * sizeof(struct io_uring_sqe);
	r->sq_map = mmap(NULL, r->sq_len, PROT_READ | PROT_WRITE,
			 MAP_SHARED | MAP_POPULATE, r->fd, IORING_OFF_SQ_RING);
	r->cq_map = mmap(NULL, r->cq_len, PROT_READ | PROT_WRITE,
			 MAP_SHARED | MAP_POPULATE, r->fd, IORING_OFF_CQ_RING);
	r->sqes = mmap(NULL, r->sqes_len, PROT_READ | PROT_WRITE,
		       MAP_SHARED | MAP_POPULATE, r->fd, IORING_OFF_SQES);
	if (r->sq_map == MAP_FAILED || r->cq_map == MAP_FAILED || r->sqes == MAP_FAILED) {
		int saved = errno;

		kh_ring_free(r);
		errno = saved;
		return -1;
	}
	sq = r->sq_map;
	cq = r->cq_map;
	r->sq_tail = (unsigned *)(sq + p.sq_off.tail);
	r->sq_mask = (unsigned *)(sq + p.sq_off.ring_mask);
	r->sq_array = (unsigned *)(sq + p.sq_off.array);
	r->cq_head = (unsigned *)(cq + p.cq_off.head);
	r->cq_tail = (unsigned *)(cq + p.cq_off.tail);
	r->cq_mask = (unsigned *)(cq + p.cq_off.ring_mask);
	r->cqes = (struct io_uring_cqe *)(cq + p.cq_off.cqes);
	r->tail = *r->sq_tail;
	return 0;
}

void kh_ring_free(struct kh_ring *r)
{
	if (r->sq_map && r->sq_map != MAP_FAILED)
		munmap(r->sq_map, r->sq_len);
	if (r->cq_map && r->cq_map != MAP_FAILED)
		munmap(r->cq_map, r->cq_len);
	if (r->sqes && (void *)r->sqes != MAP_FAILED)
		munmap(r->sqes, r->sqes_len);
	if (r->fd >= 0)
		close(r->fd);
	memset(r, 0, sizeof(*r));
	r->fd = -1;
}

struct io_uring_sqe *kh_ring_sqe(struct kh_ring *r)
{
	unsigned i;
	struct io_uring_sqe *s;

	if (r->pending == r->entries)
		return NULL;
	i = r->tail & *r->sq_mask;
	r->sq_array[i] = i;
	s = &r->sqes[i];
	memset(s, 0, sizeof(*s));
	r->tail++;
	r->pending++;
	return s;
}

/* Nanoseconds on the monotonic clock. */
static long long now_ns(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000000000LL + t.tv_nsec;
}

int kh_ring_wait(struct kh_ring *r, unsigned want, unsigned timeout_ms)
{
	struct __kernel_timespec ts = { 0, 0 };
	struct io_uring_getevents_arg arg = { 0 };
	long long end = 0, left;

	arg.ts = (uintptr_t)&ts;
	__atomic_store_n(r->sq_tail, r->tail, __ATOMIC_RELEASE);
	for (;;) {
		unsigned ready =
			__atomic_load_n(r->cq_tail, __ATOMIC_ACQUIRE) - *r->cq_head;
		long n;

		if (!r->pending && ready >= want)
			return 0;
		/* the kernel's wait can end early with nothing new (a poll
		 * woken for a pipe's other end): the deadline is ours */
		if (timeout_ms) {
			if (!end)
				end = now_ns() + timeout_ms * 1000000LL;
			if ((left = end - now_ns()) <= 0 && !r->pending) {
				errno = ETIME;
				return -1;
			}
			ts.tv_sec = left > 0 ? left / 1000000000LL : 0;
			ts.tv_nsec = left > 0 ? left % 1000000000LL : 0;
		}
		n = timeout_ms ? ring_enter(r->fd, r->pending,
					    want > ready ? want - ready : 0,
					    IORING_ENTER_GETEVENTS | IORING_ENTER_EXT_ARG,
					    &arg, sizeof(arg))
			       : ring_enter(r->fd, r->pending,
					    want > ready ? want - ready : 0,
					    IORING_ENTER_GETEVENTS, NULL, 0);
		if (n < 0 && errno != EINTR)
			return -1; /* ETIME: timed out */
		if (n > 0)
			r->pending -= (unsigned)n;
	}
}

int kh_ring_cqe(struct kh_ring *r, uint64_t *data, int32_t *res)
{
	unsigned head = *r->cq_head;
	struct io_uring_cqe *c;

	if (head == __atomic_load_n(r->cq_tail, __ATOMIC_ACQUIRE))
		return 0;
	c = &r->cqes[head & *r->cq_mask];
	*data = c->user_data;
	*res = c->res;
	__atomic_store_n(r->cq_head, head + 1, __ATOMIC_RELEASE);
	return 1;
}
