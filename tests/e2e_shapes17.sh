#!/usr/bin/env bash
# End-to-end tests of wave 17's structure-named provider keys: a provider
# that opens a tuple, a proplist, a keyword list or a map (Erlang's
# {kraken, [{key, "…"}]}, Elixir's config :app, :kraken, key: and
# kraken: [key: …], a Lua module's require("gitea").setup({ key = … })),
# a weak `key` in the provider's object or index read by the provider's
# own rules under its bare name (C#'s ["mailjet"] = "…"), a provider's
# name and a weak name as one name (TENABLE_SK ?=, GITEA_KEY=, giteaKey,
# C++'s kAivenToken[]), a C-family declaration naming the provider beside
# a #define KEY, and a provider whose keyword is its name's start
# ({ travisci: '…' }). The same structures with an env reference, a
# placeholder, an id, a digest, a public key stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

KP=d7ldKEhaIPWwWPm3/YuDjPz6tcAd61SqCHuzG/jECR0NeKrpzG0IdMFX8UfHRgMLDkGZ3gUGE42FPjL9KFP+9Q==
H=b2e7c91a4f3d6085e2c9a4f7b1d60e39
H40=9c4e1a7b2f6d8035e1c9a4f7b2d6e0381a5c7e9b
H64=5e8a1c3f7b9d2e4a6c8f0b1d3e5a7c9f2b4d6e8a0c1f3b5d7e9a2c4e6f8b0d1a
TR=Hq7ZxPmT2nVb8RcJ5LpYs9
AI=sXMro1wqxvbcJUlxCjbNoMV1LEnl4eutS02cVuQL2bGwGi46fVlwhFlC9rRwXUN7nFUuLMc1stOJ4ErumzavxaolpSS65q5xJVXizMwusCICLN0LzcPjKfDkC012ZJG4OsZ0CgywT+olea4ysaRaVYFwjuvmLNePp9JYGxD5QAHizRRQqUCPvwW6AiSAB5q+DYmxolegyuOFI5MCV6j9gYQrRRoXuN+3tZqAUgz5bCi8uZAQDBYEasBMhyxruPScqm53xAZ6InG9WWueGW4sU7ozvxtuJvuu2nm8GlDQ1IzWU9oZ/rrmPKxhHXj+t7EHvveYedEnBsCm15DIffp+Zjv9tIA96IRREMGQGDsnOl8JX7KzMJ/D

# a provider opens a tuple, a proplist, a keyword list or a map
mk tuple/sys.config "[{app, [
  {kraken, [{key, \"$KP\"}]}
]}].
"
found tuple/sys.config 2 kraken-private-key "$KP"
mk tuple/creds.erl "creds() -> #{kraken => #{key => \"$KP\"}}.
"
found tuple/creds.erl 1 kraken-private-key "$KP"
mk tuple/creds.ex "defmodule Creds do
  def all, do: {:kraken, [key: \"$KP\"]}
end
"
found tuple/creds.ex 2 kraken-private-key "$KP"
mk tuple/config/runtime.exs "import Config
config :app, :kraken, key: \"$KP\", timeout: 5
"
found tuple/config/runtime.exs 2 kraken-private-key "$KP"
mk tuple/config/prod.exs "import Config
config :app, Feeds, kraken: [key: \"$KP\"]
"
found tuple/config/prod.exs 2 kraken-private-key "$KP"
mk tuple/forge.lua "require(\"gitea\").setup({ key = \"$H40\" })
"
found tuple/forge.lua 1 gitea-access-token "$H40"
mk tuple/init.lua "require('gitea').setup { key = '$H40' }
"
found tuple/init.lua 1 gitea-access-token "$H40"
mk tuple/Secrets.cs "var keys = new Dictionary<string, string> { [\"mailjet\"] = \"$H\" };
"
found tuple/Secrets.cs 1 mailjet-api-secret "$H"
mk tuple/decoy/sys.config "[{app, [
  {kraken, [{key, {env, \"KRAKEN_KEY\"}}]},
  {kraken, [{key, \"<your-kraken-private-key>\"}]},
  {kraken, [{txid, \"OCT84Q-HA8D8-LCNU15\"}]}
]}].
"
silent tuple/decoy/sys.config
mk tuple/decoy/config/runtime.exs "import Config
config :app, :kraken, key: System.get_env(\"KRAKEN_KEY\")
config :app, :kraken, key_sha256: \"$H64\"
config :app, Chat, pusher: [key: \"${H:0:20}\"]
"
silent tuple/decoy/config/runtime.exs
mk tuple/decoy/forge.lua "require(\"gitea\").setup({ key = os.getenv(\"GITEA_TOKEN\") })
require(\"gitea\").setup({ sha = \"$H40\" })
"
silent tuple/decoy/forge.lua

# a provider's name and a weak name, one name
mk short/Makefile "TENABLE_SK ?= $H64
"
found short/Makefile 1 tenable-api-secret-key "$H64"
mk short/deploy.sh "export GITEA_KEY=$H40
"
found short/deploy.sh 1 gitea-access-token "$H40"
mk short/Forge.swift "let giteaKey = \"$H40\"
"
found short/Forge.swift 1 gitea-access-token "$H40"
mk short/deploy.ps1 "\$TenableSk = \"$H64\"
"
found short/deploy.ps1 1 tenable-api-secret-key "$H64"
mk short/secrets.h "constexpr char kAivenToken[] = \"$AI\";
"
found short/secrets.h 1 aiven-api-token "$AI"
mk short/decoy/Makefile "TENABLE_SK ?= \$(shell cat .tenable-sk)
TENABLE_SK_SHA256 ?= $H64
"
silent short/decoy/Makefile
mk short/decoy/ids.sh "export GITEA_KEY_ID=$H40
export GITEA_KEY=\${GITEA_KEY:?}
"
silent short/decoy/ids.sh
mk short/decoy/project.h "constexpr char kAivenProject[] = \"ops-prod\";
"
silent short/decoy/project.h

# a C-family declaration names the provider beside #define KEY
mk define/secrets.hpp "#pragma once
#define KEY \"$AI\"
inline constexpr std::string_view AIVEN_PROJECT = \"ops-prod\";
"
found define/secrets.hpp 2 aiven-api-token "$AI"
mk define/decoy/secrets.hpp "#pragma once
#define KEY \"<AIVEN_TOKEN>\"
inline constexpr std::string_view AIVEN_PROJECT = \"ops-prod\";
"
silent define/decoy/secrets.hpp

# a provider whose rule's keyword is its name's start (travis, travisci)
mk start/credentials.rb "KEYS = { travisci: '$TR' }.freeze
"
found start/credentials.rb 1 travisci-api-token "$TR"
mk start/decoy/credentials.rb "KEYS = { travisci: 'dummy' }.freeze
ENVKEYS = { travisci: ENV['TRAVIS_TOKEN'] }.freeze
"
silent start/decoy/credentials.rb

# a `key` beside a named secret is its pair's id, not the secret
mk pair/decoy/mail.env "MAILJET_KEY=$H
MAILJET_SECRET=\${MJ_SECRET}
"
silent pair/decoy/mail.env

# a key its name calls public is none
mk public/decoy/Secrets.cs "public const string MjPublicApiKey = \"$H\";
"
silent public/decoy/Secrets.cs

finish e2e_shapes17
