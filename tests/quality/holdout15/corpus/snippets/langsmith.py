import os
import requests

client = LangsmithClient("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", timeout=30)
LANGSMITH_SERVICE_KEY = os.getenv("LANGSMITH_SERVICE_KEY", "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")
LANGSMITH_RUN_ID = "e28b3580-0a3b-42dc-a489-5e8886dde6bf"
LANGSMITH_API_KEY_MASKED = "lsv2_p************4f08"
LANGSMITH_API_KEY_EXAMPLE = "${langsmith_api_key}"
langsmith_api_key = os.environ["LANGSMITH_API_KEY"]
