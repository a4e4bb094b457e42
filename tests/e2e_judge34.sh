#!/usr/bin/env bash
# End-to-end tests of wave 34's password judge (judge34): a generated
# password whose letters' cases were drawn at random, joined by '-', '_',
# '.', digits or marks (wvTWxaLY_Uo's kind), is no name of code and no
# word, whatever the carrier: Python, YAML, properties, dotenv, a CSV's or
# a TSV's column, an XML element. A dotted one is no attribute's path, and
# a '$' or a '%' inside a Python string is no interpolation; nor is a '$'
# first before a mark in YAML or Python ($Yt#kWq9Pz2Lm), where a shell's
# or PHP's double-quoted string expands it. Hard
# negatives: names of code whose case-words are whole (config.DbPass,
# getStreamById, MyApp.UI.Views, XMLHttpRequest), constants and slugs
# (DB_HOST_PW, my-db-pass), references (%DbPassWord%, $DbPassValue).
# Every value is generated for this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

# ---- random cases joined by separators, in every carrier ------------------
mk app/settings.py 'DB_PASSWORD = "FbHTuhspSpn_lS"
SMTP_PASSWORD = "kParCtCg-ykXP"
api_password = "q.XbRTmoVd"
cache_password = "vmQ$zr#Lakjpe!WuHgT"
'
generic app/settings.py 1 FbHTuhspSpn_lS
generic app/settings.py 2 kParCtCg-ykXP
generic app/settings.py 3 q.XbRTmoVd
generic app/settings.py 4 'vmQ$zr#Lakjpe!WuHgT'

mk deploy/values.yaml 'database:
  host: db.internal
  password: "oCEzbfS-Ka_g"
'
generic deploy/values.yaml 3 oCEzbfS-Ka_g

mk src/main/resources/application.properties 'spring.datasource.url=jdbc:postgresql://db:5432/app
spring.datasource.password=fYDZ-QVIHhHdgbgh
'
generic src/main/resources/application.properties 2 fYDZ-QVIHhHdgbgh

mk svc/.env 'REDIS_PASSWORD=NW_AqaiE-VvQ
'
generic svc/.env 1 NW_AqaiE-VvQ

mk exports/accounts.csv 'user,api_password,role
alice,onS_rtcCfSrvQpUm,admin
'
generic exports/accounts.csv 2 onS_rtcCfSrvQpUm

mk exports/keys.tsv "name	secret	owner
printer	RokuWBn-Vqt%H%zx	ops
"
generic exports/keys.tsv 2 'RokuWBn-Vqt%H%zx'

mk conf/gateway.xml '<gateway>
  <user>relay</user>
  <password>TmHfVec_.Tq</password>
</gateway>
'
generic conf/gateway.xml 3 TmHfVec_.Tq

# ---- a '$' first is an interpolation only where the file expands one -----
mk db/app.yaml 'db:
  password: "$Yt#kWq9Pz2Lm"
  replica_password: "$#hrvNzo4kqd!WJx#Ec3"
'
generic db/app.yaml 2 '$Yt#kWq9Pz2Lm'
generic db/app.yaml 3 '$#hrvNzo4kqd!WJx#Ec3'

mk etc/notify.py 'MAIL_PASSWORD = "$GoTR@!Xpla!"
'
generic etc/notify.py 1 '$GoTR@!Xpla!'

mk deploy/start.sh 'export DB_PASSWORD="$GoTR@!Xpla!"
export API_PASSWORD="$#hrvNzo4kqd!WJx#Ec3"
'
silent deploy/start.sh

mk web/config.php '<?php
$db_password = "$UserPw@host12";
$smtp_password = "$Mail*Xq7Rt2Lp";
'
silent web/config.php

# ---- names of code, constants, slugs and references stay refused ----------
mk app/refs.py 'password = "config.DbPass"
DB_PASSWORD = "getStreamById"
db_password = "MyApp.UI.Views"
proxy_password = "XMLHttpRequest"
admin_password = "DB_HOST_PW"
user_password = "my-db-pass"
smtp_password = "%DbPassWord%"
mail_password = "Settings.DbPassword"
ldap_password = "userIDToDB.value"
'
silent app/refs.py

mk deploy/run.sh 'export DB_PASSWORD="$DbPassValue"
export SMTP_PASSWORD="${SmtpPass_Value}"
'
silent deploy/run.sh
flush_scans

finish "e2e_judge34"
