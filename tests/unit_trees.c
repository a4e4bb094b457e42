/*
 * unit_trees.c - the history walker's tree cache: trees read back whole
 * and right while a small budget evicts them over and over, a pinned tree
 * untouched meanwhile, a tree larger than the whole budget, and an object
 * that is not a tree. The trees live in an in-memory object database (no
 * files).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <git2.h>
#include <git2/sys/mempack.h>

#include "check.h"
#include "git_trees.h"

#define NTREES 300
#define BIG    600 /* entries of the last tree: 27 KB, over the cache's budget */

/* Entry k of tree i: its name, id and whether it is a directory. */
static void entry_of(size_t i, size_t k, char *name, size_t cap, unsigned char id[20],
		     int *dir)
{
	size_t b;

	snprintf(name, cap, "%04zu-%.*s", k, (int)(i % 23), "abcdefghijklmnopqrstuvwxyz");
	for (b = 0; b < 20; b++)
		id[b] = (unsigned char)(i * 31 + k * 7 + b);
	*dir = (i + k) % 5 == 0;
}

static size_t entries_of(size_t i)
{
	return i == NTREES - 1 ? BIG : i % 41 + 1;
}

/* Writes tree i; 0 or -1. */
static int write_tree(git_odb *odb, size_t i, git_oid *out)
{
	size_t n = entries_of(i), k, len = 0;
	unsigned char *raw = malloc(n * 64), id[20];
	char name[48];
	int dir, rc;

	if (!raw)
		return -1;
	for (k = 0; k < n; k++) {
		entry_of(i, k, name, sizeof(name), id, &dir);
		len += (size_t)sprintf((char *)raw + len, "%s %s",
				       dir ? "40000" : "100644", name) +
		       1;
		memcpy(raw + len, id, 20);
		len += 20;
	}
	rc = git_odb_write(out, odb, raw, len, GIT_OBJECT_TREE);
	free(raw);
	return rc < 0 ? -1 : 0;
}

/* 1 when t is tree i, entry by entry. */
static int tree_is(const struct kh_tree *t, size_t i)
{
	unsigned char id[20];
	char name[48];
	size_t k;
	int dir;

	if (!t || t->n != entries_of(i))
		return 0;
	for (k = 0; k < t->n; k++) {
		entry_of(i, k, name, sizeof(name), id, &dir);
		if (strcmp(kh_entry_name(t, &t->e[k]), name) ||
		    t->e[k].len != strlen(name) ||
		    memcmp(kh_entry_id(t, &t->e[k])->id, id, 20) ||
		    t->e[k].mode != (dir ? GIT_FILEMODE_TREE : GIT_FILEMODE_BLOB))
			return 0;
	}
	return 1;
}

int main(void)
{
	git_odb *odb = NULL;
	git_odb_backend *mem = NULL;
	git_oid ids[NTREES];
	struct kh_tree_cache *c;
	struct kh_tree *pinned = NULL, *t;
	size_t i, round, wrong = 0, unread = 0;
	char err[256];

	git_libgit2_init();
	CHECK(git_odb_new(&odb) == 0 && git_mempack_new(&mem) == 0 &&
	      git_odb_add_backend(odb, mem, 1) == 0);
	for (i = 0; i < NTREES; i++)
		CHECK(write_tree(odb, i, &ids[i]) == 0);
	/* room for a few trees only: nearly every get reads and evicts */
	c = kh_tree_cache_new(odb, NULL, 16u << 10);
	CHECK(c != NULL);
	CHECK(kh_tree_get(c, &ids[7], &pinned, err, sizeof(err)) == 0);
	for (round = 0; c && round < 3; round++) {
		for (i = 0; i < NTREES; i++) {
			size_t at = round == 1 ? NTREES - 1 - i : i;

			if (kh_tree_get(c, &ids[at], &t, err, sizeof(err)) < 0) {
				unread++;
				continue;
			}
			wrong += !tree_is(t, at);
			kh_tree_release(c, t);
		}
	}
	CHECK(unread == 0);
	CHECK(wrong == 0);
	CHECK(tree_is(pinned, 7)); /* the others evicted around it */
	kh_tree_release(c, pinned);
	/* a blob is no tree: an error, and the cache goes on */
	{
		git_oid blob;

		CHECK(git_odb_write(&blob, odb, "x", 1, GIT_OBJECT_BLOB) == 0);
		CHECK(kh_tree_get(c, &blob, &t, err, sizeof(err)) == -1 && !t &&
		      strstr(err, "not a tree"));
		CHECK(kh_tree_get(c, &ids[3], &t, err, sizeof(err)) == 0 &&
		      tree_is(t, 3));
		kh_tree_release(c, t);
	}
	kh_tree_cache_free(c);
	git_odb_free(odb);
	git_libgit2_shutdown();
	return check_done("unit_trees");
}
