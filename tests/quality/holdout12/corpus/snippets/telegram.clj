(ns acme.config)

(def ^:private telegram-bot-token "1464723535:AAPMdWbyfpsYRD8fBiUN1-_y6U4OwGWyyEb")
(def telegram-bot-token-sample "-1000207284620")
(def telegram-bot-token-sample "%(TELEGRAM_BOT_TOKEN)s")
(def telegram-bot-token (System/getenv "TELEGRAM_BOT_TOKEN"))
