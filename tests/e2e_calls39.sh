#!/usr/bin/env bash
# End-to-end tests of wave 39's calls and containers (calls39): calls whose
# signature hands over a password or a secret's plaintext (httr2's
# req_auth_basic, piped or not; Dagger's SetSecret / set_secret /
# setSecret, whose first argument is the secret's name and second its
# plaintext), and a tuple headed by a provider's name as a symbol
# (Elixir's {:opsgenie, "…"} in a keyword list or a map, as Erlang's
# {opsgenie, "…"} was read), its value judged by that provider's own
# rules. Hard negatives: the same calls given variables, the
# environment, samples and placeholders; GitHub Actions' core.setSecret
# (one argument, a variable or a name); tuples headed by other atoms
# (:ok, :error, a region), provider-headed tuples holding numbers, URLs
# and placeholders; a provider's name given a tuple of strings
# (confluent = ("<id>", "<secret>")), its last string read by that
# provider's own rules only, and tuples of regions, hosts, placeholders,
# the environment or four members that stay quiet. Every value is
# generated for this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

# ---- httr2's req_auth_basic(req, user, password) --------------------------
mk reports/weekly.qmd '---
title: "Weekly metrics"
---

```{r}
library(httr2)
req <- request("https://api.basalt.example/metrics") |> req_auth_basic("analyst", "Tq8#mWz4Lp2v")
resp <- req_perform(req)
```
'
once reports/weekly.qmd 7 'Tq8#mWz4Lp2v'

mk R/client.R 'library(httr2)
fetch <- function() {
  req <- request("https://metrics.corp.example/v2")
  req <- req_auth_basic(req, "svc-metrics", "Hx4%vR9qLm2w")
  req_perform(req)
}
'
once R/client.R 4 'Hx4%vR9qLm2w'

mk R/decoys.R 'library(httr2)
a <- request(u) |> req_auth_basic("analyst", Sys.getenv("METRICS_PASSWORD"))
b <- request(u) |> req_auth_basic("analyst", password)
c <- req_auth_basic(req, "analyst", "<password>")
d <- request(u) |> req_auth_basic("analyst", "changeme")
e <- request(u) |> req_auth_basic("analyst")
f <- req_auth_basic(req, user, pw)
'
silent R/decoys.R

# ---- Dagger: SetSecret(name, plaintext) ------------------------------------
mk ci/dagger/main.go 'package main

func (m *Ci) Publish(ctx context.Context) (string, error) {
	pw := dag.SetSecret("registry", "violet37willow.")
	tok := dag.SetSecret("gh", "ojcdr2ig0j1KnXFyY1TvizNw")
	env := dag.SetSecret("npm", os.Getenv("NPM_TOKEN"))
	name := dag.SetSecret("registry-pw", password)
	return dag.Container().WithRegistryAuth("ghcr.io", "ci", pw).Publish(ctx, ref)
}
'
secrets_exactly ci/dagger/main.go violet37willow. ojcdr2ig0j1KnXFyY1TvizNw

mk ci/pipeline.py 'import dagger
from dagger import dag

async def main():
    secret = dag.set_secret("pypi", "8yRh22siJwnJ5J2mHfOKiQDn")
    other = dag.set_secret("pypi-token", os.environ["PYPI_TOKEN"])
    sample = dag.set_secret("pypi-token", "your-pypi-token")
'
secrets_exactly ci/pipeline.py 8yRh22siJwnJ5J2mHfOKiQDn

mk ci/index.ts 'import { dag } from "@dagger.io/dagger"
const s = dag.setSecret("npm", "Hkb05aWQB0A62WwhpIzAjSyE")
const v = dag.setSecret("npm-token", process.env.NPM_TOKEN!)
'
secrets_exactly ci/index.ts Hkb05aWQB0A62WwhpIzAjSyE

# GitHub Actions' toolkit masks a value: one argument, here never a literal
mk action/src/main.ts 'import * as core from "@actions/core"
core.setSecret(token)
core.setSecret(core.getInput("api-key"))
core.setSecret("api-key")
cache.setSecret("session", "value")
'
silent action/src/main.ts

# ---- a provider's symbol heads a tuple: Elixir's {:provider, "…"} ---------
mk config/runtime.exs 'import Config

config :larch, :providers, [{:shortcut, "e4d83441-2b61-4ee3-8fe7-263ae17e2058"}]
config :larch, from_env: System.get_env("SHORTCUT_API_TOKEN")
'
found config/runtime.exs 3 shortcut-api-token e4d83441-2b61-4ee3-8fe7-263ae17e2058

mk lib/larch/keys.ex 'defmodule Larch.Keys do
  # shortcut_api: the board token
  @keys %{timeout: 5_000, board: {:shortcut, "09286dea-da25-45c7-be92-9a4a65f4d7f7"}}
end
'
found lib/larch/keys.ex 3 shortcut-api-token 09286dea-da25-45c7-be92-9a4a65f4d7f7

