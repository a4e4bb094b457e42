import Foundation

    static let woocommerceConsumerSecret = "cs_b2d1189555a0588dfb06b99e66d4c1a540d02052"
let woocommerceConsumerKey = "ck_eec3c69a7b730160a00e4de492c500518762285f"
let woocommerceConsumerSecret = ProcessInfo.processInfo.environment["WOOCOMMERCE_CONSUMER_SECRET"] ?? ""
    static let woocommerceConsumerSecret = "<WOOCOMMERCE_API_KEY>"
