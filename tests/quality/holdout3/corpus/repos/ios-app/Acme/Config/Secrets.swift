import Foundation

enum Secrets {
    static let stripePublishableKey = "pk_live_51Bsw545KAmQRPV11x4gf2b6mUPxXgo34mq9tSEiDQZ8CpTmY1kZ3mvmMb6d8CRexcBVuMgjDyKGEFePz7xc5XivBr7eCaPZhBxc"
    static let stripeSecretKey = "sk_test_K2LLCF2MK0KEQmnPIK47BKSl"
    static let revenueCatKey = "appl_bXwQeZrTyUiOpAsDfGhJkLzXcVb"
    static let openAIKey = "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"
    static let firebaseAPIKey = "AIzanjHS_4mBxbIFJ2h9weBTQPAhyeLehGFWyIt"
    static let amplitudeAPIKey = "f4cca4dbda36baf1df39d645038631f5"
    static let amplitudeSecret = "036b4f3e41e8b1a018c1b38679d8ad1d"
    static let backend = ProcessInfo.processInfo.environment["BACKEND_SECRET"]
}
