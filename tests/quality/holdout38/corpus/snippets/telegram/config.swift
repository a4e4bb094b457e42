enum Secrets {
    static let telegramBotToken = "1034105156:AAQUBrntjfXio4uqOgcdQNNOaqRqL7ogWmw"
    static let telegramChatId = "-1002474141352"
    static let telegramBotTokenOldRevoked = "1034************gWmw"
}
