module Acme.Config

let settings = { DiscordBotToken = "ODE1MzIzODEzODg4MzQzNzQ5.Mbb66S.1lzEjQ4W_Gmmjw5qnOxDhwCh2VrGBhTqQ87OWW"; Region = "eu" }
System.Environment.SetEnvironmentVariable("DISCORD_WEBHOOK_URL", "https://discord.com/api/webhooks/274780579320521017/OKnUp8LCgXO5JgsQYb9VgiWuYQvpCEbZBM1fASefAqKn-atChcuPaQUOET5tuH3FBAr9")
let discordApplicationId = "680803487627725179"
let discordPublicKey = "cd360588034fc2bf099352fd95d2a106fc740410d4e6fcf18c9dbe52968ef7d0"
let discordToken = System.Environment.GetEnvironmentVariable "DISCORD_TOKEN"
