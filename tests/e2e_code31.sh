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

finish "e2e_code31"
