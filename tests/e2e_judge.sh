#!/usr/bin/env bash
# End-to-end tests of the generic value judge (issue 8, wave 10): a
# random value under any credential's name is a secret whatever marks it
# carries ('.', '!', '-', '$', '&'...), each assignment of a line of
# several is read; dotted code references, names and stored passwords
# that their program obfuscated or encrypted (by its own markers) are not.
. "$(dirname "$0")/lib.sh"
batch_scans
KH=$KEYHOUND

# none FILE: scanning $T/FILE reports nothing
none() {
	"$KH" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "$1: nothing" jq -e 'length == 0' "$T/out"
}

# values: random, with a dot (once read as object.member), other marks
mk pos/dot.env "DATABASE_PASSWORD=Vx7Kp2Qm9Lr4T.z8W
"
found pos/dot.env 1 generic-secret Vx7Kp2Qm9Lr4T.z8W
mk pos/dot2.env "DB_PASSWORD=Kq8.Zr2Wv5Tn7Lx3MpQ4
"
found pos/dot2.env 1 generic-secret Kq8.Zr2Wv5Tn7Lx3MpQ4
mk pos/app.properties "connectionProperties.password=Tz4.Rw9Lq2Kv7XmB
"
found pos/app.properties 1 generic-secret Tz4.Rw9Lq2Kv7XmB
mk pos/marks.env "KOPIA_SERVER_CONTROL_PASSWORD=Hq7vT2mK9xR4\$pW&z
"
found pos/marks.env 1 generic-secret 'Hq7vT2mK9xR4$pW&z'
mk pos/jetty-env.xml "<New class=\"org.eclipse.jetty.plus.jndi.Resource\">
  <Set name=\"password\">Wq2.Lm7!Zx3Tn8Kv</Set>
</New>
"
found pos/jetty-env.xml 2 generic-secret 'Wq2.Lm7!Zx3Tn8Kv'
# a passcode is a password's name
mk pos/web.properties "web.systemPasscode=Rk3.Wq8vT2mZ7xLp
"
found pos/web.properties 1 generic-secret Rk3.Wq8vT2mZ7xLp
mk pos/short.env "ADMIN_PASSCODE=Qz7.Rm2-Kw9Lp
"
found pos/short.env 1 generic-password Qz7.Rm2-Kw9Lp
# pw: a password's short name
mk pos/pw.conf "ldap_bind_pw = Qv7.Lx2Tz9-WmK4p
"
found pos/pw.conf 1 generic-secret Qv7.Lx2Tz9-WmK4p
mk neg/pw.c "hw_pwm = pwm.ChannelPwm2;
"
none neg/pw.c
# a Puppet (Hiera) key's namespaces end at '::'; a type name after '::'
# (AWS::SecretsManager::Secret) stays a type
mk pos/prod.yaml "---
profile::database::password: 'Hq7vT2.mK9xR4pWz'
"
found pos/prod.yaml 2 generic-secret Hq7vT2.mK9xR4pWz
mk neg/template.json "\"AWS::SecretsManager::Secret\": \"ea029b329dc57364\",
"
none neg/template.json
# several assignments on one line, the name glued to its owner (Bacula)
mk pos/catalog.conf "Catalog { Name = MyCatalog; dbname = \"bacula\"; dbuser = \"bacula\"; dbpassword = \"Pv6.Nq3Tk8Wm2RxL\" }
"
found pos/catalog.conf 1 generic-secret Pv6.Nq3Tk8Wm2RxL
mk pos/logfmt.log "ts=2026-11-30 user=app rootpassword=Lw4.Tq9Zm2Kx7RvB
"
found pos/logfmt.log 1 generic-secret Lw4.Tq9Zm2Kx7RvB
# a webhook's signing key is a secret: only git's signingkey names a key id
mk pos/hooks.env "WEBHOOK_SIGNING_KEY=4F0C9E2B7A1D83F6C5E0B9A2D4F7E1C3B8A6D0F9
"
found pos/hooks.env 1 generic-secret 4F0C9E2B7A1D83F6C5E0B9A2D4F7E1C3B8A6D0F9
# hex that is no WinSCP flag
mk pos/hex.ini "[db]
password = B45CBE9928A43E344ACE1E0A2B8F6D7C
"
found pos/hex.ini 2 generic-secret B45CBE9928A43E344ACE1E0A2B8F6D7C

# code references: dotted names whose parts are words
mk neg/db.py "password = config.db.password_v2
token = this.config.s3Secret
API_SECRET = settings.SECRET_KEY_V2
api_key = window.appConfig.mapsKey2
"
none neg/db.py
# stored passwords their programs obfuscated or encrypted
mk neg/jetty-env.xml "<Set name=\"password\">OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v</Set>
"
none neg/jetty-env.xml
mk neg/application.yml "spring:
  datasource:
    password: \"ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)\"
"
none neg/application.yml
mk neg/proxysql.cnf "mysql_users = ( { username = \"app\", password = \"*DE1AB5DFC2D6FC32D6787A07BE1F0C6CD4C2A2B8\" } )
"
none neg/proxysql.cnf
mk neg/WinSCP.ini "[Sessions\\deploy@web01]
HostName=web01.acme.internal
Password=A35CBE9928A43E344ACE1E0A2B8F6D7C9C2B6F3E
"
none neg/WinSCP.ini
mk neg/logins.json "{\"logins\":[{\"hostname\":\"imap://mail.acme.example\",\"password\":\"MEIEEPgAAAAAAAAAAAAAAAAAAAEwFAYIKoZIhvcNAwcECN4Kq2Vb7mNlBBg5rXpQ0C1y8zJd3VuTQ8nKfLm0aWs2\"}]}
"
none neg/logins.json
mk neg/confCons.xml "<?xml version=\"1.0\" encoding=\"utf-8\"?>
<mrng:Connections xmlns:mrng=\"http://mremoteng.org\" Name=\"Connections\" EncryptionEngine=\"AES\">
  <Node Name=\"web01\" Username=\"deploy\" Password=\"VTj2qIL737Ijbnq6fIlzQk9PUkxFQU5fVkFMVUVfMTIzNDU2Nzg5MGFiY2RlZg==\" />
</mrng:Connections>
"
none neg/confCons.xml
# the same base64 outside mRemoteNG's file is a secret
mk pos/conn.xml "<conn>
  <Node Name=\"web01\" Password=\"VTj2qIL737Ijbnq6fIlzQk9PUkxFQU5fVkFMVUVfMTIzNDU2Nzg5MGFiY2RlZg==\" />
</conn>
"
found pos/conn.xml 2 generic-secret VTj2qIL737Ijbnq6fIlzQk9PUkxFQU5fVkFMVUVfMTIzNDU2Nzg5MGFiY2RlZg==
# git's GnuPG signing key: an id, not the key
mk neg/.gitconfig "[user]
	name = Jo Doe
	signingkey = AE8CD64A6BD12B9E
[commit]
	gpgsign = true
"
none neg/.gitconfig
# a model's owner/name; a JWT is the jwt rule's to judge (this one's
# signature is the word "signature")
mk neg/creds.rb "api_key = \"mistralai/Mixtral-8x7B-Instruct-v0.1\"
"
none neg/creds.rb
mk neg/jwt.rb "auth_token = \"eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl\"
"
none neg/jwt.rb
# words with a slash and no owner/name form stay a secret's business
mk pos/model.env "API_KEY=Ab3kQ/zR8wLm2Tq9/Vx4Nc7
"
found pos/model.env 1 generic-secret Ab3kQ/zR8wLm2Tq9/Vx4Nc7

finish e2e_judge
