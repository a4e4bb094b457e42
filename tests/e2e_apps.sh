#!/usr/bin/env bash
# End-to-end tests of secrets under applications' own names: cipher keys
# and IVs named for their algorithm or purpose (PrestaShop's defines and
# parameters.php, phpMyAdmin's blowfish_secret, Silhouette's signer.key),
# PayPal NVP API signatures and Authorize.Net transaction keys in old
# code, Windows answer files (plain and base64 of UTF-16LE) and
# ConvertTo-SecureString; and the public halves a blind corpus reported:
# an access key or token id beside its secret, Braze's SDK app id,
# Rollbar's browser token, a .pgpass password that is the user's name.
. "$(dirname "$0")/lib.sh"
batch_scans

CK=kR7vX2pLq9MzT4wBnF8sJ3hYd6GcA1eUoVi5tQxZrWb0NmPk # a cookie key, 56
IV=Hq3ZpT8v                                         # PrestaShop's 8-character IV
RK=x8Kp2QvLm7ZtR4wNc9BjF3hYs6GdA1eU                 # a Rijndael key, 32
DB=Vq8rT2xLm4pZ9wKc
SIG=AqT3vN8kLm2Zp7Xw4Rc9BjF1hYs6GdUe-oVi5tQxZrWb0NmPkHa.Jy3S # a PayPal signature
P=Tr4v!sQm9zLp2
A=K7p!mQz8rVw2Hn

# only FILE SECRET: scanning $T/FILE gives one finding, of SECRET
only() {
	"$KEYHOUND" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "$1: only $2" jq -e --arg s "$2" 'length == 1 and .[0].secret == $s' "$T/out"
}

# PrestaShop 1.6's defines: the trailing underscore ends no name
mk shop/config/settings.inc.php "<?php
define('_DB_PASSWD_', '$DB');
define('_COOKIE_KEY_', '$CK');
define('_COOKIE_IV_', '$IV');
define('_RIJNDAEL_KEY_', '$RK');
"
found shop/config/settings.inc.php 2 generic-secret "$DB"
found shop/config/settings.inc.php 3 appcrypto-cipher-key "$CK"
found shop/config/settings.inc.php 4 appcrypto-cipher-key-short "$IV"
found shop/config/settings.inc.php 5 appcrypto-cipher-key "$RK"
mk shop/app/config/parameters.php "<?php return array (
  'parameters' =>
  array (
    'cookie_iv' => '$IV',
  ),
);
"
found shop/app/config/parameters.php 4 appcrypto-cipher-key-short "$IV"
mk pma/config.inc.php "<?php
\$cfg['blowfish_secret'] = '{^QP+-(3mlHy+Gd~FE3mN{gIATs^1lX+T';
"
found pma/config.inc.php 2 appcrypto-cipher-key '{^QP+-(3mlHy+Gd~FE3mN{gIATs^1lX+T'
mk play/conf/silhouette.conf "silhouette.authenticator.signer.key = \"$RK\"
"
found play/conf/silhouette.conf 1 appcrypto-cipher-key "$RK"
# a cipher's name, a key's size, path or length, a placeholder: none
mk crypto/app.yml "crypto:
  cipher: aes-256-cbc
  hash_algorithm: sha256
  aes_key_size: 256
  hmac_key_path: /etc/app/hmac.key
  encryption_iv_length: 16
  cookie_key: \${COOKIE_KEY}
  cipher_key: aes-256-gcm-siv
"
silent crypto/app.yml
mk shop/placeholder.php "<?php
define('_COOKIE_KEY_', 'YOUR_COOKIE_KEY_HERE');
define('_COOKIE_IV_', 'cookieiv');
"
silent shop/placeholder.php

# PayPal NVP signatures beside their user and password; Authorize.Net
mk asp/payments.asp "<%
Const API_SIGNATURE = \"$SIG\"
%>
"
found asp/payments.asp 2 paypalnvp-api-signature "$SIG"
mk perl/Config.pm "our \$API_SIGNATURE = '$SIG';
"
found perl/Config.pm 1 paypalnvp-api-signature "$SIG"
mk sylius/payum.yaml "payum:
    gateways:
        paypal_express:
            signature: '$SIG'
"
found sylius/payum.yaml 4 paypalnvp-api-signature "$SIG"
mk php/webhook.php "<?php
\$webhook_signature = 'a3f9c2e81b7d4f6a0e5c9b2d8f1a4e7c3b6d9f2a5e8c1b4d7f0a3e6c9b2d5f8a';
\$response_signature = 'AB3F9C2E81B7D4F6A0E5C9B2D8F1A4E7C3B6D9F2A5E8C1B4D7F0A3E6';
define('SIGNATURE_VERSION', '4');
define('x_tran_key', 'YOUR_TRANSACTION_KEY');
"
silent php/webhook.php
mk php/authnet.php "<?php
\$post = array('x_login' => '4hY7qT2z', 'x_tran_key' => '9Lq2Wx7Kt4Zm8PvR');
"
found php/authnet.php 2 authorizenet-transaction-key 9Lq2Wx7Kt4Zm8PvR

