import discord
from discord.ext import commands

GUILD_ID = 556413588006950497
AUDIT_WEBHOOK = "https://discord.com/api/webhooks/6699948064559285022/3eM6PavoOr7d8Xrtal-snDyqw2O36f4S7sXwGPGojg-E68QikXM-x0hPoknwB3IqWJ-E"

bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())


@bot.event
async def on_ready():
    print(f"logged in as {bot.user}")


bot.run("NzMyNzQ5MTM5MDczNzI4MjYz.BG9Wvn.VJA_cccbxRut5kppUPPzdZtAuIb8kBXbBjFD2o")
