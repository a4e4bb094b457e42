#!/usr/bin/env bash
# End-to-end tests of wave 14's formats and project files: HTTP Archive
# captures (*.har: request headers, cookies, posted secrets), Wi-Fi keys in
# firmware headers and hostapd, browser automation typing a password,
# kubeconfig user tokens, Maven passphrases with spaces, Jenkins' initial
# admin password as the setup prints it, WooCommerce consumer secrets, Mollie
# test keys beside live ones, Twitch and Spotify refresh tokens, a
# provider's own name as the name, Sidekiq's issued user:pass pair, with
# the decoys beside them.
. "$(dirname "$0")/lib.sh"
batch_scans

TOK=q7Xk2mP9vL4wR8tZ1nC6yH3jD5fG0sA2bE
PW=Vq7mB2xLp9Wd

# nothing FILE RULE: scanning $T/FILE gives no finding of RULE
nothing() {
	"$KEYHOUND" scan "$T/$1" -f json -o "$T/out" 2>"$T/err"
	check "$1: nothing of $2" jq -e --arg r "$2" '[.[] | select(.rule_id == $r)] | length == 0' "$T/out"
}

# HAR: a header token, a cookie, a posted client secret; the sanitized and
# public values beside them are not reported, and the same JSON outside a
# .har file is not read as a capture
mk qa/login.har "{
  \"log\": {
    \"entries\": [
      {
        \"request\": {
          \"url\": \"https://api.portal.example/v1/me\",
          \"headers\": [
            {
              \"name\": \"Authorization\",
              \"value\": \"Bearer $TOK\"
            },
            {
              \"name\": \"X-Request-Id\",
              \"value\": \"19f0e3d7-9ad3-499f-b235-aa9ca3e6c7c3\"
            },
            {
              \"name\": \"Cookie\",
              \"value\": \"csrftoken=Hk2mW9xQ4vL7pR1tZ8nC3yB6; shop_session=Zt4Wq8Lm2Xv6Rk9Pb3Nc7Yh1\"
            }
          ],
          \"postData\": {\"mimeType\": \"application/x-www-form-urlencoded\", \"text\": \"grant_type=client_credentials&client_id=portal&client_secret=Rw5Kx9Qm2Tz7Lv4Nb8Pc3Hd\"}
        }
      }
    ]
  }
}
"
found qa/login.har 10 har-request-header-token "$TOK"
found qa/login.har 18 har-session-cookie Zt4Wq8Lm2Xv6Rk9Pb3Nc7Yh1
found qa/login.har 21 har-posted-secret Rw5Kx9Qm2Tz7Lv4Nb8Pc3Hd
"$KEYHOUND" scan "$T/qa/login.har" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "har: not the request id nor the CSRF cookie" \
	jq -e '[.[] | select(.secret | test("19f0e3d7|Hk2mW9xQ"))] | length == 0' "$T/out"
cp "$T/qa/login.har" "$T/qa/login.json"
nothing qa/login.json har-request-header-token
mk qa/sanitized.har '{"log": {"entries": [{"request": {"headers": [{"name": "Authorization", "value": ""}, {"name": "Authorization", "value": "Bearer ${ACCESS_TOKEN}"}],
  "params": [{"name": "password", "value": "********"}]}}]}}
'
nothing qa/sanitized.har har-request-header-token
nothing qa/sanitized.har har-posted-secret

# firmware and access point files: the Wi-Fi key, not the SSID or a hash
mk firmware/src/secrets.h '#pragma once
#define WIFI_SSID        "plant-7"
#define WIFI_PSK         "GqTmXbRwLzVnKd"
#define FW_SHA           "feec79aa7853941aa124951084b5c568a571c407"
'
found firmware/src/secrets.h 3 wifipsk-passphrase GqTmXbRwLzVnKd
mk ap/hostapd.conf 'interface=wlan0
ssid=lab-ap
wpa_passphrase=Nz8xQ2vW6kLr3
'
found ap/hostapd.conf 3 wifipsk-passphrase Nz8xQ2vW6kLr3
mk firmware/src/config.h '#define WIFI_PSK "YOUR_WIFI_PASSWORD"
const char* wifi_password = WIFI_PSK;
'
nothing firmware/src/config.h wifipsk-passphrase

# browser automation: the password typed into the password field
mk scraper/login.mjs "await page.type('#email', 'qa7@example.org');
await page.type('#password', '$PW');
await page.fill('#password', 'secret_sauce');
await page.fill('#password', process.env.E2E_PASSWORD);
"
found scraper/login.mjs 2 browserauto-login-password "$PW"
"$KEYHOUND" scan "$T/scraper/login.mjs" -f json -o "$T/out" 2>"$T/err"
check "browser automation: one finding (not the demo site's password)" jq -e 'length == 1' "$T/out"

# kubeconfig: a user's token, whatever its shape; not a reference to one
mk deploy/kubeconfig-ci.yaml 'apiVersion: v1
kind: Config
users:
  - name: ci-deployer
    user:
      token: Zm9vOmJhcjpLOHZxMnhXOXJUNG1aN2JMM25QNmpIMWM
  - name: eks
    user:
      tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token
