#!/usr/bin/env bash
# deploy/parallel/audit.sh - one keyhound audit of many repositories, split
# into N shards that GNU parallel runs on ssh hosts (or on this machine),
# merged into the report a single `keyhound git` run would write.
#
#   audit.sh [-n SHARDS] [-j JOBS] [-S SSHLOGINFILE] [-f FORMAT] -o REPORT
#            REPOS_FILE [-- KEYHOUND_GIT_OPTION...]
#
#   REPOS_FILE    repositories, one path a line (# comments): keyhound's
#                 --repos-from. Every host must see this file and the
#                 repositories at the same absolute paths (a shared mount,
#                 or the same mirrors on each host).
#   -n SHARDS     how many shares the work is cut into (default 4); each is
#                 one job: `keyhound git --shard K/SHARDS`
#   -j JOBS       jobs at once on each host (default: one per CPU)
#   -S FILE       GNU parallel's --sshloginfile: one host a line, e.g.
#                 "8/audit@build1" for 8 jobs there (overrides -j); ":" is
#                 this machine. Without it, every shard runs here.
#   -f FORMAT     of the merged report: json (default), jsonl, sarif, text
#   -o REPORT     the merged report (written whole or not at all, mode 0600)
#   KEYHOUND      the keyhound to run, on each host and here for the
#                 merge (default: keyhound from PATH)
#
# Each shard's JSONL comes back over ssh on stdout (secrets included:
# --show-secrets; ssh encrypts it) into a private temporary directory;
# `keyhound merge` then writes REPORT. Exit status as keyhound's: 0 no
# findings, 1 findings, 2 a shard failed (REPORT is still written from the
# shards that finished, as a single run writes its report when a
# repository cannot be read) or the merge failed.
set -u

usage() {
	echo "usage: audit.sh [-n SHARDS] [-j JOBS] [-S SSHLOGINFILE] [-f FORMAT] -o REPORT REPOS_FILE [-- KEYHOUND_GIT_OPTION...]" >&2
	exit 2
}

shards=4 jobs=100% logins= format=json out=
while getopts n:j:S:f:o: opt; do
	case $opt in
	n) shards=$OPTARG ;;
	j) jobs=$OPTARG ;;
	S) logins=$OPTARG ;;
	f) format=$OPTARG ;;
	o) out=$OPTARG ;;
	*) usage ;;
	esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] && [ -n "$out" ] || usage
repos=$1
shift
[ "${1:-}" != -- ] || shift
case $shards in '' | *[!0-9]* | 0) echo "audit.sh: -n: expected a number, got '$shards'" >&2; exit 2 ;; esac
# checked now, not after the shards have run
case $format in json | jsonl | sarif | text | baseline) ;; *) echo "audit.sh: -f: expected json, jsonl, sarif, text or baseline, got '$format'" >&2; exit 2 ;; esac
[ -r "$repos" ] || { echo "audit.sh: $repos: cannot read the repository list" >&2; exit 2; }
command -v parallel >/dev/null || { echo "audit.sh: GNU parallel is not installed" >&2; exit 2; }
kh=${KEYHOUND:-keyhound}

umask 077 # the shards' reports hold secrets
work=$(mktemp -d "${TMPDIR:-/tmp}/keyhound-audit.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT

# The command each job runs, quoted for the remote shell. keyhound exits 1
# on findings, which is a shard's success: only 2 and above fail a job.
cmd="$(printf '%q ' "$kh" git --repos-from "$repos" -f jsonl --show-secrets -q "$@")"
cmd="$cmd--shard {}/$shards; test \$? -le 1"

seq 1 "$shards" | parallel --will-cite ${logins:+--sshloginfile "$logins"} --jobs "$jobs" \
	--results "$work/shard-{}.jsonl" "$cmd" >/dev/null
failed=$?
# what the shards said on stderr: unreadable repositories, bad options
for f in "$work"/shard-*.jsonl.err; do
	[ -s "$f" ] && sed "s|^|shard $(basename "$f" .jsonl.err | sed 's/shard-//'): |" "$f" >&2
done
[ "$failed" = 0 ] || echo "audit.sh: $failed of $shards shards failed" >&2

"$kh" merge -q -f "$format" -o "$out" "$work"/shard-*.jsonl
rc=$?
[ "$failed" = 0 ] || rc=2
exit "$rc"
