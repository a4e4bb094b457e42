import Foundation

struct Backend {
    static let shared = Backend(
        baseURL: URL(string: "https://api.brackenfield.example")!,
        supabaseKey: "sb_publishable_9zwJagambG8DUY3tz-DTJ7d-sx7ScAW",
        serviceKey:
            "sb_secret_LsyL_kXHtZWvdfJNzA8OifF_R2Mx1G3"
    )

    let baseURL: URL
    let supabaseKey: String
    let serviceKey: String
}
