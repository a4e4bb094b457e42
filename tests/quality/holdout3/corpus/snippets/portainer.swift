import Foundation

let portainerApiKey = "ptr_P7uamc7M46b0Abjn52DTFX/NHAzJTVlClZJlVAvPU5t"
let portainerApiKey = ProcessInfo.processInfo.environment["PORTAINER_API_KEY"] ?? ""
    static let portainerApiKey = "changeme"
