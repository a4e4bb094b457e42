/*
 * git_api.h - libgit2, loaded with dlopen() the first time a run calls it.
 *
 * Linked, libgit2 and the 14 libraries it brings (libssh2's libcrypto,
 * Kerberos, mbedTLS) were loaded and relocated at every start: about 4 ms
 * of CPU, a tenth of what a tree scan of the kernel text has over 2x
 * ripgrep, for a command that never reads git. Files include this header
 * instead of <git2.h>: the macros below route their ordinary git_* calls
 * through the loaded table, as sqlite_api.h does for SQLite. A function
 * not listed here is a link error (libgit2 is not linked): add it.
 */
#ifndef KH_GIT_API_H
#define KH_GIT_API_H

#include <stdatomic.h>
#include <string.h>

#include <git2.h>
#include <git2/sys/odb_backend.h>

/* X(name without git_): the functions keyhound calls. */
#define KH_GIT_FUNCS(X)                \
	X(blob_free)                   \
	X(blob_lookup)                 \
	X(blob_rawcontent)             \
	X(blob_rawsize)                \
	X(buf_dispose)                 \
	X(commit_author)               \
	X(commit_free)                 \
	X(commit_id)                   \
	X(commit_lookup)               \
	X(commit_message)              \
	X(commit_tree)                 \
	X(config_free)                 \
	X(config_get_path)             \
	X(config_get_string)           \
	X(config_iterator_free)        \
	X(config_iterator_new)         \
	X(config_next)                 \
	X(config_parse_bool)           \
	X(diff_find_options_init)      \
	X(diff_find_similar)           \
	X(diff_free)                   \
	X(diff_get_delta)              \
	X(diff_num_deltas)             \
	X(diff_options_init)           \
	X(diff_tree_to_index)          \
	X(error_last)                  \
	X(error_set_str)               \
	X(graph_reachable_from_any)    \
	X(index_free)                  \
	X(libgit2_init)                \
	X(libgit2_opts)                \
	X(libgit2_shutdown)            \
	X(merge_base)                  \
	X(object_free)                 \
	X(object_id)                   \
	X(object_peel)                 \
	X(object_type)                 \
	X(odb_add_backend)             \
	X(odb_backend_data_alloc)      \
	X(odb_exists)                  \
	X(odb_foreach)                 \
	X(odb_free)                    \
	X(odb_object_data)             \
	X(odb_object_free)             \
	X(odb_object_size)             \
	X(odb_object_type)             \
	X(odb_read)                    \
	X(odb_read_header)             \
	X(oid_fromstr)                 \
	X(oid_fromstrn)                \
	X(patch_free)                  \
	X(patch_from_buffers)          \
	X(patch_get_hunk)              \
	X(patch_num_hunks)             \
	X(reference_free)              \
	X(reference_iterator_free)     \
	X(reference_iterator_glob_new) \
	X(reference_lookup)            \
	X(reference_name_to_id)        \
	X(reference_next_name)         \
	X(reference_peel)              \
	X(reference_resolve)           \
	X(reference_target)            \
	X(reference_type)              \
	X(reflog_entry_byindex)        \
	X(reflog_entry_id_new)         \
	X(reflog_entrycount)           \
	X(reflog_free)                 \
	X(reflog_read)                 \
	X(repository_commondir)        \
	X(repository_config_snapshot)  \
	X(repository_free)             \
	X(repository_head_unborn)      \
	X(repository_index)            \
	X(repository_is_bare)          \
	X(repository_is_shallow)       \
	X(repository_is_worktree)      \
	X(repository_item_path)        \
	X(repository_odb)              \
	X(repository_open_ext)         \
	X(repository_path)             \
	X(repository_workdir)          \
	X(revparse)                    \
	X(revparse_single)             \
	X(tag_free)                    \
	X(tag_id)                      \
	X(tag_lookup)                  \
	X(tag_message)                 \
	X(tag_name)                    \
	X(tag_tagger)                  \
	X(tag_target_id)               \
	X(tag_target_type)             \
	X(tree_entry_bypath)           \
	X(tree_entry_filemode)         \
	X(tree_entry_free)             \
	X(tree_entry_id)               \
	X(tree_entry_type)             \
	X(tree_free)                   \
	X(tree_lookup)

struct kh_git {
#define KH_GIT_FIELD(name) __typeof__(git_##name) *name;
	KH_GIT_FUNCS(KH_GIT_FIELD)
#undef KH_GIT_FIELD
};

extern struct kh_git kh_git_api;
extern atomic_int kh_git_loaded;

/* Loads libgit2 into kh_git_api once (thread-safe); a run that cannot
 * load it ends there, with a message (exit status 2). */
void kh_git_load(void);

static inline const struct kh_git *kh_git(void)
{
	if (!atomic_load_explicit(&kh_git_loaded, memory_order_acquire))
		kh_git_load();
	return &kh_git_api;
}