# Windows answer files: the plain password, and the hidden one decoded
# (base64 of UTF-16LE, the element's name after the password)
ENC=$(printf '%s' "${A}AdministratorPassword" | iconv -f UTF-8 -t UTF-16LE | base64 -w0)
mk win/autounattend.xml "<unattend xmlns=\"urn:schemas-microsoft-com:unattend\">
  <component name=\"Microsoft-Windows-Shell-Setup\" processorArchitecture=\"amd64\" publicKeyToken=\"31bf3856ad364e35\" language=\"neutral\">
    <AutoLogon>
      <Password>
        <Value>$P</Value>
        <PlainText>true</PlainText>
      </Password>
    </AutoLogon>
    <UserAccounts>
      <AdministratorPassword>
        <Value>$ENC</Value>
        <PlainText>false</PlainText>
      </AdministratorPassword>
    </UserAccounts>
  </component>
</unattend>
"
found win/autounattend.xml 5 windows-unattend-password "$P"
"$KEYHOUND" scan "$T/win/autounattend.xml" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "unattend: the hidden password decoded" jq -e --arg s "$A" '[.[] |
	select(.rule_id == "windows-unattend-password-encoded")] | length == 1
	and .[0].secret == $s and .[0].line == 11 and .[0].decoded == ["base64"]' "$T/out"
check "unattend: two findings, none the public key token" jq -e 'length == 2' "$T/out"
mk win/unattend.xml "<component name=\"Microsoft-Windows-Shell-Setup\" publicKeyToken=\"31bf3856ad364e35\">
  <AdministratorPassword>
    <Value>cAB3AEEAZABtAGkAbgBpAHMAdAByAGEAdABvAHIAUABhAHMAcwB3AG8AcgBkAA==</Value>
    <PlainText>false</PlainText>
  </AdministratorPassword>
  <ProductKey>W269N-WFGWX-YVC9B-4J6C9-T83GX</ProductKey>
</component>
"
silent win/unattend.xml
mk win/dsc.ps1 "\$cred = New-Object PSCredential (\"CONTOSO\\deploy\", (ConvertTo-SecureString -String 'Dp7#xKq2Lm9Wz4' -AsPlainText -Force))
\$from = ConvertTo-SecureString \$env:DEPLOY_PASSWORD -AsPlainText -Force
"
found win/dsc.ps1 1 windows-securestring-plaintext 'Dp7#xKq2Lm9Wz4'

# the public half beside its secret
mk pair/tenable.conf "[tenable]
access_key = 68cbaf3f9005727bbe60e1d2c4a7f9b3851e6d0a2c4b7e9f1d3a5c8e0b2d4f6a
verify = true
# the secret half
secret_key = 9e3d7b1f5a2c8e4d6b0f3a7c9e1d5b8f2a4c6e0d8b3f7a1c5e9d2b6f0a4c8e3d
"
only pair/tenable.conf 9e3d7b1f5a2c8e4d6b0f3a7c9e1d5b8f2a4c6e0d8b3f7a1c5e9d2b6f0a4c8e3d
mk pair/.s3cfg "[default]
host_base = nyc3.digitaloceanspaces.com
access_key = DO00L7KRMI8FGRCJDHBF
secret_key = q8Lm2Zx7Tk4Wv9Pb3Nc6Rj1Yh5Gd0FsAeUoIiKyBwXt
"
only pair/.s3cfg q8Lm2Zx7Tk4Wv9Pb3Nc6Rj1Yh5Gd0FsAeUoIiKyBwXt
mk pair/acme-lab.dcf "name: acme-lab
username: acme
token: 3E2035D64550015EA190C7B8A4F2D6E1
secret: Xq8Lm2Zk7Tv4Wp9Rb3Nc6Jh1Yd5Gs0FaEuOiKyBwQtMnVr
"
only pair/acme-lab.dcf Xq8Lm2Zk7Tv4Wp9Rb3Nc6Jh1Yd5Gs0FaEuOiKyBwQtMnVr
# a token beside a secret under one provider's name: both secrets
mk pair/github.env "GITHUB_TOKEN=ghx7Lm2Zk9Tv4Wp8Rb3Nc6Jh1Yd5Gs0FaE
GITHUB_SECRET=Pq8Lm2Zk7Tv4Wx9Rb3Nc6Jh1Yd5Gs0FaEuOi
"
"$KEYHOUND" scan "$T/pair/github.env" -f json -o "$T/out" 2>"$T/err"
check "github.env: both reported" jq -e 'length == 2' "$T/out"
mk braze/braze.jsonnet "{
  braze: {
    sdk: {
      apiKey: '5befb5dd-21a1-488b-8c2e-3f7a9d1b6e40',
      baseUrl: 'sdk.iad-01.braze.com',
    },
  },
}
"
silent braze/braze.jsonnet
mk rollbar/observability.mdx "Add Rollbar to the page:

\`\`\`js
var _rollbarConfig = {
  accessToken: \"a0ebb07016c1a53f17884e2d9c6b3f1a\",
  captureUncaught: true,
};
Rollbar.init({ accessToken: \"b1fcc18127d2b64e28995f3e0d7c4a2b\" });
\`\`\`
"
silent rollbar/observability.mdx
mk rollbar/.env "ROLLBAR_ACCESS_TOKEN=9df7b1ea42357e6e6422b7f00c4bb8d1
"
found rollbar/.env 1 rollbar-access-token 9df7b1ea42357e6e6422b7f00c4bb8d1
mk pg/.pgpass "localhost:5432:*:postgres:postgres
db.internal:5432:*:admin:admin
db.internal:5432:app:app_rw:Rk8#vLq2Zm7Xw4
"
only pg/.pgpass 'Rk8#vLq2Zm7Xw4'

finish e2e_apps
