#!/usr/bin/env bash
# End-to-end tests of wave 40's cheaper per-file set-up (perfile40): the
# decisions taken from a file's path before its first byte is matched,
# each now asked without a libc call per suffix or per list entry. Path
# rules: a glob's literal run (openvpn/, /pgbouncer/, data/, hiera/) is
# searched for by its rarest byte, so the edges are a run whose rare byte
# stands earlier in the path (vv/openvpn/), a run inside a longer name
# (xopenvpn/, adat/), a run in another case (OpenVPN/, .TXT, .YAML). A
# document's kind (.eml, .mht, .mhtml, .mbox in any case are mail; .txt,
# .emlx, .html are not), a YAML file's folds (.yaml, .YAML, .Yml; not
# .yaml.txt), a config file's name (its
# extension in any case, dotfiles, a stem ending config or settings, a
# directory etc/ or conf.d/ in its own case, -config, .rsc in its case), a
# C source (.c .h .cc .cpp .cxx .hpp .hh, in their case: .C, .cs, .ch,
# .c.txt and a directory x.c/ are not), a device's config by its first
# word (hostname, Building, /interface; not xhostname, Hostname, a longer
# word). None is new (all pass on kh-w40base: a speed change; reports of
# the kernel trees, corpus/, the holdouts and the quality corpus are
# byte-identical, doc/performance.md). Every value is generated for this
# suite.
. "$(dirname "$0")/lib.sh"
batch_scans

# rule_once FILE RULE SECRET: SECRET reported once by RULE (any place).
rule_once() {
	scan_check "$1: $3 by $2" "$1" \
		'[.[] | select(.secret == $s)] | length == 1 and .[0].rule_id == $r' \
		--arg r "$2" --arg s "$3"
}

# no_rule FILE RULE: RULE reports nothing in FILE.
no_rule() {
	scan_check "$1: nothing by $2" "$1" '[.[] | select(.rule_id == $r)] | length == 0' \
		--arg r "$2"
}

# not_whole FILE SECRET: SECRET is not reported (its pieces may be).
not_whole() {
	scan_check "$1: no $2" "$1" '[.[] | select(.secret == $s)] | length == 0' --arg s "$2"
}

V1=CrOSyappwv2Il6c1nxRd
PW=Harrow7_quill42
V=Rk8sW3nQ7vX2mL9pT4zC6yB1
RE=re_Tq7ZmP2x_Kw9LbV4nRc8YsD3hJf6GuA1p

# ---- path rules: a glob's run found by its rarest byte ----------------------
for d in openvpn vv/openvpn openvpn/sub; do
	mk "pr/$d/client.txt" "ops"$'\n'"$V1"$'\n'
	found "pr/$d/client.txt" 2 daemonconf-openvpn-auth-file "$V1"
done
# the run inside a longer name, in another case, the key in another case
for f in xopenvpn/client.txt OpenVPN/client.txt openvpn/client.TXT openvpn.txt; do
	mk "pr/$f" "ops"$'\n'"$V1"$'\n'
	silent "pr/$f"
done
# userlist.txt is its own glob: a pgbouncer directory or not
for d in etc/pgbouncer etc/my-pgbouncer pgbouncer/pgbouncer; do
	mk "pr/$d/userlist.txt" "\"app\" \"$PW\""$'\n'
	found "pr/$d/userlist.txt" 1 daemonconf-pgbouncer-userlist-password "$PW"
done
# Hiera's data/ and hiera/ globs; a run inside another name, a .YAML
for d in hieradata data hiera; do
	mk "pr/puppet/$d/common.yaml" "profile::db::replication_password: '$PW'"$'\n'
	found "pr/puppet/$d/common.yaml" 1 hiera-password "$PW"
