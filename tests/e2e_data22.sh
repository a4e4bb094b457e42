#!/usr/bin/env bash
# End-to-end tests of wave 22's secrets in data files: a table's header
# names its columns (semicolon and tab exports, PostgreSQL's COPY ... FROM
# stdin rows), SOPS's `_unencrypted` keys, a short base64 value under a
# secret's name (a Kubernetes Secret's data, LDIF's `::`), a session
# cookie in a capture's Cookie header before a csrf pair and in a
# Netscape cookie jar, a URL query's percent-encoded value in an access
# log. Hash and id columns, ENC[...] values, base64 of a user name or a
# certificate, analytics cookies and encoded placeholders stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

PW='Gravel-Otter-614'
PW2='Tq8#Lm3Wz!'
TOK=Rk7Vn2Xq9Lt4Pw8Zb3Hc6Mj1
SESS=Wm4Kz8Rq2Nv7Lx3Tb9Hp5Yc

# decoded FILE LINE RULE SECRET HOW: one finding of SECRET by RULE on
# LINE, decoded by HOW (base64, percent)
decoded() {
	"$KEYHOUND" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "$1: $3 at line $2, decoded $5" jq -e --arg r "$3" --arg s "$4" --argjson l "$2" --arg h "$5" \
		'[.[] | select(.secret == $s)] | length == 1 and .[0].rule_id == $r
		 and .[0].line == $l and .[0].decoded == [$h]' "$T/out"
}

# a table's header names its columns
mk dump/crm.sql "COPY public.staff (id, login, passwd, created_at) FROM stdin;
1	kim	$PW	2026-01-02
2	ops	$PW2	2026-02-11
\\.
"
"$KEYHOUND" scan "$T/dump/crm.sql" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "dump/crm.sql" "$PW" "$PW2"
found dump/crm.sql 2 generic-secret "$PW"
mk export/accounts.csv "system;user;password;comment
grafana;admin;$PW;
"
found export/accounts.csv 2 generic-secret "$PW"
mk export/vendors.tsv "vendor	env	api_token	owner
mailer	prod	$TOK	team-a
"
found export/vendors.tsv 2 generic-secret "$TOK"
mk export/decoy/users.tsv "id	email	password_hash
7	kim@example.net	\$2b\$12\$abcdefghijklmnopqrstuu$TOK
"
silent export/decoy/users.tsv
mk export/decoy/tokens.csv "owner;token_id;created
kim;6f1c2b7e-3a9d-4f0e-8b21-5c7d9e0a1b2c;2026-11-02
"
silent export/decoy/tokens.csv
mk export/decoy/indented.py "def f():
	password
	return $TOK
"
silent export/decoy/indented.py

# SOPS's unencrypted suffix
mk sops/app.enc.yaml "db_password: ENC[AES256_GCM,data:q8zL2xTk,iv:Zm9vYmFyYmF6cXV4cXV1eA==,tag:bWFjbWFjbWFjbWFjbWFjbQ==,type:str]
smtp_password_unencrypted: $PW
sops:
    version: 3.9.1
"
found sops/app.enc.yaml 2 generic-secret "$PW"
mk sops/app.enc.json "{
  \"admin_password_unencrypted\": \"$PW\"
}
"
found sops/app.enc.json 2 generic-secret "$PW"
mk sops/decoy/db.enc.yaml "password: ENC[AES256_GCM,data:q8zL2xTk,iv:Zm9vYmFyYmF6cXV4cXV1eA==,tag:bWFjbWFjbWFjbWFjbWFjbQ==,type:str]
encrypted_password: $TOK
"
silent sops/decoy/db.enc.yaml

# a short base64 value under a secret's name: decoded
B64=$(printf 'Otter-Kiln-61' | base64)
mk k8s/secret.yaml "apiVersion: v1
kind: Secret
data:
  username: $(printf 'app_user' | base64)
  postgres-password: $B64
"
decoded k8s/secret.yaml 5 generic-password Otter-Kiln-61 base64
reports k8s/secret.yaml Otter-Kiln-61
mk ldap/users.ldif "dn: uid=kiosk,ou=people,dc=example,dc=org
userPassword:: $(printf 'Birch-Falcon-27' | base64)
"
decoded ldap/users.ldif 2 generic-password Birch-Falcon-27 base64
mk k8s/decoy/tls.yaml "apiVersion: v1
kind: Secret
data:
  username: $(printf 'app_user' | base64)
  ca.crt: $(printf -- '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmg' | base64 -w0)
"
silent k8s/decoy/tls.yaml

# session cookies: a capture's Cookie header, a Netscape cookie jar
mk har/login.har "{\"name\": \"Cookie\", \"value\": \"app_session=$SESS; csrftoken=$TOK\"}
"
found har/login.har 1 har-session-cookie "$SESS"
mk jar/cookies.txt "# Netscape HTTP Cookie File
.wiki.example	TRUE	/	TRUE	1767225600	_gid	GA1.2.99887766.1700000000
#HttpOnly_wiki.example	FALSE	/	TRUE	1767225600	wiki_session	$SESS
"
found jar/cookies.txt 3 har-session-cookie "$SESS"
mk har/decoy/home.har "{\"name\": \"Cookie\", \"value\": \"_ga=GA1.2.1836423911.1700000000; csrftoken=$TOK\"}
"
silent har/decoy/home.har

# a URL query's value, percent-encoded, in an access log
mk logs/access.log "10.0.4.7 - - [20/Nov/2026:10:14:02 +0000] \"GET /api/login?user=ops&pass=Kb7%26Thorn%3D4 HTTP/1.1\" 302 0 \"-\" \"curl/8.5.0\"
"
decoded logs/access.log 1 generic-password 'Kb7&Thorn=4' percent
mk logs/decoy/access.log "10.0.4.7 - - [20/Nov/2026:10:14:02 +0000] \"GET /api/login?user=ops&pass=%3Cpassword%3E HTTP/1.1\" 302 0
10.0.4.7 - - [20/Nov/2026:10:14:03 +0000] \"GET /api/login?user=ops&pass=%2A%2A%2A%2A%2A%2A%2A%2A HTTP/1.1\" 302 0
"
silent logs/decoy/access.log
# (a bare `pass` over a quoted value a person chose is a password's name
# since wave 35, humanpw35: `$db['pass'] = '...'`, `<pass>`)
mk logs/notes.txt "pass = \"Pl8Velvet9x\"
"
generic logs/notes.txt 1 Pl8Velvet9x

finish e2e_data22
