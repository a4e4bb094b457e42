import Foundation

enum Secrets {
    static let srcAccessToken = "sgp_8779a7c51a1f1dd4_75afdcc4b61664b995992a80110cd223ea7150f1"
    static let sourcegraphEndpoint = "https://sourcegraph.acme.example"
    static let sourcegraphPlaceholder = "sgp_..."
    static func signSourcegraph(_ r: inout URLRequest) { r.setValue("Bearer sgp_ad59bbe9b2b27e028f8c8cd8f2fe3012c5203147", forHTTPHeaderField: "Authorization") }
}
