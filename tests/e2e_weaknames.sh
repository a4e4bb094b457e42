#!/usr/bin/env bash
# End-to-end tests of weak names in a provider's context (wave 13): `key`,
# `Token`, `value` or a map's entry holds a key when the code around it
# names a provider (on its line, opening its block, or as the file's
# name) and the value looks like a key; a digest, a UUID, a public id, a
# version or a path there does not, nor a weak name beside no provider.
# A cursor's name (sync., page.) before it refuses a token, not an API key.
. "$(dirname "$0")/lib.sh"
batch_scans

mk pos/client.go 'package notify

var c = mailgun.Config{Region: "eu", Key: "Wq7mZt2Kx9pLr4Vn8sHc3Jd6"}
'
found pos/client.go 3 generic-secret Wq7mZt2Kx9pLr4Vn8sHc3Jd6
mk pos/services.jsonc '{
  "postmark": {
    "region": "eu",
    "key": "Rt5nQw8Lz2mKv7Xp4cJh9Bs3"
  }
}
'
found pos/services.jsonc 4 generic-secret Rt5nQw8Lz2mKv7Xp4cJh9Bs3
mk pos/Keys.kt 'val byProvider = mapOf("pagerduty" to "Hx3kPm9Vq2Lw7Zr5tNb8Jc4y")
'
found pos/Keys.kt 1 generic-secret Hx3kPm9Vq2Lw7Zr5tNb8Jc4y
mk pos/keys.rb "KEYS = { datadog: 'Lm4qWz8Kt2Rv6Xn9pHs3Jc7b', retries: 3 }.freeze
"
found pos/keys.rb 1 generic-secret Lm4qWz8Kt2Rv6Xn9pHs3Jc7b
mk pos/providers.cfg.in '[mixpanel]
region = eu
key = Zq2mTx7Kv4Lp9Wr3nHc8Js5d
'
found pos/providers.cfg.in 3 generic-secret Zq2mTx7Kv4Lp9Wr3nHc8Js5d
# the file's name is the provider's; the text spells it by the value
mk pos/mailgun.scala 'val creds = Seq("mailgun" -> "Pv8nKq3Wz6Lm2Xt9rJc4Hs7g")
'
found pos/mailgun.scala 1 generic-secret Pv8nKq3Wz6Lm2Xt9rJc4Hs7g
mk pos/sync.nix '{
  services.sync.apiKey = "Tk6mQz3Wv9Lp2Xr8nHc5Js4b";
}
'
found pos/sync.nix 2 generic-secret Tk6mQz3Wv9Lp2Xr8nHc5Js4b
# decoys: the same shapes holding what is no key
mk neg/digest.go 'var c = mailgun.Config{Region: "eu", Key: "9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c"}
'
silent neg/digest.go
mk neg/ids.py 'PROVIDER_IDS = {"pagerduty": "3c9e1a7b-5d2f-4e8a-9b6c-0d4f2a8e6c1b"}
'
silent neg/ids.py
mk neg/Versions.kt 'val versions = mapOf("pagerduty" to "4.12.1")
'
silent neg/Versions.kt
mk neg/public.rb "PUBLIC = { datadog: 'pub_Xq7mZt2Kx9pLr4Vn8sHc3Jd6Wb' }
"
silent neg/public.rb
mk neg/store.go 'var e = Entry{Bucket: "sessions", Key: "Nc5qWm8Kz3Lt7Xv2pRj9Hs4d"}
'
silent neg/store.go

# an address (0x and 40 hex) is no key
mk neg/infura.Dockerfile 'FROM alpine
# the contract for infura: 0x5e3a9c71b2d48f06ae19c7d3b58f2a4e6c0d9b17
'
silent neg/infura.Dockerfile
# a framework's own default secret, which says to change it
mk neg/.env 'MERCURE_JWT_SECRET="!ChangeThisMercureHubJWTSecretKey!"
'
silent neg/.env

finish e2e_weaknames
