import json

payload = '{"jellyfin_api_key": "ebf585a79b4e888711c41db8f5ef9c43"}'
JELLYFIN_ITEM_ID = "cc3ac8de84ef8dab3932e882cd786363"
JELLYFIN_API_KEY_MASKED = "aeffd2************7ef8"
JELLYFIN_API_KEY_EXAMPLE = "{{ jellyfin_api_key }}"
from_env = json.loads(os.environ["JELLYFIN_API_KEY"])
