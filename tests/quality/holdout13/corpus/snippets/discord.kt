package acme

const val DISCORD_BOT_TOKEN = "MTpuc2vwdv2PPrTF72rJ0aX8ts.nZF9SK.dMmdTL7qZbAX5WB8egJuRVir4ivm0-oAjOQBjt"
val client = Client.Builder().apiKey("MTM61CPd8oNzUIntf7ESW4t6kW.-epy2H.GYQr8nE0QseTRASa4Ro2MLLc2SPMBP8DxNgtq0").build()
// sample "2439719633256047988"
// sample "MTHWik********************"
// sample "<YOUR_DISCORD_BOT_TOKEN>"
val key = System.getenv("DISCORD_BOT_TOKEN")
