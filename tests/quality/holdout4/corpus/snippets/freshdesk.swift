import Foundation

enum Keys { static let freshdeskApiKey = "hNFl5OAcuPW1Cap7mDFK" }
let freshdeskDomain = "acme.freshdesk.com"
let freshdeskApiKey = "%FRESHDESK_API_KEY%"
let freshdeskApiKey = ProcessInfo.processInfo.environment["FRESHDESK_API_KEY"]
