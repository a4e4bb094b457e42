import Foundation

enum Keys { static let modalTokenSecret = "as-QNlEQhV57oA3jKsziPc81i" }
let modalTokenId = "ak-M8uXjnapu3Mp0Wr169BShk"
let modalApp = "acme-inference"
let modalApiKey = ProcessInfo.processInfo.environment["MODAL_API_KEY"]
