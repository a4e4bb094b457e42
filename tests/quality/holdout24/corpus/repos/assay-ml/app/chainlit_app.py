import chainlit as cl
from openai import AsyncOpenAI

client = AsyncOpenAI(base_url="https://openrouter.ai/api/v1", api_key="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")


@cl.on_message
async def main(message: cl.Message):
    r = await client.chat.completions.create(model="anthropic/claude-3.5-haiku", messages=[{"role": "user", "content": message.content}])
    await cl.Message(content=r.choices[0].message.content).send()