# other atoms head tuples of ids; the provider's tuple holds no secret
mk lib/larch/results.ex 'defmodule Larch.Results do
  def ok, do: {:ok, "aa8d7e9a-4497-4ac1-9a81-3d2a272f1a91"}
  def err, do: {:error, "aa8d7e9a-4497-4ac1-9a81-3d2a272f1a91"}
  @regions [{:eu, "aa8d7e9a-4497-4ac1-9a81-3d2a272f1a91"}]
end
'
silent lib/larch/results.ex

mk config/dev.exs 'import Config
# shortcut: settings that are not its token
config :larch, :timeouts, [{:shortcut, 3000}]
config :larch, :endpoints, [{:shortcut, "https://api.app.shortcut.com/api/v3"}]
config :larch, :providers, [{:shortcut, "your-shortcut-token"}]
config :larch, :providers, [{:shortcut, System.get_env("SHORTCUT_TOKEN")}]
'
silent config/dev.exs

# ---- http4k's typed environment: EnvironmentKey...("NAME") of "v" ----------
mk src/main/kotlin/Main.kt 'import org.http4k.config.Environment
import org.http4k.config.EnvironmentKey

val env = Environment.from(
    EnvironmentKey.required("DB_PASSWORD") of "Rv8%kTq2Lz4w",
    EnvironmentKey.required("STRIPE_TOKEN") of "bu5XokcOoImv13oqIEBgU7Fn",
    EnvironmentKey.required("DB_HOST") of "db.internal.example",
    EnvironmentKey.required("DB_USER") of "rides_app",
    EnvironmentKey.required("DB_PASSWORD") of "changeme",
    EnvironmentKey.required("API_TOKEN") of "${API_TOKEN}",
)
'
secrets_exactly src/main/kotlin/Main.kt 'Rv8%kTq2Lz4w' bu5XokcOoImv13oqIEBgU7Fn

mk src/main/kotlin/Lookup.kt 'val port = EnvironmentKey.int().required("PORT") of 8080
val name = listOf("DB_PASSWORD") + of("Rv8%kTq2Lz4w")
val label = tr("DB_PASSWORD") of "Password of the database"
'
silent src/main/kotlin/Lookup.kt

# ---- Gradle buildConfigField: a provider setting whose name says no ------
# credential (Agora's app certificate) is read by that provider's rules
mk app/build.gradle.kts 'android {
    defaultConfig {
        buildConfigField("String", "ONESIGNAL_APP_ID", "\"aa8d7e9a-4497-4ac1-9a81-3d2a272f1a91\"")
        buildConfigField("String", "AGORA_APP_ID", "\"4c1f09be7a2d45e8b36f90d1c5a7e2b4\"")
        buildConfigField("String", "AGORA_APP_CERTIFICATE", "\"9d3b6e1f0a8c47d295e1b7c4f60a3d82\"")
        buildConfigField("String", "AGORA_APP_CERTIFICATE_MASKED", "\"9d3b************3d82\"")
        buildConfigField("String", "API_BASE_URL", "\"https://api.example.com\"")
        buildConfigField("String", "BUILD_SHA", "\"5e0c6d29a8b14f7e93c2d18a7b6f4e015e0c6d29\"")
        buildConfigField("String", "VERSION_NAME", "\"4.12.0-rc1\"")
    }
}
'
found app/build.gradle.kts 5 agora-app-certificate 9d3b6e1f0a8c47d295e1b7c4f60a3d82
secrets_exactly app/build.gradle.kts 9d3b6e1f0a8c47d295e1b7c4f60a3d82

mk src/Config.java 'class Config { static void init() {
  System.setProperty("java.awt.headless", "true");
  System.setProperty("GRADLE_OPTS", "-Xmx2048m-Dfile.encoding=UTF-8");
  System.setProperty("SENTRY_ENVIRONMENT", "production-eu-west-1");
  System.setProperty("AGORA_APP_ID", "4c1f09be7a2d45e8b36f90d1c5a7e2b4");
}}
'
silent src/Config.java

# ---- a provider's name given a tuple of strings: (id, secret) --------------
mk pipelines/kafka_sink.py 'import confluent_kafka

confluent = ("41IQ9J8UZFP8GDGP", "GBRm6SeZaF4ZsSBrRCtrphTuAUva8h2ZdZTvRl1AfRB3wAWp5121cfBqbnqtjf23")
'
found pipelines/kafka_sink.py 3 confluent-api-secret-legacy GBRm6SeZaF4ZsSBrRCtrphTuAUva8h2ZdZTvRl1AfRB3wAWp5121cfBqbnqtjf23

mk pipelines/kafka_decoys.py 'import confluent_kafka

confluent = ("us-east-1", "eu-west-1")
confluent = ["41IQ9J8UZFP8GDGP", "<your-confluent-secret>"]
confluent = ("41IQ9J8UZFP8GDGP", os.environ["CONFLUENT_SECRET"])
confluent = ("41IQ9J8UZFP8GDGP", "GBRm6SeZaF4ZsSBrRCtrphTuAUva8h2ZdZTvRl1AfRB3wAWp5121cfBqbnqtjf23", "x", "y")
confluent = ("lkc-9xz81", "pkc-4nym6.us-east-1.aws.confluent.cloud:9092")
'
silent pipelines/kafka_decoys.py
flush_scans

finish "e2e_calls39"
