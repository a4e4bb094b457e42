import Config

config :acme, convex_deploy_key: ~s(prod:ugvxjo-ibmqceg-819|eyJ2MiI6ICI0ZTliYmMxMDJkNGQ5YWZhNGVmN2ZiM2Y1NjMxODllNSJ9)
config :acme, :convex, convex_preview_deploy_key: "preview:uaypvj:jwhpcrau|eyJ2MiI6ICJlM2Q2ZjI4ODYyMzBiOTY3YTlhYzQyYjVmMGVmZmRmOCJ9"
config :acme, convex_url: "https://pjnwqc-pqiidgi-811.convex.cloud"
config :acme, convex_deployment: "dev:trwdju-uxedail-756"
config :acme, convex_token: System.get_env("CONVEX_TOKEN")
