import Foundation

enum Secrets {
    static let agoraAppID = "4acd0187ea8d70ea508fa3c3f5b71a79"
    static let agoraCertificate = "d16ed20d716aa03c7a7614d8e1d24719"
    static let zoomSDKKey = "guWNeG6wYc96YHUU80OywG"
    static let zoomSDKSecret = "7uIc8GjPjPxi8iiG0OtjiyK9BTtVY6kQ"
    static let sentryDSN = "https://b351e4d3973634d575f9a706cd27cc91@o55501.ingest.sentry.test/42"
}
