import Foundation

enum Keys { static let srcAccessToken = "sgp_c80611fbbd643be6_abd0395b702d7f7f478dd59245ff712e98b71eed" }
let srcEndpoint = "https://sourcegraph.acme.example"
let srcAccessToken = "sgp_abc..."
let srcApiKey = ProcessInfo.processInfo.environment["SRC_API_KEY"]
