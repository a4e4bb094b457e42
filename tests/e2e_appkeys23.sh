#!/usr/bin/env bash
# End-to-end tests of wave 23's application keys (patterns/SOURCES-appkeys23.md):
# an application's own secret under the app's own word for it (a seed, an
# event key, a remember-me key, a network key, a PSK, a bare
# `credential`), a block's `key:` when the block names what it
# protects (remember-me:, secret { }, join_params: token_name:), a key
# written as a list of bytes, a key-name:base64 value, and a Docker auth
# inside JSON held escaped in another string. Lengths, ids, paths,
# algorithms, environment reads, fillers and byte lists that are no key
# stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

K32=Rq7Wz2Lm9Xk4Vt8Nb3Pc6Yh1Ds5GfJaE
HEX=8f3a6c1e9b4d2f7a0c5e8b1d4f6a9c3e
B64=Vq3Zk8Lm2Xw7Rt4Nb9Pc6Yh1Ds5GfJa0TmQzWx3Kv8=

# the app's own word for its key
mk seed/lldap_config.toml "ldap_base_dn = \"dc=example,dc=org\"
key_seed = \"$K32\"
"
found seed/lldap_config.toml 2 generic-app-secret "$K32"
mk seed/pihole.env "WEBPASSWORD_SEED=$K32
"
found seed/pihole.env 1 generic-app-secret "$K32"
mk event/Jenkinsfile "pipeline {
  environment {
    SHOP_EVENT_KEY = '$K32'
  }
}
"
found event/Jenkinsfile 3 generic-app-secret "$K32"
mk remember/app.toml "[security]
remember_me_key = \"$K32\"
"
found remember/app.toml 2 generic-app-secret "$K32"
mk psk/edge.yml "tunnel:
  psk: $K32
"
found psk/edge.yml 2 generic-app-secret "$K32"
mk hocon/application.conf "reporting {
  credential = \"$HEX\"
}
"
found hocon/application.conf 2 generic-app-secret "$HEX"
# a key-name:base64 value: the key is the base64 (MinIO's KMS key)
mk kms/minio.env "MINIO_KMS_SECRET_KEY=my-minio-key:$B64
"
found kms/minio.env 1 generic-secret "$B64"

# a block named for what it protects, its key below
mk nested/application.yml "komga:
  remember-me:
    validity: 2592000
    key: $K32
"
found nested/application.yml 4 generic-nested-key "$K32"
mk nested/teleport.yaml "teleport:
  nodename: edge-1
  join_params:
    token_name: $HEX
    method: token
"
found nested/teleport.yaml 4 generic-nested-key "$HEX"
mk nested/application.conf "play.http {
  secret {
    key = \"$K32\"
  }
}
"
found nested/application.conf 3 generic-nested-key "$K32"

# a replica set's keyfile by its own name (MongoDB's security.keyFile)
KEYFILE=Tz9Qk2Xm7Lw3Vr8Nb4Pc6Yh1Ds5GfJa0KmQzWx3Kv8Lp2Nr7Bt4Ys9Hc6Dj1Fg5Ae8Rk2Lq
mk ops/replica.key "$KEYFILE
"
found ops/replica.key 1 mongodbkeyfile-key "$KEYFILE"
mk infra/mongodb-rs/rs0.key "$KEYFILE
"
found infra/mongodb-rs/rs0.key 1 mongodbkeyfile-key "$KEYFILE"
mk mongo/tls/replica.crt "$KEYFILE
"
silent mongo/tls/replica.crt

# a key as a list of bytes
BYTES="184, 95, 59, 89, 46, 202, 73, 16, 173, 46, 233, 10, 38, 242, 179, 110"
mk bytes/configuration.yaml "advanced:
  network_key: [$BYTES]
  pan_id: 6754
"
found bytes/configuration.yaml 2 generic-byte-list-key "$BYTES"
HEXBYTES="0x2f, 0x91, 0xc4, 0x07, 0x6d, 0xb8, 0x3a, 0xe5, 0x12, 0x7c, 0xf0, 0x49, 0x86, 0x1b, 0xd3, 0x5e"
mk bytes/radio.ino "static const uint8_t appKey[16] = { $HEXBYTES };
"
found bytes/radio.ino 1 generic-byte-list-key "$HEXBYTES"

# a Docker config's auth inside JSON held escaped in another string
AUTH=$(printf 'ci-bot:%s' "$K32" | base64 -w0)
mk escaped/drone.json "{\"DOCKER_AUTH_CONFIG\": \"{\\\"auths\\\":{\\\"ghcr.io\\\":{\\\"auth\\\":\\\"$AUTH\\\"}}}\"}
"
"$KEYHOUND" scan "$T/escaped/drone.json" -f json --show-secrets -o "$T/out" 2>"$T/err"
# (since wave 38 its password, decoded, in place of the base64: one finding)
check "escaped/drone.json: docker auth at 1" jq -e --arg s "$K32" \
	'[.[] | select(.secret == $s and .rule_id == "docker-config-auth-password")] | length == 1
	 and .[0].line == 1' "$T/out"

# decoys: lengths, ids, paths, algorithms, reads, fillers, other lists
mk decoy/app.toml "random_seed = 1337
key_seed_length = 32
seed = \"$HEX\"
"
# (a bare seed is a simulation's or a test's: not a key's)
silent decoy/app.toml
mk decoy/Jenkinsfile "pipeline {
  environment {
    SHOP_EVENT_KEY = credentials('shop-event-key')
    DEPLOY = credentials('prod-deploy-credential')
  }
}
"
silent decoy/Jenkinsfile
mk decoy/edge.conf "psk_identity = gateway-01
psk_file = /etc/edge/psk
"
silent decoy/edge.conf
mk decoy/locales.yml "i18n:
  key: navigation.sidebar.title
cache:
  key: user-profile-v2-long-name
"
silent decoy/locales.yml
mk decoy/jwt.yaml "signing:
  algorithm: RS256
  key: /etc/keys/jwt-signing-private.pem
remember-me:
  key: \${REMEMBER_ME_KEY}
"
silent decoy/jwt.yaml
mk decoy/teleport.yaml "teleport:
  join_params:
    token_name: /var/lib/teleport/token
    method: token
"
silent decoy/teleport.yaml
mk decoy/configuration.yaml "advanced:
  network_key: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
  ext_pan_id: [55, 110, 44, 36, 154, 199, 229, 56]
  channels: [11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26]
"
silent decoy/configuration.yaml
mk decoy/count.yaml "network_key: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]
"
silent decoy/count.yaml
# (zigbee2mqtt's old default key, public in its documentation)
mk decoy/default.yaml "network_key: [1, 3, 5, 7, 9, 11, 13, 15, 0, 2, 4, 6, 8, 10, 12, 13]
"
silent decoy/default.yaml
mk decoy/digest.env "IMAGE_SECRET_DIGEST=sha256:$HEX$HEX
"
silent decoy/digest.env

finish e2e_appkeys23