done
mk pr/puppet/adat/common.yaml "profile::db::replication_password: '$PW'"$'\n'
no_rule pr/puppet/adat/common.yaml hiera-password
generic pr/puppet/adat/common.yaml 1 "$PW"
mk pr/puppet/hiera/common.YAML "profile::db::replication_password: '$PW'"$'\n'
no_rule pr/puppet/hiera/common.YAML hiera-password

# ---- a document's kind: mail by its extension, in any case -----------------
MAIL=$'From: a@b.example\nTo: c@d.example\nSubject: db\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\ndb password: Harrow7_q=\nuill42 for the shop\n'
# (told apart by the name's last byte: l for .eml and .mhtml, x, t)
for e in eml EML Eml mht MHT mhtml MHTML mbox Mbox; do
	mk "doc/mail.$e" "$MAIL"
	rule_once "doc/mail.$e" generic-password "$PW"
done
for e in txt emlx html xml; do
	mk "doc/mail.$e" "$MAIL"
	not_whole "doc/mail.$e" "$PW"
done

# ---- a YAML file's folds, its extension in any case ------------------------
FOLD=$'exporter:\n  authToken: oEEgm7NF5MXrZEGxBJ8wGeKokRJlbN\n    ZNlCyABeJkKIVsyH9vQI0Ivjov\n  port: 9100\n'
for e in yaml YAML Yml; do
	mk "cont/plain.$e" "$FOLD"
	secrets_exactly "cont/plain.$e" oEEgm7NF5MXrZEGxBJ8wGeKokRJlbNZNlCyABeJkKIVsyH9vQI0Ivjov
done
mk cont/plain.yaml.txt "$FOLD"
secrets_exactly cont/plain.yaml.txt oEEgm7NF5MXrZEGxBJ8wGeKokRJlbN

# ---- a config file by its name: `NAME value` read only there ---------------
for n in settings.ini settings.INI settings.Ini settings.txt app_settings.txt appconfig.py \
	appCONFIG.py etc/mail.txt conf.d/mail.txt .env.local .envrc .npmrc Dockerfile.prod \
	x-config x.rsc; do
	mk "cfg/$n" $'[mail]\nSMTPPASS '"$V"$'\n'
	found "cfg/$n" 2 generic-secret "$V"
done
for n in etcx/mail.txt a/etc b/ETC/mail.txt appsetting.txt x.confg x.RSC mail.c; do
	mk "cfg/$n" $'[mail]\nSMTPPASS '"$V"$'\n'
	silent "cfg/$n"
done

# ---- a C source by its extension, in its case: no provider fields read -----
for e in C cs ch c.txt gleam; do
	mk "field/mail.$e" "  Creds(provider: \"resend\", key: \"$RE\")"$'\n'
	found "field/mail.$e" 1 resend-api-key "$RE"
done
mk field/x.c/mail "  Creds(provider: \"resend\", key: \"$RE\")"$'\n'
found field/x.c/mail 1 resend-api-key "$RE"
for e in c h cc cpp cxx hpp hh; do
	mk "field/mail.$e" "  Creds(provider: \"resend\", key: \"$RE\")"$'\n'
	silent "field/mail.$e"
done

# ---- a device's config by its first words -----------------------------------
DEV=$'interface outside\naaa-server TAC host 10.1.1.5\n key '"$PW"$'\n'
mk dev/asa.txt "hostname fw1"$'\n'"$DEV"
found dev/asa.txt 4 generic-password "$PW"
mk dev/asa-bang.txt $'! saved\nBuilding configuration...\nCurrent configuration : 1 bytes\nhostname fw1\n key '"$PW"$'\n'
found dev/asa-bang.txt 5 generic-password "$PW"
mk dev/asa-slash.txt $'/interface ethernet\n/ip address\n/system identity\n key '"$PW"$'\n'
found dev/asa-slash.txt 4 generic-password "$PW"
for w in xhostname Hostname hostnamehostnamehostname; do
	mk "dev/asa-$w.txt" "$w fw1"$'\n'"$DEV"
	silent "dev/asa-$w.txt"
done

finish e2e_perfile40
