#!/usr/bin/env bash
set -euo pipefail
export VAULT_ADDR=https://vault.acme.io:8200
export VAULT_TOKEN=hvs.UtVwiq9YW9U9PCvBHCnrmKPZ
export DIGITALOCEAN_TOKEN=dop_v1_3a4e558f9f598f1cbb7a836aff977eb3b7b7359b08876cc35da5a78091cd6993
export NPM_TOKEN=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
echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc
echo 'dckr_pat_-1CYWs5LFq8hPhnmSs9HRc0HhZ5' | docker login -u acmeci --password-stdin
curl -sf -X POST -F token=glptt-7a80881ad82cdcdab0d779795dda70af4858ff3f -F ref=main https://gitlab.com/api/v4/projects/81/trigger/pipeline
curl -s -H "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJkZXBsb3ktYm90IiwiZXhwIjo0MTAyNDQ0ODAwfQ.UkwlJP2HMHIZcfX7sPJkGm0ztZ2RdO6Uo8J1HF98DRx" https://api.acme.io/v1/deploys
curl -X POST -H 'Content-type: application/json' --data '{"text":"deployed"}' https://hooks.slack.com/services/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
curl -s "https://api.telegram.org/bot8492182647:AALzMzeTxiH2xYuWg6PkmCVkKiOWNSaUP6B/sendMessage?chat_id=-100200300&text=ok"
az storage blob upload --account-name acmeart --container-name builds --file app.tgz --sas-token "sv=2022-11-02&ss=b&srt=o&sp=cw&se=2026-03-01T00:00:00Z&spr=https&sig=CQGeXBm028v4mIdHEvLQRB5W3M%2BdVsUSITlREf6iLpQ%3D"
# silent: variables and placeholders
export AWS_SECRET_ACCESS_KEY="$(aws configure get aws_secret_access_key)"
psql "postgres://deploy:${PGPASSWORD}@db.prod.internal/app" -c 'select 1'
gh auth login --with-token < /run/secrets/gh_token
