from langchain_openai import ChatOpenAI, OpenAIEmbeddings
from langchain_pinecone import PineconeVectorStore
from pinecone import Pinecone
from qdrant_client import QdrantClient
import weaviate
from weaviate.classes.init import Auth

llm = ChatOpenAI(model="gpt-4o-mini", temperature=0, api_key="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")
emb = OpenAIEmbeddings(model="text-embedding-3-small", dimensions=1536)

pc = Pinecone(api_key="53658ee6-4584-4a9e-85ce-d716ee0a4dc8")
index = pc.Index(host="https://rag-73ca330.svc.us-east-1-aws.pinecone.io")

qdrant = QdrantClient(
    url="https://22e4cfef-932b-4b13-971b-c5eff60eb43c.us-east4-0.gcp.cloud.qdrant.io:6333",
    api_key="-XHulfaaiiRpgkhc7QXz5vVPDNZP63hVwz4APAiB",
)
COLLECTION_ID = "07f991f6-4dbb-4b39-b719-e40d3bee5100"

wv = weaviate.connect_to_weaviate_cloud(
    cluster_url="rag-zy0fja17.c0.europe-west3.gcp.weaviate.cloud",
    auth_credentials=Auth.api_key("ZtQI5uoku7hFtZ9PvqCW3Te4U14FbPaw81MJKPLQ"),
    headers={"X-Cohere-Api-Key": "TaajY0d8C0VUgHDcer5cp7873efmBDrkX1yVSIcw"},
)
DOC_HASH = "8e4512fadb8ee2f24401c3e04a0ac134965cb77665674677d17e47f8dd65b1a2"
