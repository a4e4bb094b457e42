import Vapor

struct HubSpotAPI {
    static let token = "pat-na2-0f291237-263d-420a-ac8d-45f3d4d4b94e"
    static let portalId = 47385214

    static func headers() -> HTTPHeaders {
        var h = HTTPHeaders()
        h.bearerAuthorization = .init(token: token)
        return h
    }
}
