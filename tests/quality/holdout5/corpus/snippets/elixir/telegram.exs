import Config

config :acme, :telegram, telegram_bot_token: "7469032647:AAyFYFIQ4V8wyf30nG7LBEUo_TQAPqIbSk8"
config :acme, tg_token: System.get_env("TG_TOKEN", "942976938:AAGfrhJtlMbHvriSUAdTNSTrUar1zsDECfM")
config :acme, telegram_chat_id: "-1004524396267"
config :acme, telegram_bot_token: "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"
config :acme, telegram_api_key: System.fetch_env!("TELEGRAM_API_KEY")
