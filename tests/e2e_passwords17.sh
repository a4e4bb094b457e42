#!/usr/bin/env bash
# End-to-end tests of wave 17's passwords, wherever they sit: the judge
# reads what people and policies make (letter substitutions, marks inside
# and around words, numbers first, Tulip#2024, generated letters with a
# mark) and refuses samples, names of code and hosts, templates and
# fillers, measured on hundreds of generated values
# (tests/passwords17_judge.py); places that make a value a password
# (curl -u with or without a host, HAProxy's stats auth, htpasswd with its flags
# apart, net user, Yesod's _env defaults, Puppet's hash helpers, a
# board's Wi-Fi connect call and bare PSK, SQL's IDENTIFIED BY) with their
# decoys.
. "$(dirname "$0")/lib.sh"
batch_scans

# the judge's rates on generated passwords and decoys
python3 "$ROOT/tests/passwords17_judge.py" "$KEYHOUND" "$T/judge" >"$T/rates" 2>"$T/err"
check "judge: positives found" awk '$1 == "positives" { exit !($2 >= 0.97) }' "$T/rates"
check "judge: decoys quiet" awk '$1 == "decoys" { exit !($2 <= 0.01) }' "$T/rates"
check "judge: substitutions" awk '$2 == "substituted" { split($3, a, "/"); exit !(a[1] == a[2]) }' "$T/rates"
check "judge: generated letters" awk '$2 == "generated-letters" { split($3, a, "/"); exit !(a[1] == a[2]) }' "$T/rates"
check "judge: samples quiet" awk '$1 == "dec" && $2 == "sample" { split($3, a, "/"); exit !(a[1] == 0) }' "$T/rates"
rm -rf "$T/judge"

# substitutions, marks inside words, one word with a mark and a year
mk sub/.env "SMTP_HOST=mail.test
SMTP_PASSWORD=W@lnut_rowan2029
"
found sub/.env 2 generic-secret "W@lnut_rowan2029"
mk sub/app.yml "mail:
  password: \"W@lnut-Kelp!\"
"
found sub/app.yml 2 generic-password "W@lnut-Kelp!"
mk mark/.env "DB_PASSWORD=Nettle!nettle1
"
found mark/.env 1 generic-password "Nettle!nettle1"
mk gen/fabfile.py "conn = Connection(\"db2.test\", connect_kwargs={\"password\": \"eLybhP?zwvaNui\"})
"
found gen/fabfile.py 1 generic-password "eLybhP?zwvaNui"
# (rowan_kelp_07 was a decoy here until wave 23: two spoken words and a
# two-digit number under DB_PASSWORD are how people make a password they
# can remember, as the blind holdout24 wrote five times; e2e_judge23)
for v in 'P@ssw0rd!' 'Summer25!admin' 'Ch@ngeMe24' 'AlderClient42' 'FooBar?BazQux'; do
	mk "dec/$v/.env" "DB_PASSWORD=$v
"
	silent "dec/$v/.env"
done

# curl's password, after a host in zsh history
mk zsh/.zsh_history ": 1733000100:0;cd ~/src
: 1733000160:0;curl -u ops:rowan-kelp-umber-204 https://ci.test/api/json
"
found zsh/.zsh_history 2 generic-secret "rowan-kelp-umber-204"
mk zsh/short.sh "curl -u ops:W@lnut-Kelp! -X POST
"
found zsh/short.sh 1 generic-password "W@lnut-Kelp!"
mk zsh/var.sh "curl -u ops:\$CI_PASS https://ci.test/api/json
"
silent zsh/var.sh

# HAProxy's stats auth and userlist
mk haproxy/haproxy.cfg "listen stats
  stats auth admin:M@llow_gannet2024
"
found haproxy/haproxy.cfg 2 daemonconf-haproxy-stats-auth "M@llow_gannet2024"
mk haproxy/var.cfg "listen stats
  stats auth \${STATS_USER}:\${STATS_PASS}
"
silent haproxy/var.cfg

# htpasswd with its flags apart, net user
mk cmd/provision.sh "htpasswd -b -c /etc/nginx/.htpasswd ops 'Nettle.umber-2030'
"
found cmd/provision.sh 1 cli-htpasswd-password "Nettle.umber-2030"
mk cmd/prompt.sh "htpasswd -c -B /etc/nginx/.htpasswd ops
"
silent cmd/prompt.sh
mk cmd/setup.bat "net user kiosk Damson!plover88 /add
"
found cmd/setup.bat 1 cli-net-user-password "Damson!plover88"
mk cmd/prompt.bat "net user kiosk * /add
net user kiosk /active:no
net user kiosk %KIOSK_PASS% /add
"
silent cmd/prompt.bat

# Yesod's _env default: the default alone
mk yesod/config/settings.yml "database:
  user:     \"_env:PGUSER:app\"
  password: \"_env:PGPASS:Hemlock!wren2025\"
  host:     \"_env:PGHOST:db-primary-01\"
"
found yesod/config/settings.yml 3 generic-secret "Hemlock!wren2025"
scan_check "yesod: the lookup is no finding" yesod/config/settings.yml 'length == 1'

# Puppet's hash helpers
mk puppet/manifests/db.pp "postgresql::server::role { 'ledger':
  password_hash => postgresql::postgresql_password('ledger', 'Caraway!ibis2028'),
}
"
found puppet/manifests/db.pp 2 dbclient-password-hash-call "Caraway!ibis2028"
mk puppet/manifests/var.pp "  password_hash => postgresql::postgresql_password('ledger', \$ledger_password),
"
silent puppet/manifests/var.pp

# a board's Wi-Fi: the connect call, a bare PSK
mk pico/main.py "wlan = network.WLAN(network.STA_IF)
wlan.connect(\"greenhouse\", \"Samphire-vetch77!\")
"
found pico/main.py 2 wifipsk-connect-call "Samphire-vetch77!"
mk pico2/main.py "SSID = \"greenhouse\"
PSK = \"kWbRq*mTzvHnLe\"
wlan.connect(SSID, PSK)
"
found pico2/main.py 2 wifipsk-passphrase "kWbRq*mTzvHnLe"
mk pico3/main.py "PSK = os.getenv(\"WIFI_PSK\")
wlan.connect(SSID, PSK)
"
silent pico3/main.py

# SQL that sets an account's password; MySQL's hash and a bind variable
mk sql/01-users.sql "CREATE USER 'ledger'@'%' IDENTIFIED BY 'Foxglove!yew2030';
"
found sql/01-users.sql 1 dbclient-sql-identified-by "Foxglove!yew2030"
mk sql/grants.sql "GRANT ALL ON *.* TO 'old'@'%' IDENTIFIED BY PASSWORD '*6C8989366EAF75BB670AD8EA7A7FC1176A95CEF4';
ALTER USER app IDENTIFIED BY :new_password;
"
silent sql/grants.sql

finish e2e_passwords17
