#!/usr/bin/env bash
# End-to-end tests of wave 35's lead fixes: base64 with no digit where a
# login stands (a Kubernetes Secret's data, a query's password) is decoded
# as any other (a password of letters and marks often encodes without a
# digit); an HTTP header in a Markdown code span (`Authorization: Bearer
# v`); an OpenSSH private key written out by hand without the
# openssh-key-v1 magic. Hard negatives: placeholders in code spans, digitless
# base64 under names no login has, OpenSSH fillers and placeholders. Every
# value is generated for this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

# decoded FILE LINE SECRET: SECRET reported once on LINE, decoded from base64
decoded() {
	scan_check "$1: $3 decoded at $2" "$1" \
		'[.[] | select(.secret == $s)] | length == 1 and .[0].line == $l and
		 .[0].decoded == ["base64"]' --arg s "$3" --argjson l "$2"
}

# ---- base64 of no digit where a login stands -----------------------------
mk k8s/secret.yaml 'apiVersion: v1
kind: Secret
metadata:
  name: harbour-db
type: Opaque
data:
  SMTP_PASSWORD: JWlsVFJPUHVoIWlDdnRBbg==
  DB_PASSWORD: TVNpdGhiSlBVIXFqVEtTXw==
  REDIS_PASSWORD: JmRydWVtUVpPYVpfSQ==
'
decoded k8s/secret.yaml 7 '%ilTROPuh!iCvtAn'
decoded k8s/secret.yaml 8 'MSithbJPU!qjTKS_'
decoded k8s/secret.yaml 9 '&druemQZOaZ_I'

# the same bytes under names no login has stay as they are, and silent
mk k8s/config.yaml 'apiVersion: v1
kind: ConfigMap
data:
  BANNER_TEXT: JWlsVFJPUHVoIWlDdnRBbg==
  LOCALE_NAME: TVNpdGhiSlBVIXFqVEtTXw==
'
silent k8s/config.yaml

# ---- a header in a Markdown code span ------------------------------------
mk docs/runbook.md '## Terminals
The terminals pull their config with the header
`Authorization: Bearer Qm7vTzK2pW9xLc4nRb8sYd1fHg6jUe3a`.
Or `X-Api-Key: Vn4Ks9Wq2Zr7Tb1Mx6Lp3Hd8Yc5Jf0Ga` for the old API.
'
found docs/runbook.md 3 generic-secret Qm7vTzK2pW9xLc4nRb8sYd1fHg6jUe3a

mk docs/api.md 'Send `Authorization: Bearer <token>` with every call.
Send `Authorization: Bearer $API_TOKEN` with every call.
Send `Authorization: Bearer YOUR_ACCESS_TOKEN` with every call.
Send `Authorization: Bearer {{token}}` with every call.
Send `Authorization: Bearer xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` with every call.
The `Authorization: Basic` header carries `user:password` in base64.
'
silent docs/api.md

# ---- an OpenSSH key without the openssh-key-v1 magic ---------------------
mk infra/ssh/deploy_ed25519 '-----BEGIN OPENSSH PRIVATE KEY-----
/YMZIvowg/oaancx4K935N+3YTEbSazVK1K0UVMUDDA5BVlvLX61NpgjvYSgek3MZK4Sr+
gWcBqH9ZkmV+r76hgMyEriI1KZv2f1ZIRiN3DqYOK5y5fO67cz/pn3/tWZe9N0TzDmx/c7
fouwU74gVxiR1n/XUjuQe5kx2M6crZrayx31PonRdkBpOzwd7orI6qQSJmwI6sYDt5/XO1
GUjKZhYQ/w5VrknJ3MT0lgz0Bd5ErDqlcLazgf0zUlhvnWbsBT86Nh1vzomGTMli6SRwBb
G6hQyos6pilvRPIJ/QrwL/h3yH7A26umF1cNpugtQA2zqJkzmIyOrYz42KjSizAeJkM=
-----END OPENSSH PRIVATE KEY-----
'
scan_check "infra/ssh/deploy_ed25519: privatekey-openssh" infra/ssh/deploy_ed25519 \
	'length == 1 and .[0].rule_id == "privatekey-openssh" and .[0].line == 1'

mk infra/ssh/README.md '-----BEGIN OPENSSH PRIVATE KEY-----
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
AAAAAAAAAAAAAAAAAAAAAAAAAAAA
-----END OPENSSH PRIVATE KEY-----

-----BEGIN OPENSSH PRIVATE KEY-----
<paste the deploy key here>
-----END OPENSSH PRIVATE KEY-----
'
silent infra/ssh/README.md
flush_scans

finish "e2e_lead35"
