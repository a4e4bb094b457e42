#!/usr/bin/env bash
# End-to-end tests of wave 24's application secrets under the
# application's own setting names: a key named for what it encrypts
# (`cookie_encryption`, `access_key_encryption`), a cookie's signing
# secret (`cookie_hash`, `cookie_signing`), a secret named
# for the access it grants (Murmur's `icesecretwrite`), a signing secret
# people choose like a password (`JWT_SECRET`, `{ secret: … }`), a
# passphrase in a YAML list of settings, and a Google Cloud Storage HMAC
# key's secret beside its GOOG access ID, and a Docker
# registry's "auth" read for its password. Empty values,
# generate-me markers, environment reads, paths, algorithm names (S3's
# ServerSideEncryption), DynamoDB's hash_key, password hashes, samples and placeholders stay
# quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

B1='aYO+4izRZrA/xEaPub5xHVi89KJzupKofKDEvz6u/WQ='
B2='HKD16eq4JoMz2uS5bgaucZefM0s4HEu82jqGU/96Jl8='
B3='xtzHw/NLSalWDmkXZldxZJ4dcFKuKlWheahaYkR4JOs='
B4='7bVW3rYLWWw4Jo8miZE7scoGMjzTZopx4XB049prOJk='
B5='mtmVXTKtL8QUYVqEp/I3j2mdMlL01aeJijRQwjkmr34='
R1=BWXYYoTjr292qPWE5CXzxInf
R2=GXmPf0CBRe7Rf8agWkqSwhHi
GID1=GOOG1VRZQJZTY1KMT4CTZC3H1EDDICEVDMRMQTV844CQ8D5FBYMT4CZO34HOE
GID2=GOOG1OZMQCVJGK4D21AXTF5TZWH5PUVKMU3ONH2AKEIRIDC5WCN2JSRTLW4IK
GS1=V9iKxLeBNWzz1JcXi1OQNK4C56nF5p40ukXBhiLm
GS2=bgXwJkZrifaKYnnNQHBdsZeGXm4QaSMftRRn8u5z

# a key named for what it encrypts, in env, YAML and TOML
mk semaphore/.env "SEMAPHORE_ACCESS_KEY_ENCRYPTION=$B1
SEMAPHORE_COOKIE_ENCRYPTION=$B2
"
"$KEYHOUND" scan "$T/semaphore/.env" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports semaphore.env "$B1" "$B2"
mk app/settings.yml "storage:
  driver: s3
  field_encryption: \"$B3\"
"
found app/settings.yml 3 generic-app-secret "$B3"
mk app/conf.toml "[session]
cookie_hash = \"$B4\"
cookie_signing = \"$B5\"
"
"$KEYHOUND" scan "$T/app/conf.toml" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports conf.toml "$B4" "$B5"
mk decoy/semaphore.json "{
  \"cookie_hash\": \"\",
  \"cookie_encryption\": \"<generate with openssl rand -base64 32>\",
  \"access_key_encryption\": \"\${SEMAPHORE_ACCESS_KEY_ENCRYPTION}\",
  \"email_alert\": false
}
"
silent decoy/semaphore.json
mk decoy/s3.yml "encryption: aws:kms
server_side_encryption: AES256
bucket_encryption: \"arn:aws:kms:eu-west-1:111122223333:alias/backups\"
column_encryption: /run/secrets/column_key
"
silent decoy/s3.yml
mk decoy/PutObject.d.ts " * //   ServerSideEncryption: \"AES256\" || \"aws:fsx\" || \"aws:kms\" || \"aws:kms:dsse\",
 *   sideEncryption: \"aws:kms:dsse\" + \"AES256\" + \"aws:fsx\",
"
silent decoy/PutObject.d.ts
mk decoy/dynamo.tf "resource \"aws_dynamodb_table\" \"orders\" {
  hash_key  = \"CustomerOrderIdentifier\"
  range_key = \"CreatedAt\"
}
"
silent decoy/dynamo.tf
mk decoy/users.yml "password_hash: \"\$2y\$10\$Qm9zZ2F0bGFuTGg4VnEzTnc1WGsySnI3VHkwUGIuM2NkZWZn\"
cookie_hash: sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
session_cookie_hash: 3f786850e387550fdab836ed7e6dc881de23001b
"
silent decoy/users.yml

# a secret named for the access it grants (Murmur's Ice)
mk murmur/murmur.ini "ice=\"tcp -h 127.0.0.1 -p 6502\"
icesecretread=$R2
icesecretwrite=$R1
"
"$KEYHOUND" scan "$T/murmur/murmur.ini" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports murmur.ini "$R2" "$R1"
mk decoy/murmur.ini "icesecretread=
icesecretwrite=\${ICE_WRITE_SECRET}
"
silent decoy/murmur.ini

# a signing secret chosen like a password: 8 to 15 characters
mk node/.env "JWT_SECRET=Marigold#2027
"
found node/.env 1 generic-password "Marigold#2027"
mk node/server.js "app.use(session({ secret: 'Tq7wz!Lp4v', resave: false }));
"
found node/server.js 1 generic-password "Tq7wz!Lp4v"
mk node/config.yml "auth:
  session_secret: Hq4!Wm7xZ2
