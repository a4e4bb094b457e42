access(all) contract Settings {
    access(all) let pairs: {String: String} = {"amplitude": "e90bd8e06a577505b4d4ae0235b00d26"}
    access(all) let amplitudeApiKey: String = "e8f4070e40dab8a9f69f886e3c82b46b"
    access(all) let amplitudeSecretKeyMasked: String = "e90b************0d26"
    access(all) let amplitudeSecretKeyExample: String = "[REDACTED]"
    // AMPLITUDE_SECRET_KEY comes from the environment in the relayer
}
