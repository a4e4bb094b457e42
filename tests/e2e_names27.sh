#!/usr/bin/env bash
# End-to-end tests of wave 27's names: a credential's name followed by
# words that say which copy its value is (apiKeyProd, API_KEY_OLD,
# password_backup, clientSecretDevOnly), in code, env files, YAML and
# properties; one splitter of a name's words for every reader (JWTKey in
# a config file: the capitals' run JWT before Key qualifies it); one
# test of which %XX is an encoding, for the decoder and the judges. Names
# whose last word says something else of the credential (keyLength,
# passwordPolicy, tokenType, key_dev, token.prev, accessTokenOnly),
# placeholders, environment reads and a glued look-alike stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

PW1='Quarry#Lm4Tz9Vb'
PW2='Heron+Wd7Kx2Pq'
KEY=Rb7Kq2Wz9Lm4Tx8Vn3Hc6Yp1
TOK=Hd72kQpZ9xLmW3vTbN8rVc5J

# copy words after a credential's word, camelCase
mk js/settings.js "const apiKeyProd = \"$KEY\";
"
generic js/settings.js 1 "$KEY"
mk ts/env.ts "export const tokenStaging: string = '$TOK';
"
generic ts/env.ts 1 "$TOK"
mk js/oauth.js "const clientSecretDevOnly = \"$KEY\";
"
generic js/oauth.js 1 "$KEY"
mk kt/Secrets.kt "val sessionSecretLive = \"$TOK\"
"
generic kt/Secrets.kt 1 "$TOK"
mk go/keys.go "const authTokenLegacy = \"$TOK\"
"
generic go/keys.go 1 "$TOK"

# snake and upper case, dotted
mk py/config.py "DB_PASSWORD_STAGING = \"$PW1\"
"
generic py/config.py 1 "$PW1"
mk py/keys.py "API_KEY_BACKUP = '$KEY'
"
generic py/keys.py 1 "$KEY"
mk py/ro.py "db_password_readonly = \"$PW2\"
"
generic py/ro.py 1 "$PW2"
mk rb/secrets.rb "SIGNING_SECRET_ROTATED = '$TOK'
"
generic rb/secrets.rb 1 "$TOK"
mk env/app.env "API_KEY_SECONDARY=$KEY
"
generic env/app.env 1 "$KEY"
mk props/mail.properties "mail.password.new=$PW1
"
generic props/mail.properties 1 "$PW1"
mk deploy/values.yaml "auth:
  passwordBackup: \"$PW2\"
  apiKeyPrimary: $KEY
"
"$KEYHOUND" scan "$T/deploy/values.yaml" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports values.yaml "$PW2" "$KEY"

# a provider's credential then a copy word: context.c reads the same list
mk js/mail.js "const mailgunApiKeyStaging = \"$KEY\";
"
"$KEYHOUND" scan "$T/js/mail.js" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports mail.js "$KEY"

# names whose last word is no copy word, and copies with no secret
mk decoy/names.js "const keyLength = \"$KEY\";
const passwordPolicy = \"RequireUpperLower9Digits\";
const tokenType = \"BearerJwtAccessToken2x\";
const secretName = \"prod-db-credentials-v2\";
const keyFile = \"keys/deploy_rsa_prod.pem\";
const accessTokenOnly = \"$TOK\";
const apiKeyProdUrl = \"$KEY\";
const monkeyProd = \"$KEY\";
const keyboardOld = \"$KEY\";
"
silent decoy/names.js
mk decoy/copies.py "api_key_old = None
password_new = os.environ[\"NEW_PASSWORD\"]
token_prod = \"<your-production-token>\"
key_dev = input_allocate_device_ab12()
token.prev = prev_token_ab12
DOTENV_PRIVATE_KEY_PRODUCTION = \"<.env.production key>\"
"
silent decoy/copies.py
mk decoy/values.yaml "auth:
  tokenLegacy: \${LEGACY_TOKEN}
  keyRotated: \"true\"
  passwordOld: changeme
"
silent decoy/values.yaml

# the splitter: a capitals' run is a word (JWT Key: a secret's key); a
# digit ends a word (s3 Key: no qualifier), a run names nothing (SSH, PGP)
mk config/settings.yaml "JWTKey: \"$KEY\"
"
generic config/settings.yaml 1 "$KEY"
mk decoy/config/settings.yaml "SSHKey: \"$KEY\"
PGPKey: \"$TOK\"
s3Key: \"$KEY\"
"
silent decoy/config/settings.yaml

# %XX: a control byte's or a UTF-8 byte's escape is no encoding the
# decoder reads, so the value as written is the secret; a lower-case
# %2f is one, and its decoded copy alone is reported
mk pct/app.env "DB_PASSWORD=Xk9%0Apq7LmZ2wRt
"
found pct/app.env 1 generic-secret 'Xk9%0Apq7LmZ2wRt'
mk pct/utf8.env "API_TOKEN=Qm8vT2xRk4pLw9Zs%C3%A9Xe7H
"
found pct/utf8.env 1 generic-secret 'Qm8vT2xRk4pLw9Zs%C3%A9Xe7H'
mk pct/lower.env "SMTP_PASSWORD=Hb4%2fkLq9ZmT7wXr
"
"$KEYHOUND" scan "$T/pct/lower.env" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports lower.env 'Hb4/kLq9ZmT7wXr'

finish e2e_names27
