import os
import requests

SETTINGS = {"ld_access_token": "api-128968dc-1515-4c49-8627-279d011df412", "timeout": 30}
requests.get(URL, headers={"Authorization": f"Bearer sdk-9173e8a6-14ca-49cb-827c-5ee2d936fd2e"})
ld_mobile_key = "mob-5779ffa4-174e-4b2d-a3f2-705a73478800"
ld_client_side_id = "6866dd66251a6b6b953d407c"
launchdarkly_api_key = os.environ.get("LAUNCHDARKLY_API_KEY")
