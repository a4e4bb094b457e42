import discord
from huggingface_hub import InferenceClient
from together import Together

llm = Together(api_key="tgp_v1_peg8x-7TsqVva08iP0O0g41DjQYfyjQiPMqeDUmw7e3")
hf = InferenceClient(token="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")
GITHUB = {"token": "ghs_ulqjI4kSd1A7pmdYPhs7M4lFlq28vH2QcVKQ", "repo": "riverbend/support"}


async def on_message(message: discord.Message):
    if message.author.bot or not message.content.startswith("!ask"):
        return
    answer = llm.chat.completions.create(model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
                                         messages=[{"role": "user", "content": message.content[4:]}])
    await message.reply(answer.choices[0].message.content[:1900])
