#!/usr/bin/env bash
# End-to-end tests of daemons' own secret files (strongSwan, PPP, Dovecot,
# net-snmp, wpa_supplicant, Zabbix, Netdata, Synapse, fetchmail),
# self-hosted apps' own names (MediaWiki, phpBB, Moodle, Strapi, Ghost) and
# Airflow connection URIs: each secret is found whole at its place; the key
# file references, hashes, default communities, machine GUIDs and
# placeholders those files also hold are not reported.
. "$(dirname "$0")/lib.sh"
batch_scans

PW=Vq8rTz3LwP2k
# none FILE: scanning $T/FILE reports nothing
none() {
	"$KEYHOUND" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "$1: no finding" jq -e 'length == 0' "$T/out"
}

# strongSwan: PSK, EAP and XAUTH secrets; RSA key files and %prompt are not
mk etc/ipsec.secrets "# ipsec.secrets
: RSA moonKey.pem
: PSK \"Qm7vXr2kLp9zTw4nBy6c\"
carol : EAP \"$PW\"
dave@acme.example : XAUTH \"Tq7wZx3mLk9R\"
: PSK %prompt
"
found etc/ipsec.secrets 3 daemonfiles-strongswan-secret Qm7vXr2kLp9zTw4nBy6c
found etc/ipsec.secrets 4 daemonfiles-strongswan-secret "$PW"
found etc/ipsec.secrets 5 daemonfiles-strongswan-secret Tq7wZx3mLk9R
mk rsa/ipsec.secrets ": RSA moonKey.pem
: ECDSA edge.pem \"%prompt\"
"
none rsa/ipsec.secrets
# the same lines under another name: the path selects the rule
mk notes.txt ": PSK \"Qm7vXr2kLp9zTw4nBy6c\"
"
none notes.txt

# PPP: the third column; "" (system password), @file and * are not
mk etc/ppp/chap-secrets "# client	server	secret	IP addresses
vpnuser1	*	\"$PW\"	*
*	hostname	\"\"	*
guest	*	@/etc/ppp/guest.pw	*
"
found etc/ppp/chap-secrets 2 daemonfiles-ppp-secret "$PW"
mk ppp/pap-secrets "branch-ny pptpd Zp4wXk9mTq2L 10.8.0.12
"
found ppp/pap-secrets 1 daemonfiles-ppp-secret Zp4wXk9mTq2L

# Dovecot passwd-file: {PLAIN} reported, a crypt hash not
mk dovecot/users "alice:{PLAIN}$PW:1001:1001::/home/alice
bob:{SHA512-CRYPT}\$6\$Zq3dWx9k\$Wx9kTq2mLr7vNb4pYh8cJf5sGd1aKe6uQi3oPz0RtY:1002:1002::/home/bob
"
found dovecot/users 1 daemonfiles-dovecot-plain-password "$PW"

# a one-line passwd-file in a Kubernetes Secret's base64: found decoded
B64=$(printf 'alice:{PLAIN}%s:1001:1001::/home/alice\n' "$PW" | base64 -w0)
mk k8s/secret.yaml "apiVersion: v1
kind: Secret
data:
  users: $B64
"
"$KEYHOUND" scan "$T/k8s/secret.yaml" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "dovecot: a k8s Secret's base64 decoded" jq -e --arg s "$PW" \
	'[.[] | select(.secret == $s and .rule_id == "daemonfiles-dovecot-plain-password")] | length == 1' "$T/out"

# net-snmp: communities other than public/private, SNMPv3 passphrases
mk snmp/snmpd.conf "rocommunity public  localhost
rocommunity Nm4kRt8wXq2z default
com2sec readonly default Hy6tVb2nKw8p
createUser monitor SHA \"Gq5wZr8kLm3x\" AES \"Jt2nXv7pRk4w\"
"
found snmp/snmpd.conf 2 daemonfiles-snmp-community Nm4kRt8wXq2z
found snmp/snmpd.conf 3 daemonfiles-snmp-community Hy6tVb2nKw8p
found snmp/snmpd.conf 4 daemonfiles-snmpv3-auth-passphrase Gq5wZr8kLm3x
found snmp/snmpd.conf 4 daemonfiles-snmpv3-priv-passphrase Jt2nXv7pRk4w
mk default/snmpd.conf "rocommunity public default
rwcommunity private 127.0.0.1
createUser monitor SHA \"changeme1\" AES
"
none default/snmpd.conf

