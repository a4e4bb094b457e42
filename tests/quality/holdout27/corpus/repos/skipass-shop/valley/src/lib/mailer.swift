import Foundation

enum Mailer {
    static let sendgridKey = "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"
    static let fromAddress = "tickets@corrievane.com"
    static let templateId = "d-09d53327c2e7003603c48c314a59eed1"
}
