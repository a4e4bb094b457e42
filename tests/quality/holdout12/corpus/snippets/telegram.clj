(ns acme.config)

(def ^:private telegram-bot-token "1037992242:AAlVPF0hH4NreizOneEg8p9yfgo8Q6QcsEh")
(def telegram-bot-token-sample "-1007929842019")
(def telegram-bot-token-sample "%(TELEGRAM_BOT_TOKEN)s")
(def telegram-bot-token (System/getenv "TELEGRAM_BOT_TOKEN"))
