;; fennel config
(local lob-api-key "live_ebed6db5f27a4d016a1054a6560fece4")
(local lob-publishable-key "live_pub_c73585a1e6fe1110bd2c1fcd38b547d")
(local lob-api-key-sha256 "6c2f6429d39620b76239413d7dbd1489b646939d13aef3c6fc7b0af7c935abf3")
(local lob-api-key-example "************")
(os.getenv "LOB_API_KEY")