/* Freeing NULL, as libgit2 allows, does not load it. */
#define git_blob_free(p)	     ((p) ? kh_git()->blob_free(p) : (void)0)
#define git_blob_lookup		     (kh_git()->blob_lookup)
#define git_blob_rawcontent	     (kh_git()->blob_rawcontent)
#define git_blob_rawsize	     (kh_git()->blob_rawsize)
#define git_buf_dispose		     (kh_git()->buf_dispose)
#define git_commit_author	     (kh_git()->commit_author)
#define git_commit_free(p)	     ((p) ? kh_git()->commit_free(p) : (void)0)
#define git_commit_id		     (kh_git()->commit_id)
#define git_commit_lookup	     (kh_git()->commit_lookup)
#define git_commit_message	     (kh_git()->commit_message)
#define git_commit_tree		     (kh_git()->commit_tree)
#define git_config_free(p)	     ((p) ? kh_git()->config_free(p) : (void)0)
#define git_config_get_path	     (kh_git()->config_get_path)
#define git_config_get_string	     (kh_git()->config_get_string)
#define git_config_iterator_free(p)  ((p) ? kh_git()->config_iterator_free(p) : (void)0)
#define git_config_iterator_new	     (kh_git()->config_iterator_new)
#define git_config_next		     (kh_git()->config_next)
#define git_config_parse_bool	     (kh_git()->config_parse_bool)
#define git_diff_find_options_init   (kh_git()->diff_find_options_init)
#define git_diff_find_similar	     (kh_git()->diff_find_similar)
#define git_diff_free(p)	     ((p) ? kh_git()->diff_free(p) : (void)0)
#define git_diff_get_delta	     (kh_git()->diff_get_delta)
#define git_diff_num_deltas	     (kh_git()->diff_num_deltas)
#define git_diff_options_init	     (kh_git()->diff_options_init)
#define git_diff_tree_to_index	     (kh_git()->diff_tree_to_index)
#define git_error_last		     (kh_git()->error_last)
#define git_error_set_str	     (kh_git()->error_set_str)
#define git_graph_reachable_from_any (kh_git()->graph_reachable_from_any)
#define git_index_free(p)	     ((p) ? kh_git()->index_free(p) : (void)0)
#define git_libgit2_init	     (kh_git()->libgit2_init)
#define git_libgit2_opts	     (kh_git()->libgit2_opts)
#define git_libgit2_shutdown	     (kh_git()->libgit2_shutdown)
#define git_merge_base		     (kh_git()->merge_base)
#define git_object_free(p)	     ((p) ? kh_git()->object_free(p) : (void)0)
#define git_object_id		     (kh_git()->object_id)
#define git_object_peel		     (kh_git()->object_peel)
#define git_object_type		     (kh_git()->object_type)
#define git_odb_add_backend	     (kh_git()->odb_add_backend)
#define git_odb_backend_data_alloc   (kh_git()->odb_backend_data_alloc)
#define git_odb_exists		     (kh_git()->odb_exists)
#define git_odb_foreach		     (kh_git()->odb_foreach)
#define git_odb_free(p)		     ((p) ? kh_git()->odb_free(p) : (void)0)
#define git_odb_object_data	     (kh_git()->odb_object_data)
#define git_odb_object_free(p)	     ((p) ? kh_git()->odb_object_free(p) : (void)0)
#define git_odb_object_size	     (kh_git()->odb_object_size)
#define git_odb_object_type	     (kh_git()->odb_object_type)
#define git_odb_read		     (kh_git()->odb_read)
#define git_odb_read_header	     (kh_git()->odb_read_header)
#define git_oid_fromstr		     (kh_git()->oid_fromstr)
#define git_oid_fromstrn	     (kh_git()->oid_fromstrn)
#define git_patch_free(p)	     ((p) ? kh_git()->patch_free(p) : (void)0)
#define git_patch_from_buffers	     (kh_git()->patch_from_buffers)
#define git_patch_get_hunk	     (kh_git()->patch_get_hunk)
#define git_patch_num_hunks	     (kh_git()->patch_num_hunks)
#define git_reference_free(p)	     ((p) ? kh_git()->reference_free(p) : (void)0)
#define git_reference_iterator_free(p) \
	((p) ? kh_git()->reference_iterator_free(p) : (void)0)
