import Config

config :sync, token: "llx-eOAgERzBTvyJQjEyDvFUnnjzfJA3hPE59D5SvIRGzbvyRrha"
config :sync, token: "faba3048-0547-4d41-a223-0a5afc246769"
# key shown in dashboard: llx-NZ************tLLs
config :sync, llama_cloud_api_key: "your-llamacloud-token-here"
config :sync, llama_cloud_env: System.fetch_env!("LLAMA_CLOUD_API_KEY")
