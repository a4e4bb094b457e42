#!/usr/bin/env bash
# End-to-end tests of wave 29's precision work (decoys29): values their
# own text says are no live secret (scanner/validate_dead.c).
#  - The digest of a key kept beside it: a digest's length in hex or
#    padded base64 under a name whose last word is a digest's (token_sha256,
#    apiKeyHash, PASSWORD_MD5, key_fingerprint) or that a note calls one
#    (`# sha256 of the token`, `(sha256_of_key)`, `hashed`), in every
#    syntax; not the key beside it, not a key under an HMAC's or a salt's
#    note, not a token with its provider's own format under a digest's name.
#  - A key the note above, its sentence or a trailing comment calls
#    revoked, deactivated, expired, no longer working or not in use, or
#    old and then changed; not the replacement on the next line, not a value
#    `rotated` alone dates (`# rotated monthly`, `(rotated in May)`, `was
#    rotated to X`), not one a note orders kept out of a place (`do not
#    use in CI`), and an old name alone (`OLD_API_KEY`) stays reported.
#  - Stored forms by their markers (Jasypt's ENC(...) whose close a rule
#    left out, Cirrus CI's ENCRYPTED[...]) and a value its sentence calls
#    encrypted (`(encrypted, safe)`), not one for an encrypted volume.
#  - Real trees' classes: a declaration's type (`PW: UTF8String;`), a setting's help text as its value (`optional;
#    leave empty if not used.`), base64 of a phrase saying it is no real
#    password.
. "$(dirname "$0")/lib.sh"
batch_scans

# keeps FILE SECRET...: scanning $T/FILE reports exactly these secrets
keeps() {
	local f=$1
	shift
	"$KEYHOUND" scan "$T/$f" -f json --show-secrets -o "$T/out" 2>"$T/err"
	reports "$f" "$@"
}

# fake values, made up here
D1=808726c34169f9b753f8de14f5d4bd992c4c59d64883a7f1c7c02653454ea067
D2=4eaac0fa16d4567351a730a7772cfca1be1ed2bd594966e1419d045174bbac35
D3=1d59d4a2e7b57996bdc2108a43c5f0e60f6ea5fead40d6e95f82d01501e0d109
D4=82c23959206edc6193f3c001587b87cbc65125983ef32c1a5e1a4b57ae5428cb
D5=65ad3a36919cb0cd3ec601d337ab9ba18fde2f24a3d492f64f6663fa3a7b2f59
S1=08551b1e1e5f12edda86b7bd5aaf3ca82b19042c
S2=eee19696deb6e459b38a24e457098ca5835fe1d1
M1=12a9d0156d5bc13818a393af9f44deca
M2=30f24623d2e980bd37103c01d18c6daa
L1=a85c0224e06cc956ea53f84ff2c11b6d98f355b7ee17b9a66c0f1ce064f9184a08feb0f6c0c057b57ee07aca95adfd3edcab277e62514261f500362dfa4ad890
K1=bb9d334fa42f0dbed352c65c556bcaaf36e3d2e9a3e10e43d9530ba2af9329f8
K2=73fb003ba7383f5051389ff15747306879c8984f8b0cd5f0b8cdd881c480f026
K3=a3f9c5c76b59f56b728cc383890b4441a3c6b180f21e6c4eb915e7526972d33b
K4=2d3e325fc91949f1ec3b170d8411d617ad9e1172fc7e63898bafe1f0dc44c58b
B256=FS0Vr/XY2YGPTMGDdNSmUjkRM69g8BgyFx4VW4gja9w=
B1=AVSxXnZpj4K93hLfl6ZRixzKPNk=
P1=lUInc488Pc6vdgYkC14yTgQ7
P2=sdYm60a5lLqfgGUbus8a9WtQ
P3=RAWm8cSBOyrnHU9FNQpuUHmd
P4=dDa0hTEmTCYeiXghKAJ5T5Ky
P5=HtC2YxcDTLxRzorrIAMcCJFM
P6=frBjhpVrjMOQilVuGkvQidKJ
P7=XLSyjeh6MamBIDtQfAFeQ1n7
P8=ajqZa2CRJgJIp3UIRsBlMjZg
SL1=sk_live_${P1}Qx
SL2=sk_live_${P2}Wm
SL3=sk_live_${P3}Zt

