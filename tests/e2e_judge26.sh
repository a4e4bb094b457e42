#!/usr/bin/env bash
# End-to-end tests of wave 26's judgements of values under a password's
# own name: three spoken words joined by '-' or '.' are a passphrase
# (Bitwarden's generator makes them from 3 words up, every word
# Capitalized or a digit after one word as its options say; real trees
# hold no name of a thing so shaped under a password's name outside
# code), and a '=' inside a generated password is one of its marks, not
# base64's padding. Decoys: '_'-joined words (code's joint), short words,
# dotted Capitals (code's path), two digits, a host's, a service's or a
# setting's words, names that hold no password itself (a secret's name, a
# reference, a file), a test log's PASS, an option and base64 run
# together.
. "$(dirname "$0")/lib.sh"
batch_scans

# three words, in Terraform variables, HOCON, a MySQL option file, Nix
mk tf/prod.tfvars 'region         = "eu-west-2"
admin_password = "harpoon-mosaic-tundra"
'
generic tf/prod.tfvars 2 harpoon-mosaic-tundra
mk hocon/application.conf 'db {
  url = "jdbc:postgresql://db1/ledger"
  password = "walnut.meteor.sapphire"
}
'
generic hocon/application.conf 3 walnut.meteor.sapphire
mk cnf/backup.cnf '[client]
user=backup
password=gondola-pewter-ravine
'
generic cnf/backup.cnf 3 gondola-pewter-ravine
mk nix/mail.nix '{
  services.relay.smtpPassword = "quiver.bramble.lagoon";
}
'
generic nix/mail.nix 2 quiver.bramble.lagoon

# Bitwarden's options: every word Capitalized, a digit after one word
mk tf/relay.tfvars 'relay_password = "Marble-Quiver-Lantern"
'
generic tf/relay.tfvars 1 Marble-Quiver-Lantern
mk hocon/ldap.conf 'ldap {
  bind-password = ferret-quarry4-mosaic
}
'
generic hocon/ldap.conf 2 ferret-quarry4-mosaic

# a '=' inside a generated password
mk tf/vpn.tfvars 'vpn_password = "Wd4Tx9Q=Hk2Lm7Rv3Yp8"
'
generic tf/vpn.tfvars 1 "Wd4Tx9Q=Hk2Lm7Rv3Yp8"
mk hocon/cache.conf 'cache.password = "Rk7=vQpLx2Wn9sTe"
'
generic hocon/cache.conf 1 "Rk7=vQpLx2Wn9sTe"
mk cnf/replica.cnf '[client]
password=-Q=tw8=Vh3nKe5Lc
'
generic cnf/replica.cnf 2 "-Q=tw8=Vh3nKe5Lc"

# a '%' and two hex digits of a letter or digit inside a generated
# password: the decoder makes no decoded copy of "%73" or "%65", so the
# value is the password as written (an encoded '/' still is decoded)
mk tf/kiosk.tfvars 'kiosk_password = "KotuQBU%73n?"
'
generic tf/kiosk.tfvars 1 "KotuQBU%73n?"
mk cnf/report.cnf '[client]
password=U7L6iZ7%65s?
'
generic cnf/report.cnf 2 "U7L6iZ7%65s?"
mk tf/ldap.tfvars 'ldap_password = "Kotu%2FBUx73n?"
'
generic tf/ldap.tfvars 1 "Kotu/BUx73n?"

# names of things: code's '_', short words, two words, a host's, a
# service's and a setting's words
mk neg/things.tfvars 'admin_password = "harpoon_mosaic_tundra"
db_password    = "fox-elm-oak"
vpn_password   = "copper-lantern"
smtp_password  = "relay.harbour.org"
cache_password = "redis.cluster.primary"
vault_password = "use-system-keyring"
mail_password  = "Ledger.Quarry.Mosaic"
sftp_password  = "ferret-quarry4-mosaic2"
'
silent neg/things.tfvars
# names that hold no password itself: a secret's name, a reference, a
# file; a test log's PASS; code's reference
mk neg/refs.conf 'db_password_secret_name = "harpoon-mosaic-tundra"
passwordRef = "walnut.meteor.sapphire"
password_file = "gondola-pewter-ravine"
'
silent neg/refs.conf
mk neg/test-suite.log 'PASS: quiver-bramble-lagoon
PASS: walnut.meteor.sapphire
'
silent neg/test-suite.log
mk neg/client.js 'const password = this.options.proxy.password;
'
silent neg/client.js
# an option, base64 values run together
mk neg/opts.conf 'password = --retries=3
password = dGhpcyBpcyBub3QgYSBwYXNzd29yZA==ZXh0cmEgYmxvY2sgaGVyZQ==
password = "TWFyYmxlcw==UXVpdmVy"
'
silent neg/opts.conf

# PostgreSQL's stored md5 form is a hash for every rule, not only the
# password judge (generic-secret took a 35-byte one in a psql history)
mk neg/psql_history 'ALTER ROLE legacy PASSWORD '"'"'md518510d29001940b2090b83e33c603cb4'"'"';
legacy_secret = "md50b563cef85242a6391a7e0b8e3a4c2d1"
'
silent neg/psql_history

finish e2e_judge26
