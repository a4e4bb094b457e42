#!/usr/bin/env bash
# End-to-end tests of wave 24's password places: passphrases with blanks
# in a YAML list, under psk and *phrase names and as a daemon directive's
# value; words and a number, and pwgen's word-digit-Word, quoted in code
# (a C# connection string's Password=, Lua's and PowerShell's literals); a
# hashing call's clear-text argument; Dovecot's {PLAIN} with a chosen
# password; OpenLDAP's binddn ... credentials=; Murmur's icesecret;
# redis-cli -a in single quotes; Org's =value= and `user / password` in
# Org and Markdown marks. Hashes, placeholders, references, prose that
# names a password without one, and code names stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

# passphrases with blanks
mk ci/codemagic.yaml "workflows:
  ios:
    environment:
      vars:
        - KEYCHAIN_PASSWORD: orchid lantern pewter tamarind
"
found ci/codemagic.yaml 5 generic-passphrase "orchid lantern pewter tamarind"
mk net/hostapd.txt "wpa_psk = Gravel orchid thimble 82
"
found net/hostapd.txt 1 generic-passphrase "Gravel orchid thimble 82"
mk notes/backup.txt "restic repository phrase: \"quartz willow ember falcon\"
"
found notes/backup.txt 1 generic-passphrase "quartz willow ember falcon"
mk mosq/bridge.conf "connection cloud
address broker.example.net:8883
remote_username edge-7
remote_password sorrel beacon quince meadow
"
found mosq/bridge.conf 4 generic-passphrase-directive "sorrel beacon quince meadow"
mk decoy/passphrase.yaml "env:
  - MATCH_PASSWORD: see the team vault
  - WIFI_PASSPHRASE: stored in bitwarden now
remote_password is the password of the remote broker
the phrase: \"please type your code\"
psk = your network key here
"
silent decoy/passphrase.yaml

# code holds words and a number, or pwgen's word-digit-Word, as text
mk cs/Startup.cs "services.AddDbContext<Db>(o => o.UseSqlServer(
    \"Data Source=sql-7.internal;Initial Catalog=Orders;User ID=orders;Pwd=vaku4Rome;Encrypt=True\"));
"
found cs/Startup.cs 2 generic-password "vaku4Rome"
mk lua/storage.lua "storage = { backend = \"sql\", password = \"copper_thistle_27\" }
"
generic lua/storage.lua 1 "copper_thistle_27"
mk ps/mount.ps1 "\$sec = ConvertTo-SecureString \"walnut_cinder_8\" -AsPlainText -Force
"
found ps/mount.ps1 1 windows-securestring-plaintext "walnut_cinder_8"
mk decoy/Names.java "class Fields {
    static final String password = \"passwordInput2\";
    static final String pwd = \"userPass2Field\";
    String conn = \"Server=db;Password=\" + dbPass + \";\";
}
"
silent decoy/Names.java

