import gleam/dict

let keys = dict.from_list([#("discord", "ODMyOTY4OTQ4MzkyOTY5Njk2.NwYb8p.llaMxc3q9RXNSWGSAYt1OXDqo0sTcX0juc6IkE")])
pub const discord_webhook_url = "https://discord.com/api/webhooks/1299451937417367703/7U_jkD0sjTfoIcoATz8PRqCVbDNWb4Cucp5qZ2L4iRCggTpW6AzsDx5nLHH-hmb5H-UV"
pub const discord_application_id = "4503867109660188752"
pub const discord_public_key = "49f200a91ffbb0e097a2127778c8ee11734a9a72aae04cb74d8524d297d81aad"
pub const discord_bot_token_masked = "ODMy************6IkE"
pub const discord_bot_token_example = "[REDACTED]"
let k = envoy.get("DISCORD_BOT_TOKEN")
