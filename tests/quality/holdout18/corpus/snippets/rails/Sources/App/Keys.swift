enum Keys {
    static let client = RailsClient(apiKey: "ea2068e877ba33ff119fffe89e7c88260daada17cfaf9dfc3f8ab3b915a76272b3f78bacdbcfae8eb3c8fb73054b2f3c698ead17dfe4369ba58c1d92ab4eb73d")
    static let railsMasterKey = "6493036f4bb320d6ccb07de5bdbfd1bd"
    static let railsAssetDigest = "26a5a635880b1acbb05029d10e2c62e0bee968b00dbb7f377c5e11e267dec52d"
    static let secretKeyBaseMasked = "ea20************b73d"
    static let secretKeyBaseExample = "[REDACTED]"
    static let fromEnv = ProcessInfo.processInfo.environment["SECRET_KEY_BASE"]
}
