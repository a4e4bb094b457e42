#!/usr/bin/env bash
# End-to-end tests of wave 33's lead fix pw34: a password in a command's
# password place (sshpass -p, mysql -p, 7z -p) made of letters alone, its
# cases scrambled and joined by '-', '_' or '.' only (URL-safe recipes
# without digits). Hard negatives: names of code joined the same way,
# placeholders, variables.
. "$(dirname "$0")/lib.sh"
batch_scans

mk ops/a.sh "sshpass -p 'qTNvbE-RkwXuaH' ssh root@gate01.internal
sshpass -p hWzKf_PLqyDoN scp dump.sql ops@db02:/srv
mysql -u app -pXbGtlQ.vhZRyUe -h db03 shop
"
found ops/a.sh 1 cli-sshpass-password qTNvbE-RkwXuaH
found ops/a.sh 2 cli-sshpass-password hWzKf_PLqyDoN
found ops/a.sh 3 cli-mysql-password XbGtlQ.vhZRyUe

# names joined the same way: a word per case hump, acronyms alone
mk decoy/a.sh "sshpass -p MyApp.UI.Views ssh a@h
sshpass -p X-Request-ID ssh a@h
sshpass -p Deploy-Key-Prod ssh a@h
sshpass -p get_User_Name ssh a@h
sshpass -p 'Your-Password-Here' ssh a@h
sshpass -p \"\$SSH_PASS\" ssh a@h
mysql -u app -pHTTP.Server.Config -h db shop
"
silent decoy/a.sh

finish e2e_pw34
