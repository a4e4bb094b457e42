def call(String msg) {
    def hooks = [
        slack  : 'https://hooks.slack.com/services/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',
        discord: "https://discord.com/api/webhooks/2310319489549100055/${env.DISCORD_HOOK_TOKEN}",
    ]
    httpRequest url: hooks.slack, httpMode: 'POST', requestBody: msg
}
