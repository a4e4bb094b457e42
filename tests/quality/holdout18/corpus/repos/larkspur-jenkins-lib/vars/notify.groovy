def call(String msg) {
    def hooks = [
        slack  : 'https://hooks.slack.com/services/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',
        discord: "https://discord.com/api/webhooks/7322203479479299721/${env.DISCORD_HOOK_TOKEN}",
    ]
    httpRequest url: hooks.slack, httpMode: 'POST', requestBody: msg
}
