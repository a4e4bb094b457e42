(ns acme.integrations)

(def config {:mercury-api-token "secret-token:mercury_production_wma_6qQoiEuFsUipkHhQm2Jc4NQT3UfayjxLtsFNNX7osppC_yrucrem" :timeout 30})
(def mercury-account-id "32710e7b-5e88-46d3-9a22-e9567cd774b3")
(def mercury-api-token "secret-token:mercury_production_...")
(def mercury-token (System/getenv "MERCURY_TOKEN"))
