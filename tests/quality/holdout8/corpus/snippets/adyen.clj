(ns acme.integrations.config)

(def config {:adyen-api-key "AQEahSWEUm3GAgVqRvDhYZcJ87vgXy1JvqaEDAE6SNXYqiSHr5MWVP3XQCl1X81D+CeCA==-4vfews790ZQsLVb4bnEeFTOaOX/PeconYR8blLhzpSA=-UCGUfT7EKz0xDodm" :timeout-ms 5000})
(adyen/client {:token "1E33600BD267AC60992AC792DBA9B936FBC969CCBBD6F2852F8D389888D7B77E"})
(def adyen-client-key "test_PO7MX5GHYFK1CIBMQFG33SFIWEUCFIXE")
(def adyen-merchant-account "AcmeShopECOM")
(def adyen-token (System/getenv "ADYEN_TOKEN"))
