#!/usr/bin/env bash
# End-to-end tests of wave 35's walk (speed35): on a disk or memory file
# system (ext2/3/4, xfs, btrfs, tmpfs, overlayfs, f2fs: one fstatfs() a
# directory) a file's short first read is its end, so a small file costs
# open, read, close; elsewhere (/proc, where a read returns a page of a
# longer file) every file is still read to a read of 0 bytes. Files whose
# size is at or around a read's boundary (4 KiB, the first read's 64 KiB)
# are read whole: a key in their last bytes is found, with -j1 and -j2.
# The key is generated for this suite (a HubSpot private app token's
# shape around a random UUID).
. "$(dirname "$0")/lib.sh"

KEY=pat-na1-2543ca6c-169a-4334-88ef-eb2264878d4e

# ---- files of every size around the reads' boundaries: found at the end ---
mkdir -p "$T/sizes"
for n in 1 4095 4096 4097 8191 65534 65535 65536 65537 131072 200003; do
	# n bytes of text, the key's line last (the file is n + that line)
	{ head -c "$n" /dev/zero | tr '\0' 'x'; printf '\nk=%s\n' "$KEY"; } >"$T/sizes/f$n.txt"
done
for j in 1 2; do
	expect_exit 1 "-j$j over files around the read sizes" -- \
		"$KEYHOUND" scan -j"$j" -q -f json --show-secrets "$T/sizes"
	check "-j$j: the key at the end of each of the 11 files" \
		jq -e --arg k "$KEY" '[.[] | select(.secret == $k)] | length == 11' "$T/out"
done

# ---- one read a small file where a short read is the end -------------------
fs=$(stat -f -c %T "$T")
if ! command -v strace >/dev/null; then
	bad "strace" "not installed (make deps installs TEST_PACKAGES)"
elif ! case "$fs" in ext2/ext3 | xfs | btrfs | tmpfs | overlayfs | f2fs) true ;; *) false ;; esac; then
	echo "e2e_speed35: $T is on $fs, not a file system whose short read is known: one-read checks skipped"
else
	mkdir -p "$T/small/a" "$T/small/b"
	for i in 1 2 3 4 5 6 7 8; do printf 'x = %s\n' "$i" >"$T/small/a/f$i.txt"; done
	printf 'k=%s\n' "$KEY" >"$T/small/b/key.env"
	# the read() path's own rule (the ring reads a batch by io_uring_enter,
	# checked in e2e_uring40.sh)
	ASAN_OPTIONS=detect_leaks=0 KEYHOUND_NO_IO_URING=1 strace -f -y -e trace=read,openat -o "$T/small.strace" \
		"$KEYHOUND" scan -q -j1 -f json --show-secrets -o "$T/small.json" "$T/small" >/dev/null 2>&1
	check "the key is found" jq -e --arg k "$KEY" 'length == 1 and .[0].secret == $k' "$T/small.json"
	check "each of the 9 small files read once ($fs): no read of 0 bytes after a short one" \
		test "$(grep -cE '^[0-9]+ +read\([0-9]+<[^>]*/small/[ab]/[^>]*>' "$T/small.strace")" = 9
	check "none read at its end" \
		test "$(grep -cE '^[0-9]+ +read\([0-9]+<[^>]*/small/[ab]/[^>]*>.* = 0$' "$T/small.strace")" = 0
fi

# ---- /proc: a short read is not the end; read to a read of 0 ---------------
if command -v strace >/dev/null && [ -d /proc/sys/kernel/random ]; then
	ASAN_OPTIONS=detect_leaks=0 strace -f -y -e trace=read -o "$T/proc.strace" \
		"$KEYHOUND" scan -q -j1 -f json -o "$T/proc.json" /proc/sys/kernel/random >/dev/null 2>&1
	files=$(grep -oE '^[0-9]+ +read\([0-9]+</proc/sys/kernel/random/[^>]*>' "$T/proc.strace" |
		sed 's/.*<//' | sort -u | wc -l)
	ends=$(grep -cE '^[0-9]+ +read\([0-9]+</proc/sys/kernel/random/[^>]*>.* = 0$' "$T/proc.strace")
	check "each file of /proc/sys/kernel/random read to a read of 0 ($files files, $ends ends)" \
		test "$files" -gt 0 -a "$files" = "$ends"
fi

finish e2e_speed35
