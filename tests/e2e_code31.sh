#!/usr/bin/env bash
# End-to-end tests of wave 31's code and configuration readers (code31),
# after the seen holdouts' misses in code: a literal named after it (SQL's
# SELECT '…' AS api_key, SPARQL's BIND("…" AS ?apiKey), base64 under an
# alias ending B64). Each with its hard negatives: casts to a type, hashes
# and ids under credential words, placeholders, file paths.
. "$(dirname "$0")/lib.sh"

# ---- a literal named after it: AS ------------------------------------------
mk sql/report.sql "SELECT 'svc_export' AS username, '2AZ3yJk1jNDCQjyB7EBRAxZL' AS api_token FROM dual;
SELECT '8HUhkIqrMDEC7TPDDy7ZmyuruAsveUn5' as \"client_secret\", 1 as id;
SELECT 'YOUR_API_KEY' AS api_key, sha2('2AZ3yJk1jNDCQjyB7EBRAxZL') AS token_hash;
SELECT 'Tq8vLm2zPw9xRk4sQ' AS secret_key_id, 'auth.token.expired' AS auth_error;
SELECT CAST('abc123def456ghi' AS token) FROM t;
"
scan_report sql/report.sql
holds_once 1 2AZ3yJk1jNDCQjyB7EBRAxZL
holds_once 2 8HUhkIqrMDEC7TPDDy7ZmyuruAsveUn5
holds_none YOUR_API_KEY
holds_none Tq8vLm2zPw9xRk4sQ
holds_none auth.token.expired
holds_none abc123def456ghi
holds_count 2

mk sparql/lookup.rq 'PREFIX cf: <https://example.org/cfg#>
SELECT ?svc ?apiKey WHERE {
  BIND("2AZ3yJk1jNDCQjyB7EBRAxZL" AS ?apiKey)
  BIND("OEhVaGtJcXJNREVDN1RQRER5N1pteXVydUFzdmVVbjU=" AS ?clientSecretB64)
  BIND("https://api.example.org/v2" AS ?apiKeyUrl)
  BIND("sample" AS ?token)
}
'
scan_report sparql/lookup.rq
holds_once 3 2AZ3yJk1jNDCQjyB7EBRAxZL
holds_once 4 8HUhkIqrMDEC7TPDDy7ZmyuruAsveUn5
holds_none https://api.example.org/v2
holds_none sample
holds_count 2

mk ts/kinds.ts "export const kind = 'api_token' as const;
export const label = 'Password' as string;
export const t = 'f0e4c2f76c58916ec258f246851bea09' as TokenHash;
"
silent ts/kinds.ts
mk py/read.py "with open('/run/secrets/db_password') as password_file:
    pw = password_file.read()
with open('secrets/api_token.txt') as api_token_file:
    tok = api_token_file.read()
"
silent py/read.py

# ---- a browser script's memorable or secret word ---------------------------
mk e2e/bank-login.spec.ts "import { test } from '@playwright/test';
test('login', async ({ page }) => {
  await page.getByLabel('Memorable word').fill('kestrel58');
  await page.fill('#secretWord', 'Otter2291x');
  await page.getByLabel('Memorable word').fill(process.env.MEMORABLE_WORD);
  await page.getByLabel('Secret word hint').fill('your favourite place');
  await page.getByLabel('Memorable date').fill('01/02/1990');
  await page.getByPlaceholder('Search memorable words').fill('holiday2020');
});
"
scan_report e2e/bank-login.spec.ts
holds_once 3 kestrel58
holds_once 4 Otter2291x
holds_none holiday2020
holds_count 2

# ---- paramiko's positional logins -----------------------------------------
mk edi/sftp_pull.py "import paramiko
t = paramiko.Transport((\"sftp.partner.example\", 22))
t.connect(None, \"edi_pull\", \"Jls4SR1N8ztFL\")
ssh.connect(\"10.20.0.5\", 2222, \"deploy\", 'PLyxFjtSdOCgps')
t.connect(None, \"edi_pull\", os.environ[\"SFTP_PASSWORD\"])
button.connect(None, \"clicked\", \"on_clicked_handler\")
sock.connect((\"10.0.0.5\", 22))
client.connect(\"broker.example\", 1883, 60)
ssh.connect(host, 22, user, password)
"
scan_report edi/sftp_pull.py
holds_once 3 Jls4SR1N8ztFL
holds_once 4 PLyxFjtSdOCgps
holds_count 2

# ---- a value a command line names after it: a file, a secret store --------
mk ci/provision.sh "#!/bin/sh
echo '6xPDUJgj2R5nXYa4fPnva5U7xcff' > /run/secrets/api_token
printf '%s' 'y23Z5813VvX0' >> secrets/db_password.txt
echo -n 'CIG2mAOMN4DD4lnyPXmJ2qlFAHeGezfW' | gh secret set DEPLOY_TOKEN
echo \$API_TOKEN > /run/secrets/api_token
echo 'done' > /tmp/token_refreshed
echo 'YOUR_API_TOKEN' > /run/secrets/api_token
echo '6xPDUJgj2R5nXYa4fPnva5U7xcffx' 2> /run/secrets/api_token
echo 'hello' | gh secret list
echo 'CIG2mAOMN4DD4lnyPXmJ2qlFAHeGezfWx' | gh secret set DEPLOY_TOKEN_ID
"
scan_report ci/provision.sh
holds_once 2 6xPDUJgj2R5nXYa4fPnva5U7xcff
holds_once 3 y23Z5813VvX0
holds_once 4 CIG2mAOMN4DD4lnyPXmJ2qlFAHeGezfW
holds_count 3
mk Dockerfile "FROM alpine:3.20
RUN echo 'CIG2mAOMN4DD4lnyPXmJ2qlFAHeGezfW' | docker secret create registry_password -
"
scan_report Dockerfile
holds_once 2 CIG2mAOMN4DD4lnyPXmJ2qlFAHeGezfW
holds_count 1
mk web/cmp.js "if (a > token_count) { x = 'Tq8vLm2zPw9xRk4sQz7bN3cY'; }
const f = (x) => token_cache[x];
"
silent web/cmp.js

# ---- YAML: an anchor or a core tag before the value ------------------------
mk deploy/values.yaml "api_token: &tok HIxdBuIu9W1XrvzM9UY6F6ozSANmFU
db:
  password: &db_pw !!str 83Yd0s1w1j8re
  replica_password: *db_pw
mail_token: !secret mail_token_prod
stack_token: !Ref StackTokenParam
vault_password: !vault |
  \$ANSIBLE_VAULT;1.1;AES256
  62313864373530
defaults: &defaults
  token: changeme
key: &key_anchor some.config.key
token_ttl: &ttl 3600
"
scan_report deploy/values.yaml
holds_once 1 HIxdBuIu9W1XrvzM9UY6F6ozSANmFU
holds_once 3 83Yd0s1w1j8re
holds_count 2

finish "e2e_code31"
