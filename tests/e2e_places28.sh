#!/usr/bin/env bash
# End-to-end tests of wave 28's daemon, device and interchange files: a
# network daemon's secret under a name other than password (tac_plus and
# tac_plus-ng keys and cleartext logins, a SIP proxy's control-tool DB
# passwords, ProFTPD's SQL and LDAP logins, cephx keys, NTP and chrony
# keys, a NUT monitor's login) and a structured file's password slot (X12
# ISA02/ISA04, Nessus preferences, SSIS package configurations, libvirt's
# console password, a plist's Basic header, SAP RFC, cqlsh and Android
# signing files). Each with the decoys its format has: stored hashes,
# shipped defaults, empty and masked slots, placeholders, commented
# examples.
. "$(dirname "$0")/lib.sh"
batch_scans

PW1='Rv8nTq3LzW6k'          # a generator's
PW2='Sorrel-Quartz5120!'    # a person's words, number and mark
PW3='zelu4omufa'            # a generator's pronounceable
PW4='Kb7wXm2QpT'            # ten characters: an X12 field's width

# --- network daemons ------------------------------------------------------
# tac_plus-ng: a host block's key, a user's clear password of a service
mk etc/tac_plus-ng.cfg "id = spawnd { listen = { port = 49 } }
id = tac_plus-ng {
  host = branch {
    address = 172.16.0.0/12
    key = \"$PW2\"
  }
  user = nadia {
    password login = clear $PW1
  }
}
"
found etc/tac_plus-ng.cfg 5 netdaemons-tacplus-key "$PW2"
found etc/tac_plus-ng.cfg 8 netdaemons-tacplus-cleartext-password "$PW1"
# the Pro-Bono tac_plus: pap and enable in clear; des and file are not
mk etc/tacacs/tac_plus.conf "key = $PW3
user = \$enab15\$ {
	enable = cleartext \"$PW1\"
}
user = kiosk {
	pap = cleartext $PW2
	login = des Zq3pLx8VtKw2A
	chap = file /etc/tac.chap
}
"
"$KEYHOUND" scan "$T/etc/tacacs/tac_plus.conf" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports tac_plus.conf "$PW3" "$PW1" "$PW2"
mk decoy/tac_plus.conf "# key = \"your TACACS+ key\"
key = <tacacs_key>
user = old {
    login = des SpxVtFOJuAXwQ
    enable = cleartext changeme
}
"
silent decoy/tac_plus.conf
# a key = line outside a TACACS+ file is another format's
mk decoy/app.conf "key = $PW2
"
"$KEYHOUND" scan "$T/decoy/app.conf" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "app.conf: no tac_plus key" jq -e '[.[] | select(.rule_id | startswith("netdaemons"))] | length == 0' "$T/out"

# a SIP proxy's control tool: single quotes, export, the defaults
mk opensips/opensipsctlrc "DBENGINE=PGSQL
DBRWUSER=opensips
export DBRWPW='$PW2'
DBROOTUSER=postgres
DBROOTPW=$PW3
"
"$KEYHOUND" scan "$T/opensips/opensipsctlrc" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports opensipsctlrc "$PW2" "$PW3"
mk decoy/kamctlrc "## database read/write user password
# DBRWPW=\"kamailiorw\"
DBRWPW=\"kamailiorw\"
DBROPW=\"kamailioro\"
DBROOTPW=\"********\"
DBRWPW=\"\${KAMAILIO_RW_PASSWORD}\"
"
silent decoy/kamctlrc

# ProFTPD: a quoted password with a policy, a named connection, LDAP
mk etc/proftpd/conf.d/sql.conf "<IfModule mod_sql.c>
  SQLBackend postgres
  SQLConnectInfo ftp@pg.lan:5432 proftpd \"$PW2\" PERCONNECTION
  SQLNamedConnectInfo audit postgres audit@pg.lan auditor $PW1
</IfModule>
<IfModule mod_ldap.c>
  LDAPBindDN \"cn=proftpd,ou=svc,dc=corp,dc=lan\" \"$PW3\"
</IfModule>
"
"$KEYHOUND" scan "$T/etc/proftpd/conf.d/sql.conf" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports sql.conf "$PW2" "$PW1" "$PW3"
mk decoy/proftpd.conf "SQLConnectInfo ftp@localhost proftpd PERSESSION
SQLConnectInfo proftpd@sql.example.com proftpd <password>
# SQLConnectInfo database@host:port username password
SQLConnectInfo ftp@db ftpd \${FTPD_DB_PASSWORD}
SQLConnectInfo /var/lib/proftpd/auth.sqlite3
"
silent decoy/proftpd.conf

