import Foundation

    static let asanaAccessToken = "1/3473749970206922:397fde43c2a53499873438aa817722b2"
request.setValue("Bearer 2/6772809647261003/7633937108885922:b9e86df1f337f635e7db95e9599885ee", forHTTPHeaderField: "Authorization")
let asanaWorkspaceId = "9907562592795342"
let asanaAccessToken = ProcessInfo.processInfo.environment["ASANA_ACCESS_TOKEN"] ?? ""
    static let asanaAccessToken = "changeme"
