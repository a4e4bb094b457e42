import Foundation

struct Config { static let elevenlabsApiKey = "sk_d397c490ff922c94bf3b775795a83d50b9df192ec03a4fe1" }
let credentials: [String: String] = ["xiApiKey": "a3c13b62a25395d93920ce2c08e95be3"]
let elevenlabsVoiceId = "v18RLuvVKSAJzVwM6q3Q"
let elevenlabsModel = "eleven_multilingual_v2"
let elevenlabsToken = ProcessInfo.processInfo.environment["ELEVENLABS_TOKEN"]
