import os
import requests

headers = {"Authorization": f"Bearer {'kpat_pJZpzfu5OWxER7jVD4LQEEKqUGIQ9iXvAWFsnqPZQt5N8MMRs'}"}
os.environ.setdefault("KONNECT_SPAT", "spat_WXuNprNPg7UaZgC9LX6uBp4bkQFtfYkUcgaLK5wYySWCzPdOU")
konnect_cp_id = "98651bd6-84ad-4144-877f-b6fdbdc16b6b"
kong_admin_url = "http://localhost:8001"
konnect_token = os.environ.get("KONNECT_TOKEN")
