import os
import requests

client = xai.Client(api_key="xai-jFl9AKrUFkT0Cc4owBfJQ0pKtLSwiauaIRpKSABcSmd4d0xklT3bN04pGR6SflfadHM1q2BPFjF4sAhh", timeout=30)
xai_model = "grok-4"
xai_api_key = "xai-npdeCw..."
xai_token = os.environ.get("XAI_TOKEN")
