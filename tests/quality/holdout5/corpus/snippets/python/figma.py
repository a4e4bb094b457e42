import os
import requests

os.environ.setdefault("FIGMA_TOKEN", "figd_PJ7nGCJbSFt4xvy9cVnJ-U4HACJzHaWdzwFZZvKN")
SETTINGS = {"figma_oauth_token": "figu_JPXRSMGkjAHh71FODO77OLhz8PCvVVo5sTCcDjFX", "timeout": 30}
figma_file_key = "94eUWOwoG3KUCwpVRAeI9d"
figma_node = "703:1369"
figma_api_key = os.environ.get("FIGMA_API_KEY")
