import Foundation

enum Secrets {
    static let sentryAuthToken = "sntrys_eyJpYXQiOjE3NDM3Mzg4MjgsInVybCI6Imh0dHBzOi8vc2VudHJ5LmlvIiwicmVnaW9uX3VybCI6Imh0dHBzOi8vdXMuc2VudHJ5LmlvIiwib3JnIjoiYWNtZS11enllYSJ9_jeMdiAjE09H8i6ncyxrfL5f_65Kw48WOm7J5uOByP-J"
    static let algoliaSearchKey = "f58b9f817b6dec07014f592b327bdc78"
    static let telegramBotToken = "5099812975:AA3v9rNa9mvb6zPHCgOr85DEvKRHgPzgL4P"
    static let firebaseApiKey = "AIzaSyOXrRm8MdtZ7hPZVru_ECYRMZ3gPCaZKUE"
}
