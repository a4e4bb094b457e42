#!/usr/bin/env bash
# End-to-end tests of wave 16's passwords people choose: words joined by
# a mark and ending in a number (Harbor_thistle5301, Cedar-marble72) under
# a password's name, quoted or bare outside a program's source; the
# files that hold them by their place (Postfix's sasl_passwd and its
# static: map, fetchmailrc, Moodle's $CFG->dbpass). Names of code and
# hosts, references, sample words, fillers, other names and bare values
# in source code stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

# longer than 15 characters: generic-secret's; up to 15: generic-password's
mk ini/app.ini "[sync]
username = kiosk
password = Harbor_thistle5301
"
found ini/app.ini 3 generic-secret "Harbor_thistle5301"
mk env/.env.production "DB_HOST=db
DB_PASS=Cedar-marble72
"
found env/.env.production 2 generic-password "Cedar-marble72"
mk props/application.properties "spring.datasource.username=app
spring.datasource.password=Juniper.falcon604
"
found props/application.properties 2 generic-secret "Juniper.falcon604"
mk php/config.php "<?php
\$CONFIG = array (
  'dbuser' => 'cloud',
  'dbpassword' => 'Pebble_orchid39',
);
"
found php/config.php 4 generic-password "Pebble_orchid39"
mk py/resources.py "warehouse = SnowflakeResource(
    user=\"SVC\",
    password=\"Amber.willow42\",
)
"
found py/resources.py 3 generic-password "Amber.willow42"
mk compose/docker-compose.yml "services:
  game:
    environment:
      SERVER_PASS: \"Orchid-pebble563\"
"
found compose/docker-compose.yml 4 generic-secret "Orchid-pebble563"
mk notes/handover.txt "mail relay
password: Quill-harbor715
"
found notes/handover.txt 2 generic-password "Quill-harbor715"

# files that hold a password by its place
mk moodle/config.php "<?php
\$CFG->dbuser    = 'moodle';
\$CFG->dbpass    = 'Saffron-quill817';
"
found moodle/config.php 3 selfhosted-php-db-password "Saffron-quill817"
mk postfix/main.cf "relayhost = [smtp.relay.test]:587
smtp_sasl_password_maps = static:relay@acme.test:Willow.cedar904
"
found postfix/main.cf 2 generic-password "Willow.cedar904"
# a generated passphrase (three lower-case words, three digits) and
# Capitalized words glued, closed by a mark
mk passphrase/app.ini "[database]
PASSWD   = basalt-quiver-meadow-518
"
found passphrase/app.ini 2 generic-secret "basalt-quiver-meadow-518"
mk glued/settings.yml "mail:
  password: FalconCopper83?
"
found glued/settings.yml 2 generic-password "FalconCopper83?"
# a password by its place, whatever its name: a .pgpass line, a
# command's password flag
mk place/.pgpass "db.internal:5432:ledger:ledger_app:saffron-quiver-basalt-318
"
found place/.pgpass 1 postgres-pgpass-password "saffron-quiver-basalt-318"
mk place/restore.sh "mysql -u root -p'Thimble.cedar445' -h 127.0.0.1 ledger
sshpass -p 'maple-ember-quartz-207' ssh deploy@db.internal
"
found place/restore.sh 1 cli-mysql-password "Thimble.cedar445"
found place/restore.sh 2 cli-sshpass-password "maple-ember-quartz-207"
mk place/decoy.sh "mysql -u root -p'nightly_backup2024' ledger
sshpass -p \"\$SSH_PASS\" ssh deploy@db.internal
"
silent place/decoy.sh
mk postfix2/sasl_passwd "[smtp.relay.test]:587    alerts@acme.test:Marble_juniper28
"
found postfix2/sasl_passwd 1 postfix-sasl-password "Marble_juniper28"
mk fetch/.fetchmailrc "poll imap.acme.test protocol IMAP
    user \"ops\" there with password \"Thistle.amber66\" is ops here
"
found fetch/.fetchmailrc 2 fetchmail-password "Thistle.amber66"

# decoys: a reference in source, names of code and hosts, sample words,
# fillers, a word without a number, five words, camelCase, a map's file
mk decoy/app.py "password = Settings.token42
"
silent decoy/app.py
mk decoy/client.js "const password = Vault.lookup2024
"
silent decoy/client.js
for v in velvet_saffron8234 db-primary01 MY_DB_PASS_01 Password_reset2024 \
	Welcome_home2024 Abcde_fghij12 Config.Password2 Ember-lantern \
	Session_cache_token_store_client12 HarborClient5301 '${DB_PASSWORD}' \
	OrchidHandler70 otter-walnut-345 hdfs-datanode-volume-004x; do
	mk "decoy/$v/app.ini" "[db]
password = $v
"
	silent "decoy/$v/app.ini"
done
# the same words under names that are no password's
mk decoy/names.ini "[api]
token = Harbor_thistle5301
api_key = Cedar-marble72
password_file = Juniper.falcon604
"
silent decoy/names.ini
mk decoy/main.cf "smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd
virtual_alias_maps = static:relay@acme.test:Willow.cedar904
"
silent decoy/main.cf

finish e2e_passwords16
