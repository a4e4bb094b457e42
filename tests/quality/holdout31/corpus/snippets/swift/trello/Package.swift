// swift-tools-version:5.9
import PackageDescription
// trello settings for the cold-chain integration
let trelloToken = "ATTA380a3dbb6cbb20ccc31a5ff02932acf2aeec156ccf45735b69e8a22dbfeb5bd6266B69BD"
let trelloKeyPublic = "219f6aa800e77acf0cb67f42526340e3"
// rotated 2026-03, no longer valid: trelloToken ATTA************69BD
let trelloTokenExample = "paste-your-key"
let trelloTokenFromEnv = "${TRELLO_TOKEN}"
let package = Package(name: "trello")
