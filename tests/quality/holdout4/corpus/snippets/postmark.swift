import Foundation

enum Keys { static let postmarkServerToken = "7ac20bcb-4c7c-4886-a615-1983add47445" }
request.setValue("Bearer 9d3e69f7-1e80-487f-9b1b-61c12e86b1a1", forHTTPHeaderField: "Authorization")
let postmarkStream = "outbound"
let postmarkServerToken = "POSTMARK_API_TEST"
let postmarkApiKey = ProcessInfo.processInfo.environment["POSTMARK_API_KEY"]
