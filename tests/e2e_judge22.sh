#!/usr/bin/env bash
# End-to-end tests of what the lead judged after wave 22's blind corpus
# (holdout23) was scored: a diceware-style passphrase (four or more
# spoken lower-case words joined by one '-' or '_', no number) under a
# password's own name is a password, as password managers and word-list
# generators make them. Decoys: names of things made of code's words
# (a Secret's name, a key's reference), three words only, words too long
# to be a list's, mixed separators.
. "$(dirname "$0")/lib.sh"

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

# names of things, not passphrases: code's words, three words, long
# words, mixed separators
i=0
for v in db-primary-secret-ref my-app-database-password-secret \
	existing-secret-name-here cobalt-fjord-summit \
	authentication-configuration-manager-service cobalt-fjord_summit-juniper \
	my-service-api-key-name; do
	i=$((i + 1))
	mk "neg/$i/values.yaml" "redis:
  password: $v
"
	silent "neg/$i/values.yaml"
done

finish e2e_judge22
