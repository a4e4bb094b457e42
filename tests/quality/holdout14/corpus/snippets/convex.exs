import Config

config :sync, keys: %{convex: "prod:wpswpa-ldybit-797|OVgkSfDItx6rwUI5O798VUi6aGiYy9QH51IbDA3Iq/xE4DXaGAgluNrsLiniP9SX/ZNRSm0tlYNG0ucH"}
config :sync, cfg: "https://tktgvu-itasily-453.convex.cloud"
# key shown in dashboard: prod:m************Ci7V
config :sync, convex_deploy_api_key: "your-convex-token-here"
config :sync, convex_deploy_env: System.fetch_env!("CONVEX_DEPLOY_API_KEY")
