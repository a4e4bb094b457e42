import discord
from discord.ext import commands

bot = commands.Bot(command_prefix='!', intents=discord.Intents.default())
GUILD_ID = 8553268182899139694


@bot.command()
async def ping(ctx):
    await ctx.send('pong')


bot.run('MTebWZTMheZc61vjXwVpPicSMA.sGIONf.LGuJA5uAJaeRe2dw2oO9zoF10_AMFtc2mmFYWC')
