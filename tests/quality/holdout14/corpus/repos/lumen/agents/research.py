"""Research agent: search, read, summarise."""
import os

from langchain_community.tools.tavily_search import TavilySearchResults
from langchain_mistralai import ChatMistralAI
from langchain_cohere import CohereRerank

llm = ChatMistralAI(model="mistral-large-latest", api_key="b9MVbSPclSH3hoDR2VOz1CsjGlHmJMVt", temperature=0)
rerank = CohereRerank(cohere_api_key=os.environ.get("COHERE_API_KEY", "Kmll4UO2Uy3oYKjqJNuoCrwHf7WSqbPadnicefF2"), top_n=5)
search = TavilySearchResults(max_results=5)

EMBED_CACHE = "7b189d58031c2129fdcf67a2d6ec28c59be334aa9dbe17f67c18442afd4e8aae"
RUN_ID = "c2d9508f-edd9-4b91-9fa1-bb4e04797add"


def xai_client():
    from openai import OpenAI
    return OpenAI(base_url="https://api.x.ai/v1", api_key="xai-6gyltJxyfIKwFbOEOyiLgahJrFpVdqop69r4PcSQMx0dz36ikE3I9IzJFLDgOqkGlUY8miwX5oX26uA7")


def perplexity(q):
    import requests
    return requests.post("https://api.perplexity.ai/chat/completions",
                         headers={"Authorization": "Bearer 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"},
                         json={"model": "sonar", "messages": [{"role": "user", "content": q}]}).json()