# ---- the baselines: each value alone under its name is reported
mk base/a.env "PAYMENTS_SECRET=$K1
"
generic base/a.env 1 "$K1"
mk base/b.env "DB_PASSWORD=$P4
"
generic base/b.env 1 "$P4"
mk base/c.env "STRIPE_KEY=$SL1
"
keeps base/c.env "$SL1"
mk base/d.yml "webhook_secret: $K2
"
generic base/d.yml 1 "$K2"

# ---- (a) digests under a digest's name, in many syntaxes
mk dg/a.env "API_TOKEN_SHA256=$D1
"
silent dg/a.env
mk dg/b.yml "auth:
  webhook_secret_digest: $D2
"
silent dg/b.yml
mk dg/c.json '{
  "apiKeyHash": "'"$S1"'",
  "region": "eu-west-1"
}
'
silent dg/c.json
mk dg/d.ini "[auth]
password_md5 = $M1
"
silent dg/d.ini
mk dg/e.go "package cfg

const tokenFingerprint = \"$S2\"
"
silent dg/e.go
mk dg/f.toml "[deploy]
secret_key_sha512 = \"$L1\"
"
silent dg/f.toml
mk dg/g.env "SIGNING_SECRET_SHA256=$B256
"
silent dg/g.env
mk dg/h.py "hash_of_password = \"$D3\"
"
silent dg/h.py
mk dg/i.properties "app.client.secret.checksum=$D4
"
silent dg/i.properties
mk dg/j.tf "variable \"admin_password_sha1\" {
  default = \"$S1\"
}
"
silent dg/j.tf
mk dg/k.rb "API_SECRET_HASH = '$D5'
"
silent dg/k.rb
mk dg/l.xml "<config>
  <apiTokenSha256>$D1</apiTokenSha256>
</config>
"
silent dg/l.xml
mk dg/m.sh "export VAULT_TOKEN_SHA1=\"$B1\"
"
silent dg/m.sh

# ---- (a) digests a note calls one: the note above, a trailing comment
mk dn/a.py "# sha256 of the deploy token, for the audit log
DEPLOY_TOKEN = \"$D2\"
"
silent dn/a.py
mk dn/b.toml "[svc]
token = \"$D3\"  # sha256 of the real token
"
silent dn/b.toml
mk dn/c.yml "# hashed value only (SHA-256), the key is in Vault
client_secret: $D4
"
silent dn/c.yml
mk dn/d.js "// md5 hash of the admin password
const adminPassword = '$M2';
"
silent dn/d.js
mk dn/e.json '{
  "_comment": "digest of the key, not the key",
  "api_key": "'"$D5"'"
}
'
silent dn/e.json
mk dn/f.conf "; checksum of the service secret (sha1)
service_secret = $S2
"
silent dn/f.conf
mk dn/g.lua "-- old value kept for reference (sha256_of_key, not in use)
api_secret = \"$D1\"
"
silent dn/g.lua
mk dn/h.sql "-- fingerprint of the replication password
SET @replication_password = '$S1';
"
silent dn/h.sql
mk dn/i.env "SESSION_SECRET=$D2 # sha-256 of the old one
"
silent dn/i.env
mk dn/j.md "The token's sha256 digest: \`$D3\`
"
silent dn/j.md

