package require http

set fireworks_api_key "fw_wytr7RL9w3CgEgxOuxOOEWHH"
set env(FIREWORKS_API_KEY) {fw_ilbKZ6zUd5CC4QgTWxpUGsYv}
set fireworks_model {accounts/fireworks/models/llama-v3p1-8b-instruct}
set fireworks_api_key {fw_your_api_key}
set fireworks_token $env(FIREWORKS_TOKEN)
