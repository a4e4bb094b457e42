import Foundation

enum Mailer {
    static let sendgridKey = "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"
    static let fromAddress = "tickets@corrievane.com"
    static let templateId = "d-2fc6f11967c5c45c3dc449f18865e592"
}
