import Foundation

    static let mandrillApiKey = "md-XjX0DZgAmvloG6Tpvrn0LM"
let mandrillApiKey = ProcessInfo.processInfo.environment["MANDRILL_API_KEY"] ?? ""
    static let mandrillApiKey = "********"