# wpa_supplicant: passphrase, a 64-hex derived PSK, an EAP password; an NT
# hash (password=hash:...) is not
mk wpa_supplicant.conf "network={
    ssid=\"home\"
    psk=\"Vr8kQw3mZx9tLp2n\"
}
network={
    ssid=\"office\"
    psk=4e2f9a6b8c1d3e5f7a9b0c2d4e6f8a1b3c5d7e9f0a2b4c6d8e1f3a5b7c9d0e2f
}
network={
    ssid=\"corp\"
    identity=\"jdoe\"
    password=\"$PW\"
}
"
found wpa_supplicant.conf 3 daemonfiles-wpa-supplicant-psk Vr8kQw3mZx9tLp2n
found wpa_supplicant.conf 7 daemonfiles-wpa-supplicant-psk 4e2f9a6b8c1d3e5f7a9b0c2d4e6f8a1b3c5d7e9f0a2b4c6d8e1f3a5b7c9d0e2f
found wpa_supplicant.conf 12 daemonfiles-wpa-supplicant-psk "$PW"
mk nt/wpa_supplicant.conf "network={
    ssid=\"corp\"
    identity=\"jdoe\"
    password=hash:c07c3fd56a90169b3e7a8c1d2f4e6a80
}
"
none nt/wpa_supplicant.conf

# Zabbix: a .psk file of one hex line; the agent's config naming it is not
mk zabbix/zabbix_agentd.psk "8f3a9c2e7b1d4f6a0c5e9b3d7f1a2c4e6b8d0f2a4c6e8b1d3f5a7c9e0b2d4f6a
"
found zabbix/zabbix_agentd.psk 1 daemonfiles-zabbix-psk-file 8f3a9c2e7b1d4f6a0c5e9b3d7f1a2c4e6b8d0f2a4c6e8b1d3f5a7c9e0b2d4f6a
mk zabbix/zabbix_agentd.conf "TLSConnect=psk
TLSPSKIdentity=PSK 001
TLSPSKFile=/etc/zabbix/zabbix_agentd.psk
"
none zabbix/zabbix_agentd.conf

# Netdata: the child's api key, the parent's enabled key section; a
# machine GUID's section is not
mk netdata/stream.conf "[stream]
    enabled = yes
    api key = 3f6c1a2e-8b4d-4e7a-9c5f-0d2b6e8a1c4f

[7a9d2c4e-1b3f-4a6c-8e0d-5f2b9c7a3e1d]
    enabled = yes
    default history = 3600

[5b1e8c3a-9d2f-4a7e-b6c0-1f3d5e7a9b2c]
    type = machine
    enabled = yes
"
found netdata/stream.conf 3 daemonfiles-netdata-stream-api-key 3f6c1a2e-8b4d-4e7a-9c5f-0d2b6e8a1c4f
found netdata/stream.conf 5 daemonfiles-netdata-stream-api-key 7a9d2c4e-1b3f-4a6c-8e0d-5f2b9c7a3e1d
scan_check "netdata: machine GUID section not reported" netdata/stream.conf \
	'[.[] | select(.secret == "5b1e8c3a-9d2f-4a7e-b6c0-1f3d5e7a9b2c")] | length == 0'

# Synapse's signing key file; an SSH ed25519 public key is not
mk matrix/chat.acme.example.signing.key "ed25519 a_Xk9m Zq3dWx9kTq2mLr7vNb4pYh8cJf5sGd1aKe6uQi3oPz0
"
found matrix/chat.acme.example.signing.key 1 daemonfiles-synapse-signing-key Zq3dWx9kTq2mLr7vNb4pYh8cJf5sGd1aKe6uQi3oPz0
mk ssh/authorized_keys "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKq3dWx9kTq2mLr7vNb4pYh8cJf5sGd1aKe6uQi3oPz0 ops@acme
"
none ssh/authorized_keys
# the key file's line elsewhere: the path selects the rule
mk notes/signing.txt "ed25519 a_Xk9m Zq3dWx9kTq2mLr7vNb4pYh8cJf5sGd1aKe6uQi3oPz0
"
none notes/signing.txt

# fetchmail: a real password is, the documentation's "secret" is not
mk home/.fetchmailrc "poll imap.acme.example protocol imap
  user \"ops\" there with password \"secret\" is ops here
"
none home/.fetchmailrc
mk home2/.fetchmailrc "poll imap.acme.example protocol imap
  user \"ops\" there with password \"$PW\" is ops here
"
found home2/.fetchmailrc 2 fetchmail-password "$PW"

