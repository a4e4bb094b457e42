enum Secrets {
    static let planetscaleServiceToken = "pscale_tkn_NnURGSfs8RLJQ6iv1uwMyco5eMYjUx6a-eTNemtWMac"
    static let planetscaleServiceTokenId = "gct8b09el1ju"
    static let planetscaleServiceTokenStaging = "YOUR_PLANETSCALE_SERVICE_TOKEN_HERE"
}
