#!/usr/bin/env bash
# End-to-end tests of wave 18's strong password places: a password's own
# name with a literal value assigned holds a password unless the value is
# recognisably none, whatever its style (lower-case words glued, one word
# through substitutions and a year, words with blanks and a number), and
# places that are a password's by themselves (PgBouncer's userlist,
# Redis' requirepass) keep glued words too. Under the same names a
# setting's word, labels and sentences, a compiler pass's name,
# references, paths and sample words stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

# silent FILE: scanning $T/FILE gives no finding
silent() {
	"$KEYHOUND" scan "$T/$1" -f json -o "$T/out" 2>"$T/err"
	check "$1: no finding" jq -e 'length == 0' "$T/out"
}

# glued words and substitutions under a password's own name
mk glued/app.yaml "admin:
  password: \"sorrelquinceheron\"
"
found glued/app.yaml 2 generic-secret sorrelquinceheron
mk glued/mail.ini "[smtp]
password = dunlinfescue
"
found glued/mail.ini 2 generic-password dunlinfescue
mk glued/getmailrc "[retriever]
password = t4nsy1998
"
found glued/getmailrc 2 generic-password t4nsy1998
mk glued/config.php "<?php
\$CONFIG = array (
  'mail_smtppassword' => 'marram57lichen&',
);
"
found glued/config.php 3 generic-password 'marram57lichen&'

# words with blanks and a number
mk phrase/config.py "class Settings(BaseSettings):
    first_admin_password: str = \"Osprey nutmeg garnet 6\"
"
found phrase/config.py 2 generic-passphrase 'Osprey nutmeg garnet 6'
mk phrase/app.ini "[db]
password = indigo russet yarrow 41
"
found phrase/app.ini 2 generic-passphrase 'indigo russet yarrow 41'

# places that are a password's by themselves
mk place/pgbouncer/userlist.txt "\"report\" \"aspenvervainumbra\"
"
found place/pgbouncer/userlist.txt 1 daemonconf-pgbouncer-userlist-password aspenvervainumbra
mk place/redis.conf "bind 127.0.0.1
requirepass kestrelbrambleember
"
found place/redis.conf 2 daemonconf-password kestrelbrambleember

# the same names with what is no password
mk decoy/app.yaml "auth:
  password: authentication
  password: \"Mot de passe\"
  password: \"Your password is too short\"
  password: \"correct horse battery staple\"
  password: \"Heron cedar moss\"
  password: \"rapunz3l\"
  password: \"env:SMTP_PASSWORD\"
  password: \"/run/secrets/db-password\"
  password: \"postgres2024\"
  password: \"respectively\"
"
silent decoy/app.yaml
mk decoy/Passes.def "MACHINE_FUNCTION_PASS(\"livedebugvalues\", LiveDebugValuesPass())
"
silent decoy/Passes.def

finish e2e_passwords18