# Fastlane's Appfile: ||= assigns the app-specific password too
mk fastlane/Appfile "apple_id(\"ci@acme.example\")
ENV[\"FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD\"] ||= \"kqvz-xwhm-prtn-bdje\"
"
found fastlane/Appfile 2 apple-app-specific-password kqvz-xwhm-prtn-bdje

# MediaWiki, phpBB, Moodle: passwords and keys under their own names
mk wiki/LocalSettings.php "<?php
\$wgDBpassword = \"Lq8wXz3kRm\";
\$wgUpgradeKey = \"5c9e1a3b7d2f4e6a\";
\$wgSecretKey = getenv('MW_SECRET_KEY');
"
found wiki/LocalSettings.php 2 selfhosted-php-db-password Lq8wXz3kRm
found wiki/LocalSettings.php 3 selfhosted-mediawiki-key 5c9e1a3b7d2f4e6a
mk phpbb/config.php "<?php
\$dbuser = 'phpbb';
\$dbpasswd = 'Wt5nRx8kQm';
"
found phpbb/config.php 3 selfhosted-php-db-password Wt5nRx8kQm
mk moodle/config.php "<?php
\$CFG->dbpass    = 'Kz4wRt9mXq2p';
"
found moodle/config.php 2 selfhosted-php-db-password Kz4wRt9mXq2p

# Strapi: every key of APP_KEYS, each whole; the documented placeholders not
K1=RUoXdl5neJoXNAH40RFJtQ==
K2=Kw9xLm2vNb7pRc3dYf8gHs==
K3=Tz4kWq9xLm2vNb7pRc3dYf==
mk strapi/.env "HOST=0.0.0.0
APP_KEYS=$K1,$K2,$K3
"
found strapi/.env 2 selfhosted-strapi-app-key "$K1"
found strapi/.env 2 selfhosted-strapi-app-key "$K2"
found strapi/.env 2 selfhosted-strapi-app-key "$K3"
scan_check "strapi: three findings, no list whole" strapi/.env 'length == 3'
mk strapi2/.env "APP_KEYS=toBeModified1,toBeModified2
"
none strapi2/.env

# Ghost: the mail transport's auth.pass
mk ghost/config.production.json "{
  \"mail\": {
    \"options\": {
      \"auth\": {
        \"user\": \"postmaster@mg.acme.example\",
        \"pass\": \"Wq4kZx9mLp2tRv7n\"
      }
    }
  }
}
"
found ghost/config.production.json 6 selfhosted-smtp-auth-pass Wq4kZx9mLp2tRv7n

# Airflow: a connection URI without a host, a secret in its query
mk airflow.env "AIRFLOW_CONN_SMTP_ALERTS='smtp://alerts%40acme.example:$PW@'
AIRFLOW_CONN_API='http://api.acme.example/?token=Hv3nK8wQz2LmRb9cYd3f'
AIRFLOW_CONN_DB=postgres://airflow:\${PG_PASSWORD}@db/airflow
"
found airflow.env 1 dataconf-airflow-conn-password "$PW"
found airflow.env 2 dataconf-airflow-conn-password Hv3nK8wQz2LmRb9cYd3f
scan_check "airflow: no reference reported" airflow.env 'length == 2'

# Go's MySQL DSN: user:password@tcp(host)/db; the docs' "password" is not
mk netdata/go.d/mysql.conf "jobs:
  - name: local
    dsn: netdata:$PW@tcp(127.0.0.1:3306)/
  - name: doc
    dsn: user:password@tcp(127.0.0.1:3306)/hello
"
found netdata/go.d/mysql.conf 3 dataconf-mysql-go-dsn-password "$PW"
scan_check "mysql dsn: the sample password not reported" netdata/go.d/mysql.conf 'length == 1'

# an app's Info.plist: an SDK's application key; a build variable is not
mk App/Info.plist "<dict>
	<key>ApplicationKey</key>
	<string>Yf8gHs5jAe1uKo4iMz9xTq6w</string>
	<key>ServerApplicationKey</key>
	<string>\$(SERVER_APPLICATION_KEY)</string>
</dict>
"
found App/Info.plist 3 dataconf-info-plist-application-key Yf8gHs5jAe1uKo4iMz9xTq6w
scan_check "Info.plist: one finding" App/Info.plist 'length == 1'

# a Google app password as Google shows it, four groups of four letters
# (no digit: no generic value), beside smtp.gmail.com or any host
mk mw/LocalSettings.php "<?php
\$wgSMTP = [
    'host' => 'ssl://smtp.gmail.com',
    'username' => 'wiki@acme.example',
    'password' => 'qhvz mkrt wpdn xsbj'
];
"
found mw/LocalSettings.php 5 google-app-password "qhvz mkrt wpdn xsbj"
mk mw2/LocalSettings.php "<?php
\$wgSMTP = [ 'host' => 'smtp.mailgun.org', 'password' => 'qhvz mkrt wpdn xsbj' ];
"
found mw2/LocalSettings.php 2 google-app-password "qhvz mkrt wpdn xsbj"

finish e2e_daemons