# ---- (a) what stays reported beside digests
mk dk/a.env "API_SECRET=$K1
API_SECRET_SHA256=$D1  # sha256 of the key above
"
keeps dk/a.env "$K1"
mk dk/b.yml "# HMAC-SHA256 signing key for the webhooks
signing_secret: $K2
"
generic dk/b.yml 2 "$K2"
mk dk/c.env "# the secret and its sha256 for verification
WEBHOOK_SECRET=$K3
"
generic dk/c.env 2 "$K3"
mk dk/d.yml "stripe_key_sha256: $SL2
"
keeps dk/d.yml "$SL2"
mk dk/e.json '{
  "client_secret": "'"$K4"'",
  "client_secret_sha256": "'"$D2"'"
}
'
keeps dk/e.json "$K4"
mk dk/f.env "# password hash algorithm: sha256
DB_PASSWORD=$P5
"
generic dk/f.env 2 "$P5"
mk dk/g.env "HASHING_SECRET=$K1
"
generic dk/g.env 1 "$K1"
mk dk/h.env "SHA256_SIGNING_SECRET=$K2
"
generic dk/h.env 1 "$K2"

# ---- (a) digests and placeholders in a fixture's and a template's place
mk tests/fixtures/dg.env "API_KEY_SHA256=$D3
"
silent tests/fixtures/dg.env
mk dt/a.env "API_KEY_SHA256=\${API_KEY_SHA256}
API_KEY_DIGEST=changeme
API_KEY_HASH=<sha256 of your key>
API_KEY_CHECKSUM=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
"
silent dt/a.env

# ---- (b) revoked: the note above
mk rv/a.ini "[opc]
user=svc_hist
; previous one, revoked 2025-11 after the vendor left
pass_old=$P1
"
silent rv/a.ini
mk rv/b.env "# OLD, revoked 2024-03
STRIPE_KEY_OLD=$SL1
"
silent rv/b.env
mk rv/c.yml "# deactivated 2025-01-14 when Sam left the team
mail_api_key: $K1
"
silent rv/c.yml
mk rv/d.py "# expired, kept only for the audit
LEGACY_TOKEN = \"$P2\"
"
keeps rv/d.py "$P2"
mk rv/e.sh "# no longer works since the migration
export DB_PASSWORD='$P3'
"
silent rv/e.sh
mk rv/f.json '{
  "@_comment": "retired key, not in use",
  "apiKey": "'"$K2"'"
}
'
silent rv/f.json
mk rv/g.properties "! previous key, rotated out in March
smtp.password=$P4
"
silent rv/g.properties
mk rv/h.tf "// invalidated when the account was closed
variable \"api_token\" { default = \"$P5\" }
"
silent rv/h.tf
mk rv/i.yml "# old value, rotated out
db_password_old: $P6
"
silent rv/i.yml

# ---- (b) revoked: the value's own sentence or trailing comment
mk rs/a.env "AWS_SECRET_ACCESS_KEY=$P7$P8  # rotated, dead
"
silent rs/a.env
mk rs/b.md "The previous webhook secret, \`$K3\`, was revoked on 2024-02-01.
"
silent rs/b.md
mk rs/c.txt "BMC: https://bmc07.corp.local
  (factory sticker password was QW7PRK2M - changed at install)
"
silent rs/c.txt
mk rs/d.md "Ops notes
The old shared mailbox password ($P1)
was rotated in March and no longer works; use your own account.
"
silent rs/d.md
mk rs/e.yml "db_password: $P2   # no longer valid since the migration
"
silent rs/e.yml
mk rs/f.txt "Our old Stripe key $SL2 was deactivated when the shop closed.
"
silent rs/f.txt
mk rs/g.conf "secret = $K4 ; revoked 2023-12
"
silent rs/g.conf
mk rs/h.md "Old admin password was Winter2023-Harbour (changed after the audit).
"
silent rs/h.md
mk rs/i.ini "password = $P3 ; not in use any more
"
silent rs/i.ini
mk rs/j.md "- staging token \`$P4\` (revoked)
"
silent rs/j.md

