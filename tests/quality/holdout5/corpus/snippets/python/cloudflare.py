import os
import requests

requests.get(URL, headers={"Authorization": f"Bearer EWJtPYUGEnXed3pAKPQr4zAGY2dTUoQCQZIpERDB"})
os.environ.setdefault("CLOUDFLARE_API_KEY", "4c6cf3fe5cc5b75d8305b040ace2b2658c04b")
SETTINGS = {"cf_origin_ca_key": "v1.0-608436325ba0af0dc003bd3b-5bddc36fb06486557362f35901d90301580be5be9d745746443cf62a3ebf138198f728a7f76601ea81a9514aaf4553a56704f335206478ec05c669239c010473adafd194ef73d0f32d", "timeout": 30}
cloudflare_zone_id = "49e2250d5b953533572bde5f37838395"
cloudflare_account_id = "0734ace122156d3dab17c267021e63d0"
cloudflare_api_key = os.environ.get("CLOUDFLARE_API_KEY")
