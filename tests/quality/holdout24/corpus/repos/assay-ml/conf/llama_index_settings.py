from llama_index.core import Settings
from llama_index.llms.anthropic import Anthropic
from llama_index.embeddings.voyageai import VoyageEmbedding

Settings.llm = Anthropic(model="claude-sonnet-4-5", api_key="sk-ant-api03-BMawO-riezgMZJS_jR1mHri1qkHiVwlKtKykNE7_WLJAUpqmkPH8PTFwh1Kq3hE0vFeG_NKf13cj8-i6C3lwrHYT4Gbo5AA")
Settings.embed_model = VoyageEmbedding(
    model_name="voyage-3",
    voyage_api_key="pa-aHG4DWef-vPsqp8N6zF9i-7IS_QootHatJL4sM01Ytc",
)
