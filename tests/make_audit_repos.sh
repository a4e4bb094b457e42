#!/usr/bin/env bash
# tests/make_audit_repos.sh DIR N BLOBS - builds N small git repositories
# and one large one (BLOBS files) under DIR (created; must not exist), for
# the multi-repository audit tests (tests/e2e_shard.sh) and benchmark
# (tests/bench_audit.sh). Written with git fast-import, dates fixed, so
# every run builds the same commits, quickly.
#
# Small repository i: a secret added then removed when i % 3 == 1, one in a
# commit message when i % 4 == 2, one on an unmerged branch when i % 5 == 3,
# the others clean; the first and the last share one secret. The large
# one: a secret in every 40th file, a second commit editing every 10th
# file, a third removing the secrets of every 80th; each file holds 2 KB.
# Secrets are fake HubSpot private app tokens.
set -euo pipefail

dir=${1:?usage: make_audit_repos.sh DIR N BLOBS}
n=${2:?usage: make_audit_repos.sh DIR N BLOBS}
blobs=${3:?usage: make_audit_repos.sh DIR N BLOBS}
[ ! -e "$dir" ] || { echo "make_audit_repos.sh: $dir exists" >&2; exit 2; }
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1

# secret I J: a fake token of its own for each (I, J), random-looking (a
# run of zeros would read as a placeholder)
secret() {
	local h
	h=$(printf '%s-%s' "$1" "$2" | sha256sum)
	printf 'pat-na1-%s-%s-4%s-a%s-%s' "${h:0:8}" "${h:8:4}" "${h:13:3}" "${h:17:3}" "${h:20:12}"
}

# data BODY: a fast-import data command
data() { printf 'data %d\n%s\n' "${#1}" "$1"; }

# commit REF SECONDS MESSAGE FROM: the header of a commit (file commands follow)
commit() {
	printf 'commit %s\n' "$1"
	printf 'author Audit Fixture <audit@example.com> %d +0000\n' "$2"
	printf 'committer Audit Fixture <audit@example.com> %d +0000\n' "$2"
	data "$3"
	[ -z "$4" ] || printf 'from %s\n' "$4"
}

# file PATH BODY: a file of the commit being written
file() {
	printf 'M 100644 inline %s\n' "$1"
	data "$2"
}

small() {
	local i=$1 t=$((1700000000 + $1 * 86400)) s msg
	s=$(secret "$i" 1)
	# the first and the last repository share one secret
	[ "$i" != "$n" ] || s=$(secret 1 1)
	commit refs/heads/main "$t" "initial import of service $i" ""
	file README.md "# service $i"
	file src/app.py "def main():
    return $i"
	if [ $((i % 3)) = 1 ] || [ "$i" = "$n" ]; then
		file config/app.env "NAME=service$i
TOKEN=$s"
	fi
	msg="tune service $i"
	[ $((i % 4)) != 2 ] || msg="tune service $i (old token $(secret "$i" 2))"
	commit refs/heads/main $((t + 3600)) "$msg" ""
	file src/app.py "def main():
    return $i * 2"
	if [ $((i % 3)) = 1 ] || [ "$i" = "$n" ]; then
		file config/app.env "NAME=service$i"
	fi
	if [ $((i % 5)) = 3 ]; then
		commit refs/heads/experiment $((t + 7200)) "try a new token" refs/heads/main
		file src/experiment.py "KEY = '$(secret "$i" 3)'"
	fi
}

# about 2 KB of prose under each file of the large repository, so that
# scanning its blobs, not walking its trees, is most of the work
filler=$(for ((l = 0; l < 32; l++)); do
	echo "# line $l: the quick brown fox jumps over the lazy dog, again and again"
done)

large() {
	local t=1690000000 k
	commit refs/heads/main "$t" "import the monolith" ""
	for ((k = 1; k <= blobs; k++)); do
		if [ $((k % 40)) = 0 ]; then
			file "pkg$((k % 17))/mod$k.cfg" "module $k
password_hint = none
token = $(secret 9000 "$k")
$filler"
		else
			file "pkg$((k % 17))/mod$k.cfg" "module $k
size = $((k * 31))
$filler"
		fi
	done
	commit refs/heads/main $((t + 3600)) "resize modules" ""
	for ((k = 10; k <= blobs; k += 10)); do
		file "pkg$((k % 17))/mod$k.cfg" "module $k
size = $((k * 37))
$filler"
	done
	commit refs/heads/main $((t + 7200)) "drop old tokens" ""
	for ((k = 80; k <= blobs; k += 80)); do
		file "pkg$((k % 17))/mod$k.cfg" "module $k"
	done
}

mkdir -p "$dir"
for ((i = 1; i <= n; i++)); do
	r=$(printf '%s/svc%04d' "$dir" "$i")
	git init -q -b main "$r"
	small "$i" | git -C "$r" fast-import --quiet
	git -C "$r" checkout -q -f main
done
git init -q --bare "$dir/monolith.git"
large | git -C "$dir/monolith.git" fast-import --quiet
