#!/usr/bin/env bash
# End-to-end tests of wave 23's judge: under a password's own name the
# value is a password unless it is recognisably something else. Styles the
# judge once refused are found: a formula and a word around '=', a word in
# brackets or parentheses, a keyboard walk with a policy's capital, digit
# and mark, a word and a digit with trailing dots, scrambled-case letters.
# What is something else stays quiet: base64 run together, walks short of
# a policy, stored schemes ({SSHA}, {cipher}, Maven's braces), calls, an
# elision, a list, a label, a subscript into data, a command line's
# option.
. "$(dirname "$0")/lib.sh"
batch_scans

# '=' inside a short value is a mark, not base64 padding
mk chem/values.yaml "grafana:
  adminPassword: KNO3+Willow=27
"
generic chem/values.yaml 2 "KNO3+Willow=27"
mk chem/.env "DB_PASSWORD=C2H6O+Kestrel=5
"
generic chem/.env 1 "C2H6O+Kestrel=5"
mk chem/app.properties "mail.smtp.password=MgSO4+Birch=63
"
generic chem/app.properties 1 "MgSO4+Birch=63"

# brackets and parentheses around a word
mk brackets/hosts.yml "vault:
  password: 'tallow[Geyser]-3'
"
generic brackets/hosts.yml 2 "tallow[Geyser]-3"
mk brackets/server.xml "<Realm username=\"ops\" password=\"fennel{Osprey}+8\"/>
"
generic brackets/server.xml 1 "fennel{Osprey}+8"
mk brackets/.env "ADMIN_PASSWORD=dune[Basil]-6
"
generic brackets/.env 1 "dune[Basil]-6"
mk brackets/settings.json "{\"smtp\": {\"password\": \"sorrel(Heron)_2\"}}
"
generic brackets/settings.json 1 "sorrel(Heron)_2"

# keyboard walks that a password policy let through
mk walk/zabbix_server.conf "DBHost=localhost
DBPassword=Zxcvbn^2023
"
generic walk/zabbix_server.conf 2 "Zxcvbn^2023"
mk walk/app.ini "[mail]
password = Qazwsx%2019
"
generic walk/app.ini 2 "Qazwsx%2019"

# a word and a digit with trailing dots
mk dots/profiles.yml "warehouse:
  outputs:
    prod:
      password: tulip7...
"
generic dots/profiles.yml 4 "tulip7..."

# scrambled-case letters, as daemons generate 8-character passwords
mk scrambled/keepalived.conf "vrrp_instance VI_2 {
  authentication {
    auth_type PASS
    auth_pass hTqRmwKd
  }
}
"
found scrambled/keepalived.conf 4 daemonconf-password "hTqRmwKd"

# something else under the same names
mk decoy/runon.yaml "password: QWxhZGRpbg==b3Blbg==
"
silent decoy/runon.yaml
mk decoy/walk.env "SMTP_PASSWORD=asdfgh#2024
"
silent decoy/walk.env
mk decoy/bare-walk.ini "[db]
password = Qwertyuiop
"
silent decoy/bare-walk.ini
mk decoy/ldap.yml "users:
  admin:
    password: \"{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=\"
"
silent decoy/ldap.yml
mk decoy/bootstrap.yml "spring:
  datasource:
    password: \"{cipher}8a3f0c9d2b7e41aa\"
"
silent decoy/bootstrap.yml
mk decoy/settings.xml "<server>
  <id>repo</id>
  <password>{Kq9Wm2Lx7Rt4Zp8Vn3=}</password>
</server>
"
silent decoy/settings.xml
mk decoy/call.env "DB_PASSWORD=getpass(DbUser)
"
silent decoy/call.env
mk decoy/elided.yml "password: hunter...
"
silent decoy/elided.yml
mk decoy/list.yml "password: [primary, backup]
"
silent decoy/list.yml
mk decoy/label.yml "password: (hidden)
"
silent decoy/label.yml
mk decoy/stored.xml "<user name=\"ops\" password=\"{SHA256}Xk9mQ2wLz7Rt4Vp8Nc3Bd6Fh1Jg5Ks0=\"/>
"
silent decoy/stored.xml
mk decoy/paginators.json "{\"output_token\": \"StreamDescription.Shards[-1].ShardId\"}
"
silent decoy/paginators.json
mk decoy/test-summary "PASS: -mlfence-after-load=yes
"
silent decoy/test-summary

finish e2e_pwjudge23
