#!/usr/bin/env bash
# End-to-end tests of wave 33's lead fix cfg34, after holdout34: a comment
# that carries an old value of its own (`; old password X (rotated)`)
# speaks of that value, not of the live one on the line below, which stays
# reported. Hard negatives: a note with no value of its own (`# previous
# one, revoked`) still calls the line below dead, and the old value in the
# comment stays unreported.
. "$(dirname "$0")/lib.sh"
batch_scans

N=7f3e9a1c5b2d8e4f6a0c9b7d3e1f5a2c4b6d8e0f1a3c5e7b9d2f4a6c8e0b1d3f # 64 hex
O='vQ-k!Rz7=4w!n25'                                    # 16, with symbols
L=Tq8mWz3PnXv6LkRb2YcHd5SfJg7KeUa4                                  # 32 letters and digits
P=Hn4wQz7TmXv2KpRb8LcYd5SgJf3NeUa6

# INI: the old password noted above the live key
mk ini/bridge.ini "[sync]
api_user = sync
; old password $O (rotated 2025-06)
hmac_secret = $N
"
found ini/bridge.ini 4 generic-secret "$N"
# shell: a commented-out old token above the live one
mk sh/deploy.env "# previous token $P, revoked
DEPLOY_TOKEN=$L
"
found sh/deploy.env 2 generic-secret "$L"
# YAML: the same, a note whose value mixes letters and digits
mk yml/app.yml "service:
  # old key ${P}x was rotated in March
  api_key: $L
"
found yml/app.yml 3 generic-secret "$L"

# ---- hard negatives ---------------------------------------------------------
# a note with no value of its own still calls the line below dead
mk neg/a.ini "[sync]
; previous one, revoked 2025-11
hmac_secret = $N
"
silent neg/a.ini
mk neg/b.env "# old token, rotated
DEPLOY_TOKEN=$L
"
silent neg/b.env
# words of a note that are no value (a product's name, a date) change nothing
mk neg/c.env "# revoked: old PostgreSQL-Backup 2025-06-01 key
BACKUP_TOKEN=$L
"
silent neg/c.env

finish e2e_cfg34
