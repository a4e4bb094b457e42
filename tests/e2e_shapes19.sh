#!/usr/bin/env bash
# End-to-end tests of wave 19's places: Apache Camel's RAW(...) and
# RAW{...} around a URI query's password, an XML value held in an element
# that an attribute names (GoCD's <variable name><value>, Spring's
# <property name> with <value> below, properties XML's <entry key>),
# Org mode's =...= and ~...~ and AsciiDoc's `+...+` after a password's
# word, a login written `user / password` in notes, mailcow's DBROOT,
# `pass` beside a user in a config's block, and a JSON string that holds
# JSON. Placeholders, references, a user's name,
# paths, prose and Windows %NAME% references in the same places stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

PW='Vd7kQm2Wz#Lp4T'
LONG=Hq3ZtW8mRk2VbN7xLp4YcJ9s

# Camel's RAW(): the password as it is, to its closing mark
mk camel/src/main/resources/camel/routes.xml "<routes>
  <from uri=\"sftp://edi@sftp.partner.example:22/outbox?password=RAW($PW)&amp;delete=true\"/>
</routes>
"
# (found where it stands; the line's &amp; decoded on the way)
"$KEYHOUND" scan "$T/camel/src/main/resources/camel/routes.xml" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "camel routes.xml: RAW() password at 2:69" jq -e --arg s "$PW" \
	'length == 1 and .[0].secret == $s and .[0].rule_id == "generic-password"
	 and .[0].line == 2 and .[0].column == 69' "$T/out"
mk camel/routes.xml "<from uri=\"sftp://edi@sftp.partner.example/outbox?password=RAW($PW)\"/>
"
found camel/routes.xml 1 generic-password "$PW"
mk camel/application.properties "camel.route.in=ftp://ops@ftp.partner.example/in?binary=true&password=RAW{$LONG}&passiveMode=true
"
found camel/application.properties 1 generic-secret "$LONG"
mk camel/decoy/routes.xml "<from uri=\"sftp://edi@sftp.partner.example/outbox?password={{sftp.password}}&amp;delete=true\"/>
<from uri=\"sftp://edi@sftp.partner.example/outbox?password=RAW({{sftp.password}})&amp;delete=true\"/>
<from uri=\"sftp://edi@sftp.partner.example/outbox?password=RAW(\${env:SFTP_PASSWORD})\"/>
"
silent camel/decoy/routes.xml

# XML: an element's value, its name in an attribute
mk xml/cruise-config.xml "<cruise>
  <environmentvariables>
    <variable name=\"SMTP_PASSWORD\"><value>$LONG</value></variable>
  </environmentvariables>
</cruise>
"
found xml/cruise-config.xml 3 generic-secret "$LONG"
mk xml/WEB-INF/beans.xml "<bean id=\"ds\" class=\"org.example.DataSource\">
  <property name=\"password\">
    <value>$PW</value>
  </property>
</bean>
"
found xml/WEB-INF/beans.xml 3 generic-password "$PW"
mk xml/conf/app-properties.xml "<properties>
  <entry key=\"db.user\">app</entry>
  <entry key=\"db.password\">$LONG</entry>
</properties>
"
found xml/conf/app-properties.xml 3 generic-secret "$LONG"
mk xml/decoy/cruise-config.xml "<variable name=\"SMTP_USER\"><value>$LONG</value></variable>
<variable name=\"SMTP_PASSWORD\"><value>#{SMTP_PASSWORD}</value></variable>
<property name=\"password\">
  <value>\${db.password}</value>
</property>
<entry key=\"db.password\"></entry>
<input name=\"password\" type=\"password\"/>Enter the password
"
silent xml/decoy/cruise-config.xml

# Org mode's and AsciiDoc's verbatim after a password's word
mk notes/setup.org "* NAS
- web ui: https://nas.lan:5001  user: =admin=  pass: =$PW=
"
found notes/setup.org 2 generic-password "$PW"
mk notes/db.org "* Database
- replica password: ~$LONG~ (rotated in May)
"
found notes/db.org 2 generic-secret "$LONG"
mk notes/ops.adoc "== Access

