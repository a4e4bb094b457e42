import Foundation

enum Keys { static let brazeRestApiKey = "4c03dfb5-81b5-4841-843b-46a7ef277af8" }
let brazeAppId = "a61f93a2-9876-419c-998a-4c8d0825ee7a"
let brazeRestEndpoint = "https://rest.fra-01.braze.eu"
let brazeApiKey = ProcessInfo.processInfo.environment["BRAZE_API_KEY"]
