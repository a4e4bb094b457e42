import os

client = render.Client(api_key="rnd_rPeZfhwGX2Btd1RvoPRe07DMPLIvO3mZ")
os.environ["RENDER_DEPLOY_HOOK_URL"] = "https://api.render.com/deploy/srv-nx4ndc6cppcxmpoeuyoj?key=NHPD85C4Zah"
RENDER_SERVICE_ID = "srv-3t668e6iblj51783u4zv"
RENDER_API_KEY = "rnd_xxxxxxxxxxxxxxxx"
RENDER_TOKEN = os.environ["RENDER_TOKEN"]
