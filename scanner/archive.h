/*
 * archive.h - the one entry point from every walker into the engine.
 *
 * kh_scan_any() looks at a source's bytes: gzip streams (every member),
 * tar and zip archives (ZIP64 too) are opened, bounded in budget and
 * nesting, and each member becomes a source of its own, named
 * "outer!member"; UTF-16 text is transcoded to UTF-8; binary data is
 * skipped; text goes to kh_scan_source(). gzip data and tar archives are
 * read as streams (stream.h), so a member or a gzip file's content longer
 * than --max-file-size is scanned in chunks, not skipped; kh_scan_reader()
 * reads a source too long to hold (stdin, a big .gz or .tar) the same way.
 */
#ifndef KH_ARCHIVE_H
#define KH_ARCHIVE_H

#include "matcher.h"
#include "pool.h"
#include "stream.h"

/* What the first bytes of a source say it is (kh_probe_kind). */
enum kh_probe {
	KH_PROBE_TEXT,
	KH_PROBE_ARCHIVE, /* gzip, zip or tar: opened */
	KH_PROBE_UTF16,	  /* transcoded before matching */
	KH_PROBE_BINARY,  /* skipped */
	KH_PROBE_DOCUMENT /* binary, but a document read for its text (a PDF) */
};

/* Classifies a source from its first bytes (8 KiB are enough: a tar header
 * is 512 bytes, the binary and UTF-16 checks look at 8 KiB). */
enum kh_probe kh_probe_kind(const unsigned char *data, size_t len);

/* The name gzip data at path gives its content when that is not a tar
 * archive: "path!NAME", NAME the file's name without .gz or .tgz. The
 * caller frees it; NULL when out of memory. */
char *kh_gzip_member(const char *path);

/* Returns 0, or -1 when out of memory. */
int kh_scan_any(struct kh_worker *w, const struct kh_source *src);

/* Scans the stream r as the source src names (its data unused): gzip and
 * tar as they come, other text in chunks; zip, UTF-16 or binary data
 * longer than --max-file-size is skipped with one line. Returns 0, or -1
 * when out of memory. */
int kh_scan_reader(struct kh_worker *w, const struct kh_source *src, struct kh_reader *r);

/* Whether data (a file's first bytes) is gzip or tar: read as a stream
 * when the file is longer than --max-file-size. */
int kh_streamable(const unsigned char *data, size_t len);

/* Scans src as text, with no archive, UTF-16 or binary detection (later
 * chunks of a stream whose kind the first chunk decided). Returns 0, or -1
 * when out of memory. */
int kh_scan_text(struct kh_worker *w, const struct kh_source *src);

#endif
