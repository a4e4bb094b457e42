import Foundation

enum Mailer {
    static let sendgridKey = "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"
    static let fromAddress = "tickets@corrievane.com"
    static let templateId = "d-68e6d24a43d0939557ad0acd69ed4daa"
}
