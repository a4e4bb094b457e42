#!/usr/bin/env bash
# End-to-end tests of the password styles the judge refused after wave 19's
# blind corpus was scored: three spoken words or more joined by dots with a
# number last (maple.juniper.walnut.5), a generator's random letter groups
# (lwig-mtux-vqwg-kmuy), a month's short name, a day, a mark and a year
# (Jul4@2019), a season, a name and its number (SpringYusuf50!). Decoys:
# dotted names of code and hosts without a number or with a version, kebab
# names of code's words, a month without a year, a season with a sample word, the
# alphabet's run in groups.
. "$(dirname "$0")/lib.sh"
batch_scans

mk dots/compose.yaml "services:
  photos:
    environment:
      PHOTOS_DATABASE_PASSWORD: \"ember.falcon.meadow.4\"
"
found dots/compose.yaml 4 generic-secret "ember.falcon.meadow.4"
mk dots/app.properties "dataSource.username=rundeck
dataSource.password=harbor.orchid.copper.12
"
found dots/app.properties 2 generic-secret "harbor.orchid.copper.12"
mk dots/dec.properties "dataSource.password=spring.datasource.password
cache.password=db.internal.host
app.password=v1.2.3.4
"
silent dots/dec.properties
# Wave 26 flipped this judgement with evidence: in 5 GB of real trees
# (kernel, /usr, node_modules, /etc) no value of three spoken words
# stands under a password's name outside a program's source (the 28
# inside one are code's references and identifiers), and Bitwarden's
# generator makes passphrases from three words up (e2e_judge26.sh,
# doc/detection.md).
mk dots/three.properties "ldap.password=maple.juniper.walnut
"
found dots/three.properties 1 generic-secret "maple.juniper.walnut"

mk groups/dbeaver.json "{
  \"auth\": {
    \"user\": \"report\",
    \"password\": \"vsjk-nnjf-xjdh-rezt\"
  }
}
"
found groups/dbeaver.json 4 generic-secret "vsjk-nnjf-xjdh-rezt"
mk groups/swan.env "VPN_PASSWORD=hzal-ocjf-mktl-nlvq
"
found groups/swan.env 1 generic-secret "hzal-ocjf-mktl-nlvq"
mk groups/dec.env "SYNC_PASSWORD=user-auth-role-sync
LDAP_PASSWORD=read-only-bind-user
VAULT_PASSWORD=abcd-efgh-ijkl
"
silent groups/dec.env

mk dates/backup.yml "backup_password: Oct13@2023
relay_password: Jul4#2019
"
found dates/backup.yml 1 generic-password "Oct13@2023"
found dates/backup.yml 2 generic-password "Jul4#2019"
mk dates/dec.yml "backup_password: Oct13
cron_password: Mar2
"
silent dates/dec.yml

mk season/pihole.yml "services:
  pihole:
    environment:
      FTLCONF_webserver_api_password: 'SpringYusuf50!'
"
found season/pihole.yml 4 generic-password "SpringYusuf50!"
mk season/dec.yml "admin_password: SummerTest24!
"
silent season/dec.yml

finish e2e_judge19
