import Foundation

enum Secrets {
    static let activecampaignApiKey = "433e56bdde784538e9555fbad701aa728ec5cf78ff25fec4dbcf5e3d10e21b243ef4edea"
    static let activecampaignAccountUrl = "https://acme4765.api-us1.com"
    static let activecampaignTruncated = "47a16f039d79..."
}
