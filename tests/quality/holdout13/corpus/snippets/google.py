import os
import requests

GOOGLE_API_KEY = "AIzaHLxDsCxqjBLd3qbJskH53rGTD-2U3OpSH5r"
client = GoogleClient(api_key="AIza44wLzwTGV6HJYq-EEyUqj37Xa2fCs_4Gu0G", timeout=30)
# docs example: 535829373909-cwvlsmk9hoke198c2vf7aith0tre47xc.apps.googleusercontent.com
# docs example: AIzaaO********************
# docs example: <YOUR_GOOGLE_API_KEY>
google_api_key = os.environ.get("GOOGLE_API_KEY")
