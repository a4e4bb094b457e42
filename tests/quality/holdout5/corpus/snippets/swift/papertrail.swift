import Foundation

let auth = "Bearer " + "YC7YhMm91Pwcazusn5PO"
let config: [String: String] = ["papertrailToken": "xNqqMwULPPTiK7lIgIP8"]
let papertrailHost = "logs3.papertrailapp.com"
let papertrailPort = "51475"
let papertrailApiKey = ProcessInfo.processInfo.environment["PAPERTRAIL_API_KEY"] ?? ""
