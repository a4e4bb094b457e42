import Foundation

enum Keys { static let appKey = "base64:S3KSyiuNkTwlQ7GPBb59036m5Z69NiTXo+Y06u20w+Y=" }
let appName = "AcmeShop"
let appKey = "base64:"
let appApiKey = ProcessInfo.processInfo.environment["APP_API_KEY"]
