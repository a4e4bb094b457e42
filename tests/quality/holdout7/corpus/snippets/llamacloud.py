import os
import httpx

llama_cloud_api_key = os.environ.get("LLAMA_CLOUD_API_KEY", "llx-8ghbxkszpwRdp3UZr8se9HCv1JzrSDm3ivv8IWo2Y2PQ0gCc")
LLAMA_CLOUD_API_KEY = "llx-..."
LLAMA_CLOUD_PROJECT_ID = "14f01c03-163e-4f4b-868b-910a7a586fac"
llama_cloud_token = os.environ["LLAMA_CLOUD_TOKEN"]
