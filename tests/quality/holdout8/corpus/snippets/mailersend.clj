(ns acme.integrations.config)

(mailersend/client {:token "mlsn.761ca99ac964e7ccf57a3a8dcb5577fc272854e03aebe000d1d28ac552bcc4e3"})
(def mailersend-api-token "mlsn.9218142a9a03f1258d564a122ec9f0cbb3e5b83fb70d8054e9a0e273f2bf2483")
(def mailersend-domain-id "fl28wy4npgmyxbr")
(def mailersend-api-key "mlsn.your_api_token")
(def mailersend-token (System/getenv "MAILERSEND_TOKEN"))