# cephx: a key of Ceph's own format wherever it stands (a Kubernetes
# Secret, a mount's secret=), any base64 key in a keyring's section
CK='AQAr5thmQ3xTBhAAzW8kLq2vNp7Ys4Hd9Gc1Ug=='
mk k8s/rbd-secret.yaml "apiVersion: v1
kind: Secret
metadata:
  name: csi-rbd-secret
stringData:
  userID: kube
  userKey: $CK
"
found k8s/rbd-secret.yaml 7 netdaemons-ceph-key "$CK"
mk etc/fstab "mon1,mon2:/ /mnt/share ceph name=share,secret=$CK,noatime 0 0
"
found etc/fstab 1 netdaemons-ceph-key "$CK"
CK2='AQx2mZk8Wq4rTt7nVb3LpY9sHc6jDf1Ge5Ku0Rw+Na/Q='
mk etc/ceph/ceph.conf "[global]
fsid = 0f8c3a9e-2d41-4b6e-9a7c-5e1d2b3c4f60
[client.cinder]
	keyring = /etc/ceph/ceph.client.cinder.keyring
	key = $CK2
"
found etc/ceph/ceph.conf 5 netdaemons-ceph-keyring-key "$CK2"
# not Ceph's: 40 base64 characters from AQ without its header, a
# commented example, a placeholder
mk decoy/blob.txt "digest = AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0e
sig: AQAr5thmQ3xTBhAZzW8kLq2vNp7Ys4Hd9Gc1Ug==
"
silent decoy/blob.txt
mk decoy/ceph.client.admin.keyring "[client.admin]
#	key = $CK2
	key = <paste the key from ceph auth get-key>
	caps mon = \"allow *\"
"
silent decoy/ceph.client.admin.keyring

# NTP and chrony keys; a NUT monitor's login
mk etc/chrony.keys "# keys made by chronyc keygen
7 SHA256 HEX:3F9A1C7E5B2D8F4A6C0E9B3D7F1A5C8E2B6D0F4A8C3E7B1D5F9A2C6E0B4D8F3A
8 ASCII:$PW1
"
"$KEYHOUND" scan "$T/etc/chrony.keys" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports chrony.keys 3F9A1C7E5B2D8F4A6C0E9B3D7F1A5C8E2B6D0F4A8C3E7B1D5F9A2C6E0B4D8F3A "$PW1"
mk decoy/chrony.keys "#1 MD5 AbCdEfGhIjKlMnOp
1 SHA1 HEX:<generated>
"
silent decoy/chrony.keys
mk etc/nut/upsmon.conf "RUN_AS_USER root
MONITOR rackups@10.9.0.5 1 monslave \"$PW2\" secondary
"
found etc/nut/upsmon.conf 2 netdaemons-nut-monitor-password "$PW2"
mk decoy/upsmon.conf "# MONITOR <system> <powervalue> <username> <password> (\"primary\"|\"secondary\")
MONITOR myups@localhost 1 upsmon mypass master
"
silent decoy/upsmon.conf

# stunnel's PSK file, Heartbeat's authkeys, a Nagios resource file,
# Exim's lookup servers, smbpasswd's NT hash
mk etc/stunnel/psk-branches.txt "# identity:key (16 characters at least)
depot-12:$PW1$PW4
"
found etc/stunnel/psk-branches.txt 2 netdaemons-stunnel-psk "$PW1$PW4"
mk decoy/stunnel/psk.txt "# client1:<at least 16 characters>
client1:\${PSK_CLIENT1}
"
silent decoy/stunnel/psk.txt
mk etc/heartbeat/ha.d/authkeys "auth 3
3 md5 $PW2
"
found etc/heartbeat/ha.d/authkeys 2 netdaemons-heartbeat-authkeys "$PW2"
mk decoy/ha.d/authkeys "auth 1
1 crc
#2 sha1 HI!
"
silent decoy/ha.d/authkeys
mk etc/icinga/resource.cfg "\$USER1\$=/usr/lib64/nagios/plugins
\$USER2\$=monitor
\$USER5\$=$PW1
"
found etc/icinga/resource.cfg 3 netdaemons-nagios-resource-macro "$PW1"
mk decoy/nagios/resource.cfg "\$USER1\$=/usr/local/nagios/libexec
\$USER3\$=someuser
\$USER4\$=somepassword
\$USER9\$=~/checks
\$USER11\$=snmp-ro
\$USER12\$=ro_community
"
silent decoy/nagios/resource.cfg
mk etc/exim4/conf.d/main/00_sql "hide mysql_servers = sql-a.lan/mailsrv/exim_lookup/$PW2 : sql-b.lan/mailsrv/exim_lookup/$PW2
"
found etc/exim4/conf.d/main/00_sql 1 netdaemons-exim-lookup-servers-password "$PW2"
mk decoy/exim.conf "# hide mysql_servers = <host>/<db>/<user>/<password>
hide mysql_servers = localhost/exim/exim/\${EXIM_SQL_PASSWORD}
"
silent decoy/exim.conf
mk var/lib/samba/private/smbpasswd "svc-scan:1007:AAD3B435B51404EEAAD3B435B51404EE:5E9C2A7F1D3B8E6A4C0F9D2B7E5A1C3F:[U          ]:LCT-6650A1F2:
"
found var/lib/samba/private/smbpasswd 1 netdaemons-smbpasswd-nt-hash 5E9C2A7F1D3B8E6A4C0F9D2B7E5A1C3F
mk decoy/samba/smbpasswd "nobody:65534:XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX:XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX:[DU         ]:LCT-00000000:
guest:1004:NO PASSWORDXXXXXXXXXXXXXXXXXXXXX:NO PASSWORDXXXXXXXXXXXXXXXXXXXXX:[NU         ]:LCT-00000000:
"
silent decoy/samba/smbpasswd

