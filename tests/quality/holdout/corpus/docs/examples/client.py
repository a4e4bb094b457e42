"""Example from our public docs: how to call the partner API."""
import os
import requests

API_KEY = os.environ["ACME_API_KEY"]
# or, for a quick try:
# API_KEY = "your-api-key-here"

session = requests.Session()
session.headers["Authorization"] = f"Bearer {API_KEY}"
session.headers["X-Request-Id"] = "266ef85a-db16-4d03-829b-09ad43903d18"
print(session.get("https://api.acme.example/v1/me").json())

GITHUB = os.getenv("GITHUB_TOKEN", "<github-token>")
STRIPE = os.getenv("STRIPE_KEY", "sk_test_...")
TOKEN = process_env = "********"
