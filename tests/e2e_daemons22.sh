#!/usr/bin/env bash
# End-to-end tests of wave 22's service credentials: a file that is one
# credential by its name (generic-credential-file), a file holding only
# a login (CIFS and smbclient credentials), host:login:password relay
# files, INI sections of logins and pjsip type=auth, rootpw and ADMIN_PW
# directives; and the stored forms
# of the same places (a digest's hex the line or the users file vouches
# for, {SSHA}, crypt, -pbkdf2-, md5_cred), references and comments, which
# stay quiet. A key's hex under a key's name is still a key.
. "$(dirname "$0")/lib.sh"
batch_scans

PW='Harbor-Quill-4417'
RND=Tw8kLq3ZmV9xRb2N
HEX64=3fa9c1d27e8b4056a1c9d3e7f2b8a4c60d5e1f9b7a3c2d8e4f6a0b1c9d7e5f3a
HEX32=7f3a9c1e5b2d8f4a6c0e1b3d5f7a9c2e

# files named for the credential they hold
mk f/nexus-data/admin.password "$PW
"
found f/nexus-data/admin.password 1 generic-credential-file "$PW"
mk f/etherpad/APIKEY.txt "$HEX64"
found f/etherpad/APIKEY.txt 1 generic-credential-file "$HEX64"
mk f/woodpecker/agent.secret "$RND
"
found f/woodpecker/agent.secret 1 generic-credential-file "$RND"
mk f/ansible/.vault_pass "$PW
"
found f/ansible/.vault_pass 1 generic-credential-file "$PW"
# (a raw base64 key may start with '/'; a path does not pass for one)
KEY=/q7Lm2Wz8XpR4vTn6YbK1cHd9JsF3gQa5UeO0iP7lM2kN8jB4vC6xZ1sD3wE5rT9yU7iH/Wm3Zx9LpT7vBk2Nd5Rc8Hy4Jf6Gs1Qa==
mk f/rustdesk/data/id_ed25519 "$KEY"
found f/rustdesk/data/id_ed25519 1 generic-credential-file "$KEY"
# the same value in a file named for nothing, and what such files hold
# when they hold no credential
mk f/decoy/notes.txt "$PW
"
silent f/decoy/notes.txt
mk f/decoy/admin.password '${ADMIN_PASSWORD}
'
silent f/decoy/admin.password
mk f/decoy/ci.token '# paste the runner token here
'
silent f/decoy/ci.token
mk f/decoy/db_password '/run/secrets/db_password
'
silent f/decoy/db_password
mk f/decoy/rustdesk/id_ed25519 '-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ
-----END OPENSSH PRIVATE KEY-----
'
"$KEYHOUND" scan "$T/f/decoy/rustdesk/id_ed25519" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "PEM id_ed25519: not read as one bare value" jq -e \
	'[.[] | select(.rule_id == "generic-credential-file")] | length == 0' "$T/out"

# a file that holds only a login; its password, however it is spelt
mk l/home/ops/.smbcredentials 'username=backup_op
password=ooveishie4a
domain=CORP
'
found l/home/ops/.smbcredentials 2 daemonfiles-login-file-password ooveishie4a
mk l/etc/nas.cred "user = scan
pass = $PW
"
found l/etc/nas.cred 2 daemonfiles-login-file-password "$PW"
mk l/decoy/.smbcredentials 'username=backup_op
password=${SMB_PASSWORD}
'
silent l/decoy/.smbcredentials

# host:login:password relay files
mk c/etc/exim4/passwd.client "# target.mail.server.example:login:password
*.smtp2go.com:relay@example.net:$PW
"
found c/etc/exim4/passwd.client 2 daemonfiles-colon-login-password "$PW"
mk c/etc/dma/auth.conf "alerts|smtp.example.org:$RND
"
found c/etc/dma/auth.conf 1 daemonfiles-colon-login-password "$RND"
mk c/decoy/passwd.client '# target.mail.server.example:login:password
smtp.example.org:relay:${SMTP_PASSWORD}
'
silent c/decoy/passwd.client

# INI sections of logins, every line of one
mk s/haraka/config/auth_flat_file.ini "[core]
methods=PLAIN,LOGIN

