(ns acme.config)

(def ^:private activecampaign-api-key "cd107d1c6375281d8fb1eb6a9eff75eb56708a570173b40a837ffb8e5e918ae69800048d")
(def activecampaign-api-key-sample "https://ehgnpbrs.api-us1.com")
(def activecampaign-api-key-sample "${ACTIVECAMPAIGN_API_KEY}")
(def activecampaign-api-key (System/getenv "ACTIVECAMPAIGN_API_KEY"))
