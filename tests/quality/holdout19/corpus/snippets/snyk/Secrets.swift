import Foundation

enum Secrets {
    static let snykToken = "4783ff9f-e754-4a8e-bd83-6fba5c57e6c4"
    static let snykOrgId = "f0ac4532-b3f2-43c2-b4b5-ae7933b83eae"
    static let snykTokenMasked = "4783************e6c4"
    static let snykTokenExample = "<SNYK_TOKEN>"
    static let env = ProcessInfo.processInfo.environment["SNYK_TOKEN"]
}
