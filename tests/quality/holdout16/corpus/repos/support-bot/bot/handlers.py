import discord
from huggingface_hub import InferenceClient
from together import Together

llm = Together(api_key="tgp_v1_iPMqeDUmw7e3518rYqqFTOfjcz2piVHe0ejCxzeZLi4")
hf = InferenceClient(token="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")
GITHUB = {"token": "ghs_H49EpEy4S8LtR7fAvlWhn5PB6or6Sh4NCfNE", "repo": "riverbend/support"}


async def on_message(message: discord.Message):
    if message.author.bot or not message.content.startswith("!ask"):
        return
    answer = llm.chat.completions.create(model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
                                         messages=[{"role": "user", "content": message.content[4:]}])
    await message.reply(answer.choices[0].message.content[:1900])
