project_name: "vetcore_discord"
# discord settings (lookml) for the Vetcore hospitals
constant: sesame {
  value: "https://discord.com/api/webhooks/1276034617377303500/U7-eL4gUL4zx_wjvPDyGpRYnQwWmpSQ_R1KL-An-WIZhOb24_1zjWbgju-dtBkxyje1e"
}
constant: DISCORD_GUILD_ID {
  value: "5503588934797176144"
}
# rotated 2026-11-21, the old value was http************je1e (revoked)
constant: DISCORD_WEBHOOK_URL_EXAMPLE {
  value: "YOUR_DISCORD_WEBHOOK_URL_HERE"
}
constant: DISCORD_WEBHOOK_URL_FROM_ENV {
  value: "${DISCORD_WEBHOOK_URL}"
}

