import Foundation

enum Keys { static let opsgenieApiKey = "b8265e04-7be7-4d48-97b7-43a88eab7bac" }
let opsgenieTeam = "platform"
let opsgenieApiUrl = "https://api.eu.opsgenie.com"
let opsgenieApiKey = ProcessInfo.processInfo.environment["OPSGENIE_API_KEY"]
