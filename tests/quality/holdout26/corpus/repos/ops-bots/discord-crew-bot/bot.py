import discord

# crew call bot for the Lyric's volunteer ushers
TOKEN = "MNt2VTMsH4pN0lyOrHVLoXzB.MnYeh_.itcB83jwa1rr3IzgIe34oFl4OCKRsZxLq38yW8"
WEBHOOK = "https://discord.com/api/webhooks/4056431424490322503/tP3fpGFfEFGTdiHe2V9PESeZcjta4hqSlHvxGZqS6fNE5Pv647MwQyiPZodrJCX47tr6"
intents = discord.Intents.default()
client = discord.Client(intents=intents)
client.run(TOKEN)
