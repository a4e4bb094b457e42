import Foundation

enum Secrets {
    static let client = SourcegraphClient(apiKey: "sgp_fa672ae432690972_b2974de3d4862e1210489e9bc98c876cfda67366")
    static let srcEndpoint = "https://sourcegraph.example.com"
    static let srcAccessTokenTruncated = "sgp_fa672a..."
    static let srcAccessTokenExample = "sample"
    static let env = ProcessInfo.processInfo.environment["SRC_ACCESS_TOKEN"]
}