The admin password is \`+$PW+\` for now.
"
found notes/ops.adoc 3 generic-password "$PW"
mk notes/decoy/setup.org "- pass: =~/.password-store=
- password: =a=b=
- bypass: =$LONG=
"
silent notes/decoy/setup.org

# a login in notes: user / password after a word that says so
mk notes/oncall-handover.md "# Handover
- Grafana admin login for the status wall: admin / $LONG
"
found notes/oncall-handover.md 2 generic-secret "$LONG"
mk notes/nas.md "# NAS
- NAS credentials: ops / $PW
"
found notes/nas.md 2 generic-password "$PW"
mk notes/decoy/handover.md "- login: admin / admin
- login via SSO: Settings / Security
- login: admin / \$GRAFANA_ADMIN_PASSWORD
- login: admin / <ask the team>
- login flow: /auth/login / /auth/callback
- throughput: 1200 / 3600 per login
"
silent notes/decoy/handover.md

# mailcow's DBROOT: the database root's password
mk mailcow/mailcow.conf "MAILCOW_HOSTNAME=mail.example.org
DBNAME=mailcow
DBUSER=mailcow
DBROOT=$LONG
"
found mailcow/mailcow.conf 4 generic-secret "$LONG"
mk mailcow/decoy/mailcow.conf "DB_ROOT=/var/lib/mysql
DBROOT=\${DBROOT}
"
silent mailcow/decoy/mailcow.conf

# pass alone beside a user in a config's block or section: a login
mk wiki/config.yml "port: 3000
db:
  type: postgres
  user: wikijs
  pass: $LONG
  db: wiki
"
found wiki/config.yml 5 generic-secret "$LONG"
mk conf/app.ini "[database]
user = app
pass = $PW
"
found conf/app.ini 3 generic-password "$PW"
mk conf/decoy/lint.yml "db:
  user: wikijs
checks:
  pass: strict-$LONG
"
silent conf/decoy/lint.yml
mk conf/decoy/app.ini "[database]
user = app
[checks]
pass = $PW
"
silent conf/decoy/app.ini

# JSON inside a JSON string: found where it stands in the outer file
mk json/get-secret-value.json "{
  \"Name\": \"prod/db\",
  \"SecretString\": \"{\\\"username\\\":\\\"app\\\",\\\"password\\\":\\\"$PW\\\",\\\"host\\\":\\\"db.internal\\\"}\"
}
"
"$KEYHOUND" scan "$T/json/get-secret-value.json" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "JSON in a JSON string: at 3:57 of the outer file" jq -e --arg s "$PW" \
	'length == 1 and .[0].secret == $s and .[0].rule_id == "generic-password"
	 and .[0].line == 3 and .[0].column == 57 and .[0].decoded == ["escape"]' "$T/out"
mk json/decoy/secret.json "{\"SecretString\": \"{\\\"password\\\":\\\"\${DB_PASS}\\\"}\"}
"
silent json/decoy/secret.json

# Windows %NAME% references stand for a value set elsewhere
mk envref/auth.json "{
  \"bearer\": {
    \"private.example.org\": \"%COMPOSER_BEARER%\"
  }
}
"
silent envref/auth.json
mk envref/deploy.env "DB_PASSWORD=%DB_PASSWORD%
"
silent envref/deploy.env

# past 65,536 keyword hits the shape reader reads every line: a GoCD
# value far down is still found
awk 'BEGIN { for (i = 0; i < 70000; i++) print "<!-- token " i " -->" }' >"$T/big.xml"
printf '<variable name="SMTP_PASSWORD"><value>%s</value></variable>\n' "$LONG" >>"$T/big.xml"
"$KEYHOUND" scan "$T/big.xml" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports big.xml "$LONG"

finish e2e_shapes19