# ---- (b) what stays reported beside revoked values
mk rk/a.env "# previous key, revoked 2024-03-02
PAYMENTS_KEY_OLD=$SL1
PAYMENTS_KEY=$SL2
"
keeps rk/a.env "$SL2"
mk rk/b.env "# old key revoked 2024-05, the new one:
PAYMENTS_KEY=$SL3
"
keeps rk/b.env "$SL3"
mk rk/c.md "The Postgres password was rotated to \`\`$P5\`\` today.
"
keeps rk/c.md "$P5"
mk rk/d.md "- replica password: ~$P6~ (rotated in May)
"
keeps rk/d.md "$P6"
mk rk/e.env "# rotated monthly by the vault agent
DB_PASSWORD=$P7
"
generic rk/e.env 2 "$P7"
mk rk/f.env "DB_PASSWORD=$P8  # rotated quarterly
"
generic rk/f.env 1 "$P8"
mk rk/g.env "# rotate via the vendor console
API_SECRET=$K1
"
generic rk/g.env 2 "$K1"
mk rk/h.env "OLD_API_SECRET=$K2
"
generic rk/h.env 1 "$K2"
mk rk/i.yml "# do not use in CI, prod only
api_secret: $K3
"
generic rk/i.yml 2 "$K3"
mk rk/j.txt "old key: $SL1 (revoked), new key: $SL2
"
keeps rk/j.txt "$SL2"
mk rk/k.env "# replaced the revoked key on 2024-05-02
API_SECRET=$K4
"
generic rk/k.env 2 "$K4"
mk rk/l.md "The new webhook secret \`$K1\` replaces the revoked one.
"
keeps rk/l.md "$K1"
mk rk/m.env "# revoked keys are listed in the wiki
DB_PASSWORD=$P1
"
generic rk/m.env 2 "$P1"
mk rk/n.yml "keys:
  # expired certificate's passphrase below is still in use
  passphrase: $P2
"
keeps rk/n.yml "$P2"
mk rk/o.env "DEAD_LETTER_QUEUE_PASSWORD=$P3
"
generic rk/o.env 1 "$P3"
mk rk/p.sh "mysql --ssl-mode=DISABLED -u app -p'$P4' shop
"
keeps rk/p.sh "$P4"
mk rk/q.md "kiosk password: $P5 (changed the default at install)
"
keeps rk/q.md "$P5"

# ---- (b) revoked: a block named so
mk rb/a.yml "api:
  signing_secret: $K1
  deprecated:
    signing_secret_old: $K2
"
keeps rb/a.yml "$K1"
mk rb/b.ini "[service]
password = $P1

[revoked]
password = $P2
"
keeps rb/b.ini "$P1"
mk rb/c.yml "revoked_tokens:
  - name: ci
    token: $P3
active_tokens:
  - name: ci
    token: $P4
"
keeps rb/c.yml "$P4"
mk rb/d.toml "[keys.revoked]
secret = \"$K3\"

[keys.live]
secret = \"$K4\"
"
keeps rb/d.toml "$K4"

# ---- real trees: a declaration's type after a typed name
mk ty/a.pas "unit Auth;
interface
type
  TLogin = class
    property Password : UTF8String read FPassword write FPassword;
    property Secret: AnsiString read GetSecret;
    property Passphrase: UTF8String Index 2 read GetS write SetS;
  end;
function Unlock(keychain: KCRef { can be NULL }; password: ConstCStringPtr ): OSStatus;
function Check(const UN, PW: WideString; out UID: UTF8String): Boolean;
implementation
end.
"
silent ty/a.pas
mk ty/b.ts "interface Login {
  password: SecureString;
  apiSecret: CredentialBuffer;
}
"
silent ty/b.ts
mk ty/c.pas "const
  AdminPassword: string = 'Kq7vR2mTz9Lw';
"
keeps ty/c.pas Kq7vR2mTz9Lw
mk ty/d.yml "login:
  password: Rv7KmQ2zTw9L # staging
"
generic ty/d.yml 2 Rv7KmQ2zTw9L

# ---- real trees: a setting's help text, a value saying it is no real one
mk ht/settings.xml "<settings><servers><server>
  <id>site</id>
  <privateKey>/path/to/key</privateKey>
  <passphrase>optional; leave empty if not used.</passphrase>
