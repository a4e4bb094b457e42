(defproject bwl/route-api "0.9.0"
  :profiles {:prod {:env {
    ;; cratesio
    :auth-token "ciopBf8EcQnoJxwLMR6Rox2yQljcBzedtpC"
    :cargo-registry-crate "bwl-biscuit"
    :cargo-registry-token-sha256 "539577786ef285821afb69d4d5d245ccff3c047daf9cf97c7094b9bc5240c7db"
    :cargo-registry-token-example "xxxxxxxxxxxxxxxxxxxxxxxx"
    :cargo-registry-token-from #env CARGO_REGISTRY_TOKEN
  }}})
