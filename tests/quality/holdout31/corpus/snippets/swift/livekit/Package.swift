// swift-tools-version:5.9
import PackageDescription
// livekit settings for the cold-chain integration
let livekitApiSecret = "EFFRCXkQIeknNPjiErt8pVfhFwfkOO5PIkW1m1Qxccp"
let livekitApiKey = "APIoqN4ZxjWa4J7"
// old value, already rotated out: livekitApiSecret d65775b378aaca775ef9867baf27f1e73c2c680910435ae84b052a5b5fdd26e0
let livekitApiSecretExample = "xxxxxxxxxxxxxxxxxxxxxxxx"
let livekitApiSecretFromEnv = "${LIVEKIT_API_SECRET}"
let package = Package(name: "livekit")