# --- structured files -----------------------------------------------------
# X12: the ISA03 01 password with another separator, the ISA02 of a
# qualifier 03, all segments on one line
mk edi/outbound/856-asn.txt "ISA|00|          |01|$PW4|ZZ|WAREHOUSE01    |12|5551234567     |260301|0815|^|00501|000004521|0|P|:
GS|SH|WAREHOUSE01|5551234567|20260301|0815|4521|X|005010
"
found edi/outbound/856-asn.txt 1 interchange-x12-isa-password "$PW4"
mk edi/in/remit.835 "ISA*03*$PW4*00*          *ZZ*PAYERCO        *ZZ*CLINIC22       *260301*0815*^*00501*000000031*0*P*:~GS*HP*PAYERCO*CLINIC22*20260301*0815*31*X*005010X221A1~ST*835*0001~
"
found edi/in/remit.835 1 interchange-x12-isa-password "$PW4"
mk decoy/850.x12 "ISA*00*          *00*          *ZZ*BUYER          *ZZ*SELLER         *260301*0815*U*00401*000000032*0*P*>~
ISA*00*          *01*PASSWORD  *ZZ*BUYER          *ZZ*SELLER         *260301*0815*U*00401*000000033*0*T*>~
ISA*00*          *01*XXXXXXXXXX*ZZ*BUYER          *ZZ*SELLER         *260301*0815*U*00401*000000034*0*T*>~
"
silent decoy/850.x12

# Nessus: a scan export's server preference and a policy's plugin item
# over several lines
mk scans/dmz.nessus "<?xml version=\"1.0\" ?>
<NessusClientData_v2><Policy><Preferences><ServerPreferences>
<preference><name>SNMP community</name><value>$PW1</value></preference>
</ServerPreferences><PluginsPreferences>
<item>
<pluginName>Database settings</pluginName>
<pluginId>33815</pluginId>
<fullName>Database settings[password]:Password : </fullName>
<preferenceName>Password : </preferenceName>
<preferenceType>password</preferenceType>
<preferenceValues></preferenceValues>
<selectedValue>$PW2</selectedValue>
</item>
</PluginsPreferences></Policy></NessusClientData_v2>
"
"$KEYHOUND" scan "$T/scans/dmz.nessus" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports dmz.nessus "$PW1" "$PW2"
mk decoy/policy.nessus "<preference><name>SSH password</name><value></value></preference>
<item><preferenceName>Enable password :</preferenceName><selectedValue>********</selectedValue></item>
<preference><name>Never send SMB credentials in clear text</name><value>yes</value></preference>
<preference><name>ssh_password_type</name><value>password</value></preference>
"
silent decoy/policy.nessus

# SSIS: a connection's ServerPassword, a variable named for a password
mk etl/Orders.dtsConfig "<?xml version=\"1.0\"?>
<DTSConfiguration>
  <Configuration ConfiguredType=\"Property\" Path=\"\\Package.Connections[SFTP Drop].Properties[ServerPassword]\" ValueType=\"String\">
    <ConfiguredValue>$PW2</ConfiguredValue>
  </Configuration>
  <Configuration ConfiguredType=\"Property\" Path=\"\\Package.Variables[User::smtpRelayPassword].Properties[Value]\" ValueType=\"String\"><ConfiguredValue>$PW3</ConfiguredValue></Configuration>
  <Configuration ConfiguredType=\"Property\" Path=\"\\Package.Variables[User::smtpRelayUser].Properties[Value]\" ValueType=\"String\"><ConfiguredValue>relay-orders</ConfiguredValue></Configuration>
