(ns larch.config)

(def pairs [["braintree" "access_token$production$ek7h9wsvrj787fc9$04a502252ff498f76f5fb3402939064e"]])
(def braintree-private-key "a5e4f2da1f07deb13d9c46ce1009c420")
(def braintree-merchant-id "m06393oxlfux1d8e")
(def braintree-public-key "2n3b9yghci1mfo8f")
(def braintree-access-token-sequential "access_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123")
(def braintree-access-token-example "[REDACTED]")
(def from-env (System/getenv "BRAINTREE_ACCESS_TOKEN"))
