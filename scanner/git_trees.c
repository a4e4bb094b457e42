#include "git_trees.h"

#include <stdlib.h>
#include <string.h>

#include "git_common.h"
#include "git_loose.h"
#include "git_pack.h"
#include "util.h"

struct kh_tree_cache {
	git_odb *odb;
	struct kh_pack_reader *pr;
	size_t budget, used;
	struct kh_oidmap map; /* id -> index in v */
	struct kh_tree **v;
	size_t nv, cap;
	uint32_t *free_ix; /* unused indexes of v */
	size_t nfree, freecap;
	struct kh_tree head;	       /* LRU list: head.next is the most recent */
	struct kh_tree_entry *scratch; /* entries being parsed */
	size_t scratchcap;
	const char *objects; /* NULL: no loose objects read here */
	struct kh_loose_reader loose;
	struct kh_loose_buf buf;
	git_odb_object *o; /* what kh_tree_cache_read last read from odb */
};

struct kh_tree_cache *kh_tree_cache_new(git_odb *odb, struct kh_pack_reader *pr,
					size_t budget)
{
	struct kh_tree_cache *c = calloc(1, sizeof(*c));

	if (!c)
		return NULL;
	c->odb = odb;
	c->pr = pr;
	c->budget = budget;
	c->head.next = c->head.prev = &c->head;
	kh_loose_reader_init(&c->loose);
	return c;
}

void kh_tree_cache_loose(struct kh_tree_cache *c, const char *objects)
{
	c->objects = objects;
}

/* A tree is one allocation: the struct, its entries, its raw object. */
static void tree_free(struct kh_tree *t)
{
	free(t);
}

static void lru_unlink(struct kh_tree *t)
{
	t->prev->next = t->next;
	t->next->prev = t->prev;
}

static void lru_front(struct kh_tree_cache *c, struct kh_tree *t)
{
	t->next = c->head.next;
	t->prev = &c->head;
	c->head.next->prev = t;
	c->head.next = t;
}

/* Drops unpinned trees, least recently used first, until under budget. */
static void evict(struct kh_tree_cache *c)
{
	struct kh_tree *t = c->head.prev;

	while (c->used > c->budget && t != &c->head) {
		struct kh_tree *older = t->prev;
		uint32_t *ix;

		if (!t->pins && (ix = kh_oidmap_get(&c->map, &t->id))) {
			c->v[*ix] = NULL;
			if (c->nfree < c->freecap)
				c->free_ix[c->nfree++] = *ix;
			kh_oidmap_del(&c->map, &t->id);
			lru_unlink(t);
			c->used -= t->cost;
			tree_free(t);
		}
		t = older;
	}
}

/* git file modes as libgit2 reports them (100664 is an old blob mode). */
static git_filemode_t normal_mode(unsigned long m)
{
	switch (m & 0170000) {
	case 0040000: return GIT_FILEMODE_TREE;
	case 0120000: return GIT_FILEMODE_LINK;
	case 0160000: return GIT_FILEMODE_COMMIT;
	case 0100000: return m & 0100 ? GIT_FILEMODE_BLOB_EXECUTABLE : GIT_FILEMODE_BLOB;
	default: return GIT_FILEMODE_UNREADABLE;
	}
}

/* Parses the raw tree raw[0..len) into c->scratch (offsets into raw); *n
 * entries. Returns 0, -1 if malformed, -2 on OOM. */
static int parse(struct kh_tree_cache *c, const unsigned char *raw, size_t len, size_t *n)
{
	const unsigned char *p = raw, *end = raw + len, *q;
	struct kh_tree_entry *e;

	*n = 0;
	if (len > UINT32_MAX)
		return -1; /* offsets are 32 bits; git writes no such tree */
	while (p < end) {
		unsigned long mode = 0;
		const unsigned char *name;

		for (q = p; q < end && *q >= '0' && *q <= '7' && q - p < 8; q++)
			mode = mode * 8 + (unsigned long)(*q - '0');
		if (q == p || q >= end || *q != ' ')
			return -1;
		name = ++q;
		q = memchr(q, '\0', (size_t)(end - q));
		if (!q || q == name || (size_t)(end - q) < 1 + GIT_OID_RAWSZ)
			return -1;
		if (*n == c->scratchcap && kh_grow((void **)&c->scratch, &c->scratchcap,
						   *n + 1, sizeof(*c->scratch)) < 0)
			return -2;
		e = &c->scratch[*n];
		e->name = (uint32_t)(name - raw);
		e->len = (uint32_t)(q - name);
		e->mode = normal_mode(mode);
		if (e->mode != GIT_FILEMODE_UNREADABLE)
			(*n)++; /* an unknown kind of entry is left out */
		p = q + 1 + GIT_OID_RAWSZ;
	}
	return 0;
}

/* The parsed tree `id` in one allocation: the struct, c->scratch[0..n)
 * and a copy of raw[0..len) after them. NULL on OOM. */
static struct kh_tree *tree_new(struct kh_tree_cache *c, const git_oid *id,
				const unsigned char *raw, size_t len, size_t n)
{
	size_t cost = sizeof(struct kh_tree) + n * sizeof(struct kh_tree_entry) + len;
	struct kh_tree *t = malloc(cost);

	if (!t)
		return NULL;
	memset(t, 0, sizeof(*t));
	git_oid_cpy(&t->id, id);
	t->e = (struct kh_tree_entry *)(t + 1);
	t->n = n;
	t->raw = (unsigned char *)(t->e + n);
	t->rawlen = len;
	t->cost = cost;
	if (n) /* an empty tree has no scratch yet */
		memcpy(t->e, c->scratch, n * sizeof(*t->e));
	memcpy(t->raw, raw, len);
	return t;
}

