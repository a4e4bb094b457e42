import Config

config :acme, :jfrog, jfrog_access_token: "cmVmdGtuOjAxOjMyMzYxMjgxNjA6ZVh0Mjk0ME51MnNRRzdxN1N5VEhxQzNoYk5qUThMY0o"
config :acme, artifactory_api_key: ~s(AKCpJILmAbF05jj7C7ImirkZeAajUfPJiMjZ4rRA9B23oU6UrgvXtYi8f2CfxMWL3g4XfXsLF)
config :acme, jfrog_url: "https://kilnev.jfrog.io"
config :acme, artifactory_repo: "libs-release-local"
config :acme, jfrog_token: System.get_env("JFROG_TOKEN")
