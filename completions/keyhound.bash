# bash completion for keyhound (installed by `make install`).
# Commands are listed here; each command's options come from
# `keyhound help COMMAND`, so they never drift from the binary.
_keyhound() {
	local cur prev cmd i opts
	cur=${COMP_WORDS[COMP_CWORD]}
	prev=${COMP_WORDS[COMP_CWORD - 1]}
	for ((i = 1; i < COMP_CWORD; i++)); do
		case ${COMP_WORDS[i]} in
		-*) ;;
		*) cmd=${COMP_WORDS[i]}; break ;;
		esac
	done
	if [ -z "$cmd" ]; then
		mapfile -t COMPREPLY < <(compgen -W "scan git staged verify merge rules install-hook help version --help --version" -- "$cur")
		return
	fi
	case $prev in
	-f | --format) mapfile -t COMPREPLY < <(compgen -W "json jsonl sarif text" -- "$cur"); return ;;
	--fail-on) mapfile -t COMPREPLY < <(compgen -W "any verified" -- "$cur"); return ;;
	--branch | --since-commit | --ignore-from | --range)
		mapfile -t COMPREPLY < <(compgen -W "$(git for-each-ref --format='%(refname:short)' 2>/dev/null) HEAD" -- "$cur")
		return ;;
	-o | --output | --baseline | --rules | --ignore-file | --repos-from | --config | --state)
		mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
	--discover) mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return ;;
	-j | --threads | --max-file-size | --stdin-name | --verify-jobs | --verify-timeout | --verify-endpoint | --exclude | --shard)
		return ;;
	esac
	if [ "$cmd" = help ]; then
		mapfile -t COMPREPLY < <(compgen -W "scan git staged verify merge rules install-hook" -- "$cur")
		return
	fi
	if [[ $cur == -* ]]; then
		opts=$("${COMP_WORDS[0]}" help "$cmd" 2>/dev/null |
			sed -nE 's/^  (-[a-zA-Z]), (--[a-z-]+).*/\1 \2/p; s/^      (--[a-z-]+).*/\1/p')
		mapfile -t COMPREPLY < <(compgen -W "$opts" -- "$cur")
		return
	fi
	case $cmd in
	scan | git | staged | install-hook) mapfile -t COMPREPLY < <(compgen -d -- "$cur") ;;
	verify | merge) mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
	esac
	[ "$cmd" = scan ] && mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -f -- "$cur")
}
complete -F _keyhound keyhound