# a hashing call's argument is the password it hashes
mk php/seed.php "<?php
\$hash = password_hash(\"kestrel4_2026!\", PASSWORD_BCRYPT);
"
found php/seed.php 2 dbclient-password-hash-call "kestrel4_2026!"
mk py/seed.py "admin.pw_hash = generate_password_hash(\"tarn-Velvet-39\")
"
found py/seed.py 1 dbclient-password-hash-call "tarn-Velvet-39"
mk decoy/hash.py "pw_hash = generate_password_hash(form.password.data)
password_hash = \"\$2y\$10\$CaYOvLSHPv29i9M3LEnadcsLJBJ0ky13eTSCrYn8Eiuu2x5EBi\"
user.password = make_password(None)
"
silent decoy/hash.py

# daemons' files
mk dovecot/passwd "noc@mail.example:{PLAIN}heron_basalt_19::::::
ops@mail.example:{CLEARTEXT}Qd7-lynx-Farrow::::::
"
"$KEYHOUND" scan "$T/dovecot/passwd" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports passwd "heron_basalt_19" "Qd7-lynx-Farrow"
mk decoy/dovecot/passwd "a@mail.example:{SSHA}Wx9kTq2mLr7vNb4pYh8cJf5sGd1aKe6u::::::
b@mail.example:{SHA512-CRYPT}\$6\$Zq3dWx9k\$Wx9kTq2mLr7vNb4pYh8cJf5sGd1aKe6uQi3oPz0RtY::::::
c@mail.example:{PLAIN}changeme::::::
d@mail.example:{PLAIN}your_password_here::::::
"
silent decoy/dovecot/passwd
mk slapd/slapd.conf "syncrepl rid=007 provider=ldaps://dir-1.corp.example
  type=refreshAndPersist bindmethod=simple
  binddn=\"cn=mirror,dc=corp,dc=example\" credentials=Pv6tWq2Lnz
  searchbase=\"dc=corp,dc=example\"
"
found slapd/slapd.conf 3 daemonconf-ldap-bind-credentials "Pv6tWq2Lnz"
mk decoy/slapd.conf "syncrepl rid=007 provider=ldaps://dir-1 bindmethod=sasl binddn=\"cn=x\" credentials=<secret>
  binddn=\"cn=mirror,dc=corp\" credentials=\${LDAP_MIRROR_PW}
# credentials=secret is sent in clear text without TLS
"
silent decoy/slapd.conf
mk murmur/murmur.ini "icesecretread=Lk4vT9qWz2Rn8xPb
"
found murmur/murmur.ini 1 selfhosted-server-password "Lk4vT9qWz2Rn8xPb"

# shell histories: redis-cli -a in single quotes keeps a '$'
mk hist/fish_history "- cmd: redis-cli -h cache-3 -a 'Pl\$m4Quarry' --no-auth-warning dbsize
  when: 1764000000
"
found hist/fish_history 1 cli-redis-password 'Pl$m4Quarry'
mk decoy/hist/fish_history "- cmd: redis-cli -h cache-3 -a \$REDIS_PASS ping
  when: 1764000000
- cmd: redis-cli -h cache-3 -a \"\$REDIS_PASS\" ping
  when: 1764000001
"
silent decoy/hist/fish_history

# Org's and Markdown's marks
mk org/desk.org "* Desk
- Lab router: SSID =Lab-5G= passphrase =Rw8+kTz2Vq7LmNc4Xp9H=
- Switch console (web): ~admin~ / ~Hb6Lq2Wz8Rk4Tn7V~
"
"$KEYHOUND" scan "$T/org/desk.org" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports desk.org "Rw8+kTz2Vq7LmNc4Xp9H" "Hb6Lq2Wz8Rk4Tn7V"
mk md/kiosk.md "- Kiosk admin (local): \`admin\` / \`Zt3Kq8Lm2Wv7Rx4N\`
"
"$KEYHOUND" scan "$T/md/kiosk.md" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports kiosk.md "Zt3Kq8Lm2Wv7Rx4N"
mk decoy/notes.org "* Access
- the password is in 1Password, see vault entry =router-admin=
- Switch console: =admin= / =admin=
- Switch console: ~admin~ / ~********~
- run =sudo -i= as =admin= / =root= first
"
silent decoy/notes.org

# a word, its number and a year (a team's name and the year it was set)
mk conf/relstorage.yaml "dsn: \"host='pg-2' dbname='zodb' user='zodb' password='falcons9_2021'\"
"
generic conf/relstorage.yaml 1 "falcons9_2021"
mk decoy/dated.yaml "password: \"test1_2020\"
password: \"data_2019\"
"
silent decoy/dated.yaml

# AppleScript's set NAME to "value"
mk as/vpn.applescript "set vpnPass to \"orchard3_2024#\"
do shell script \"scutil --nc start 'Office VPN'\"
"
generic as/vpn.applescript 1 "orchard3_2024#"
mk decoy/vpn.applescript "set vpnPass to text returned of (display dialog \"VPN password\" default answer \"\" with hidden answer)
set dbPass to \"changeme\"
set theResult to \"pass to the next step\"
"
silent decoy/vpn.applescript

# a map from who logs in to the password, under a plural name for logins
mk php/shortener.php "<?php
\$site_user_passwords = [
    'nadia' => 'Brisk#71heron',
    'tomas' => 'phpass:!2y!10!Zq3dWx9kWx9kTq2mLr7vNb4pYh8cJf5sGd1aKe6uQi3oPz0RtYab',
];
"
"$KEYHOUND" scan "$T/php/shortener.php" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports shortener.php "Brisk#71heron"
mk py/fixtures.py "QA_LOGINS = {
    \"qa1@shop.test\": \"Marl4!quarry\",
    \"qa2@shop.test\": \"Tern8+basalt\",
}
"
"$KEYHOUND" scan "$T/py/fixtures.py" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports fixtures.py "Marl4!quarry" "Tern8+basalt"
mk decoy/people.php "<?php
\$users = ['alice' => 'Alice Example', 'bob' => 'editor'];
\$TEST_USERS = ['carol' => 'carol@example.com', 'dan' => '<password>'];
\$user_passwords = ['erin' => getenv('ERIN_PW'), 'finn' => 'changeme'];
"
silent decoy/people.php

# ZNC's network line: Server = host [+]port password
mk znc/configs/znc.conf "<User kim>
  <Network libera>
    Server = irc.libera.chat +6697 mizo4Tuvel
  </Network>
  <Network oftc>
    Server = irc.oftc.net 6667
  </Network>
</User>
"
found znc/configs/znc.conf 3 daemonconf-znc-server-password "mizo4Tuvel"

# nmcli's Wi-Fi key and 802.1X password settings
mk hist/nm_history "- cmd: nmcli connection modify Depot wifi-sec.key-mgmt wpa-psk wifi-sec.psk 'Larch5!ember'
  when: 1764000000
- cmd: nmcli connection modify Depot wifi-sec.psk \"\$DEPOT_PSK\"
  when: 1764000001
"
found hist/nm_history 1 cli-nmcli-secret 'Larch5!ember'

finish e2e_pwshapes24