'
found deploy/kubeconfig-ci.yaml 6 kubernetes-kubeconfig-token Zm9vOmJhcjpLOHZxMnhXOXJUNG1aN2JMM25QNmpIMWM

# Maven: a GPG passphrase with spaces; an encrypted one is no plaintext
mk mvn/.mvn/settings.xml '<settings>
  <servers>
    <server><id>ossrh</id><passphrase>{COQLCE6DU6GtcS5P=}</passphrase></server>
  </servers>
  <profiles><profile><properties>
    <gpg.passphrase>Wq7 fox Lp2m river 9Tz</gpg.passphrase>
  </properties></profile></profiles>
</settings>
'
found mvn/.mvn/settings.xml 6 maven-passphrase "Wq7 fox Lp2m river 9Tz"
nothing mvn/.mvn/settings.xml generic-secret

# Jenkins: the initial admin password under the command that printed it;
# the instance id is no password
mk docs/jenkins.md '    $ docker exec jenkins cat /var/jenkins_home/secrets/initialAdminPassword
    4c9e1f7a2b8d3e6f0a5c9b2d7e4f1a83

The instance id (not secret) is 5f1238588d1b4d66da69f5b611e995f1.
'
found docs/jenkins.md 2 jenkinshome-initial-admin-password-shown 4c9e1f7a2b8d3e6f0a5c9b2d7e4f1a83
"$KEYHOUND" scan "$T/docs/jenkins.md" -f json -o "$T/out" 2>"$T/err"
check "jenkins: the instance id is not reported" jq -e 'length == 1' "$T/out"

# providers' formats: WooCommerce's cs_ (not its ck_, the public half), Mollie's test key beside a live
# one, refresh tokens in a bot's .env, a provider's name as the name,
# Sidekiq's pair
mk shop/wp-config.php "define( 'WOOCOMMERCE_CK', 'ck_b2eb09e6965ce22b2e07a0f289a8dc4d9693ab0d' );
define( 'WOOCOMMERCE_CS', 'cs_a86e91e5896553743c269579d442b252bf968407' );
\$order_key = 'wc_order_MwBJf9FzVblZG';
"
"$KEYHOUND" scan "$T/shop/wp-config.php" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "woocommerce: the consumer key (public half) is not reported" jq -e '[.[] | select(.secret | startswith("ck_"))] | length == 0' "$T/out"
found shop/wp-config.php 2 woocommerce-consumer-secret cs_a86e91e5896553743c269579d442b252bf968407
mk pay/mollie.ts "const mollie = createMollieClient({ apiKey: isProd ? process.env.MOLLIE_LIVE : 'test_Q3vJt8pKx2WmN5rLc7YhB4dZs9FgA6' });
"
found pay/mollie.ts 1 mollie-test-key test_Q3vJt8pKx2WmN5rLc7YhB4dZs9FgA6
mk bot/.env.example 'TWITCH_REFRESH_TOKEN=3fk9w2qz8xv1m7c4n6b0h5j8p2r9t3y6u1e4o7a0s3d5g8l2kq
SPOTIFY_REFRESH=AQCw7Lk2Pz9xQm4Rt8Vb1Nc6Yd3Hf5Jg0Ks7Wq2Ea9Uo4Ip1Ml6Zn3Xb8Cv5Tr0Gy7Hu2Jd9Fk4Ls1Pq6We3Ra8Ty5Ui0Op2As7Df4Gh9Jk1Lz6
OBS_PASSWORD=<your obs websocket password>
'
found bot/.env.example 1 twitch-refresh-token 3fk9w2qz8xv1m7c4n6b0h5j8p2r9t3y6u1e4o7a0s3d5g8l2kq
found bot/.env.example 2 spotify-refresh-token AQCw7Lk2Pz9xQm4Rt8Vb1Nc6Yd3Hf5Jg0Ks7Wq2Ea9Uo4Ip1Ml6Zn3Xb8Cv5Tr0Gy7Hu2Jd9Fk4Ls1Pq6We3Ra8Ty5Ui0Op2As7Df4Gh9Jk1Lz6
mk ha/secrets.yaml 'latitude_home: 52.3731
openweathermap: 7c2e9a14f0b85d3e6a1c4f27b9d0e853
router_mac: aa:bb:eb:d0:41:ee
'
found ha/secrets.yaml 2 openweathermap-api-key 7c2e9a14f0b85d3e6a1c4f27b9d0e853
mk rs/notify.rs 'let raw = r#"{"gotify": "AqT4mZ8xK2pLw7v"}"#;
'
found rs/notify.rs 1 gotify-token AqT4mZ8xK2pLw7v
mk bundle/.bundle/config '---
BUNDLE_GEMS__CONTRIBSYS__COM: "cc4b142e:26dba8d7"
'
found bundle/.bundle/config 2 sidekiq-contribsys-credentials cc4b142e:26dba8d7

finish e2e_formats14
