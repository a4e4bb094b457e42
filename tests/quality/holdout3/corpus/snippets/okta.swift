import Foundation

request.setValue("Bearer 00gUWqp2spexZ-Emp1C71zHFBevHxRmzbN4y1tOiI2", forHTTPHeaderField: "Authorization")
    static let oktaOrgUrl = "https://acme.okta.com"
let oktaApiToken = ProcessInfo.processInfo.environment["OKTA_API_TOKEN"] ?? ""
let oktaApiToken = "REPLACE_WITH_OKTA_KEY"
