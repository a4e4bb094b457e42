(ns acme.integrations.config)

(def config {:gem-host-api-key "rubygems_e9556d92219bc0d7ae7b2764547205387474e40ffc6b53fe" :timeout-ms 5000})
(rubygems/client {:token "rubygems_1f63192cad2ff682698c952f2a2e6ef9ec4ced2d473ebeec"})
(def gem-host-otp-code "916490")
(def gem-sha256 "e818eeb9a39032421656e0bb4fcf80cc8b561963c4f220f27ae7a8333fdcf2df")
(def rubygems-token (System/getenv "RUBYGEMS_TOKEN"))
