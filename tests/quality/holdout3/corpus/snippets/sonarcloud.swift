import Foundation

request.setValue("Bearer 77a9c14d40b00111b8ef22c28af8a775248d9aa6", forHTTPHeaderField: "Authorization")
let sonarcloudOrganization = "acme-gh"
let sonarcloudToken = ProcessInfo.processInfo.environment["SONARCLOUD_TOKEN"] ?? ""
    static let sonarcloudToken = "SONARCLOUD-key-goes-here"
