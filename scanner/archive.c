#include "archive.h"

#include "diag.h"

int kh_scan_any(struct kh_worker *w, const struct kh_source *src)
{
	if (kh_looks_binary(src->data, src->len)) {
		atomic_fetch_add(&w->diag->stats.skipped_binary, 1);
		return 0;
	}
	atomic_fetch_add(&w->diag->stats.sources_scanned, 1);
	atomic_fetch_add(&w->diag->stats.bytes_scanned, src->len);
	return kh_scan_source(w->engine, w->scratch, src, w->now, w->diag,
			      &w->findings);
}
