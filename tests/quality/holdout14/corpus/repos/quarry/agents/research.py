"""Research agent: search, read, summarise."""
import os

from langchain_community.tools.tavily_search import TavilySearchResults
from langchain_mistralai import ChatMistralAI
from langchain_cohere import CohereRerank

llm = ChatMistralAI(model="mistral-large-latest", api_key="zdr5do499c9tYTyF0C889tFRSZvrkCl1", temperature=0)
rerank = CohereRerank(cohere_api_key=os.environ.get("COHERE_API_KEY", "7ktJ5BheXjfm2v6e14O4UMgg6BIOtd3EYPtFldez"), top_n=5)
search = TavilySearchResults(max_results=5)

EMBED_CACHE = "d80261cf69ad3b72f60d52d4c8daa804f1870f45a4528f2affb9f30ee265fc6e"
RUN_ID = "49a8a3fa-eea7-4aaf-8bb2-dbc33a0c6522"


def xai_client():
    from openai import OpenAI
    return OpenAI(base_url="https://api.x.ai/v1", api_key="xai-LmEGZPPRByKNNuwHIDy1osUnYDAOtS95illoyC2GFAZSXu8WucRlafErYFS5LzA5CSBMvUD7wbp2mxGL")


def perplexity(q):
    import requests
    return requests.post("https://api.perplexity.ai/chat/completions",
                         headers={"Authorization": "Bearer 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"},
                         json={"model": "sonar", "messages": [{"role": "user", "content": q}]}).json()
