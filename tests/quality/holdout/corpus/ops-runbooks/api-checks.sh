#!/usr/bin/env bash
# quick checks that every integration still answers

curl -s https://api.github.com/user -H "Authorization: token ghp_Vg9YsHK5Kgetb37hzTavmyRyA32lRbB83hFB" | jq .login
curl -s -u "sk_live_qPM2l9W675qXfmLLk5TEqWIt:" https://api.stripe.com/v1/balance | jq .available
curl -s https://api.openai.com/v1/models -H "Authorization: Bearer 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" | jq '.data | length'
curl -s https://api.anthropic.com/v1/models -H "x-api-key: sk-ant-api03-l2eIaCgWwwaadObcAz0tzHnq64XROd0Yxs9bRMY27MVrU6dFW4H9yY3wqik5YSjexfMu4DOkfMd4Vsh7hz4KUvJeIUDmKAA" -H "anthropic-version: 2023-06-01"
curl -s --user "api:45eebba6463b8cde4853fd78138b2743-7e8bfcc3-16260141" https://api.mailgun.net/v3/domains
curl -s https://api.linear.app/graphql -H "Authorization: lin_api_lsaicqP5UpkTeoCThNyUYGCVM15bw0cMTwzGbjjC" -H 'Content-Type: application/json' \
  -d '{"query":"{ viewer { id name } }"}'
curl -s "https://api.notion.com/v1/users/me" -H "Authorization: Bearer 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" -H "Notion-Version: 2022-06-28"
curl -s https://api.figma.com/v1/me -H 'X-Figma-Token: figd_ZL9VVnlO7KYP7zeVvGuxlKEqLYYU5pwLNkZnffa_'
curl -s https://api.airtable.com/v0/meta/whoami -H "Authorization: Bearer patvxaQiNOVnj2x1F.3117b14f1f5b4b7923c9c65069b1284eef0006fd7b46344206e6b207e1b28e62"
curl -s https://app.asana.com/api/1.0/users/me -H "Authorization: Bearer 2/0451426942608900/9088136685656160:bdd5b1da304972101886bd2e9cc95fef"
curl -s https://api.clickup.com/api/v2/user -H "Authorization: pk_57235548_ROSNJ32V6WE1OHPGL34J21K0CS6820WT"
curl -s https://api.typeform.com/me -H "Authorization: Bearer tfp_iVjl5vZf0d63JEwwgBZhU3Sb8psvlWRnL0Wy9vguBeaN_aZrthvxpSV-xC1"
curl -s https://api.contentful.com/users/me -H "Authorization: Bearer CFPAT-xvsayeQyrmp4VDT40NLtwBbzOMHZ5OqPQR-bxVZ2Jaz"
curl -s https://api.buildkite.com/v2/access-token -H "Authorization: Bearer bkua_1cdb554a6577d5ae6480828e473a063d97a768df"
curl -s https://circleci.com/api/v2/me -H "Circle-Token: CCIPAT_fcdTb5v0aqjrp4PDnIUIYe_6b5c870c8eab8abb08f40e3feb7a6adbbc199031"
curl -s https://api.vercel.com/v2/user -H "Authorization: Bearer xeo5doYc1aHdoXogALkXQeYl"
curl -s https://console.neon.tech/api/v2/projects -H "Authorization: Bearer napi_taa8ct63uh256nof8qyzt2sgt6zntky6fz2lwpz4qiyzqfravi47nawjxnjxusrw"
curl -s https://api.supabase.com/v1/projects -H "Authorization: Bearer sbp_f6f4d83f2f128e7462629e70d943e8fd1c835362"
curl -s https://api.planetscale.com/v1/organizations -H "Authorization: acme-ci:pscale_tkn_Hq7cEDQ6vz0d4FGhj32pqzEO66SSSQebLA6vitETKNR"
curl -s https://api.deno.com/v1/organizations/me -H "Authorization: Bearer ddp_9qwp0mgU3EP4qOCPnTopjLTpCVJ1zFo81Kaj"
curl -s "https://api.trello.com/1/members/me?key=20c1b1d89cc0f567aff7ebeed2c637b2&token=ATTA41bb9dee430ce5c80f8afbe8473851b8777c15146e759036a5c10b05371acd688AF55639"
