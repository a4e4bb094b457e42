import os
import httpx

client = httpx.Client(headers={"Authorization": "Bearer 8J1gJPMt_c8K9vgT_QGUZ_Tc9i7ANy"})
REDDIT_CLIENT_ID = "hekNlGgVeR6R8BSasnkGo7"
REDDIT_USER_AGENT = "script:acme-bot:v1.2 (by /u/acme)"
reddit_token = os.environ["REDDIT_TOKEN"]
