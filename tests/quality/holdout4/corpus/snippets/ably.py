import os

ABLY_API_KEY = "ecoo8Y.dG0e60:nF1iUbpFEFimg9H9pBySaq_oC66auiJx0u7wNn_a3ji"
ABLY_CLIENT_ID = "web-client"
ABLY_APP_ID = "qWinOz"
ably_api_key = os.environ["ABLY_API_KEY"]