</DTSConfiguration>
"
"$KEYHOUND" scan "$T/etl/Orders.dtsConfig" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports Orders.dtsConfig "$PW2" "$PW3"
mk decoy/Load.dtsConfig "<DTSConfiguration>
  <Configuration ConfiguredType=\"Property\" Path=\"\\Package.Connections[DW].Properties[Password]\" ValueType=\"String\"><ConfiguredValue /></Configuration>
  <Configuration ConfiguredType=\"Property\" Path=\"\\Package.Connections[DW].Properties[Password]\" ValueType=\"String\"><ConfiguredValue>%DW_PASSWORD%</ConfiguredValue></Configuration>
  <Configuration ConfiguredType=\"Property\" Path=\"\\Package.Variables[User::apiKeyMasked].Properties[Value]\" ValueType=\"String\"><ConfiguredValue>Rv8n********</ConfiguredValue></Configuration>
  <Configuration ConfiguredType=\"Property\" Path=\"\\Package.Variables[User::apiKeyExample].Properties[Value]\" ValueType=\"String\"><ConfiguredValue>your-api-key</ConfiguredValue></Configuration>
</DTSConfiguration>
"
silent decoy/Load.dtsConfig

# libvirt: double quotes, attributes over lines
mk qemu/build-agent.xml "<domain type=\"kvm\">
  <devices>
    <graphics type=\"vnc\" port=\"5901\"
              passwd=\"Wq4nZt8L\" keymap=\"en-gb\"/>
  </devices>
</domain>
"
found qemu/build-agent.xml 4 interchange-libvirt-graphics-password "Wq4nZt8L"
mk decoy/vm.xml "<domain type='kvm'>
  <graphics type='vnc' port='-1' autoport='yes' passwd=''/>
  <graphics type='spice' autoport='yes' listen='127.0.0.1'/>
  <graphics type='vnc' passwd='{{ vnc_password }}'/>
</domain>
"
silent decoy/vm.xml

# a plist's header string: Basic's base64 decoded to its password
B64=$(printf 'pkgclient:%s' "$PW1" | base64 -w0)
mk Library/Preferences/com.example.updater.plist "<?xml version=\"1.0\" encoding=\"UTF-8\"?>
<plist version=\"1.0\"><dict>
  <key>RepoHeaders</key>
  <array><string>Authorization: Basic $B64</string></array>
</dict></plist>
"
"$KEYHOUND" scan "$T/Library/Preferences/com.example.updater.plist" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports updater.plist "$PW1"
mk decoy/Managed.plist "<array><string>Authorization: Basic \${MUNKI_AUTH}</string></array>
<array><string>Authorization: Basic &lt;base64 of user:password&gt;</string></array>
"
silent decoy/Managed.plist

# clients' own files: SAP RFC under a destination's name, cqlsh, Flutter's
# key.properties
mk sap/sapnwrfc_qas.ini "DEST=QAS_BATCH
ASHOST=qas.sap.lan
PASSWD=$PW3
"
found sap/sapnwrfc_qas.ini 3 interchange-client-ini-password "$PW3"
mk home/.cassandra/cqlshrc "[authentication]
username = analytics
password = $PW3
"
found home/.cassandra/cqlshrc 3 interchange-client-ini-password "$PW3"
mk android/key.properties "storePassword=$PW2
keyPassword=$PW1
keyAlias=upload
storeFile=/home/ci/upload.jks
"
"$KEYHOUND" scan "$T/android/key.properties" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports key.properties "$PW2" "$PW1"
mk decoy/key.properties "storePassword=\${STORE_PASSWORD}
keyPassword=<key password>
"
silent decoy/key.properties
mk decoy/cqlshrc "[authentication]
username = cassandra
password = cassandra
"
silent decoy/cqlshrc

# the same shapes in a test fixture: reported as a test's, at low confidence
mk tests/fixtures/kamctlrc "DBRWPW=\"$PW1\"
"
"$KEYHOUND" scan "$T/tests/fixtures/kamctlrc" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "fixture kamctlrc: test context" jq -e '.[0].context == "test" and .[0].confidence == "low"' "$T/out"
mk spec/fixtures/sample.x12 "ISA*00*          *01*$PW4*ZZ*SENDER         *ZZ*RECEIVER       *260301*0815*U*00401*000000035*0*T*>~
"
"$KEYHOUND" scan "$T/spec/fixtures/sample.x12" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "fixture x12: test context" jq -e 'length == 1 and .[0].context == "test" and .[0].confidence == "low"' "$T/out"

finish e2e_places28
