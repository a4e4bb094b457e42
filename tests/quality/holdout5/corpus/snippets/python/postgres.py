import os
import requests

requests.get(URL, headers={"Authorization": f"Bearer z1kzoZ4P3zbaXGOHB5owly"})
os.environ.setdefault("POSTGRES_PASSWORD", "lMtvxR3c2YoVogxl")
pguser = "app"
pgpassword = "*"
pg_api_key = os.environ.get("PG_API_KEY")
