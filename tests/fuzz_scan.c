/*
 * fuzz_scan - libFuzzer target for everything that parses untrusted bytes:
 * archive detection and unpacking (gzip, tar, zip), the prefilter, every
 * rule's regex and every validator (HubSpot protobuf, JWT, docker auth,
 * checksums, CLI config attribution). Built by `make fuzz`; `make test`
 * replays tests/fuzz-seeds through it without fuzzing.
 */
#include "fuzz_scan.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* the first byte picks the file name, so config-file logic and the
	 * readers a name or extension turns on run too */
	static const char *names[] = {
		"a.txt",    "hubspot.config.yml", "home/.hscli/config.yml",
		".env",	    "src/config.clj",	  "etc/router.cfg",
		"notes.md", "keepalived.conf"
	};

	fuzz_scan_as(names[size ? data[0] % 8 : 0], data, size);
	return 0;
}
