import anthropic
import openai
from groq import Groq
from mistralai import Mistral
import cohere
import replicate

claude = anthropic.Anthropic(api_key="sk-ant-api03-BXDq3tJY1Ha-S1kqUYUjfa6CwGREkk10cyciajW-cQbsmnJ362LijvhAmDV9IDXifkFcKIU7EfgfQ7gzgU4tClDyI78epAA")
gpt = openai.OpenAI(api_key="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", organization="org-3kQz7XnW2pLm9VtR4sYb8cJd")
groq = Groq(api_key="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")
mistral = Mistral(api_key="6pBrxkhlXoWokHKv0jziPijyOE29SAA3")
co = cohere.ClientV2("FGfyed6rrfUhRVUGo8KZKSAtj8uP7qnxcNLeXTxz")
rep = replicate.Client(api_token="r8_sZw5WDRAff4sp2DpantYrzCWfX4s45IduqtHu")

MODELS = {
    "fast": ("groq", "llama-3.1-8b-instant"),
    "smart": ("anthropic", "claude-sonnet-4-5"),
}
