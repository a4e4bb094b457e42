import Foundation

let config: [String: String] = ["jumpcloudApiKey": "795d1e990ba532357f13d8d229c084147a0d806f"]
let auth = "Bearer " + "9b75b19276013170c6ba21df27f6bf9ec9318b51"
let jumpcloudOrgId = "6dcc4ed5d73703229d36bab4"
let jumpcloudApiKey = "YOUR_API_KEY"
let jumpcloudApiKey = ProcessInfo.processInfo.environment["JUMPCLOUD_API_KEY"] ?? ""
