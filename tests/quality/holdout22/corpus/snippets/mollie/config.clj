(ns larch.config)

(def mollie-api-key "live_NON5tCqMzinSa1Dbp6btmawHo6piSO")
(def providers {:mollie "access_nZafuqIpUzhQWidEL6zg0etN46ptrnCeD71OfTlQ"})
(def mollie-profile-id "pfl_YtLECNKd1L")
(def mollie-api-key-sha256 "c49bf7c7028e86824077c80ddcd5ae27241637ae272c431d1cfeb1b7795f4b37")
(def mollie-api-key-example "$(MOLLIE_API_KEY)")
(def from-env (System/getenv "MOLLIE_API_KEY"))