/* Remembers t (already parsed) under a free index. Returns -2 on OOM. */
static int insert(struct kh_tree_cache *c, struct kh_tree *t)
{
	uint32_t *slot, ix;
	int added;

	if (c->nfree) {
		ix = c->free_ix[--c->nfree];
	} else {
		if (c->nv == c->cap) {
			size_t cap = c->cap ? c->cap * 2 : 256;
			struct kh_tree **v = realloc(c->v, cap * sizeof(*v));
			uint32_t *f = realloc(c->free_ix, cap * sizeof(*f));

			if (v)
				c->v = v;
			if (f)
				c->free_ix = f;
			if (!v || !f)
				return -2;
			c->cap = c->freecap = cap;
		}
		ix = (uint32_t)c->nv++;
	}
	if (kh_oidmap_put(&c->map, &t->id, ix, &slot, &added) < 0) {
		c->free_ix[c->nfree++] = ix;
		return -2;
	}
	c->v[ix] = t;
	lru_front(c, t);
	c->used += t->cost;
	return 0;
}

static void drop_odb_object(struct kh_tree_cache *c)
{
	git_odb_object_free(c->o);
	c->o = NULL;
}

int kh_tree_cache_read(struct kh_tree_cache *c, const git_oid *id, git_object_t *type,
		       const unsigned char **data, size_t *len, char *err, size_t errlen)
{
	enum kh_pack_status ps = KH_PACK_MISS;
	enum kh_loose_status ls = KH_LOOSE_MISSING;
	char why[256];

	drop_odb_object(c);
	*type = GIT_OBJECT_INVALID;
	if (c->pr)
		ps = kh_pack_read(c->pr, id, 0, SIZE_MAX, data, len, type);
	if (ps == KH_PACK_NOMEM)
		return -2;
	if (ps == KH_PACK_DAMAGED)
		return kh_errf(err, errlen, "%s", kh_pack_why(c->pr));
	if (ps == KH_PACK_OK)
		return 0;
	if (c->objects)
		ls = kh_loose_read(&c->loose, c->objects, id, SIZE_MAX / 16, &c->buf,
				   type, data, len, why, sizeof(why));
	if (ls == KH_LOOSE_NOMEM)
		return -2;
	if (ls == KH_LOOSE_CORRUPT || ls == KH_LOOSE_TOO_LARGE)
		return kh_errf(err, errlen, "corrupt loose object: %s", why);
	if (ls == KH_LOOSE_OK)
		return 0;
	if (!c->odb)
		return kh_errf(err, errlen,
			       c->objects ? "not in the object database"
					  : "not in the packs");
	if (git_odb_read(&c->o, c->odb, id) < 0) {
		kh_errf(err, errlen, "%s", kh_git_msg());
		return -1;
	}
	*data = git_odb_object_data(c->o);
	*len = git_odb_object_size(c->o);
	*type = git_odb_object_type(c->o);
	return 0;
}

/* Reads and parses tree `id`. Returns 0, -1 (message in err) or -2 (out
 * of memory). */
static int read_tree(struct kh_tree_cache *c, const git_oid *id, struct kh_tree **out,
		     char *err, size_t errlen)
{
	const unsigned char *data = NULL;
	git_object_t type;
	size_t len = 0, n;
	int rc = kh_tree_cache_read(c, id, &type, &data, &len, err, errlen);

	if (rc < 0)
		return rc;
	if (type != GIT_OBJECT_TREE) {
		kh_errf(err, errlen, "%s, not a tree", kh_git_what(type));
		rc = -1;
	} else if ((rc = parse(c, data, len, &n)) == -1) {
		kh_errf(err, errlen, "malformed tree");
	} else if (rc == 0 && !(*out = tree_new(c, id, data, len, n))) {
		rc = -2;
	}
	drop_odb_object(c);
	return rc;
}

int kh_tree_get(struct kh_tree_cache *c, const git_oid *id, struct kh_tree **out,
		char *err, size_t errlen)
{
	uint32_t *ix = kh_oidmap_get(&c->map, id);
	struct kh_tree *t = NULL;
	int rc;

	*out = NULL;
	if (ix) {
		t = c->v[*ix];
		lru_unlink(t);
		lru_front(c, t);
		t->pins++;
		*out = t;
		return 0;
	}
	if ((rc = read_tree(c, id, &t, err, errlen)) < 0)
		return rc;
	if ((rc = insert(c, t)) < 0) {
		tree_free(t);
		return rc;
	}
	t->pins = 1;
	*out = t;
	evict(c);
	return 0;
}

void kh_tree_release(struct kh_tree_cache *c, struct kh_tree *t)
{
	(void)c;
	if (t && t->pins)
		t->pins--;
}

void kh_tree_cache_free(struct kh_tree_cache *c)
{
	size_t i;

	if (!c)
		return;
	for (i = 0; i < c->nv; i++)
		tree_free(c->v[i]);
	free(c->v);
	free(c->free_ix);
	kh_oidmap_release(&c->map);
	free(c->scratch);
	drop_odb_object(c);
	kh_loose_reader_release(&c->loose);
	free(c->buf.p);
	free(c);
}
