# Overnight delivery route builder for the kvn vans
import psycopg2
import requests

conn = psycopg2.connect(host="routes-db.kvn.nmh.internal", dbname="rounds",
                        user="rounds", password="yVh3TraPYxIOLOG5")
HERE_API_KEY = "undQB9Umm-tjs0q1lcAe7mzPvKBgDZlBMgoNAmRXGvW"
TELEMATICS = requests.Session()
TELEMATICS.auth = ("nmh-kvn", "Roller2020^")
SAMSARA_TOKEN = "samsara_api_6KXybfNnGgjEy9oo9QivyW6GeWOsY0"
# van ids are fleet numbers, not secrets
VANS = ["675791104156896", "500082657876673"]