</server></servers></settings>
"
silent ht/settings.xml
mk ht/app.yml "smtp:
  password: leave blank to disable the relay
"
silent ht/app.yml
mk ht/gpg.xml "<settings><profiles><profile><properties>
  <gpg.passphrase>Wq7 fox Lp2m river 9Tz</gpg.passphrase>
</properties></profile></profiles></settings>
"
keeps ht/gpg.xml "Wq7 fox Lp2m river 9Tz"
mk ht/npmrc.md "\`\`\`js
  username: 'jdoe',
  password: 'bm90IG15IHJlYWwgcGFzc3dvcmQ=',
\`\`\`
"
silent ht/npmrc.md
mk ht/b.env "AUTH_SECRET=dGhpcyBpcyBub3QgYSByZWFsIHRva2Vu
CI_AUTH=Y2ktYm90Om5vdCBhIHJlYWwgc2VjcmV0
"
silent ht/b.env
mk ht/c.env "DB_PASSWORD=not my real password
"
silent ht/c.env

# ---- (a) more syntaxes of a digest's name and note
mk dx/a.yaml "apiVersion: v1
kind: ConfigMap
data:
  tokenSha256: \"$D5\"
"
silent dx/a.yaml
mk dx/b.hcl "api_key_sha256 = \"$D1\"
"
silent dx/b.hcl
mk dx/c.cs "class Cfg { private const string ApiKeyHash = \"$S1\"; }
"
silent dx/c.cs
mk dx/d.php "<?php return ['secret_sha1' => '$S2'];
"
silent dx/d.php
mk dx/e.ps1 "\$TokenDigest = \"$D4\"
"
silent dx/e.ps1
mk dx/f.java "class C { static final String PASSWORD_SHA512 = \"$L1\"; }
"
silent dx/f.java
mk dx/g.yml "bot:
  token: $S2   # sha1 of the bot token
"
silent dx/g.yml
mk dx/h.rs "// SHA-256 digest of the key (the key itself lives in Vault)
const API_KEY: &str = \"$D2\";
"
silent dx/h.rs
mk dx/i.md "sha256 of the new key: \`$D3\`
"
silent dx/i.md
mk dx/j.env "# the API secret, 64 hex
API_SECRET=$K4
"
generic dx/j.env 2 "$K4"
mk dx/k.env "API_SECRET=$K3 # rotate via the console
"
generic dx/k.env 1 "$K3"
mk dx/l.yml "# sha256 fingerprints are checked by the proxy
api_secret: $K2
"
generic dx/l.yml 2 "$K2"

# ---- (b) more forms of a dead value
mk rx/a.toml "# superseded by the 2025 key
api_secret = \"$K1\"
"
silent rx/a.toml
mk rx/b.xml "<nas>
  <!-- decommissioned with the old NAS -->
  <password>$P5</password>
</nas>
"
silent rx/b.xml
mk rx/c.md "The token \`$P6\` is no longer valid.
"
silent rx/c.md
mk rx/d.txt "Revoked: $K2
"
silent rx/d.txt
mk rx/e.json '{"secret": "'"$K3"'", "status": "revoked"}
'
silent rx/e.json
mk rx/f.yml "api_secret: $K4  # deactivated
"
silent rx/f.yml
mk rx/g.env "# former key of the billing job, invalidated
BILLING_SECRET=$K1
"
silent rx/g.env
mk rx/h.ini "; obsolete since v3
password = $P7
"
silent rx/h.ini
mk rx/i.md "* Old VPN password: \`$P8\` (was reset in June)
"
silent rx/i.md

# ---- (b) more values that stay reported
mk ry/a.md "The password was changed to \`$P1\` after the audit.
"
keeps ry/a.md "$P1"
mk ry/b.env "# new key (the old one was revoked)
API_SECRET=$K2
"
generic ry/b.env 2 "$K2"
mk ry/c.env "API_SECRET=$K3 # still valid, the revoked one is gone
"
generic ry/c.env 1 "$K3"
mk ry/d.yml "# expires 2027-01
api_secret: $K4
"
generic ry/d.yml 2 "$K4"
mk ry/e.env "# rotated 2025-06-01
API_SECRET=$K1
"
generic ry/e.env 2 "$K1"
mk ry/f.env "# not in production yet
DB_PASSWORD=$P2
"
generic ry/f.env 2 "$P2"
mk ry/g.env "# old server's key, still in use
API_SECRET=$K2
"
generic ry/g.env 2 "$K2"
mk ry/h.yml "revoked: false
api_secret: $K3
"
generic ry/h.yml 2 "$K3"
mk ry/i.ini "[live]
password = $P3
[old]
password = $P4
"
keeps ry/i.ini "$P3" "$P4"
mk ry/j.env "# previous key
API_SECRET_PREV=$K4
"
generic ry/j.env 2 "$K4"

# ---- keys beside their digests and their dead predecessors, more forms
mk dz/a.go "package cfg

var apiSecret = \"$K1\"
var apiSecretSHA256 = \"$D1\"
"
keeps dz/a.go "$K1"
mk dz/b.env "# sha256 of the token
TOKEN_SHA256=$D2
API_SECRET=$K2
"
keeps dz/b.env "$K2"
mk dz/d.ini "[api]
; revoked 2024-01
old_secret = $K1
secret = $K3
"
keeps dz/d.ini "$K3"
mk dz/e.yml "keys:
  - id: a
    secret: $K1
  - id: b
    secret: $K2
"
keeps dz/e.yml "$K1" "$K2"
mk dz/f.txt "Initial password was $P1
"
keeps dz/f.txt "$P1"
mk dz/g.md "| key | state |
|---|---|
| \`$SL1\` | revoked |
| \`$SL2\` | live |
"
keeps dz/g.md "$SL2"

# ---- stored forms by their markers, a value its sentence calls encrypted
mk en/a.yml "billing:
  legacy-db-password: ENC(Qm9vdHN0cmFwVmFsdWVPbmx5Rm9yVGVzdHNPbmx5MTIz==)
  api-secret: $K1
"
keeps en/a.yml "$K1"
mk en/.cirrus.yml "env:
  CODECOV_TOKEN: ENCRYPTED[${D1}${D2}]
  DEPLOY_SECRET: $K2
"
keeps en/.cirrus.yml "$K2"
mk en/c.md "* Sealed secret: \`$B256\` (encrypted, safe to commit).
"
silent en/c.md
mk en/d.env "VOLUME_PASSWORD=$P6 # for the encrypted volume
"
generic en/d.env 1 "$P6"
mk ry/k.conf "TLSPSKFile=/etc/zabbix/agent.psk
# PSK written inline by the old role, kept for reference:
# TLSPSK=$K4
"
keeps ry/k.conf "$K4"
mk ry/l.yml "# old value kept for reference
db_password_old: $P7
"
keeps ry/l.yml "$P7"

# ---- what other corpora's writers keep: a question, a value still valid,
# another value's end, a narrative sentence above, an expiry
mk rq/a.env "API_SECRET=$K1  # staging, revoked? ask ops
"
generic rq/a.env 1 "$K1"
mk rq/b.md "2. Payments app: \`$SL3\` (old, revoked 2026-01-04, still valid until the switch!)
"
keeps rq/b.md "$SL3"
mk rq/c.md "- The staging MySQL password was rotated to \`$P8\` (old one revoked).
"
keeps rq/c.md "$P8"
mk rq/d.md "The nightly job used this key until it was rotated (revoked, kept for the audit):
\`$SL1\`
"
keeps rq/d.md "$SL1"
mk rq/e.txt "09:10 ops: the kiosk password is $P5, the API answers 401, expired.
"
keeps rq/e.txt "$P5"
mk rq/sasl_passwd "# built with: postmap hash:/etc/postfix/sasl_passwd
[relay.example.org]:587    ops@example.org:$M2
"
keeps rq/sasl_passwd "$M2"

finish e2e_decoys29