[users]
scanner=$PW
crm=roes-8260-OXEE
fax=Fennel#Garden51
"
"$KEYHOUND" scan "$T/s/haraka/config/auth_flat_file.ini" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports auth_flat_file.ini "$PW" roes-8260-OXEE 'Fennel#Garden51'
mk s/accounts.ini "[accounts]
root = -pbkdf2-3f0a8d1c9e7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f,6b1e4c7a9d2f5e8b0c3a6d9f2e5b8c1a,10
backup = $PW
"
found s/accounts.ini 3 daemonfiles-auth-section-password "$PW"
mk s/decoy/grafana.ini '[users]
allow_sign_up = false
auto_assign_org_role = Viewer
default_theme = dark
'
silent s/decoy/grafana.ini
mk s/decoy/auth_enc_file.ini '[users]
alice@example.org={SHA512-CRYPT}$6$rounds=5000$Zx$aQ
'
silent s/decoy/auth_enc_file.ini
mk s/pjsip.conf "[trunk]
type=registration

[trunk-auth]
type=auth
auth_type=userpass
username=5912374
password=UvBCUdLMaivt
"
found s/pjsip.conf 8 daemonfiles-sip-auth-password UvBCUdLMaivt
mk s/decoy/pjsip.conf "[6002]
type=auth
auth_type=md5
username=6002
md5_cred=$HEX32
"
silent s/decoy/pjsip.conf

# a directory's and an installer's rootpw, an image's ADMIN_PW
mk d/slapd.conf 'database mdb
rootdn "cn=admin,dc=corp"
rootpw citadel_9_willow_granite
'
found d/slapd.conf 3 daemonconf-password citadel_9_willow_granite
mk d/node.ks "rootpw --plaintext $PW
"
found d/node.ks 1 daemonconf-password "$PW"
mk d/mail.env 'INITIAL_ADMIN_ACCOUNT=admin
INITIAL_ADMIN_PW=mangomango57@
'
found d/mail.env 2 daemonconf-password 'mangomango57@'
mk d/decoy/slapd.conf 'rootpw {SSHA}I37oZEhI3Qe3cUnq+rPRgLDWrdMjX1pg
'
silent d/decoy/slapd.conf
mk d/decoy/node.ks 'rootpw --iscrypted $6$Qx2w$Zl0mQvX9pYc7Rb.4fZ
rootpw --lock
'
silent d/decoy/node.ks

# a gateway's admin keys and a consumer's key-auth key
mk g/apisix/conf/config.yaml "deployment:
  admin:
    admin_key:
      - name: admin
        key: $RND
        role: admin
      - name: viewer
        key: Pw4nXk8RtZ2mLq7V
        role: viewer
  etcd:
    host:
      - \"http://etcd:2379\"
"
"$KEYHOUND" scan "$T/g/apisix/conf/config.yaml" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports apisix-config.yaml "$RND" Pw4nXk8RtZ2mLq7V
mk g/consumers.json "{\"username\": \"acme\",
 \"plugins\": {\"key-auth\": {\"key\": \"$RND\"}}}
"
found g/consumers.json 2 daemonconf-key-auth-key "$RND"
mk g/decoy/config.yaml 'deployment:
  admin:
    admin_key:
      - name: admin
        key: ${{ADMIN_KEY}}
        role: admin
'
silent g/decoy/config.yaml

# a digest's hex where the place says it is stored; a key's hex stays
mk h/user-mapping.xml "<user-mapping>
  <authorize username=\"ops\" password=\"$HEX32\" encoding=\"md5\"/>
</user-mapping>
"
silent h/user-mapping.xml
mk h/users.yml "users:
  viewer:
    password: $HEX64
"
silent h/users.yml
mk h/ServerConfig.json "{
  \"AdminPassword\": \"$HEX64$HEX64\"
}
"
silent h/ServerConfig.json
mk h/keys/users.yml "users:
  ci:
    api_key: $HEX64
"
found h/keys/users.yml 3 generic-secret "$HEX64"
mk h/app.yml "database:
  password: $HEX32
"
found h/app.yml 2 generic-secret "$HEX32"

finish e2e_daemons22
