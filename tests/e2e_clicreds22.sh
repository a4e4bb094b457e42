#!/usr/bin/env bash
# End-to-end tests of wave 22's credentials handed to programs: a letter
# flag beside a user's (-P/-p beside -u/-U/-l, -w beside a bind DN or a
# principal), flags named for a password (-pw), Samba's user%password, a
# password piped or here-stringed into a command that reads one, NAME=value
# before a command that does not start its line, a setting's name and value
# as two flags. Help text, ports, mysql's database, variables, placeholders,
# stdin's '-', files, crypt hashes and readers of no password stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

PW='Rb7nWq2xKt9m'
LONG=Zt4kRm8vQw2nLp6xHc3yBj7s

# a letter flag beside a user's
mk flags/bmc.sh "ipmitool -I lanplus -H 10.0.0.9 -U root -P $PW sel list
"
found flags/bmc.sh 1 cli-bmc-password "$PW"  # (ipmitool -P: its own rule since wave 28)
mk flags/sub.sh "mosquitto_sub -h mqtt.lan -u logger -P '$PW' -t 'plant/#'
"
found flags/sub.sh 1 generic-password "$PW"
mk flags/kadmin.sh "kadmin -p ops/admin -w $PW -q listprincs
"
found flags/kadmin.sh 1 generic-password "$PW"
mk flags/cpw.sh "kadmin.local -q \"cpw -pw $PW alice\"
"
found flags/cpw.sh 1 generic-password "$PW"
# (over a continued command: the user's flag on the line above)
mk flags/cont.sh "mosquitto_pub -h mqtt.lan -u logger \\
  -P $PW -t plant/alarm -m on
"
found flags/cont.sh 2 generic-password "$PW"
mk flags/decoy.sh "docker run -u app -p 8080:80 -p 127.0.0.1:5432:5432 postgres:16
mysql -u root -p inventory < dump.sql
ssh -l ops -p 2222 bastion.example.org
ipmitool -U root -P \"\$IPMI_PASSWORD\" sel list
mosquitto_sub -u logger -P - -t 'plant/#'
ldapmodify -D uid=svc,dc=example,dc=org -W -f change.ldif
grep -w -p pattern notes.txt
cp -u -p src/ dst/
"
silent flags/decoy.sh
mk flags/help.txt "Usage: tool [options]
  -u, --user USER          user to connect as
  -P, --password PASSWORD  password of that user
"
silent flags/help.txt
mk flags/README.md "\`\`\`
ipmitool -I lanplus -H <bmc-host> -U <user> -P <password> chassis status
\`\`\`
"
silent flags/README.md

# Samba's user%password
mk samba/join.sh "net ads join -U 'administrator%$PW' createcomputer=Servers
"
found samba/join.sh 1 generic-password "$PW"
mk samba/list.sh "wbinfo --user=backup%$PW --ping-dc
"
found samba/list.sh 1 generic-password "$PW"
mk samba/decoy.sh "smbclient //fs01/share -U \"CORP\\\\admin%\$SMB_PASSWORD\" -c ls
net use Z: \\\\fs01\\share -U admin%PASSWORD%
"
silent samba/decoy.sh

# a password on a command's input
mk stdin/pipe.sh "echo -e \"$PW\\n$PW\" | smbpasswd -s -a scanner
"
found stdin/pipe.sh 1 generic-password "$PW"
mk stdin/chpasswd.sh "echo 'deploy:$PW' | chpasswd
"
found stdin/chpasswd.sh 1 generic-password "$PW"
mk stdin/login.sh "printf '%s\\n' '$PW' | skopeo login --username ci --password-stdin registry.example.org
"
found stdin/login.sh 1 generic-password "$PW"
mk stdin/here.sh "passwd --stdin builder <<< \"$PW\"
"
found stdin/here.sh 1 generic-password "$PW"
mk stdin/sudo.sh "echo $PW | sudo -S apt-get -y upgrade
"
found stdin/sudo.sh 1 generic-password "$PW"
mk stdin/decoy.sh "echo \"\$NEW_PASSWORD\" | passwd --stdin builder
cat /run/secrets/reg | skopeo login --username ci --password-stdin registry.example.org
echo 'deploy:\$6\$rounds=5000\$abcdefgh\$QeKpH1zRv' | chpasswd -e
echo starting | tee run.log | grep -c stdin_password
kinit svc@EXAMPLE.ORG <<< \"\$(cat /run/secrets/krb)\"
echo $PW | grep -q passwd
"
silent stdin/decoy.sh

# NAME=value before a command that does not start its line
mk env/Procfile "web: SESSION_PASSWORD=$PW bundle exec puma
"
found env/Procfile 1 generic-password "$PW"
mk env/ci.yml "test:
  script:
    - cd api && LOG=1 DB_PASSWORD=$PW go test ./...
"
found env/ci.yml 3 generic-password "$PW"
mk env/Dockerfile "FROM alpine
RUN apk add curl && REGISTRY_TOKEN=$LONG ./fetch.sh
"
found env/Dockerfile 2 generic-secret "$LONG"
mk env/app.service "[Service]
ExecStart=/usr/bin/env ADMIN_PASSWORD=$PW /opt/app/bin/server
"
found env/app.service 2 generic-password "$PW"
mk env/decoy.sh "cd api && DB_PASSWORD=\$CI_DB_PASSWORD go test ./...
web: SESSION_PASSWORD=\${SESSION_PASSWORD:?} bundle exec puma
RUN REGISTRY_TOKEN=\$(cat /run/secrets/tok) ./fetch.sh
"
silent env/decoy.sh

# a setting's name and its value as two flags
mk pairs/kv.sh "az keyvault secret set --vault-name ops --name db-password --value '$PW'
"
found pairs/kv.sh 1 generic-password "$PW"
mk pairs/agent.sh "agentctl set-settings -k internet_authkey -v $LONG
"
found pairs/agent.sh 1 generic-secret "$LONG"
mk pairs/decoy.sh "az keyvault secret set --vault-name ops --name db-password --value \"\$DB_PW\"
agentctl set-settings -k internet_server -v $LONG
"
silent pairs/decoy.sh

# past 65,536 keyword hits the matcher keeps no positions: still found
for i in $(seq 1 70000); do echo "mkdir -p build/$i"; done >"$T/big.sh"
echo "ipmitool -U root -P $PW sel list" >>"$T/big.sh"
"$KEYHOUND" scan "$T/big.sh" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports big.sh "$PW"

finish e2e_clicreds22
