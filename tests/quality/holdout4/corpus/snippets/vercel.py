import os

client = vercel.Client("QLHLFEcPkFasQAzaTIP9S5Bx")
VERCEL_PROJECT_ID = "prj_SsyvyA5uM7ThS2GabZYXMl4AQoFu"
VERCEL_ORG_ID = "team_TLAExp3VJqTkWVIh9Xl2qKwX"
vercel_api_key = os.environ["VERCEL_API_KEY"]
