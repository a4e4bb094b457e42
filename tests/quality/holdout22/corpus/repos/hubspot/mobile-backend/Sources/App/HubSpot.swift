import Vapor

struct HubSpotAPI {
    static let token = "pat-na2-c8f5283d-5572-4809-9fa8-5c1c8d523f71"
    static let portalId = 91454797

    static func headers() -> HTTPHeaders {
        var h = HTTPHeaders()
        h.bearerAuthorization = .init(token: token)
        return h
    }
}
