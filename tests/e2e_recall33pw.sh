#!/usr/bin/env bash
# End-to-end tests of wave 33's password recall (recall33pw): a JSON
# member's map of users to their passwords (an appliance's config:
# "RegisteredUsers" : { "admin" : "…" }), and a chat line's login whose
# password starts with a '*' no '*' closes (admin / *Rq4walnut). Each with
# its hard negatives: maps of users to names, roles, IDs, addresses,
# digests and placeholders; Markdown's emphasis. Code comments that name
# a table's, a cache's or a public key stay quiet. A password
# holding a '%' no escape follows is no URL encoding (an encoder writes
# %25), not Windows' %VAR% nor Python's %(name)s. A plural credential's
# name given a list of values in one string (RELAY_SASL_PASSWORDS = "a,b"):
# each value; not words, references, hotkeys, a table's sort keys.
. "$(dirname "$0")/lib.sh"
batch_scans

# absent FILE VALUE: no finding of VALUE in $T/FILE
absent() {
	scan_check "$1: no finding of $2" "$1" '[.[] | select(.secret == $s)] | length == 0' \
		--arg s "$2"
}

# ---- a JSON member's map of users to passwords -----------------------------
mk imaging/pacs.json '{
  "Name" : "PACS-north",
  "AuthenticationEnabled" : true,
  "RegisteredUsers" : {
    "admin" : "Heron-52Tq8wLmVz",
    "viewer" : "Larch_37pWq0Nd"
  },
  "HttpPort" : 8042
}
'
generic imaging/pacs.json 5 Heron-52Tq8wLmVz
generic imaging/pacs.json 6 Larch_37pWq0Nd

mk app/settings.json '{
  "basicAuthUsers": {
    "ops": "Quay.81RbnXtPw",
    "deploy": "Marten!40ZkLqe"
  }
}
'
generic app/settings.json 3 Quay.81RbnXtPw
generic app/settings.json 4 Marten!40ZkLqe

# maps of users to what else a user has: names, hashes, mail, IDs, roles
mk app/directory.json '{
  "users": {
    "alice": "Alice Liddell",
    "bob": "Bob Stone"
  },
  "staffUsers": {
    "admin": "$2y$10$Qm7vZbX1pLk3nR8sT2wY4uE6iO0aB9cD5fG7hJ1kL3mN5pR7tV9xZ"
  },
  "mailUsers": {
    "u1": "alice@example.com",
    "u2": "Bob.Stone+ops@example.org"
  },
  "envUsers": {
    "alice": "${ALICE_PASSWORD}",
    "bob": "changeme",
    "carol": "********",
    "dave": "<password>"
  },
  "slackUsers": {
    "alice": "U024BE7LH",
    "bob": "W5RT3KQ9P"
  },
  "Users": {
    "title": "Manage users",
    "addButton": "Add user"
  },
  "hashUsers": {
    "admin": "5f4dcc3b5aa765d61d8327deb882cf99",
    "ops": "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
  },
  "idUsers": {
    "alice": "550e8400-e29b-41d4-a716-446655440000"
  },
  "accounts": {
    "treasury": "0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE"
  },
  "homeUsers": {
    "alice": "/home/alice",
    "bob": "users/bob.json"
  },
  "roleUsers": {
    "alice": "ReadWrite",
    "bob": "roles/viewer"
  },
  "dateUsers": {
    "alice": "2024-01-05T10:00:00Z",
    "bob": "v1.2.3-rc4"
  }
}
'
silent app/directory.json

# ---- a comment's sentence naming a key is not read outside notes --------
mk jobs/notes.go '// the cache key for the session is computed from the user id
// primary key for the table is tenant_id_and_user_id_v2
// key for the map is the digest: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
// the signing credential for the build is in the vault, see RUNBOOK
// the credential for the bot is ${BOT_TOKEN_FROM_THE_VAULT_2024}
// public key for the release is RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3
// the sort key for the index is CreatedAtTimestampAndTenantId2
package jobs
'
silent jobs/notes.go

# ---- a password's own '%' is no URL encoding -------------------------------
mk web/configuration.php "<?php
class JConfig {
	public \$password = 'RtvQ#%5cmLWPZ%*Hbk7q';
	public \$dbprefix = 'jos_';
	public \$smtppass = '%SMTP_PASSWORD%';
	public \$proxy_pass = '%(proxy_password)s';
}
"
generic web/configuration.php 3 'RtvQ#%5cmLWPZ%*Hbk7q'
absent web/configuration.php '%SMTP_PASSWORD%'
absent web/configuration.php '%(proxy_password)s'

# ---- a pool of values under a plural name ---------------------------------
mk relay/rotate.esql 'FROM logs-relay
| EVAL RELAY_SASL_PASSWORDS = "Heron.82GGit3Hqq,Otter_47N92kMo"
| EVAL RELAY_SASL_PASSWORD = "${RELAY_SASL_PASSWORD}"
'
generic relay/rotate.esql 2 Heron.82GGit3Hqq
generic relay/rotate.esql 2 Otter_47N92kMo

mk relay/pools.py 'UPSTREAM_API_KEYS = "Kq7TmWz3PnXv6LkRb2YcHd5SfJg7KeUa, Rq4Tz8WbN2cYd7FhJ5gSe1AqXo3MtUx9"
ALLOWED_TOKENS = "read,write,admin"
SECRET_KEYS = "${KEY_A},${KEY_B}"
hotkeys = "ctrl+alt+Tq7mWz3PnXv6Lk,shift+Rb2YcHd5SfJg7KeU"
sort_keys = "tenant_id,createdAtTimestamp2024"
PUBLIC_KEYS = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq7, ssh-rsa AAAAB3NzaC1yc2EAAAADAQAB"
passwords = "hunter2,letmein,changeme"
NOTE_TOKENS = "see the vault, ask ops"
'
generic relay/pools.py 1 Kq7TmWz3PnXv6LkRb2YcHd5SfJg7KeUa
generic relay/pools.py 1 Rq4Tz8WbN2cYd7FhJ5gSe1AqXo3MtUx9
scan_check "relay/pools.py: nothing past the pool" relay/pools.py '[.[] | select(.line > 1)] | length == 0'

# ---- a login whose password starts with '*' --------------------------------
mk notes/chat/ops-2026-10.txt '[2026-10-01 10:02] kim: printer web ui is admin / *Rq4walnut  (change it pls)
[2026-10-01 10:04] kim: docs say read / *write* for the share, nothing else
[2026-10-01 10:05] kim: for the router see admin / *the wiki page*
'
found notes/chat/ops-2026-10.txt 1 generic-password '*Rq4walnut'
absent notes/chat/ops-2026-10.txt write
absent notes/chat/ops-2026-10.txt '*the'
flush_scans

finish "e2e_recall33pw"
