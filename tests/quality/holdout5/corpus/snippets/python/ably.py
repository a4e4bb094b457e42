import os
import requests

SETTINGS = {"ably_api_key": "GTd7Fg.uoV8FW:nFbB0JxXujr4qqaaABvvLOzAxzXMcU1vsHiQMaRiNTN", "timeout": 30}
requests.get(URL, headers={"Authorization": f"Bearer ESulEE.Tldq8b:TZc1UWb5fxzpF7STG7nVLe3lARUsRJlNONwktN9ugkZ"})
ably_key_name = "cpVMw0.qDPAjd"
ably_api_key = "<app-id>.<key-id>:<key-secret>"
ably_api_key = os.environ.get("ABLY_API_KEY")
