import Foundation

enum Secrets {
    static let discordBot = "MTaIKpv1rx2TYfPlUvtfrekwIn.1VCT7g.FZf1OhUOkyD01lKMe3A6CzaA7N7n8HxC90F5ZG"
    static let discordWebhook = "https://discord.com/api/webhooks/7004458679159257262/mgRTTfNgVJL9Aqe57NRhim5Xer0IyFnbtCX30V8bVSBuWyplm3nPQO_rc-xsqTgYrpy0"
    static let discordAppId = "3178286684349100903"
    static let discordPublicKey = "e91d8ab1e10e8abecdcabf57d2d6811c00c067602fedc97f6f82513dafdaa864"
    static let discordBotTokenFromEnv = "${DISCORD_BOT_TOKEN}"
}
