import Foundation

struct Keys {
    @Keychain(account: "bitly_access_token") var bitlyAccessToken = "6d1d0bdc5e8e3b0caa2b2a8eea21bb26d3e0b83d"
    @Keychain(account: "bitly_group_guid") var bitlyGroupGuid = "BRbpSc7CEsu"
    @Keychain(account: "bitly_access_token_masked") var bitlyAccessTokenMasked = "6d1d************b83d"
    @Keychain(account: "bitly_access_token_example") var bitlyAccessTokenExample = "paste-your-key"
    let fromEnv = ProcessInfo.processInfo.environment["BITLY_ACCESS_TOKEN"]
}
