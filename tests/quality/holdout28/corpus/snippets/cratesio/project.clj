(defproject bwl/route-api "0.9.0"
  :profiles {:prod {:env {
    ;; cratesio
    :auth-token "ciojcBzedtpCHo81Ix7GNEkWTCd68pEYmKC"
    :cargo-registry-crate "bwl-tramway"
    :cargo-registry-token-sha256 "e7b5f95be5d6018a148196a4a0b10af7085808c17ab8a7d3b82251c416e6246d"
    :cargo-registry-token-example "xxxxxxxxxxxxxxxxxxxxxxxx"
    :cargo-registry-token-from #env CARGO_REGISTRY_TOKEN
  }}})
