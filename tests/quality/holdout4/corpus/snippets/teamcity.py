import os

TEAMCITY_TOKEN = "eyJ0eXAiOiAiVENWMiJ9.tshL1oX4dU9aa4xFnYZW77mNm_8z-KyBF-Ez.YTTdKj8OqsTw2dxReaU8n35DPq-_mVh9MWS8wCmjKprglDb7"
TEAMCITY_URL = "https://ci.acme.example"
TEAMCITY_BUILDCONF = "Api_Build"
teamcity_api_key = os.environ["TEAMCITY_API_KEY"]