"
found node/config.yml 2 generic-password "Hq4!Wm7xZ2"
mk decoy/server.js "app.use(session({ secret: process.env.SESSION_SECRET }));
app.register(fastifyJwt, { secret: 'keyboard cat' });
app.register(fastifyJwt, { secret: 'changeme1' });
const JWT_SECRET = 'your-jwt-secret';
"
silent decoy/server.js
mk decoy/helm.yml "auth:
  secret: db-creds-2
  session_secret: \"{{ .Values.secret }}\"
"
silent decoy/helm.yml

# a passphrase in a YAML list of settings (Bitrise envs, Compose)
mk ci/bitrise.yml "app:
  envs:
    - MATCH_PASSWORD: tulip harbor quartz lantern
"
found ci/bitrise.yml 3 generic-passphrase "tulip harbor quartz lantern"
mk ci/compose.yml "services:
  signer:
    environment:
      - KEYSTORE_PASSWORD=amber cobalt meadow falcon
"
found ci/compose.yml 4 generic-passphrase "amber cobalt meadow falcon"
mk decoy/bitrise.yml "app:
  envs:
    - MATCH_PASSWORD: \$MATCH_PASSWORD
    - PASSWORD_HINT: enter your password here
"
silent decoy/bitrise.yml

# a Cloud Storage HMAC key's secret beside its access ID (the ID alone
# names the key, an id as Scaleway's SCW access key ids are: not reported)
mk gcs/load.sql "CREATE SECRET gcs_raw (
    TYPE gcs,
    KEY_ID '$GID1',
    SECRET '$GS1'
);
"
"$KEYHOUND" scan "$T/gcs/load.sql" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports load.sql "$GS1"
check "load.sql: Google's secret, the ID its partner" jq -e --arg s "$GS1" --arg id "$GID1" \
	'.[0].rule_id == "google-cloud-storage-hmac-secret" and (.[0] | tostring | contains($id))' "$T/out"
mk gcs/store.go "gcs, _ := minio.New(\"storage.googleapis.com\", &minio.Options{
	Creds: credentials.NewStaticV4(\"$GID2\", \"$GS2\", \"\"),
})
"
"$KEYHOUND" scan "$T/gcs/store.go" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports store.go "$GS2"
mk gcs/.boto "[Credentials]
gs_access_key_id = $GID1
gs_secret_access_key = $GS1
"
"$KEYHOUND" scan "$T/gcs/.boto" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports .boto "$GS1"
check ".boto: no AWS key" jq -e 'all(.[]; .rule_id | startswith("aws") | not)' "$T/out"
mk decoy/gcs.sql "CREATE SECRET gcs (TYPE gcs, KEY_ID 'GOOG1XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', SECRET getenv('GCS_SECRET'));
-- gcloud storage hmac describe GOOG56JBMFZX6PMPTQ62VD2
"
silent decoy/gcs.sql
mk decoy/hmac.txt "access_id: GOOG1L6SFTUT6K62ZKD4XPNU37PK3S3BMGYR3BYJ5A0RZ36F2DT0KLP6N6BZ4
commit: 9c1185a5c5e9fc54612808977ee8f548b2258d31
secret: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
"
silent decoy/hmac.txt

# a Docker registry's "auth" (base64 of user:password): its password,
# decoded, in place of the base64 (a password spelled out beside it is
# reported there once; an empty or sample password, none)
A1=$(printf 'release-bot:%s' "$R2" | base64 -w0)
A2=$(printf 'ci:Tz4!wq9Lm2Vx' | base64 -w0)
mk docker/config.json "{
  \"auths\": {
    \"registry.acme.example\": {
      \"auth\": \"$A1\"
    }
  },
  \"credsStore\": \"desktop\"
}
"
"$KEYHOUND" scan "$T/docker/config.json" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports docker/config.json "$R2"
check "config.json: decoded, at the base64" jq -e --arg s "$R2" \
	'.[0].rule_id == "docker-config-auth-password" and .[0].line == 4 and .[0].decoded == ["base64"]' "$T/out"
mk ci/.gitlab-ci.yml "variables:
  DOCKER_AUTH_CONFIG: '{\"auths\": {\"harbor.acme.example\": {\"auth\": \"$A2\"}}}'
"
"$KEYHOUND" scan "$T/ci/.gitlab-ci.yml" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports .gitlab-ci.yml 'Tz4!wq9Lm2Vx'
mk decoy/config.json "{\"auths\": {
  \"a.example\": {\"auth\": \"$(printf 'release-bot:' | base64 -w0)\"},
  \"b.example\": {\"auth\": \"$(printf 'admin:password' | base64 -w0)\"},
  \"c.example\": {\"auth\": \"$(printf 'deploy:<token>' | base64 -w0)\"}
}}
"
silent decoy/config.json
mk docker/secret.json "{\"auths\": {\"r.example\": {\"username\": \"deploy\", \"password\": \"$R1\", \"auth\": \"$(printf 'deploy:%s' "$R1" | base64 -w0)\"}}}
"
"$KEYHOUND" scan "$T/docker/secret.json" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "secret.json: the password once" jq -e --arg s "$R1" 'length == 1 and .[0].secret == $s' "$T/out"

finish appnames24
