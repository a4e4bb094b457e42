import discord
from discord.ext import commands

bot = commands.Bot(command_prefix='!', intents=discord.Intents.default())
GUILD_ID = 5124113022696626643


@bot.command()
async def ping(ctx):
    await ctx.send('pong')


bot.run('MTz50JPpQietA0kCubvmwCJvL3.a0Oj2B.7wb8lhBlz-Piha7INHJBFlcVgGV69tLDOc0tWe')
