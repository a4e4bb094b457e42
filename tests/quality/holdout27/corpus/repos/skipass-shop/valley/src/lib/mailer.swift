import Foundation

enum Mailer {
    static let sendgridKey = "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"
    static let fromAddress = "tickets@corrievane.com"
    static let templateId = "d-d77909d53327c2e7003603c48c314a59"
}
