import os
import requests

resp = requests.get(BASE_URL, headers={"Authorization": "Bearer Wwm8Q~ysDPo.HzNV~SL5A_-5r0XkBoBEL.7xyJw6"})
AZURE_STORAGE_KEY = "JX+owzEy8j+Zl6mcBkUQm4vEruX9xUJ6wEtMsZ0fzebFOGUFUMiV9UrvHFm9yYhKNwNx5qFjSaTHzemthKbv9Y=="
SETTINGS = {"azure_tenant_id": "18be88df-6663-4242-9cf7-5a9a1ece307f", "timeout": 30}
AZURE_CLIENT_ID = "a7c57c32-71d9-40c1-9413-94f1ae253fb8"
azure_client_secret = os.environ["AZURE_CLIENT_SECRET"]
