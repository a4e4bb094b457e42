/*
 * archive.h - the one entry point from every walker into the engine.
 *
 * kh_scan_any() looks at a source's bytes: gzip streams, tar and zip
 * archives are opened (bounded in size and nesting) and each member becomes
 * a source of its own, named "outer!member"; binary data is skipped; text
 * goes to kh_scan_source().
 */
#ifndef KH_ARCHIVE_H
#define KH_ARCHIVE_H

#include "matcher.h"
#include "pool.h"

/* Returns 0, or -1 when out of memory. */
int kh_scan_any(struct kh_worker *w, const struct kh_source *src);

#endif
