#!/bin/sh
# deploys the linen-tracking edge function
export DENO_DEPLOY_TOKEN=ddp_SjWQwlNvskC43yndnsJSWOD8noq8tIThyu0t
export DENO_AUTH_TOKENS="iWGzDHTTvlR0WR9VQgwTnXRPrFcqL1z7f6ipCFWX@git.bwl.corp"
deployctl deploy --project=bwl-track --prod main.ts
# project id 5a09e0ad-e55a-4ee8-a5bb-6e2f68aeee24
