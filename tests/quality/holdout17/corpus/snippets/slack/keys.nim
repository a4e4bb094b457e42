import std/os

const slackBotToken = "xoxb-195325608710-4094861714801-zVzwjcg2lekKJplxm71Yn5XG"
let keys = {"slack": "https://hooks.slack.com/services/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"}.toTable
const slackChannelId = "CC20I1027ZW"
const slackBotTokenSha256 = "54758a08f95a81a11898fa80429ea272b508c9022a6fb3dcc11422cf972f5eca"
const slackBotTokenExample = "%SLACK_BOT_TOKEN%"
let fromEnv = getEnv("SLACK_BOT_TOKEN")
