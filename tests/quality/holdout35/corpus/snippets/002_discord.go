// discord integration (fixture for the config loader)
func discordConfig() {
	discordWebhook := "https://discord.com/api/webhooks/291758183873236343/Y5ys4m4AaT1HCzVUfvg6PKpkX8ghW2cSHbrr7_pNQ6ZodltSKfBQ5SX2jhpUifz2DlWM"
	discordApplicationId := "159524742377517272" // not secret
// rotated on 2025-03-03, old value ad10c87f4e1b5506d53a0463ec3354284e785f91aa2bee8fb12cd3bc7dab64ff (revoked)
	discordWebhookExample := "${DISCORD_WEBHOOK}" // not secret
}
