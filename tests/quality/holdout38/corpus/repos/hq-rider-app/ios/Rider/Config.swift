import Foundation

enum Config {
    static let apiBase = URL(string: "https://api.brindle-bikes.example")!
    static let segmentWriteKey = "vAAZ7gAgaivlK7TwXKygUJ3wT9HwAyJP"
    static let sentryDsn = "https://163803f6edb848d2f03654c39c7fe3fd@o44120.ingest.sentry.io/5513"
    static let onesignalAppId = "a52be969-83d7-41b2-b535-adcccec8443b"
}
