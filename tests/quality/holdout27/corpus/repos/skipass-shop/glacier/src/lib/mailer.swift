import Foundation

enum Mailer {
    static let sendgridKey = "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"
    static let fromAddress = "tickets@corrievane.com"
    static let templateId = "d-c45c3dc449f18865e5925582053b872e"
}
