#!/usr/bin/env bash
# End-to-end tests of what the lead added in wave 27: the password of a
# login handed to a command with a host (`curl -u user:pass https://host`,
# `--user`, Basic) shorter than any generic key is named a password, so
# the password rules and their judge read it (it was named
# `<host>_password_or_api_key`, which only generic-secret's 16 characters
# and more read: a 12-character password was lost). Decoys: defaults,
# placeholders, variables, masks, templates, a command substitution.
. "$(dirname "$0")/lib.sh"
batch_scans

mk ops/health.sh '#!/bin/sh
curl -fsS -u admin:Xk7#pQ2!mZ9v https://grafana.lindqvist-ops.net/api/health
curl --user "deploy:Tw9-qLm4Rz" -X POST https://ci.lindqvist-ops.net/job/build
wget --header="Authorization: Basic ZmxlZXQ6S3I4dlE0bVp4Mg==" https://fleet.lindqvist-ops.net/status
'
generic ops/health.sh 2 'Xk7#pQ2!mZ9v'
generic ops/health.sh 3 'Tw9-qLm4Rz'
generic ops/health.sh 4 Kr8vQ4mZx2
mk notes/runbook.md '```
curl -u backup:Hq4vZx92Lm https://nas.lindqvist-ops.net/api/v1/snapshots
```
'
generic notes/runbook.md 2 Hq4vZx92Lm

mk neg/defaults.sh 'curl -u admin:admin https://grafana.lindqvist-ops.net/api/health
curl -u user:password https://api.lindqvist-ops.net/
curl -u $USER:$PASS https://api.lindqvist-ops.net/
curl -u "${USER}:${PASS}" https://api.lindqvist-ops.net/
curl -u elastic:changeme https://localhost:9200/
curl -u guest:guest http://rabbit.lindqvist-ops.net:15672/api/overview
curl -u "user:<password>" https://api.lindqvist-ops.net/
curl -u username:yourpassword https://api.lindqvist-ops.net/
curl -u admin:P@ssw0rd https://api.lindqvist-ops.net/
curl -u admin:xxxxxxxx https://api.lindqvist-ops.net/
curl -u "admin:********" https://api.lindqvist-ops.net/
curl -u admin:%PASSWORD% https://api.lindqvist-ops.net/
curl -u admin:{{password}} https://api.lindqvist-ops.net/
curl -u admin:$(cat /run/secrets/pw) https://api.lindqvist-ops.net/
curl -u api:X https://api.lindqvist-ops.net/
'
silent neg/defaults.sh

finish e2e_lead27
