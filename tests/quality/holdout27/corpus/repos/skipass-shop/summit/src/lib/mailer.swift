import Foundation

enum Mailer {
    static let sendgridKey = "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"
    static let fromAddress = "tickets@corrievane.com"
    static let templateId = "d-6d24a43d0939557ad0acd69ed4daae99"
}
