#!/usr/bin/env bash
# End-to-end tests of wave 35's humanpw35: passwords people choose under a
# password's name in ordinary config and code lines. Names: a password's
# short word after the service it logs in to in code too ($smtppass,
# $dolibarr_main_db_pass, bind_pw), a bare `pass` given a quoted value (a
# login's <pass> element, PHP's $db['pass']) or in a service's YAML block. Styles: a word and digits, a
# reversed word, a month's day and year, SHOUTED and lower-case words
# around a mark, runs of both cases and a number. Hard negatives under the
# same names: identifiers and settings (user_password,
# PasswordAuthentication, mysql_native_password, utf8mb4_unicode_ci,
# sha256sum, DEBUG_level_20), samples (changeme, P@ssw0rd, Welcome1!),
# references, labels and format strings, a test log's bare PASS, a
# compiler's pass. Every value is generated for this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

# ---- a password's short word after its service, in code too -----------------
mk joomla/configuration.php '<?php
class JConfig {
	public $user = '"'"'joomla'"'"';
	public $smtpuser = '"'"'mailer'"'"';
	public $smtppass = '"'"'revirdlog83'"'"';
}
'
generic joomla/configuration.php 5 revirdlog83

mk dolibarr/conf.php '<?php
$dolibarr_main_db_user='"'"'dolibarr'"'"';
$dolibarr_main_db_pass='"'"'KESTREL_4417_tova'"'"';
'
generic dolibarr/conf.php 3 KESTREL_4417_tova

mk dokuwiki/local.protected.php '<?php
$conf['"'"'plugin'"'"']['"'"'authldap'"'"']['"'"'bindpw'"'"'] = '"'"'Fabrikam-Autumn2025'"'"';
'
generic dokuwiki/local.protected.php 2 Fabrikam-Autumn2025

# ---- a bare pass as a key or an element, beside its user --------------------
mk phpipam/config.php '<?php
$db['"'"'host'"'"'] = '"'"'127.0.0.1'"'"';
$db['"'"'user'"'"'] = '"'"'phpipam'"'"';
$db['"'"'pass'"'"'] = '"'"'mosr71KELP40'"'"';
'
generic phpipam/config.php 4 mosr71KELP40

mk kodi/advancedsettings.xml '<advancedsettings>
  <videodatabase>
    <user>kodi</user>
    <pass>Aug19@2021</pass>
  </videodatabase>
  <musicdatabase>
    <user>kodi</user>
    <pass>nilrehtaewrednit58</pass>
  </musicdatabase>
</advancedsettings>
'
generic kodi/advancedsettings.xml 4 Aug19@2021
generic kodi/advancedsettings.xml 8 nilrehtaewrednit58

# ---- a bare pass in a service's block of a config file ----------------------
mk misskey/default.yml 'db:
  host: db
  user: misskey
redis:
  host: redis
  pass: 27hQeZv4sWpxN8
'
generic misskey/default.yml 6 27hQeZv4sWpxN8

mk ci/results.yml 'smoke:
  pass: 27
  fail: 0
lint:
  pass: ruff-0312-flake
redis:
  pass: ${REDIS_PASS}
'
silent ci/results.yml

# ---- styles under a password's own name -----------------------------------
mk grails/application.yml 'dataSource:
    username: claims
    password: '"'"'SORREL&bramble'"'"'
'
generic grails/application.yml 3 'SORREL&bramble'

mk onedev/hibernate.properties 'hibernate.connection.username=onedev
hibernate.connection.password=GONDOLA$zephyr
'
generic onedev/hibernate.properties 2 'GONDOLA$zephyr'

mk seafile/seahub_settings.py "EMAIL_HOST_USER = 'seafile'
EMAIL_HOST_PASSWORD = 'vtqe-6152-HJRK'
"
generic seafile/seahub_settings.py 2 vtqe-6152-HJRK

mk prinergy/bridge.properties 'smtp.user=bridge
smtp.password=fern-7730LIGHTHOUSE
'
generic prinergy/bridge.properties 2 fern-7730LIGHTHOUSE

# ---- what is no password stays silent under the same names ------------------
mk app/settings.py 'DB_PASSWORD = "user_password"
SMTP_PASSWORD = "PasswordAuthentication"
db_password = "mysql_native_password"
api_password = "utf8mb4_unicode_ci"
ldap_password = "Latin1_General_CI_AS"
mail_password = "sha256sum"
proxy_password = "DEBUG_level_20"
vault_password = "HTTP_status_404"
admin_password = "changeme"
root_password = "P@ssw0rd"
cache_password = "Welcome1!"
redis_password = "%(password)s"
queue_password = "********"
'
silent app/settings.py

mk web/config.php '<?php
$db['"'"'pass'"'"'] = getenv('"'"'DB_PASS'"'"');
$smtppass = $_ENV['"'"'SMTP_PASS'"'"'];
$labels['"'"'pass'"'"'] = '"'"'Enter password'"'"';
$dbpass = '"'"'${DB_PASS}'"'"';
$sqlpass = '"'"'FooBar&BazQux'"'"';
'
silent web/config.php

mk conf/login.xml '<login>
  <user>kodi</user>
  <pass>password</pass>
  <pass>&lt;password&gt;</pass>
  <pass>none</pass>
</login>
'
silent conf/login.xml

mk logs/test-results.log 'PASS: section-flags-120
PASS: arch-x86-64
'
silent logs/test-results.log

mk llvm/Passes.cpp 'FUNCTION_PASS("loop-fusion", LoopFusePass())
'
silent llvm/Passes.cpp
flush_scans

finish "e2e_humanpw35"
