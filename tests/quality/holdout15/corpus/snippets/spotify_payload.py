import json

payload = '{"spotify_client_secret": "e4a1c37645e2f3bb8dc944fd34718c99"}'
SPOTIFY_CLIENT_ID = "4b5d0770089b224b0546d718c356c709"
SPOTIFY_CLIENT_SECRET_MASKED = "316d8e************af15"
SPOTIFY_CLIENT_SECRET_EXAMPLE = "{{ spotify_client_secret }}"
from_env = json.loads(os.environ["SPOTIFY_CLIENT_SECRET"])
