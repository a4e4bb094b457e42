import Foundation

let auth = "Bearer " + "d006fa63-2e43-431e-8ed2-330838ea497b"
let config: [String: String] = ["transferwiseToken": "e9ded34d-77c5-458c-af92-298915f69383"]
let wiseProfileId = "92777352"
let wiseApiUrl = "https://api.sandbox.transferwise.tech"
let wiseApiKey = ProcessInfo.processInfo.environment["WISE_API_KEY"] ?? ""
