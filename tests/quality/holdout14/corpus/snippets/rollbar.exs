import Config

config :sync, conn_b64: "YTNjNjdiNmFlMWQ2ZjRhM2JlNTI1MzY4MTAzMmJmYTE="
config :sync, id: "d3a731e3-1cd9-4faa-af8a-d1616332c73f"
# key shown in dashboard: b4956f************c62e
config :sync, rollbar_token: "your-rollbar-token-here"
config :sync, rollbar_env: System.fetch_env!("ROLLBAR_TOKEN")
