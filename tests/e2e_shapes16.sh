#!/usr/bin/env bash
# End-to-end tests of wave 16's structure-named provider keys: the provider
# named by a constructor or builder on its package (Go's New<Type>, a
# client's newBuilder), by the name a JSON object held in a string is given
# (CI env, dotenv), by a part of a name that is a path itself (.properties'
# dotted names, annotations' domain/key), by an object's provider field,
# by a parent that opens its object on the line (Elixir's config :mailgun,
# Lua's and Julia's nested tables and tuples), by a typed declaration's
# name its rule reads once the type is aside.
# The same structures with a reference, a placeholder, a setting's name,
# another call, an id or a field that says no credential stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

U=5c1e8f3a-92b4-4d7e-a6f0-3b8c2d9e1f47
H=4f9a2c7e1b6d3085e2a9c4f7b1d60e38
H40=${H}7c2e9a41
H64=${H}b8e3f1a6c9d2075e4a1f8c3b6d9e2a70
B=Qm7_xT2pR9-vL4kW8nZ1cY6bH3jF0sD5gA7eU2iO9rK4tM1wX8qN6yP3zC0vB5hJ2lE7uI4oS9dG1fT6kR3mW8nQ5xZ==

# a constructor or a builder on the provider's package hands its key over
mk ctor/alerts.go "package alerts

var og, _ = opsgenie.NewAlertClient(\"$U\")
"
found ctor/alerts.go 3 opsgenie-api-key "$U"
mk ctor/translate.go "var tr, _ = deepl.NewTranslator(\"$U\")
"
found ctor/translate.go 1 deepl-api-key "$U"
mk ctor/Mail.kt "val pm = PostmarkClient.newBuilder(\"$U\").build()
"
found ctor/Mail.kt 1 postmark-api-token "$U"
mk ctor/decoy/env.go "var tr, _ = deepl.NewTranslator(os.Getenv(\"DEEPL_AUTH_KEY\"))
"
silent ctor/decoy/env.go
mk ctor/decoy/get.go "res, err := opsgenie.GetAlert(\"$U\")
"
silent ctor/decoy/get.go
mk ctor/decoy/with.go "g := deepl.WithGlossary(\"$U\")
"
silent ctor/decoy/with.go
mk ctor/decoy/entries.go "rows := deepl.NewGlossaryEntries(\"$U\")
"
silent ctor/decoy/entries.go

# a JSON object held in a string, under a name that names the provider
mk json/.github/workflows/metrics.yml "jobs:
  push:
    env:
      INFLUX_SETTINGS: '{\"key\": \"$B\", \"org\": \"ops\"}'
"
found json/.github/workflows/metrics.yml 4 generic-secret "$B"
mk json/worker.env "JENKINS_SETTINGS='{\"key\": \"$H64\"}'
"
found json/worker.env 1 generic-secret "$H64"
mk json/decoy/.github/workflows/ci.yml "jobs:
  push:
    env:
      JENKINS_SETTINGS: '{\"key\": \"\${{ secrets.JENKINS_KEY }}\"}'
"
silent json/decoy/.github/workflows/ci.yml
mk json/decoy/i18n.env "JENKINS_SETTINGS='{\"key\": \"job.nightly.build\", \"lang\": \"en\"}'
"
silent json/decoy/i18n.env
mk json/decoy/influx.env "INFLUX_SETTINGS='{\"org\": \"$H\", \"bucket\": \"metrics\"}'
"
silent json/decoy/influx.env

# a name that is a path: a provider in one of its parts names a plain key
mk dotted/application.properties "server.port=8080
integrations.mailgun.key=$H
"
found dotted/application.properties 2 generic-secret "$H"
mk dotted/notify.properties "notify.mailgun.api=$H
"
found dotted/notify.properties 1 generic-secret "$H"
mk dotted/k8s/deploy.yaml "metadata:
  annotations:
    twilio.io/key: \"$H\"
"
found dotted/k8s/deploy.yaml 3 generic-secret "$H"
mk dotted/decoy/env.properties "integrations.mailgun.key=\${MAILGUN_KEY}
"
silent dotted/decoy/env.properties
mk dotted/decoy/messages.properties "i18n.mailgun.key=errors.required.field
"
silent dotted/decoy/messages.properties
mk dotted/decoy/k8s/id.yaml "metadata:
  annotations:
    pagerduty.com/key-id: \"$U\"
    pagerduty.com/service: \"$H\"
"
silent dotted/decoy/k8s/id.yaml

# an object whose provider field names it
mk field/Creds.kt "val creds = Credentials(provider = \"datadog\", key = \"$H40\")
"
found field/Creds.kt 1 generic-secret "$H40"
mk field/creds.rs "pub static C: Creds = Creds { provider: \"mailgun\", key: \"$H\" };
"
found field/creds.rs 1 generic-secret "$H"
mk field/decoy/Placeholder.kt "val creds = Credentials(provider = \"datadog\", key = \"your-api-key-here\")
"
silent field/decoy/Placeholder.kt
mk field/decoy/Trace.kt "val creds = Credentials(provider = \"datadog\", key = \"dd.trace.sample_rate\")
"
silent field/decoy/Trace.kt
mk field/decoy/Metric.kt "val m = Metric(provider = \"datadog\", key = \"$U\")
"
silent field/decoy/Metric.kt
mk field/decoy/Region.kt "val r = Credentials(provider = \"datadog\", region = \"$H40\")
"
silent field/decoy/Region.kt

# the provider's name opens the object on the line: its weak names
mk parent/config/runtime.exs "import Config
config :mailgun, key: \"$H\"
"
found parent/config/runtime.exs 2 generic-secret "$H"
mk parent/cfg.lua "local cfg = { mailgun = { key = \"$H\" } }
"
found parent/cfg.lua 1 generic-secret "$H"
mk parent/cfg.jl "const cfg = (mailgun = (key = \"$H\",),)
"
found parent/cfg.jl 1 generic-secret "$H"
mk parent/decoy/config/env.exs "import Config
config :mailgun, key: System.get_env(\"MAILGUN_KEY\")
"
silent parent/decoy/config/env.exs
mk parent/decoy/pusher.lua "local cfg = { pusher = { key = \"${H:0:20}\", cluster = \"eu\" } }
"
silent parent/decoy/pusher.lua
mk parent/decoy/config/id.exs "import Config
config :mailgun, domain: \"mg.acme.test\", key: \"$U\"
"
silent parent/decoy/config/id.exs
mk parent/decoy/region.jl "const cfg = (mailgun = (region = \"$H\",),)
"
silent parent/decoy/region.jl

# a typed declaration: the provider's rule reads its own name, type aside
mk typed/agora.rs "pub const AGORA_APP_CERTIFICATE: &str = \"$H\";
"
found typed/agora.rs 1 agora-app-certificate "$H"
mk typed/Agora.kt "val agoraAppCertificate: String = \"$H\"
"
found typed/Agora.kt 1 agora-app-certificate "$H"
mk typed/decoy/agora.rs "pub const AGORA_APP_ID: &str = \"$H\";
pub const AGORA_APP_CERTIFICATE_SHA256: &str = \"$H64\";
"
silent typed/decoy/agora.rs

finish e2e_shapes16
