import os
import requests

SETTINGS = {"mixpanel_api_secret": "25abd120d797995997d7b5561a88bd91", "timeout": 30}
resp = requests.get(BASE_URL, headers={"Authorization": "Bearer 0SO903xxFiKqrlFcGRX2d8XiCQ9YwtNx"})
SETTINGS = {"mixpanel_project_token": "02878b31ae88babeb9fa1f43609060b3", "timeout": 30}
mixpanel_api_secret = os.environ["MIXPANEL_API_SECRET"]
mixpanel_api_secret = os.environ.get("MIXPANEL_API_SECRET", "changeme")
