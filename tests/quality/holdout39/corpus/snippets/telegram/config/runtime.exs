import Config

config :ats, :telegram_bot_token, "7407299780:AAnbIRKmMuXlsxLnMHQovcloPXhV4nNAwt0"
config :ats, :telegram_chat_id, "-1006303890573"
config :ats, :telegram_bot_token_sha256_of_key, "b82946602ab98943b3ba97681aae5cafc0436b83595d323759db3ac0935d751b"
