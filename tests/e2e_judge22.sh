#!/usr/bin/env bash
# End-to-end tests of what the lead judged after wave 22's blind corpus
# (holdout23) was scored: a diceware-style passphrase (four or more
# spoken lower-case words joined by one '-' or '_', no number) under a
# password's own name is a password, as password managers and word-list
# generators make them. Decoys: names of things made of code's words
# (a Secret's name, a key's reference), words too long
# to be a list's, mixed separators.
. "$(dirname "$0")/lib.sh"
batch_scans

i=0
for v in cobalt-fjord-summit-juniper-prairie lantern-meadow-zephyr-zephyr-monsoon \
	tundra_saffron_pelican_basalt velvet-otter-quarry-lilac; do
	i=$((i + 1))
	mk "pos/$i/.env" "POSTGRES_PASSWORD=$v
"
	generic "pos/$i/.env" 1 "$v"
	mk "pos/$i/secrets.yaml" "mqtt:
  user: hass
  password: $v
"
	generic "pos/$i/secrets.yaml" 3 "$v"
	mk "pos/$i/config.json" "{
  \"production\": {\"username\": \"portal\", \"password\": \"$v\"}
}
"
	generic "pos/$i/config.json" 2 "$v"
done

# names of things, not passphrases: code's words, long
# words, mixed separators
i=0
for v in db-primary-secret-ref my-app-database-password-secret \
	existing-secret-name-here \
	authentication-configuration-manager-service cobalt-fjord_summit-juniper \
	my-service-api-key-name; do
	i=$((i + 1))
	mk "neg/$i/values.yaml" "redis:
  password: $v
"
	silent "neg/$i/values.yaml"
done

# Wave 26 flipped this judgement with evidence: in 5 GB of real trees
# (kernel, /usr, node_modules, /etc) no value of three spoken words
# stands under a password's name outside a program's source (the 28
# inside one are code's references and identifiers), and Bitwarden's
# generator makes passphrases from three words up (e2e_judge26.sh,
# doc/detection.md).
mk pos/three/values.yaml "redis:
  password: cobalt-fjord-summit
"
generic pos/three/values.yaml 2 cobalt-fjord-summit

finish e2e_judge22
