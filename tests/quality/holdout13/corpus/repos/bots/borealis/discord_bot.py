import discord
from discord.ext import commands

bot = commands.Bot(command_prefix='!', intents=discord.Intents.default())
GUILD_ID = 8575085681000906914


@bot.command()
async def ping(ctx):
    await ctx.send('pong')


bot.run('MTCx9dc9qWXLOdhLTmyPHUlB1s.XCeXpc.utGtheRtCNc0ey3qojq3Om2jSJEDLPiJ1ZoGVb')
