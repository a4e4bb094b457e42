import Config

config :acme, github_token: System.get_env("GITHUB_TOKEN", "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")
config :acme, :github, gh_token: "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"
config :acme, github_app_token: System.get_env("GITHUB_APP_TOKEN", "ghs_Mocgsde5Dy6OT4Y8yVIEaFWmkvdvdl0DxNkf")
config :acme, github_token: "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
config :acme, github_sha: "6bf4c2f50558f135614186d1a6401056a6bc0cb9"
config :acme, github_api_key: System.fetch_env!("GITHUB_API_KEY")
