package com.example.keys

val discordBotToken = "OTM5NDc1OTM1NTk5MTUzMDM3.H_BIwA.82-DBbCaQDH_1I54sjJsQMqmyZnjR4lWcIJxTz"
const val DISCORD_WEBHOOK = "https://discord.com/api/webhooks/3485246086110702807/HIYmvcWtiRdi9UkrFbRc5xVu0NeV4QRI3Ndw2B9s1V1wCEQB78PAmCqL9fOWCjc7HdgQ"
val discordApplicationId = "2026633361070299785"
val discordPublicKey = "3ccf5af9be7d438f59f60001b5bada0432d60080736630783f90a5550005945e"
val discordApiKey = System.getenv("DISCORD_API_KEY")
