#!/usr/bin/env bash
# End-to-end tests of credential names as code spells them (wave 12): a
# passphrase in two words, a camelCase name's Pass, an API signature, a
# qualified creds/credentials, a form suffix or an index after the word,
# and a URL's userinfo as a setting (basic.auth.user.info=KEY:SECRET).
# Decoys: words holding the letters that are no credential's names.
. "$(dirname "$0")/lib.sh"
batch_scans

V=Tq7Lw2Xz9Kb4Rm8Vn3Hc6Jd1Fg5Ps0Ya # 32 random letters and digits
W=Np5Zr8Qk2Wx7Lt3Vb9Mh4Cj6Dy1Gs    # 30 of them
P=Hv4Kq9Zt2Wm7                     # a password's 12

# a passphrase's two words (OCI's config), camelCase too
mk oci/config "[DEFAULT]
key_file=~/.oci/deploy.pem
pass_phrase=$P
"
found oci/config 3 generic-password "$P"
mk java/Signer.java "private static final String signingPassPhrase = \"$V\";
"
found java/Signer.java 1 generic-secret "$V"
# a camelCase name's Pass: Haskell, JS, JSON
mk hs/Config.hs "ftpPass :: Text
ftpPass = \"$W\"
"
found hs/Config.hs 2 generic-secret "$W"
mk js/settings.js "module.exports = { siteAdminPass: '$V', port: 8080 };
"
found js/settings.js 1 generic-secret "$V"
mk json/deploy.json "{
  \"rootPass\": \"$W\"
}
"
found json/deploy.json 2 generic-secret "$W"
# an API signature (NVP's user, password and signature)
mk py/gateway.py "API_SIGNATURE = \"$V\"
"
found py/gateway.py 1 generic-secret "$V"
mk cs/Gateway.cs "const string ApiSignature = \"$W\";
"
found cs/Gateway.cs 1 generic-secret "$W"
# a qualified creds
mk py/settings.py "SMTP_CREDS = \"$V\"
"
found py/settings.py 1 generic-secret "$V"
mk ts/client.ts "const dbCreds = '$W';
"
found ts/client.ts 1 generic-secret "$W"
# a form suffix after the word; an array's or a map's member
mk py/keys.py "API_KEY_B64 = \"$V\"
"
found py/keys.py 1 generic-secret "$V"
mk java/Auth.java "private static final String tokenValue = \"$W\";
"
found java/Auth.java 1 generic-secret "$W"
mk go/main.go "const passwordStr = \"$P\"
"
found go/main.go 1 generic-password "$P"
mk py/list.py "api_keys[0] = \"$V\"
"
found py/list.py 1 generic-secret "$V"
mk rb/seed.rb "passwords[\"db\"] = \"$P\"
"
found rb/seed.rb 1 generic-password "$P"
# a URL's userinfo as a setting: the secret after the key id
mk kafka/client.properties "basic.auth.credentials.source=USER_INFO
basic.auth.user.info=QW7XK2M4RT9PLV3H:$V
"
found kafka/client.properties 2 generic-secret "$V"

# decoys: look-alike words, a bare signature, a plugin's version
mk decoy/render.ts "const renderPass = '$V';
const shadowPass = '$W';
const byPass = '$V';
"
silent decoy/render.ts
mk decoy/jwt.java "String signatureAlgorithm = \"$V\";
String signature = \"$W\";
String requestSignature = \"$V\";
"
silent decoy/jwt.java
mk decoy/nav.yaml "compass: $V
passthrough: $W
tokenizer: $V
keyId: $W
publicKey: $V
"
silent decoy/nav.yaml
mk decoy/settings.py "credentials_file = \"$V\"
creds_path = \"$W\"
password_hint_value = \"$V\"
"
silent decoy/settings.py
mk decoy/plugins.txt "credentials:1337.v60b4c8d2e91f
plain-credentials:183.va_de8f1dd5a_2b
"
silent decoy/plugins.txt

finish e2e_names
