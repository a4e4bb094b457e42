(ns wren.config)

(def paystack-secret-key "sk_live_7b1debf99095453236c8f985057526436c19ae20")
(def client (make-client {:token "sk_test_c3b90b51e5387049c2530bed22a209d5631f4770"}))
(def paystack-public-key "pk_live_816a3f29f3fbea45b3be50ccae212dc238a5b03f")
(def paystack-secret-key-masked "sk_l************ae20")
(def paystack-secret-key-example "REPLACE_WITH_PAYSTACK_SECRET_KEY")
(def from-env (System/getenv "PAYSTACK_SECRET_KEY"))