#define git_reference_iterator_glob_new (kh_git()->reference_iterator_glob_new)
#define git_reference_lookup		(kh_git()->reference_lookup)
#define git_reference_name_to_id	(kh_git()->reference_name_to_id)
#define git_reference_next_name		(kh_git()->reference_next_name)
#define git_reference_peel		(kh_git()->reference_peel)
#define git_reference_resolve		(kh_git()->reference_resolve)
#define git_reference_target		(kh_git()->reference_target)
#define git_reference_type		(kh_git()->reference_type)
#define git_reflog_entry_byindex	(kh_git()->reflog_entry_byindex)
#define git_reflog_entry_id_new		(kh_git()->reflog_entry_id_new)
#define git_reflog_entrycount		(kh_git()->reflog_entrycount)
#define git_reflog_free(p)		((p) ? kh_git()->reflog_free(p) : (void)0)
#define git_reflog_read			(kh_git()->reflog_read)
#define git_repository_commondir	(kh_git()->repository_commondir)
#define git_repository_config_snapshot	(kh_git()->repository_config_snapshot)
#define git_repository_free(p)		((p) ? kh_git()->repository_free(p) : (void)0)
#define git_repository_head_unborn	(kh_git()->repository_head_unborn)
#define git_repository_index		(kh_git()->repository_index)
#define git_repository_is_bare		(kh_git()->repository_is_bare)
#define git_repository_is_shallow	(kh_git()->repository_is_shallow)
#define git_repository_is_worktree	(kh_git()->repository_is_worktree)
#define git_repository_item_path	(kh_git()->repository_item_path)
#define git_repository_odb		(kh_git()->repository_odb)
#define git_repository_open_ext		(kh_git()->repository_open_ext)
#define git_repository_path		(kh_git()->repository_path)
#define git_repository_workdir		(kh_git()->repository_workdir)
#define git_revparse			(kh_git()->revparse)
#define git_revparse_single		(kh_git()->revparse_single)
#define git_tag_free(p)			((p) ? kh_git()->tag_free(p) : (void)0)
#define git_tag_id			(kh_git()->tag_id)
#define git_tag_lookup			(kh_git()->tag_lookup)
#define git_tag_message			(kh_git()->tag_message)
#define git_tag_name			(kh_git()->tag_name)
#define git_tag_tagger			(kh_git()->tag_tagger)
#define git_tag_target_id		(kh_git()->tag_target_id)
#define git_tag_target_type		(kh_git()->tag_target_type)
#define git_tree_entry_bypath		(kh_git()->tree_entry_bypath)
#define git_tree_entry_filemode		(kh_git()->tree_entry_filemode)
#define git_tree_entry_free(p)		((p) ? kh_git()->tree_entry_free(p) : (void)0)
#define git_tree_entry_id		(kh_git()->tree_entry_id)
#define git_tree_entry_type		(kh_git()->tree_entry_type)
#define git_tree_free(p)		((p) ? kh_git()->tree_free(p) : (void)0)
#define git_tree_lookup			(kh_git()->tree_lookup)

/* Object ids are 20 bytes (libgit2 1.x without SHA-256): comparing,
 * copying and printing one never loads libgit2, so a pre-commit hook
 * whose objects our own readers take does not (~240 page faults). */
_Static_assert(sizeof(git_oid) == GIT_OID_RAWSZ, "a libgit2 with SHA-256 ids");

static inline int kh_oid_cmp(const git_oid *a, const git_oid *b)
{
	return memcmp(a->id, b->id, GIT_OID_RAWSZ);
}

static inline int kh_oid_cpy(git_oid *out, const git_oid *src)
{
	memcpy(out->id, src->id, GIT_OID_RAWSZ);
	return 0;
}

static inline int kh_oid_equal(const git_oid *a, const git_oid *b)
{
	return !memcmp(a->id, b->id, GIT_OID_RAWSZ);
}

static inline int kh_oid_fromraw(git_oid *out, const unsigned char *raw)
{
	memcpy(out->id, raw, GIT_OID_RAWSZ);
	return 0;
}

static inline int kh_oid_is_zero(const git_oid *id)
{
	static const git_oid zero;

	return kh_oid_equal(id, &zero);
}

/* As git_oid_tostr: at most n - 1 hex digits, NUL-terminated. */
static inline char *kh_oid_tostr(char *out, size_t n, const git_oid *id)
{
	static const char hex[] = "0123456789abcdef";
	size_t i;

	if (!out || !n)
		return (char *)"";
	for (i = 0; i + 1 < n && i < GIT_OID_HEXSZ; i++)
		out[i] = id ? hex[(id->id[i / 2] >> (i % 2 ? 0 : 4)) & 15] : 0;
	out[id ? i : 0] = 0;
	return out;
}

#define git_oid_cmp	kh_oid_cmp
#define git_oid_cpy	kh_oid_cpy
#define git_oid_equal	kh_oid_equal
#define git_oid_fromraw kh_oid_fromraw
#define git_oid_is_zero kh_oid_is_zero
#define git_oid_tostr	kh_oid_tostr

/*
 * The glue of keyhound's object-database backends (git_loose.h,
 * git_pack.h), put first in each backend's struct: libgit2's read and
 * read_header both call get (data NULL: the header only), and foreach
 * lists nothing, as libgit2's own backends list the same objects.
 */
struct kh_odb_backend {
	git_odb_backend parent;
	int (*get)(struct kh_odb_backend *b, const git_oid *id, void **data, size_t *len,
		   git_object_t *type);
};

void kh_odb_backend_init(struct kh_odb_backend *b,
			 int (*get)(struct kh_odb_backend *b, const git_oid *id,
				    void **data, size_t *len, git_object_t *type),
			 void (*free_fn)(git_odb_backend *b));

#endif
