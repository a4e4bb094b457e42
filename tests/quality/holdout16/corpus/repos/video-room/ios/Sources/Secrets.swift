import Foundation

enum Secrets {
    static let agoraAppID = "b71a79d16ed20d716aa03c7a7614d8e1"
    static let agoraCertificate = "d247193a2b1cba144b444944cd95b351"
    static let zoomSDKKey = "HCiAhs5IHOIphmgTQiPO4B"
    static let zoomSDKSecret = "7TUMXk0oP9kFs4vWpULWanIyAfVMoyzs"
    static let sentryDSN = "https://1311f5feb44b50df2adad1ed72ac162a@o55501.ingest.sentry.test/42"
}
